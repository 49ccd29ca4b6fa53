"""The user's feedback on verdicts, stored locally and never sent anywhere.

- POST /v1/feedback `{"text", "verdict": "correct"|"wrong", "category"?}` → 204. "wrong" with no category means
  "not pushy": from the next check on, the text's sentences (and the same words with other punctuation, emoji
  or casing) are not flagged. Identical feedback is stored once; past the bound it is a 409 `feedback_full`.
- GET /v1/feedback?limit=&after= → a page, oldest first, and `next_after` for the next one.
- DELETE /v1/feedback/{id} → 204, and its suppression is gone at once.
"""

from __future__ import annotations

from aiohttp import web

from tactful.feedback.service import DEFAULT_PAGE, MAX_PAGE, validate
from tactful.http.errors import ApiError, invalid
from tactful.http.keys import CHECKER, FEEDBACK
from tactful.http.store_access import in_store
from tactful.http.validation import query_int, read_json_object, require_text
from tactful.store import FeedbackFull

routes = web.RouteTableDef()

_MAX_ID_DIGITS = 18  # below 2**63, SQLite's largest integer


@routes.post("/v1/feedback")
async def give_feedback(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    try:
        verdict, category = validate(body.get("verdict"), body.get("category"))
    except ValueError as exc:
        raise invalid(str(exc)) from None
    model_version = request.app[CHECKER].model_version
    service = request.app[FEEDBACK]
    try:
        await in_store(request, lambda _store: service.give(text, verdict, category, model_version))
    except FeedbackFull as exc:
        raise ApiError(
            409,
            "feedback_full",
            f"Tactful keeps at most {exc.limit:,} pieces of feedback and has that many: delete some first.",
        ) from None
    return web.Response(status=204)


@routes.get("/v1/feedback")
async def list_feedback(request: web.Request) -> web.Response:
    limit = query_int(request, "limit", DEFAULT_PAGE, 1, MAX_PAGE)
    after = query_int(request, "after", 0, 0, 999_999_999)
    service = request.app[FEEDBACK]
    page = await in_store(request, lambda _store: service.page(limit=limit, after=after))
    return web.json_response(page.to_dict())


@routes.delete("/v1/feedback/{feedback_id}")
async def delete_feedback(request: web.Request) -> web.Response:
    raw = request.match_info["feedback_id"]
    # Like a draft id, anything that names no feedback is a 404, a malformed id included.
    feedback_id = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= _MAX_ID_DIGITS else None
    service = request.app[FEEDBACK]
    if feedback_id is None or not await in_store(request, lambda _store: service.delete(feedback_id)):
        raise ApiError(404, "feedback_not_found", f"There is no feedback with id {raw[:40]!r}.")
    return web.Response(status=204)
