"""Damage a real SQLite file the way a bad disk would: overwrite every page after the first with noise."""

from __future__ import annotations

import os
from pathlib import Path


def damage_pages(path: Path, page_size: int = 4096) -> None:
    """Page 1 (the header and the schema) stays, so the file still opens; every table's pages are garbage."""
    size = path.stat().st_size
    assert size > 4 * page_size, "too small a database to damage meaningfully"
    with path.open("r+b") as db:
        db.seek(page_size)
        db.write(os.urandom(size - page_size))
        db.flush()
        os.fsync(db.fileno())
