"""The pairing token: random, made at first start, kept in $TACTFUL_HOME/token with mode 0600."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

TOKEN_FILE = "token"


def load_or_create_token(home: Path) -> str:
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    if home.stat().st_mode & 0o077:  # a folder made before, or by hand, at 0755: the drafts in it are private
        os.chmod(home, 0o700)
    path = home / TOKEN_FILE
    try:
        token = path.read_text(encoding="ascii").strip()
        if token:
            os.chmod(path, 0o600)
            return token
    except FileNotFoundError:
        pass
    token = secrets.token_urlsafe(24)
    # O_EXCL-free but atomic: write a private temp file, then rename over.
    tmp = home / f".{TOKEN_FILE}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(token + "\n")
    os.replace(tmp, path)
    return token
