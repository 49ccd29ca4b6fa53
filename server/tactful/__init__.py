"""Tactful: a local etiquette assistant for social-media outreach."""

__version__ = "0.1.0"
