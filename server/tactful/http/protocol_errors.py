"""Errors aiohttp answers before any handler runs (a bad request line, bad chunking, a body longer than its
Content-Length on a keep-alive connection): a JSON error like every other refusal, never an echo of what the
client sent, and a log line that names the status and the error's type only (what a client sent may be a draft).

aiohttp has no hook for these, so its RequestHandler.handle_error is replaced once, at app creation.
"""

from __future__ import annotations

import logging
from http import HTTPStatus

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from tactful.http.errors import CODES_BY_STATUS

log = logging.getLogger("tactful.http")


def _handle_error(
    self: RequestHandler, request, status: int = 500, exc: BaseException | None = None, message: str | None = None
):
    log.warning("refused a malformed HTTP request: %d (%s)", status, type(exc).__name__ if exc else "no detail")
    if request.writer.output_size > 0:  # part of a response went out already: the connection is broken
        raise ConnectionError("Response is sent already, cannot send another response with the error message")
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    text = (
        "The request could not be read as HTTP."
        if status < 500
        else "Tactful hit an internal error; the draft was not changed."
    )
    response = web.json_response(
        {
            "error": {
                "code": CODES_BY_STATUS.get(status, "internal_error" if status >= 500 else "bad_request"),
                "message": f"{phrase}: {text}",
            }
        },
        status=status,
    )
    response.force_close()
    return response


def install() -> None:
    if RequestHandler.handle_error is not _handle_error:
        RequestHandler.handle_error = _handle_error  # type: ignore[method-assign]
