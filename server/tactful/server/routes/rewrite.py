"""POST /v1/rewrite: introduction-style rewrites of a draft, with the draft's own check result."""

from __future__ import annotations

import weakref

from aiohttp import web

from tactful.rewrite.bank import DEFAULT_N, DEFAULT_STYLE, MAX_N, STYLES
from tactful.rewrite.engine import Rewriter, rewriter_for
from tactful.rewrite.profile import Profile
from tactful.server.errors import invalid
from tactful.server.keys import CHECKER, CONFIG
from tactful.server.validation import optional_choice, optional_int, read_json_object, require_text

routes = web.RouteTableDef()

# One rewriter per running app, built on first use from the app's checker (it shares the checker's
# tokenizer). Kept beside the app rather than in it: a started aiohttp app must not be changed.
_REWRITERS: "weakref.WeakKeyDictionary[web.Application, Rewriter]" = weakref.WeakKeyDictionary()


def rewriter_of(app: web.Application) -> Rewriter:
    rewriter = _REWRITERS.get(app)
    if rewriter is None:
        rewriter = _REWRITERS[app] = rewriter_for(app[CHECKER], app[CONFIG].models)
    return rewriter


@routes.post("/v1/rewrite")
async def rewrite(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    style = optional_choice(body, "style", STYLES, DEFAULT_STYLE)
    n = optional_int(body, "n", DEFAULT_N, 1, MAX_N)
    try:
        profile = Profile.from_mapping(body.get("profile"))
    except ValueError as exc:
        raise invalid(str(exc)) from None
    original = request.app[CHECKER].check(text)
    rewrites = rewriter_of(request.app).rewrite(text, profile=profile, style=style, n=n, original=original)
    return web.json_response({"rewrites": [r.to_dict() for r in rewrites], "original": original.to_dict()})
