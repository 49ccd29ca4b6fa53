"""POST /v1/check and /v1/check/batch. Both leave out what the user's "not pushy" feedback silenced (listed under
`suppressed` in each result)."""

from __future__ import annotations

from functools import partial

from aiohttp import web

from tactful.engine.domain import MAX_BATCH_DRAFTS, SENSITIVITIES, SURFACES
from tactful.http.errors import ApiError, invalid
from tactful.http.keys import BATCH_CHECKER, CHECKER, ENGINE
from tactful.http.limits import BATCH_MAX_BODY
from tactful.http.store_access import current_suppressions
from tactful.http.validation import optional_choice, read_json_object, require_text

routes = web.RouteTableDef()


@routes.post("/v1/check")
async def check(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body)
    surface = optional_choice(body, "surface", SURFACES, "other")
    sensitivity = optional_choice(body, "sensitivity", SENSITIVITIES, "balanced")
    suppressions = await current_suppressions(request)
    work = partial(
        request.app[CHECKER].check, text, surface=surface, sensitivity=sensitivity, suppressions=suppressions
    )
    result = await request.app[ENGINE].run(work)
    return web.json_response(result.to_dict())


@routes.post("/v1/check/batch")
async def check_batch(request: web.Request) -> web.Response:
    body = await read_json_object(request, max_bytes=BATCH_MAX_BODY)
    drafts = body.get("drafts")
    if not isinstance(drafts, list):
        raise invalid('\'drafts\' is required and must be a list of {"id"?, "text"} objects.')
    if len(drafts) > MAX_BATCH_DRAFTS:
        raise ApiError(
            413, "too_many_drafts", f"Send at most {MAX_BATCH_DRAFTS:,} drafts per batch; got {len(drafts):,}."
        )
    sensitivity = optional_choice(body, "sensitivity", SENSITIVITIES, "balanced")
    ids, texts = [], []
    for position, draft in enumerate(drafts):
        if not isinstance(draft, dict):
            raise invalid(f"drafts[{position}] must be an object with a 'text' field.")
        draft_id = draft.get("id", str(position))
        if not isinstance(draft_id, str):
            raise invalid(f"drafts[{position}].id must be a string.")
        try:
            texts.append(require_text(draft))
        except ApiError as exc:
            raise ApiError(exc.status, exc.code, f"drafts[{position}]: {exc.message}") from None
        ids.append(draft_id)
    results = await request.app[BATCH_CHECKER].check(texts, sensitivity, await current_suppressions(request))
    return web.json_response({"results": [{"id": i, **result} for i, result in zip(ids, results, strict=True)]})
