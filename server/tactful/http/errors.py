"""API errors: one exception type, rendered as {"error": {"code", "message"}} by the error middleware."""

from __future__ import annotations

from aiohttp import web

# The error code for each HTTP status aiohttp itself may refuse with, inside a handler or before one runs.
CODES_BY_STATUS = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    431: "headers_too_large",
    501: "not_implemented",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status, headers=headers)


def invalid(message: str) -> ApiError:
    """422: the JSON was well-formed but a field is wrong."""
    return ApiError(422, "invalid_field", message)
