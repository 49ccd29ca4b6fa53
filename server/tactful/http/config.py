"""Server configuration, parsed once (CLI or tests) and handed to create_app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tactful.feedback.service import MAX_FEEDBACK


@dataclass(frozen=True)
class ServerConfig:
    home: Path  # TACTFUL_HOME: token and database
    token: str
    models: Path
    host: str = "127.0.0.1"
    port: int = 8787
    max_feedback: int = MAX_FEEDBACK  # rows of feedback kept; tests lower it to reach the bound quickly
