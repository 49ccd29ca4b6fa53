"""The access log `tactful serve --access-log` writes: one line per request that names the route, never what the
client sent. A path can carry a draft (`PUT /v1/drafts/<anything>`), and so can a query string or an unusual
method, so the line holds the route's template (`/v1/drafts/{id}`), a known method, the status, the size of the
reply and the time taken."""

from __future__ import annotations

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
UNMATCHED = "(no route)"


def route_of(request: web.BaseRequest) -> str:
    """The template of the route `request` matched, or UNMATCHED: never a string the client chose."""
    match_info = getattr(request, "match_info", None)
    route = getattr(match_info, "route", None)
    resource = getattr(route, "resource", None)
    return resource.canonical if resource is not None else UNMATCHED


class RouteAccessLogger(AbstractAccessLogger):
    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        method = request.method if request.method in KNOWN_METHODS else "OTHER"
        self.logger.info('"%s %s" %d %d %.6f', method, route_of(request), response.status, response.body_length, time)
