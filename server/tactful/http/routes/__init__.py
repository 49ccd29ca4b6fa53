"""Each module here holds one group of routes as `routes = web.RouteTableDef()`; list it below to mount it."""

from tactful.http.routes import check, drafts, feedback, health, openapi, rewrite

ROUTE_MODULES = [health, check, drafts, feedback, openapi, rewrite]
