"""The baseline: a trivial aiohttp endpoint that parses a JSON body and answers a small JSON, nothing else."""

import sys

from aiohttp import web


async def echo(request: web.Request) -> web.Response:
    body = await request.json()
    return web.json_response({"flagged": False, "length": len(body.get("text", ""))})


app = web.Application()
app.router.add_post("/v1/check", echo)
app.router.add_get("/v1/health", lambda request: web.json_response({"status": "ok"}))
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
