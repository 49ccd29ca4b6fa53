"""The database's lifecycle in the app: tactful.db, the saved-drafts service and the feedback service are opened
for the app's lifetime and used off the event loop.

Every SQLite call of a request runs in a worker thread (`in_store`, `off_loop`), so the event loop stays free; a
failed write is a 507/503 JSON error, never a 500. `current_suppressions` is what the check routes filter with.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TypeVar

from aiohttp import web

from tactful.engine.suppression import Suppressions
from tactful.feedback import FeedbackService
from tactful.http.errors import ApiError
from tactful.http.keys import CONFIG, DRAFTS, FEEDBACK, STORE
from tactful.saved_drafts import SavedDrafts
from tactful.store import DB_FILE, DraftStore, StoreUnavailable, open_store

T = TypeVar("T")
log = logging.getLogger(__name__)


async def store_context(app: web.Application):
    """cleanup_ctx: open (creating and migrating) $TACTFUL_HOME/tactful.db and read the feedback's keys."""
    store = await asyncio.to_thread(open_store, app[CONFIG].home / DB_FILE)
    app[STORE] = store
    app[DRAFTS] = SavedDrafts(store)
    app[FEEDBACK] = FeedbackService(store, max_entries=app[CONFIG].max_feedback)
    try:
        try:
            await asyncio.to_thread(app[FEEDBACK].suppressions)
        except StoreUnavailable as exc:  # checks go on without feedback until it can be read
            log.warning("feedback could not be read at start-up (%s)", type(exc).__name__)
        yield
    finally:
        await asyncio.to_thread(store.close)


async def in_store(request: web.Request, operation: Callable[[DraftStore], T]) -> T:
    """Run one store call off the event loop; a failed write is a 507/503 JSON error, never a 500."""
    store = request.app[STORE]
    return await off_loop(lambda: operation(store))


async def off_loop(work: Callable[[], T]) -> T:
    """Run `work()` (store calls) in a worker thread; a failed write is a 507/503 JSON error, never a 500."""
    try:
        return await asyncio.to_thread(work)
    except StoreUnavailable as exc:
        if exc.disk_full:
            raise ApiError(
                507, "storage_full", "The disk is full: the draft was not saved. Free some space and try again."
            ) from None
        if exc.damaged:
            raise ApiError(
                503,
                "store_unavailable",
                "The drafts database is damaged and cannot be read; nothing was changed. Move tactful.db aside to start"
                " afresh.",
            ) from None
        raise ApiError(
            503, "storage_unavailable", "The drafts database could not be written; nothing was changed. Try again."
        ) from None


async def current_suppressions(request: web.Request) -> Suppressions:
    """The "not pushy" keys to check with. Reading them again (after another process changed the feedback) runs
    off the event loop; if the database cannot be read, the last keys known are used and the check goes on."""
    service = request.app[FEEDBACK]
    try:
        if service.needs_reading():
            return await asyncio.to_thread(service.suppressions)
    except StoreUnavailable as exc:
        log.warning("feedback could not be read; checking with the last known feedback (%s)", type(exc).__name__)
    return service.current
