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


class StoreUnavailable(RuntimeError):
    """The database could not be written (disk full, I/O error, locked too long). Nothing was changed."""

    def __init__(self, message: str, *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


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
            except sqlite3.OperationalError as exc:
                raise _unavailable(exc) from exc

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, tuple(params)).fetchall()
            except sqlite3.OperationalError as exc:
                raise _unavailable(exc) from exc

    # --- drafts ---------------------------------------------------------------------------------

    def add_draft(self, text: str, surface: str = "other", check: dict[str, Any] | None = None) -> Draft:
        now = utc_now()
        check_columns = _check_columns(check, now)
        for _attempt in range(3):  # 48 random bits: a collision is rare, but retry rather than fail
            draft_id = new_draft_id()
            try:
                with self._write() as db:
                    db.execute(
                        "INSERT INTO drafts (id, text, surface, created_at, updated_at,"
                        " check_json, checked_at, model_version, sensitivity, flagged, category)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (draft_id, text, surface, now, now, *check_columns),
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

    def drafts_to_check(self, current: tuple[str, str] | None = None) -> list[tuple[str, int, str]]:
        """(id, revision, text), oldest first: the input of a re-check. With `current` = (model_version,
        sensitivity), drafts whose stored result came from exactly that are left out: the check is a pure
        function of text, model and sensitivity, so their result would not change."""
        if current is None:
            return self._read("SELECT id, revision, text FROM drafts ORDER BY seq")
        return self._read(
            "SELECT id, revision, text FROM drafts WHERE check_json IS NULL OR model_version IS NOT ?"
            " OR sensitivity IS NOT ? ORDER BY seq",
            current,
        )

    def verdict_counts(self) -> dict[str, int]:
        """How many checked drafts are in each category, and how many are clean ("clean")."""
        rows = self._read(
            "SELECT coalesce(category, 'clean'), count(*) FROM drafts WHERE check_json IS NOT NULL GROUP BY 1"
        )
        return dict(rows)

    def save_check_results(self, results: Iterable[tuple[str, int, dict[str, Any]]]) -> int:
        """Store (id, revision, check) triples in one transaction. A draft edited or deleted since its
        revision was read keeps its newer state. Returns how many were stored."""
        now = utc_now()
        rows = [(*_check_columns(check, now), draft_id, revision) for draft_id, revision, check in results]
        with self._write() as db:
            before = db.total_changes
            db.executemany(
                "UPDATE drafts SET check_json = ?, checked_at = ?, model_version = ?, sensitivity = ?, flagged = ?, "
                "category = ?"
                " WHERE id = ? AND revision = ?",
                rows,
            )
            return db.total_changes - before

    # --- feedback -------------------------------------------------------------------------------

    def add_feedback(self, text: str, verdict: str, category: str | None, model_version: str | None) -> int:
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO feedback (text, verdict, category, model_version, created_at) VALUES (?, ?, ?, ?, ?)",
                (text, verdict, category, model_version, utc_now()),
            )
            assert cursor.lastrowid is not None  # set by every INSERT
            return cursor.lastrowid

    def list_feedback(self) -> list[dict[str, Any]]:
        rows = self._read("SELECT id, text, verdict, category, model_version, created_at FROM feedback ORDER BY id")
        keys = ("id", "text", "verdict", "category", "model_version", "created_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]


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


def _unavailable(exc: sqlite3.OperationalError) -> StoreUnavailable:
    text = str(exc).lower()
    disk_full = "full" in text
    return StoreUnavailable(f"the drafts database could not be written: {exc}", disk_full=disk_full)
