"""The user's local database: saved drafts (with their last check result) and feedback.

SQLite in WAL mode with `synchronous=FULL`: a write is on disk before the call returns, so a draft the
API acknowledged survives `kill -9` and power loss. The schema is versioned (see `migrations`).
"""

from tactful.store.drafts_db import DB_FILE, Draft, DraftStore, StoreUnavailable, open_store
from tactful.store.migrations import SCHEMA_VERSION, SchemaTooNew

__all__ = ["DB_FILE", "SCHEMA_VERSION", "Draft", "DraftStore", "SchemaTooNew", "StoreUnavailable", "open_store"]
