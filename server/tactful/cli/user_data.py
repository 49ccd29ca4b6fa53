"""What the CLI's checks share with the server: the model that runs (the personal one when it is installed) and
the user's "not pushy" feedback in $TACTFUL_HOME, so `tactful check` says what the extension would."""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

from tactful.engine.checker import Checker
from tactful.engine.suppression import EMPTY, Suppressions

if TYPE_CHECKING:
    from tactful.store import DraftStore


def checker_in_use(command: str) -> Checker:
    """The checker `tactful serve` would run; a personal model found but not used is explained on stderr."""
    from tactful.active_model import load_active_checker
    from tactful.paths import models_dir, tactful_home

    checker, note = load_active_checker(models_dir(), tactful_home())
    if note:
        print(f"tactful {command}: {note}", file=sys.stderr)
    return checker


def open_user_store(command: str) -> DraftStore | None:
    """$TACTFUL_HOME/tactful.db, open; or None, after one line on stderr saying why it cannot be opened (a garbage,
    newer or unreadable database)."""
    from tactful.paths import tactful_home
    from tactful.store import DB_FILE, SchemaTooNew, StoreUnavailable, open_store

    path = tactful_home() / DB_FILE
    try:
        return open_store(path)
    except (SchemaTooNew, StoreUnavailable, OSError, sqlite3.DatabaseError) as exc:
        print(f"tactful {command}: cannot open {path}: {exc}", file=sys.stderr)
        return None


def saved_suppressions(command: str) -> Suppressions:
    """The "not pushy" keys in $TACTFUL_HOME/tactful.db (none when there is no database yet). A database that
    cannot be read is said on stderr and the check goes on without feedback."""
    from tactful.feedback import FeedbackService
    from tactful.paths import tactful_home
    from tactful.store import DB_FILE, SchemaTooNew, StoreUnavailable, open_store

    path = tactful_home() / DB_FILE
    if not path.exists():
        return EMPTY
    try:
        store = open_store(path)
    except (SchemaTooNew, StoreUnavailable, OSError, sqlite3.DatabaseError) as exc:
        print(f"tactful {command}: cannot read your feedback in {path} ({exc}); checking without it", file=sys.stderr)
        return EMPTY
    try:
        return FeedbackService(store).suppressions()
    except StoreUnavailable as exc:
        print(f"tactful {command}: cannot read your feedback in {path} ({exc}); checking without it", file=sys.stderr)
        return EMPTY
    finally:
        store.close()
