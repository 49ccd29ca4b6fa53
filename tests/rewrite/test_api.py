"""POST /v1/rewrite through the real app and the real model, and every way a request can be refused."""

from __future__ import annotations

import pytest

from tactful.engine.domain import MAX_TEXT_CHARS

PROFILE = {"name": "Dana", "business": "Sweet Crumbs Bakery", "page_url": "https://facebook.com/sweetcrumbs"}


async def test_rewrites_a_flagged_draft_and_returns_its_check(api):
    text = "Hi Maria! Your cupcakes look amazing. I liked your page, now like mine 😊"
    response = await api.post("/v1/rewrite", json={"text": text, "profile": PROFILE, "surface": "message"})
    assert response.status == 200
    body = await response.json()
    assert set(body) == {"rewrites", "original"}
    assert body["original"]["flagged"] is True
    assert 1 <= len(body["rewrites"]) <= 3
    for rewrite in body["rewrites"]:
        assert set(rewrite) == {"text", "style", "kind", "changes", "removed"} and rewrite["style"] == "introduction"
        assert rewrite["text"].startswith("Hi Maria!")
        assert "like mine" not in rewrite["text"] and any("like mine" in r for r in rewrite["removed"])
        for change in rewrite["changes"]:
            assert 0 <= change["start"] < change["end"] <= len(rewrite["text"].encode("utf-16-le")) // 2
    # the profile's name is never added (blind readers sent none of the rewrites that added it)
    assert not any("Dana" in r["text"] for r in body["rewrites"])
    again = await (await api.post("/v1/check", json={"text": body["rewrites"][0]["text"]})).json()
    assert again["flagged"] is False


@pytest.mark.parametrize("style", ["introduction", "question", "value"])
@pytest.mark.parametrize("n", [1, 5])
async def test_style_and_n(api, style, n):
    text = "Hi! Thanks for the follow. I make soy candles, want to buy some? Use code GLOW for 10% off, DM me!"
    body = await (await api.post("/v1/rewrite", json={"text": text, "style": style, "n": n, "profile": PROFILE})).json()
    assert 1 <= len(body["rewrites"]) <= n
    assert [r["style"] for r in body["rewrites"]] == [style] * len(body["rewrites"])
    assert len({r["text"] for r in body["rewrites"]}) == len(body["rewrites"])
    if style == "value":
        assert body["rewrites"][0]["kind"] == "edit"


async def test_unflagged_draft_keeps_every_word(api):
    text = "thanks so much for the kind words maria!!!"
    body = await (await api.post("/v1/rewrite", json={"text": text, "n": 3})).json()
    assert body["original"]["flagged"] is False
    for rewrite in body["rewrites"]:
        assert rewrite["text"].startswith(text) and rewrite["removed"] == []


async def test_a_comment_gets_no_greeting(api):
    text = "Stunning work!! Follow my page for more 👇"
    body = await (await api.post("/v1/rewrite", json={"text": text, "surface": "comment"})).json()
    assert body["rewrites"]
    for rewrite in body["rewrites"]:
        assert rewrite["text"].startswith("Stunning work!!") and "Follow my page" not in rewrite["text"]


async def test_rewriter_is_built_once_per_app_and_shares_the_checker_tokenizer(api):
    from tactful.http.keys import CHECKER, REWRITER

    rewriter = api.app[REWRITER]
    await api.post("/v1/rewrite", json={"text": "Please like my page!!"})
    assert api.app[REWRITER] is rewriter
    assert rewriter.checker is api.app[CHECKER]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"text": ""}, "'text' must not be empty"),
        ({"text": "  \n "}, "'text' must not be empty"),
        ({}, "'text' is required"),
        ({"text": 5}, "'text' is required"),
        ({"text": "like mine", "n": 0}, "'n' must be a whole number from 1 to 5"),
        ({"text": "like mine", "n": 6}, "'n' must be a whole number from 1 to 5"),
        ({"text": "like mine", "n": "3"}, "'n'"),
        ({"text": "like mine", "n": True}, "'n'"),
        ({"text": "like mine", "n": 2.5}, "'n'"),
        ({"text": "like mine", "style": "poem"}, "'style' must be one of: introduction, question, value"),
        ({"text": "like mine", "style": 3}, "'style'"),
        ({"text": "like mine", "surface": "billboard"}, "'surface' must be one of: post, comment, message, other"),
        ({"text": "like mine", "surface": 1}, "'surface'"),
        ({"text": "like mine", "profile": "Dana"}, "'profile' must be an object"),
        ({"text": "like mine", "profile": {"name": 5}}, "'profile.name' must be a string"),
        ({"text": "like mine", "profile": {"business": ["x"]}}, "'profile.business' must be a string"),
        ({"text": "like mine", "profile": {"page_url": {}}}, "'profile.page_url' must be a string"),
        ({"text": "like mine", "profile": {"name": "x" * 201}}, "'profile.name' is longer"),
    ],
)
async def test_invalid_fields_are_422_with_a_clear_message(api, body, words):
    response = await api.post("/v1/rewrite", json=body)
    assert response.status == 422
    error = (await response.json())["error"]
    assert error["code"] == "invalid_field" and words in error["message"]


async def test_overlong_text_is_413(api):
    response = await api.post("/v1/rewrite", json={"text": "a" * (MAX_TEXT_CHARS + 1)})
    assert response.status == 413
    assert (await response.json())["error"]["code"] == "text_too_long"


async def test_oversized_body_is_413(api):
    response = await api.post(
        "/v1/rewrite", data=b'{"text": "' + b"a" * (300 * 1024) + b'"}', headers={"Content-Type": "application/json"}
    )
    assert response.status == 413
    assert (await response.json())["error"]["code"] == "payload_too_large"


async def test_not_json_is_415_and_malformed_json_is_400(api):
    assert (
        await api.post("/v1/rewrite", data="text=hi", headers={"Content-Type": "application/x-www-form-urlencoded"})
    ).status == 415
    assert (await api.post("/v1/rewrite", data="{", headers={"Content-Type": "application/json"})).status == 400


async def test_needs_the_token(anonymous_api):
    assert (await anonymous_api.post("/v1/rewrite", json={"text": "like mine"})).status == 401


async def test_get_is_405(api):
    assert (await api.get("/v1/rewrite")).status == 405
