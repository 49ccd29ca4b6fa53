"""Where Tactful keeps its files: the shipped models and the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

_REPO_MODELS = Path(__file__).resolve().parents[2] / "models"


def models_dir() -> Path:
    """The folder holding patterns, messages and the trained classifier (override: TACTFUL_MODELS)."""
    override = os.environ.get("TACTFUL_MODELS")
    return Path(override) if override else _REPO_MODELS


def tactful_home() -> Path:
    """The user's data directory holding `token` and `tactful.db` (override: TACTFUL_HOME)."""
    override = os.environ.get("TACTFUL_HOME")
    if override:
        return Path(override)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "tactful"


def personal_model_dir(home: Path) -> Path:
    """Where `tactful train --with-feedback` installs the user's personal classifier (never inside models/)."""
    return home / "models" / "personal"
