"""Every failure becomes a JSON error; nothing a client sends turns into a 500 with a stack trace, and no error
message or log line repeats the path, the query or the body (any of which can carry a draft)."""

from __future__ import annotations

import logging

from aiohttp import web

from tactful.http.access_log import route_of
from tactful.http.errors import CODES_BY_STATUS, ApiError, error_response

log = logging.getLogger("tactful.http")


@web.middleware
async def json_errors(request: web.Request, handler):
    try:
        return await handler(request)
    except ApiError as exc:
        return _unread_body_closes(request, error_response(exc.status, exc.code, exc.message))
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = CODES_BY_STATUS.get(exc.status, "http_error")
        message = {
            404: "No such endpoint. See /openapi.json for the routes.",
            405: f"This method is not allowed on {route_of(request)}; the Allow header lists the ones that are.",
        }.get(exc.status, exc.reason)
        headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        return error_response(exc.status, code, message, headers)
    except Exception:  # a bug of ours: log the type and route, never the body (drafts are private)
        log.exception("internal error on %s", route_of(request))
        return error_response(500, "internal_error", "Tactful hit an internal error; the draft was not changed.")


def _unread_body_closes(request: web.Request, response: web.Response) -> web.Response:
    """A refused request whose body was never read (wrong Host, Origin or token; too large) closes the connection,
    so aiohttp does not read, and decompress, the rest of the body only to throw it away."""
    if request.body_exists and not request.content.at_eof():
        response.force_close()
    return response
