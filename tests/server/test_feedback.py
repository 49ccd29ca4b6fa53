"""POST /v1/feedback: stored locally with the model version it judges."""

from __future__ import annotations

import pytest

from tactful.server.keys import STORE


async def test_feedback_is_stored_and_answered_204(api, app, checker):
    response = await api.post(
        "/v1/feedback",
        json={"text": "like mine and I'll like yours", "verdict": "correct", "category": "reciprocity_demand"},
    )
    assert response.status == 204
    response = await api.post("/v1/feedback", json={"text": "thanks for the like!", "verdict": "wrong"})
    assert response.status == 204
    rows = app[STORE].list_feedback()
    assert [(r["text"], r["verdict"], r["category"]) for r in rows] == [
        ("like mine and I'll like yours", "correct", "reciprocity_demand"),
        ("thanks for the like!", "wrong", None),
    ]
    assert rows[0]["model_version"] == checker.model_version


@pytest.mark.parametrize(
    "body",
    [
        {"verdict": "correct"},
        {"text": "", "verdict": "correct"},
        {"text": "hi", "verdict": "maybe"},
        {"text": "hi"},
        {"text": "hi", "verdict": "wrong", "category": "rude"},
        {"text": 5, "verdict": "wrong"},
    ],
)
async def test_invalid_feedback_is_422_and_not_stored(api, app, body):
    response = await api.post("/v1/feedback", json=body)
    assert response.status == 422
    assert (await response.json())["error"]["code"] == "invalid_field"
    assert app[STORE].list_feedback() == []


async def test_feedback_limits(api):
    assert (await api.post("/v1/feedback", json={"text": "a" * 20_001, "verdict": "wrong"})).status == 413
    assert (await api.post("/v1/feedback", data="text", headers={"Content-Type": "text/plain"})).status == 415


async def test_feedback_needs_the_token(anonymous_api):
    assert (await anonymous_api.post("/v1/feedback", json={"text": "hi", "verdict": "wrong"})).status == 401
