"""The database schema as an ordered list of migrations; `PRAGMA user_version` records how many ran.

Never edit a released migration: append a new one. Each runs in its own transaction at start-up,
so a crash half-way leaves the database at the previous version, never in between.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[str, ...]] = [
    # 1: saved drafts and feedback.
    (
        """CREATE TABLE drafts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            surface TEXT NOT NULL DEFAULT 'other',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'wrong')),
            category TEXT,
            created_at TEXT NOT NULL
        )""",
    ),
    # 2: each draft keeps its last check result, the model version and sensitivity that produced it
    # (a re-check skips drafts whose result is still current); `revision` lets a slow re-check skip
    # drafts edited while it ran. Feedback records the model it judged.
    (
        "ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE drafts ADD COLUMN check_json TEXT",
        "ALTER TABLE drafts ADD COLUMN checked_at TEXT",
        "ALTER TABLE drafts ADD COLUMN model_version TEXT",
        "ALTER TABLE drafts ADD COLUMN sensitivity TEXT",
        "ALTER TABLE drafts ADD COLUMN flagged INTEGER",
        "ALTER TABLE drafts ADD COLUMN category TEXT",
        "CREATE INDEX drafts_flagged ON drafts (flagged, seq)",
        "ALTER TABLE feedback ADD COLUMN model_version TEXT",
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Tactful; refuse rather than corrupt it."""


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `target`; returns the version it started from. Needs an autocommit connection."""
    start = schema_version(connection)
    if start > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the database is at schema version {start}, newer than this Tactful understands ({SCHEMA_VERSION}); "
            f"upgrade Tactful"
        )
    for version in range(start + 1, target + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(connection) >= version:  # another process migrated while we waited for the lock
                connection.execute("ROLLBACK")
                continue
            for statement in MIGRATIONS[version - 1]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version:d}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return start
