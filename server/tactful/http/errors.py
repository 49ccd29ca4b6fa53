"""API errors: one exception type, rendered as {"error": {"code", "message"}} by the error middleware."""

from __future__ import annotations

from aiohttp import web


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
