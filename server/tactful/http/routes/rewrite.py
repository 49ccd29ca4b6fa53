"""POST /v1/rewrite: rewrites that edit the draft (its fine sentences kept verbatim), with the draft's own check
result."""

from __future__ import annotations

from aiohttp import web

from tactful.engine.domain import SURFACES
from tactful.http.errors import invalid
from tactful.http.keys import CHECKER, ENGINE, REWRITER
from tactful.http.store_access import current_suppressions
from tactful.http.validation import optional_choice, optional_int, read_json_object, require_text
from tactful.rewrite.engine import DEFAULT_N, DEFAULT_STYLE, MAX_N, STYLES
from tactful.rewrite.profile import Profile

routes = web.RouteTableDef()


@routes.post("/v1/rewrite")
async def rewrite(request: web.Request) -> web.Response:
    body = await read_json_object(request)
    text = require_text(body, allow_empty=False)
    style = optional_choice(body, "style", STYLES, DEFAULT_STYLE)
    n = optional_int(body, "n", DEFAULT_N, 1, MAX_N)
    surface = optional_choice(body, "surface", SURFACES, "other")
    try:
        profile = Profile.from_mapping(body.get("profile"))
    except ValueError as exc:
        raise invalid(str(exc)) from None
    suppressions = await current_suppressions(request)  # what the user marked "not pushy" is left as it is
    checker, rewriter = request.app[CHECKER], request.app[REWRITER]

    def work() -> dict[str, object]:
        original = checker.check(text, suppressions=suppressions)
        rewrites = rewriter.rewrite(
            text, profile=profile, style=style, n=n, surface=surface, original=original, suppressions=suppressions
        )
        return {"rewrites": [r.to_dict() for r in rewrites], "original": original.to_dict()}

    return web.json_response(await request.app[ENGINE].run(work))
