"""POST /v1/feedback: the user says a verdict was right or wrong; stored locally, never sent anywhere."""

from __future__ import annotations

from aiohttp import web

from tactful.engine.results import CATEGORIES
from tactful.server.errors import invalid
from tactful.server.keys import CHECKER
from tactful.server.routes.drafts import in_store
from tactful.server.validation import read_json_object, require_text

routes = web.RouteTableDef()

VERDICTS = ("correct", "wrong")


@routes.post("/v1/feedback")
async def give_feedback(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    verdict = body.get("verdict")
    if verdict not in VERDICTS:
        raise invalid("'verdict' is required and must be one of: correct, wrong.")
    category = body.get("category")
    if category is not None and category not in CATEGORIES:
        raise invalid(f"'category' must be one of: {', '.join(CATEGORIES)}.")
    model_version = request.app[CHECKER].model_version
    await in_store(request, lambda store: store.add_feedback(text, verdict, category, model_version))
    return web.Response(status=204)
