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
        served.add((route.resource.canonical, route.method))
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


async def test_documented_check_health_and_feedback_fields_are_what_the_api_returns(api):
    document = await (await api.get("/openapi.json")).json()
    schemas = document["components"]["schemas"]
    await api.post("/v1/feedback", json={"text": "Check out my page!", "verdict": "wrong"})
    result = await (await api.post("/v1/check", json={"text": "check out my page 😊"})).json()
    assert set(result) == set(schemas["CheckResult"]["properties"]) == set(schemas["CheckResult"]["required"])
    [hidden] = result["suppressed"]
    assert set(hidden) == set(schemas["SuppressedIssue"]["properties"])
    listing = await (await api.get("/v1/feedback")).json()
    assert set(listing) == set(schemas["FeedbackList"]["properties"])
    assert set(listing["feedback"][0]) == set(schemas["FeedbackEntry"]["properties"])
    health = await (await api.get("/v1/health")).json()
    assert set(health) == set(schemas["Health"]["properties"])
    assert set(health["model"]) == set(schemas["Health"]["properties"]["model"]["properties"])


async def test_the_feedback_routes_document_their_refusals(api):
    paths = (await (await api.get("/openapi.json")).json())["paths"]
    assert {"400", "401", "409", "413", "415", "422"} <= set(paths["/v1/feedback"]["post"]["responses"])
    assert {"401", "422"} <= set(paths["/v1/feedback"]["get"]["responses"])
    assert {"limit", "after"} == {p["name"] for p in paths["/v1/feedback"]["get"]["parameters"]}
    assert {"401", "404"} <= set(paths["/v1/feedback/{feedback_id}"]["delete"]["responses"])
