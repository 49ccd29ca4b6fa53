"""Reading and validating request bodies at the edge, so handlers only see good values."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_protocol import RequestPayloadError

from tactful.engine.domain import MAX_TEXT_CHARS
from tactful.http.errors import ApiError, invalid
from tactful.http.limits import BODY_TIMEOUT_S, DEFAULT_MAX_BODY


async def read_json_object(request: web.Request, max_bytes: int = DEFAULT_MAX_BODY) -> dict[str, Any]:
    """The body as a JSON object: 415 if not JSON, 413 if larger than max_bytes, 400 if malformed."""
    content_type = request.headers.get("Content-Type", "")
    if content_type.split(";", 1)[0].strip().lower() != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.")
    if request.content_length is not None and request.content_length > max_bytes:
        raise _too_large(max_bytes)
    raw = bytearray()
    try:
        async with asyncio.timeout(BODY_TIMEOUT_S):  # a body announced and never sent does not hold the request open
            async for chunk in request.content.iter_chunked(64 * 1024):
                raw.extend(chunk)
                if len(raw) > max_bytes:
                    raise _too_large(max_bytes)
    except TimeoutError:
        raise ApiError(408, "body_timeout", f"The body did not arrive within {BODY_TIMEOUT_S} seconds.") from None
    except (
        HttpProcessingError,
        RequestPayloadError,
    ):  # the Content-Encoding says gzip or deflate and the bytes are not
        raise ApiError(
            400, "bad_encoding", "The body could not be read: it does not match its Content-Encoding or chunking."
        ) from None
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ApiError(400, "malformed_json", "The body is not valid UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, "malformed_json", f"The body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
    except RecursionError:
        raise ApiError(400, "malformed_json", "The body is nested too deeply.") from None
    except ValueError:  # an integer literal of more digits than Python converts (4,300)
        raise ApiError(400, "malformed_json", "The body holds a number too long to read.") from None
    if not isinstance(body, dict):
        raise invalid("The body must be a JSON object.")
    return body


def _too_large(max_bytes: int) -> ApiError:
    return ApiError(413, "payload_too_large", f"The body is larger than {max_bytes // 1024} KiB.")


def require_text(body: dict[str, Any], field: str = "text", *, allow_empty: bool = True) -> str:
    value = body.get(field)
    if not isinstance(value, str):
        raise invalid(f"'{field}' is required and must be a string.")
    if not allow_empty and not value.strip():
        raise invalid(f"'{field}' must not be empty.")
    if len(value) > MAX_TEXT_CHARS:
        raise ApiError(413, "text_too_long", f"'{field}' is longer than {MAX_TEXT_CHARS:,} characters.")
    if _has_lone_surrogate(value):
        raise invalid(f"'{field}' contains an unpaired UTF-16 surrogate.")
    return value


def optional_choice(body: dict[str, Any], field: str, choices: tuple[str, ...], default: str) -> str:
    value = body.get(field, default)
    if value is None:
        return default
    if value not in choices:
        raise invalid(f"'{field}' must be one of: {', '.join(choices)}.")
    return value


def optional_int(body: dict[str, Any], field: str, default: int, lowest: int, highest: int) -> int:
    value = body.get(field, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        raise invalid(f"'{field}' must be a whole number from {lowest} to {highest}.")
    return value


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def query_int(request: web.Request, name: str, default: int, lowest: int, highest: int) -> int:
    """A whole-number query parameter (at most 9 digits, so a huge one is refused before it is converted)."""
    raw = request.query.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9 or not lowest <= int(raw) <= highest:
        raise invalid(f"'{name}' must be a whole number from {lowest} to {highest}.")
    return int(raw)
