"""Saved drafts: GET/POST /v1/drafts, GET/PUT/DELETE /v1/drafts/{id}, POST /v1/drafts/check.

A draft's `check` is its last check result (null until checked, and again after its text changes);
POST /v1/drafts/check checks those whose verdict is missing or out of date (another model, sensitivity or
set of "not pushy" feedback; all of them with "force"). SQLite work runs in a worker thread and checking on the
app's batch checker (forked workers for large batches), so the event loop stays free during a
10,000-draft re-check.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tactful.engine.results import CATEGORIES, SENSITIVITIES, SURFACES
from tactful.server.errors import ApiError, invalid
from tactful.server.keys import BATCH_CHECKER, CHECKER
from tactful.server.store_access import current_suppressions, in_store
from tactful.server.validation import optional_choice, query_int, read_json_object, require_text
from tactful.store import DraftStore

routes = web.RouteTableDef()

MAX_LIST = 10_000
RECHECK_SLICE = 2_000  # drafts handed to the batch checker at a time (bounds the memory of one hand-off)


def not_found(draft_id: str) -> ApiError:
    return ApiError(404, "draft_not_found", f"There is no saved draft with id {draft_id!r}.")


@routes.get("/v1/drafts")
async def list_drafts(request: web.Request) -> web.Response:
    limit = query_int(request, "limit", MAX_LIST, 1, MAX_LIST)
    offset = query_int(request, "offset", 0, 0, 2**62)
    flagged = request.query.get("flagged", "false").lower()
    if flagged not in ("true", "false"):
        raise invalid("'flagged' must be true or false.")
    only_flagged = flagged == "true"
    drafts = await in_store(
        request, lambda store: store.list_drafts(limit=limit, offset=offset, only_flagged=only_flagged)
    )
    total = await in_store(request, lambda store: store.count_drafts(only_flagged=only_flagged))
    return web.json_response(
        {"drafts": [draft.to_dict() for draft in drafts], "total": total, "limit": limit, "offset": offset}
    )


@routes.post("/v1/drafts")
async def create_draft(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    surface = optional_choice(body, "surface", SURFACES, "other")
    draft = await in_store(request, lambda store: store.add_draft(text, surface))
    # 201 only once the row is committed to disk (synchronous=FULL): an acknowledged draft survives a crash.
    return web.json_response(draft.to_dict(), status=201, headers={"Location": f"/v1/drafts/{draft.id}"})


@routes.post("/v1/drafts/check")
async def check_all_drafts(request: web.Request) -> web.Response:
    """Bring every draft's verdict up to date for this model and sensitivity, and summarise them all.

    Drafts whose stored result came from the same model and sensitivity are not checked again (the
    result would be identical) unless `"force": true`."""
    body = await read_json_object(request) if request.body_exists else {}
    sensitivity = optional_choice(body, "sensitivity", SENSITIVITIES, "balanced")
    force = body.get("force", False)
    if not isinstance(force, bool):
        raise invalid("'force' must be true or false.")
    model_version = request.app[CHECKER].model_version
    suppressions = await current_suppressions(request)
    current = None if force else (model_version, sensitivity, suppressions.fingerprint)
    stale = await in_store(request, lambda store: store.drafts_to_check(current))
    results: list[tuple[str, int, dict[str, Any]]] = []
    for start in range(0, len(stale), RECHECK_SLICE):
        part = stale[start : start + RECHECK_SLICE]
        texts = [text for _id, _revision, text in part]
        checks = await request.app[BATCH_CHECKER].check(texts, sensitivity, suppressions)
        results.extend(
            (draft_id, revision, {**check, "sensitivity": sensitivity})
            for (draft_id, revision, _text), check in zip(part, checks, strict=True)
        )
    await in_store(request, lambda store: store.save_check_results(results, suppressions.fingerprint))
    counts = await in_store(request, DraftStore.verdict_counts)
    flagged = await in_store(request, lambda store: store.list_drafts(only_flagged=True))
    return web.json_response(
        {
            "checked": sum(counts.values()),
            "rechecked": len(results),
            "flagged": sum(counts.get(category, 0) for category in CATEGORIES),
            "counts": {category: counts.get(category, 0) for category in (*CATEGORIES, "clean")},
            "sensitivity": sensitivity,
            "model_version": model_version,
            "flagged_drafts": [draft.to_dict() for draft in flagged],
        }
    )


@routes.get("/v1/drafts/{draft_id}")
async def get_draft(request: web.Request) -> web.Response:
    draft_id = request.match_info["draft_id"]
    draft = await in_store(request, lambda store: store.get_draft(draft_id))
    if draft is None:
        raise not_found(draft_id)
    return web.json_response(draft.to_dict())


@routes.put("/v1/drafts/{draft_id}")
async def replace_draft(request: web.Request) -> web.Response:
    """Replace the text; `surface` is kept unless given. The old verdict no longer applies and is cleared."""
    draft_id = request.match_info["draft_id"]
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    surface = optional_choice(body, "surface", SURFACES, "other") if body.get("surface") is not None else None
    draft = await in_store(request, lambda store: store.update_draft(draft_id, text, surface))
    if draft is None:
        raise not_found(draft_id)
    return web.json_response(draft.to_dict())


@routes.delete("/v1/drafts/{draft_id}")
async def delete_draft(request: web.Request) -> web.Response:
    draft_id = request.match_info["draft_id"]
    if not await in_store(request, lambda store: store.delete_draft(draft_id)):
        raise not_found(draft_id)
    return web.Response(status=204)
