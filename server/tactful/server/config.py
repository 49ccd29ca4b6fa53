"""Server configuration, parsed once (CLI or tests) and handed to create_app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerConfig:
    home: Path  # TACTFUL_HOME: token and database
    token: str
    models: Path
    host: str = "127.0.0.1"
    port: int = 8787
