"""Who may call the server: Host allowlist (DNS rebinding), extension-only Origin, bearer token.

These run as middlewares in that order, inside the error middleware, so every refusal is a JSON error.
"""

from __future__ import annotations

import hmac
import re

from aiohttp import web

from tactful.http.errors import ApiError
from tactful.http.keys import CONFIG

ALLOWED_HOSTNAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
EXTENSION_ORIGIN = re.compile(r"^(chrome-extension|moz-extension)://[A-Za-z0-9._-]+/?$")
PUBLIC_PATHS = frozenset({"/v1/health"})
_HOST_WITH_PORT = re.compile(r"^(?P<name>\[[^\]]*\]|[^:\[\]]+)(?::(?P<port>[0-9]{1,5}))?$")


def is_allowed_host(host_header: str | None) -> bool:
    if not host_header:
        return False
    match = _HOST_WITH_PORT.match(host_header.strip())
    if not match:
        return False
    name = match["name"].lower()
    if name.endswith(".") and not name.startswith("["):
        name = name[:-1]
    return name in ALLOWED_HOSTNAMES


def is_extension_origin(origin: str) -> bool:
    return bool(EXTENSION_ORIGIN.match(origin))


@web.middleware
async def host_allowlist(request: web.Request, handler):
    if len(request.headers.getall("Host", [])) > 1 or not is_allowed_host(request.headers.get("Host")):
        raise ApiError(403, "forbidden_host", "Requests must be addressed to 127.0.0.1, localhost or [::1].")
    if not request.raw_path.startswith(
        "/"
    ):  # an absolute-form target ("http://evil.example/v1/check") names another host
        raise ApiError(400, "bad_request", "Send the request target as a path (/v1/...), not a full URL.")
    return await handler(request)


@web.middleware
async def extension_origin_only(request: web.Request, handler):
    origins = request.headers.getall("Origin", [])
    if len(origins) > 1:  # which one a browser meant is unknowable: refuse rather than trust the first
        raise ApiError(403, "forbidden_origin", "Send at most one Origin header.")
    origin = origins[0] if origins else None
    if origin is None:
        return await handler(request)
    if not is_extension_origin(origin):
        raise ApiError(
            403, "forbidden_origin", "Only the Tactful browser extension may call this server from a browser."
        )
    if request.method == "OPTIONS":  # CORS preflight from the extension: no token is sent with it
        response = web.Response(status=204)
    else:
        response = await handler(request)
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Vary"] = "Origin"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE"
        response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
        response.headers["Access-Control-Max-Age"] = "600"
    return response


@web.middleware
async def bearer_token(request: web.Request, handler):
    if request.path in PUBLIC_PATHS:
        return await handler(request)
    expected = request.app[CONFIG].token
    header = request.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented:
        raise ApiError(
            401, "missing_token", "Send the pairing code as 'Authorization: Bearer <code>'. `tactful serve` prints it."
        )
    if not hmac.compare_digest(
        presented.strip().encode("utf-8", "replace"), expected.encode()
    ):  # non-ASCII: wrong, not a 500
        raise ApiError(401, "wrong_token", "The pairing code is wrong. Copy it again from `tactful serve`'s output.")
    return await handler(request)
