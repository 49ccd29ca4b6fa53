"""The aiohttp application factory."""

from __future__ import annotations

from aiohttp import web

from tactful.engine.checker import Checker, load_checker
from tactful.http import protocol_errors
from tactful.http.batch_pool import BatchChecker
from tactful.http.config import ServerConfig
from tactful.http.engine_thread import EngineThread
from tactful.http.error_middleware import json_errors
from tactful.http.keys import BATCH_CHECKER, CHECKER, CONFIG, ENGINE, REWRITER
from tactful.http.limits import BATCH_MAX_BODY
from tactful.http.routes import ROUTE_MODULES
from tactful.http.security import bearer_token, extension_origin_only, host_allowlist
from tactful.http.store_access import store_context
from tactful.rewrite.engine import rewriter_for


def create_app(config: ServerConfig, checker: Checker | None = None) -> web.Application:
    """Build the app. Pass an already-loaded checker to share one model between apps (tests, benches)."""
    protocol_errors.install()
    app = web.Application(
        middlewares=[json_errors, host_allowlist, extension_origin_only, bearer_token],
        client_max_size=BATCH_MAX_BODY,  # per-route limits are enforced when reading the body
    )
    app[CONFIG] = config
    app.cleanup_ctx.append(_engine_context(checker))
    app.cleanup_ctx.append(store_context)  # opens/closes config.home / "tactful.db" and the feedback service
    for module in ROUTE_MODULES:
        app.add_routes(module.routes)
    return app


def _engine_context(preloaded: Checker | None):
    async def engine_context(app: web.Application):
        app[CHECKER] = preloaded if preloaded is not None else load_checker(app[CONFIG].models)
        app[ENGINE] = EngineThread()
        app[BATCH_CHECKER] = BatchChecker(app[CHECKER], app[ENGINE])
        app[REWRITER] = rewriter_for(app[CHECKER], app[CONFIG].models)  # ~15 ms
        yield
        app[BATCH_CHECKER].close()
        app[ENGINE].close()

    return engine_context
