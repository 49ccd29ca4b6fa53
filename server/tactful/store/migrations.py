"""The database schema as an ordered list of migrations; `PRAGMA user_version` records how many ran.

Never edit a released migration: append a new one. Each runs in its own transaction at start-up,
so a crash half-way leaves the database at the previous version, never in between.
"""

from __future__ import annotations

import sqlite3

_COUNT_A_CHANGE = "UPDATE feedback_changes SET generation = generation + 1;"

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
    # 3: feedback is stored once per (text, verdict, category), and a counter moved by every change to it lets
    # a process see that another one (the CLI, a second server) changed the feedback. A draft's stored check
    # records which set of "not pushy" feedback shaped it (its fingerprint, "" for none), so a re-check after
    # new feedback is not skipped as current.
    (
        "DELETE FROM feedback WHERE id NOT IN (SELECT min(id) FROM feedback GROUP BY text, verdict, category)",
        "CREATE UNIQUE INDEX feedback_once ON feedback (verdict, coalesce(category, ''), text)",
        "CREATE TABLE feedback_changes"
        " (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), generation INTEGER NOT NULL)",
        "INSERT INTO feedback_changes VALUES (1, 0)",
        f"CREATE TRIGGER feedback_added AFTER INSERT ON feedback BEGIN {_COUNT_A_CHANGE} END",
        f"CREATE TRIGGER feedback_removed AFTER DELETE ON feedback BEGIN {_COUNT_A_CHANGE} END",
        f"CREATE TRIGGER feedback_edited AFTER UPDATE ON feedback BEGIN {_COUNT_A_CHANGE} END",
        "ALTER TABLE drafts ADD COLUMN suppression_set TEXT NOT NULL DEFAULT ''",
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
