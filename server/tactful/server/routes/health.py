from aiohttp import web

from tactful import __version__
from tactful.server.keys import CHECKER

routes = web.RouteTableDef()


@routes.get("/v1/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response(
        {"status": "ok", "version": __version__, "model_version": request.app[CHECKER].model_version}
    )
