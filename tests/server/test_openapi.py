"""/openapi.json describes exactly the routes the app serves."""

from __future__ import annotations

import re


async def test_openapi_lists_exactly_the_served_routes(api, app):
    document = await (await api.get("/openapi.json")).json()
    assert document["openapi"].startswith("3.")
    documented = {
        (path, method.upper()) for path, item in document["paths"].items() for method in item if method != "parameters"
    }
    served = set()
    for route in app.router.routes():
        if route.method in {"HEAD", "OPTIONS", "*"}:
            continue
        canonical = re.sub(r"\{[^}]+\}", "{draft_id}", route.resource.canonical)
        served.add((canonical, route.method))
    assert documented == served


async def test_openapi_refs_resolve(api):
    document = await (await api.get("/openapi.json")).json()
    refs = set(re.findall(r'"\$ref": "#/components/schemas/(\w+)"', str(document).replace("'", '"')))
    assert refs <= set(document["components"]["schemas"])


async def test_documented_draft_fields_are_what_the_api_returns(api):
    document = await (await api.get("/openapi.json")).json()
    draft = await (await api.post("/v1/drafts", json={"text": "Hello Sam, lovely stall!"})).json()
    assert set(draft) == set(document["components"]["schemas"]["Draft"]["properties"])
    listing = await (await api.get("/v1/drafts")).json()
    assert set(listing) == set(document["components"]["schemas"]["DraftList"]["properties"])
    summary = await (await api.post("/v1/drafts/check", json={})).json()
    assert set(summary) == set(document["components"]["schemas"]["DraftsCheckSummary"]["properties"])
