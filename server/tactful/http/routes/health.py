"""GET /v1/health: liveness, versions, and which classifier is running (the shipped one or a personal one)."""

from aiohttp import web

from tactful import __version__
from tactful.http.keys import CHECKER

routes = web.RouteTableDef()


@routes.get("/v1/health")
async def health(request: web.Request) -> web.Response:
    checker = request.app[CHECKER]
    return web.json_response(
        {
            "status": "ok",
            "version": __version__,
            "model_version": checker.model_version,
            "model": {"source": checker.model_source, "version": checker.model_version},
        }
    )
