"""DraftStore: every read and write of the drafts and feedback tables.

One connection guarded by a lock, so the server may call it from worker threads (`asyncio.to_thread`)
while the CLI calls it directly. Every write is one short transaction.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tactful.store.migrations import migrate

DB_FILE = "tactful.db"
BUSY_TIMEOUT_S = 5.0


class FeedbackFull(RuntimeError):
    """The feedback table holds as many rows as it may; nothing was stored (delete some first)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the feedback list is full ({limit:,} entries)")
        self.limit = limit


class StoreUnavailable(RuntimeError):
    """The database could not be written or read (disk full, I/O error, locked too long, a damaged page).
    Nothing was changed."""

    def __init__(self, message: str, *, disk_full: bool = False, damaged: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full
        self.damaged = damaged  # the file is corrupted ("database disk image is malformed"): retrying will not help


@dataclass(frozen=True, slots=True)
class Draft:
    id: str
    text: str
    surface: str
    created_at: str
    updated_at: str
    revision: int
    check: dict[str, Any] | None  # the check result's JSON plus "checked_at"; None until checked

    @property
    def flagged(self) -> bool:
        return bool(self.check and self.check.get("flagged"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "surface": self.surface,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "check": self.check,
        }


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    id: int
    text: str
    verdict: str  # "correct" | "wrong"
    category: str | None
    model_version: str | None  # the model whose verdict was judged
    created_at: str

    @property
    def suppresses(self) -> bool:
        """ "wrong" with no category means "not pushy": its sentences are not flagged again."""
        return self.verdict == "wrong" and self.category is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "verdict": self.verdict,
            "category": self.category,
            "model_version": self.model_version,
            "created_at": self.created_at,
            "suppresses": self.suppresses,
        }


_FEEDBACK_COLUMNS = "id, text, verdict, category, model_version, created_at"
_DRAFT_COLUMNS = "id, text, surface, created_at, updated_at, revision, check_json, checked_at"


def _draft_from_row(row: tuple) -> Draft:
    draft_id, text, surface, created_at, updated_at, revision, check_json, checked_at = row
    check = None
    if check_json is not None:
        check = json.loads(check_json)
        check["checked_at"] = checked_at
    return Draft(draft_id, text, surface, created_at, updated_at, revision, check)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_draft_id() -> str:
    return secrets.token_hex(6)


def open_store(path: Path) -> DraftStore:
    """Open (creating if needed, owner-only) and migrate the database at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():  # drafts are private: create the file 0600 before SQLite does it with the umask
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    return DraftStore(path)


class DraftStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._probe_lock = threading.Lock()
        self._probe: sqlite3.Connection | None = None  # a second connection for cheap reads that never wait on a write
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
        try:
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreUnavailable(f"cannot switch {path} to WAL mode (got {mode})")
            self._db.execute("PRAGMA synchronous = FULL")
            self.migrated_from = migrate(self._db)
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()
        with self._probe_lock:
            if self._probe is not None:
                self._probe.close()
                self._probe = None

    # --- plumbing -------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short IMMEDIATE transaction; any failure rolls back and becomes StoreUnavailable."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError:  # a constraint, not the file: the caller's to handle
                raise
            except sqlite3.DatabaseError as exc:  # OperationalError, and a damaged file's DatabaseError
                raise _unavailable(exc) from exc

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, tuple(params)).fetchall()
            except sqlite3.DatabaseError as exc:
                raise _unavailable(exc) from exc

    # --- drafts ---------------------------------------------------------------------------------

    def add_draft(
        self, text: str, surface: str = "other", check: dict[str, Any] | None = None, suppression_set: str = ""
    ) -> Draft:
        now = utc_now()
        check_columns = _check_columns(check, now)
        for _attempt in range(3):  # 48 random bits: a collision is rare, but retry rather than fail
            draft_id = new_draft_id()
            try:
                with self._write() as db:
                    db.execute(
                        "INSERT INTO drafts (id, text, surface, created_at, updated_at,"
                        " check_json, checked_at, model_version, sensitivity, flagged, category, suppression_set)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (draft_id, text, surface, now, now, *check_columns, suppression_set),
                    )
            except sqlite3.IntegrityError:
                continue
            return _draft_from_row((draft_id, text, surface, now, now, 1, *check_columns[:2]))
        raise StoreUnavailable("could not allocate a draft id")

    def get_draft(self, draft_id: str) -> Draft | None:
        rows = self._read(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,))
        return _draft_from_row(rows[0]) if rows else None

    def list_drafts(self, *, limit: int | None = None, offset: int = 0, only_flagged: bool = False) -> list[Draft]:
        """Newest first."""
        where = "WHERE flagged = 1" if only_flagged else ""
        rows = self._read(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts {where} ORDER BY seq DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [_draft_from_row(row) for row in rows]

    def count_drafts(self, *, only_flagged: bool = False) -> int:
        where = "WHERE flagged = 1" if only_flagged else ""
        return self._read(f"SELECT count(*) FROM drafts {where}")[0][0]

    def update_draft(
        self, draft_id: str, text: str, surface: str | None = None, check: dict[str, Any] | None = None
    ) -> Draft | None:
        """Replace the text (and surface, when given); `check` replaces the stored result (None clears it)."""
        now = utc_now()
        with self._write() as db:
            cursor = db.execute(
                "UPDATE drafts SET text = ?, surface = coalesce(?, surface), updated_at = ?, revision = revision + 1,"
                " check_json = ?, checked_at = ?, model_version = ?, sensitivity = ?, flagged = ?, category = ?"
                " WHERE id = ?",
                (text, surface, now, *_check_columns(check, now), draft_id),
            )
            if cursor.rowcount == 0:
                return None
            row = db.execute(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return _draft_from_row(row)

    def delete_draft(self, draft_id: str) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount > 0

    def drafts_to_check(self, current: tuple[str, ...] | None = None) -> list[tuple[str, int, str]]:
        """(id, revision, text), oldest first: the input of a re-check. With `current` = (model_version,
        sensitivity[, suppression_set]), drafts whose stored result came from exactly that are left out: the
        check is a pure function of text, model, sensitivity and the "not pushy" feedback, so their result would
        not change. A missing suppression_set means none ("")."""
        if current is None:
            return self._read("SELECT id, revision, text FROM drafts ORDER BY seq")
        model_version, sensitivity, *rest = current
        suppression_set = rest[0] if rest else ""
        return self._read(
            "SELECT id, revision, text FROM drafts WHERE check_json IS NULL OR model_version IS NOT ?"
            " OR sensitivity IS NOT ? OR suppression_set IS NOT ? ORDER BY seq",
            (model_version, sensitivity, suppression_set),
        )

    def verdict_counts(self) -> dict[str, int]:
        """How many checked drafts are in each category, and how many are clean ("clean")."""
        rows = self._read(
            "SELECT coalesce(category, 'clean'), count(*) FROM drafts WHERE check_json IS NOT NULL GROUP BY 1"
        )
        return dict(rows)

    def save_check_results(self, results: Iterable[tuple[str, int, dict[str, Any]]], suppression_set: str = "") -> int:
        """Store (id, revision, check) triples in one transaction, made under the "not pushy" feedback named by
        `suppression_set`. A draft edited or deleted since its revision was read keeps its newer state. Returns
        how many were stored."""
        now = utc_now()
        rows = [
            (*_check_columns(check, now), suppression_set, draft_id, revision) for draft_id, revision, check in results
        ]
        with self._write() as db:
            before = db.total_changes
            db.executemany(
                "UPDATE drafts SET check_json = ?, checked_at = ?, model_version = ?, sensitivity = ?, flagged = ?,"
                " category = ?, suppression_set = ? WHERE id = ? AND revision = ?",
                rows,
            )
            return db.total_changes - before

    # --- feedback -------------------------------------------------------------------------------
    # Callers go through tactful.feedback.FeedbackService, which also keeps the "not pushy" keys in memory.

    def add_feedback(
        self, text: str, verdict: str, category: str | None, model_version: str | None, *, limit: int | None = None
    ) -> tuple[FeedbackRow, bool, int]:
        """Store one piece of feedback, once: (its row, whether it is new, the feedback generation after).
        Identical feedback (same text, verdict and category) returns the row already stored. A new row past
        `limit` rows raises FeedbackFull and stores nothing."""
        with self._write() as db:
            row = db.execute(
                f"SELECT {_FEEDBACK_COLUMNS} FROM feedback"
                " WHERE verdict = ? AND coalesce(category, '') = ? AND text = ?",
                (verdict, category or "", text),
            ).fetchone()
            created = row is None
            if created:
                if limit is not None and db.execute("SELECT count(*) FROM feedback").fetchone()[0] >= limit:
                    raise FeedbackFull(limit)
                now = utc_now()
                cursor = db.execute(
                    "INSERT INTO feedback (text, verdict, category, model_version, created_at) VALUES (?, ?, ?, ?, ?)",
                    (text, verdict, category, model_version, now),
                )
                row = (cursor.lastrowid, text, verdict, category, model_version, now)
            generation = db.execute("SELECT generation FROM feedback_changes").fetchone()[0]
        return FeedbackRow(*row), created, generation

    def list_feedback(self, *, limit: int | None = None, after: int = 0) -> list[FeedbackRow]:
        """Oldest first, from the id after `after` on."""
        rows = self._read(
            f"SELECT {_FEEDBACK_COLUMNS} FROM feedback WHERE id > ? ORDER BY id LIMIT ?",
            (after, -1 if limit is None else limit),
        )
        return [FeedbackRow(*row) for row in rows]

    def count_feedback(self) -> int:
        return self._read("SELECT count(*) FROM feedback")[0][0]

    def delete_feedback(self, feedback_id: int) -> tuple[bool, int]:
        """(whether a row was deleted, the feedback generation after)."""
        with self._write() as db:
            deleted = db.execute("DELETE FROM feedback WHERE id = ?", (feedback_id,)).rowcount > 0
            generation = db.execute("SELECT generation FROM feedback_changes").fetchone()[0]
        return deleted, generation

    def suppressing_feedback(self) -> tuple[int, list[tuple[int, str]]]:
        """(the feedback generation, (id, text) of every "not pushy" row), read in one snapshot."""
        with self._lock:
            try:
                self._db.execute("BEGIN")
                try:
                    generation = self._db.execute("SELECT generation FROM feedback_changes").fetchone()[0]
                    rows = self._db.execute(
                        "SELECT id, text FROM feedback WHERE verdict = 'wrong' AND category IS NULL ORDER BY id"
                    ).fetchall()
                finally:
                    self._db.execute("COMMIT")
            except sqlite3.DatabaseError as exc:  # unreadable or damaged: the caller goes on with what it knew
                raise _unavailable(exc) from exc
        return generation, rows

    def feedback_generation(self) -> int:
        """A number that moves whenever any process changes the feedback. Read on a connection of its own, so
        it costs microseconds and never waits behind a write (WAL readers do not block)."""
        with self._probe_lock:
            try:
                if self._probe is None:
                    self._probe = sqlite3.connect(
                        self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
                    )
                return self._probe.execute("SELECT generation FROM feedback_changes").fetchone()[0]
            except sqlite3.DatabaseError as exc:  # a check must not fail because the database did
                raise _unavailable(exc) from exc


def _check_columns(check: dict[str, Any] | None, checked_at: str) -> tuple:
    """(check_json, checked_at, model_version, sensitivity, flagged, category) for a check result, or all NULL."""
    if check is None:
        return (None, None, None, None, None, None)
    stored = {key: value for key, value in check.items() if key != "checked_at"}
    return (
        json.dumps(stored, ensure_ascii=False, separators=(",", ":")),
        checked_at,
        stored.get("model_version"),
        stored.get("sensitivity"),
        1 if stored.get("flagged") else 0,
        stored.get("category"),
    )


def _unavailable(exc: sqlite3.DatabaseError) -> StoreUnavailable:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or type(exc) is sqlite3.DatabaseError:
        return StoreUnavailable(f"the drafts database is damaged: {exc}", damaged=True)
    disk_full = "full" in text
    return StoreUnavailable(f"the drafts database could not be written: {exc}", disk_full=disk_full)
