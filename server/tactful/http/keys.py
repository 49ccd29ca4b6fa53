"""Typed application keys: one place lists what the app holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from tactful.engine.checker import Checker
    from tactful.feedback import FeedbackService
    from tactful.http.batch_pool import BatchChecker
    from tactful.http.config import ServerConfig
    from tactful.http.engine_thread import EngineThread
    from tactful.rewrite.engine import Rewriter
    from tactful.saved_drafts import SavedDrafts
    from tactful.store import DraftStore

CONFIG: web.AppKey[ServerConfig] = web.AppKey("config")
CHECKER: web.AppKey[Checker] = web.AppKey("checker")
REWRITER: web.AppKey[Rewriter] = web.AppKey("rewriter")  # shares the checker's tokenizer
BATCH_CHECKER: web.AppKey[BatchChecker] = web.AppKey("batch_checker")  # large batches on every core
ENGINE: web.AppKey[EngineThread] = web.AppKey("engine")  # the one thread that runs checks and rewrites
STORE: web.AppKey[DraftStore] = web.AppKey("store")  # $TACTFUL_HOME/tactful.db: drafts and feedback
DRAFTS: web.AppKey[SavedDrafts] = web.AppKey("drafts")  # storing, re-checking and summarising saved drafts
FEEDBACK: web.AppKey[FeedbackService] = web.AppKey("feedback")  # the feedback table and its "not pushy" keys
