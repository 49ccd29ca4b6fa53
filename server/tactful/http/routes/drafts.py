"""Saved drafts: GET/POST /v1/drafts, GET/PUT/DELETE /v1/drafts/{id}, POST /v1/drafts/check.

The routes only read requests and write replies; the work is the saved-drafts service's (`tactful.saved_drafts`,
the one the CLI uses too). A saved draft's `check` is null until POST /v1/drafts/check checks it, and again after
its text changes. The service runs in a worker thread and hands the texts to the app's batch checker (the engine
thread, or forked workers for large batches), so the event loop stays free during a 10,000-draft re-check.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from tactful.engine.domain import SENSITIVITIES, SURFACES
from tactful.engine.results import CheckResultDict
from tactful.engine.suppression import Suppressions
from tactful.http.errors import ApiError, invalid
from tactful.http.keys import BATCH_CHECKER, CHECKER, DRAFTS
from tactful.http.store_access import current_suppressions, off_loop
from tactful.http.validation import optional_choice, query_int, read_json_object, require_text

routes = web.RouteTableDef()

MAX_LIST = 10_000


def not_found() -> ApiError:
    """The id is not repeated: a client can put any text in the path."""
    return ApiError(404, "draft_not_found", "There is no saved draft with that id.")


@routes.get("/v1/drafts")
async def list_drafts(request: web.Request) -> web.Response:
    limit = query_int(request, "limit", MAX_LIST, 1, MAX_LIST)
    offset = query_int(request, "offset", 0, 0, 2**62)
    flagged = request.query.get("flagged", "false").lower()
    if flagged not in ("true", "false"):
        raise invalid("'flagged' must be true or false.")
    service = request.app[DRAFTS]
    drafts, total = await off_loop(lambda: service.page(limit=limit, offset=offset, only_flagged=flagged == "true"))
    return web.json_response(
        {"drafts": [draft.to_dict() for draft in drafts], "total": total, "limit": limit, "offset": offset}
    )


@routes.post("/v1/drafts")
async def create_draft(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    surface = optional_choice(body, "surface", SURFACES, "other")
    service = request.app[DRAFTS]
    draft = await off_loop(lambda: service.add(text, surface))
    # 201 only once the row is committed to disk (synchronous=FULL): an acknowledged draft survives a crash.
    return web.json_response(draft.to_dict(), status=201, headers={"Location": f"/v1/drafts/{draft.id}"})


@routes.post("/v1/drafts/check")
async def check_all_drafts(request: web.Request) -> web.Response:
    """Bring every draft's verdict up to date for this model and sensitivity, and summarise them all."""
    body = await read_json_object(request) if request.body_exists else {}
    sensitivity = optional_choice(body, "sensitivity", SENSITIVITIES, "balanced")
    force = body.get("force", False)
    if not isinstance(force, bool):
        raise invalid("'force' must be true or false.")
    suppressions = await current_suppressions(request)
    loop = asyncio.get_running_loop()
    batch_checker = request.app[BATCH_CHECKER]

    def check_texts(texts: list[str], sensitivity: str, suppressions: Suppressions) -> list[CheckResultDict]:
        """From the service's thread: the batch check runs on the loop's side, this thread waits for it."""
        return asyncio.run_coroutine_threadsafe(batch_checker.check(texts, sensitivity, suppressions), loop).result()

    service = request.app[DRAFTS]
    model_version = request.app[CHECKER].model_version
    summary = await off_loop(
        lambda: service.recheck(
            check_texts, model_version=model_version, sensitivity=sensitivity, suppressions=suppressions, force=force
        )
    )
    return web.json_response(summary.to_dict())


@routes.get("/v1/drafts/{draft_id}")
async def get_draft(request: web.Request) -> web.Response:
    draft_id = request.match_info["draft_id"]
    service = request.app[DRAFTS]
    draft = await off_loop(lambda: service.get(draft_id))
    if draft is None:
        raise not_found()
    return web.json_response(draft.to_dict())


@routes.put("/v1/drafts/{draft_id}")
async def replace_draft(request: web.Request) -> web.Response:
    """Replace the text; `surface` is kept unless given. The old verdict no longer applies and is cleared."""
    draft_id = request.match_info["draft_id"]
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    surface = optional_choice(body, "surface", SURFACES, "other") if body.get("surface") is not None else None
    service = request.app[DRAFTS]
    draft = await off_loop(lambda: service.replace(draft_id, text, surface))
    if draft is None:
        raise not_found()
    return web.json_response(draft.to_dict())


@routes.delete("/v1/drafts/{draft_id}")
async def delete_draft(request: web.Request) -> web.Response:
    draft_id = request.match_info["draft_id"]
    service = request.app[DRAFTS]
    if not await off_loop(lambda: service.delete(draft_id)):
        raise not_found()
    return web.Response(status=204)
