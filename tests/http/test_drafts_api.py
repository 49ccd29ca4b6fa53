"""The saved-drafts routes through the real app, the real model and a real SQLite file in TACTFUL_HOME."""

from __future__ import annotations

import logging

import pytest

from tactful.http.keys import STORE

PUSHY = "I liked your page, now like mine! 😊"
CLEAN = "Hi Anna, I'm Zoë. I loved your post about the café. How did you start?"
DRAFT_FIELDS = {"id", "text", "surface", "created_at", "updated_at", "check"}


async def check_all(api, **body):
    response = await api.post("/v1/drafts/check", json=body)
    assert response.status == 200, await response.text()
    return await response.json()


async def save(api, text, **fields):
    response = await api.post("/v1/drafts", json={"text": text, **fields})
    assert response.status == 201, await response.text()
    return await response.json()


async def assert_error(response, status, code=None):
    assert response.status == status, await response.text()
    body = await response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    if code:
        assert body["error"]["code"] == code
    return body["error"]


async def test_saving_returns_201_with_the_draft_not_yet_checked_as_the_cli_does(api):
    response = await api.post("/v1/drafts", json={"text": PUSHY, "surface": "message"})
    assert response.status == 201
    draft = await response.json()
    assert set(draft) == DRAFT_FIELDS
    assert response.headers["Location"] == f"/v1/drafts/{draft['id']}"
    assert draft["text"] == PUSHY and draft["surface"] == "message"
    assert draft["created_at"] == draft["updated_at"] and draft["check"] is None
    assert (await save(api, CLEAN))["surface"] == "other"


async def test_get_one_and_list_newest_first(api):
    first = await save(api, CLEAN)
    second = await save(api, PUSHY)
    assert await (await api.get(f"/v1/drafts/{first['id']}")).json() == first
    await check_all(api)
    listing = await (await api.get("/v1/drafts")).json()
    assert [d["id"] for d in listing["drafts"]] == [second["id"], first["id"]]
    assert listing["total"] == 2 and listing["offset"] == 0
    page = await (await api.get("/v1/drafts", params={"limit": "1", "offset": "1"})).json()
    assert [d["id"] for d in page["drafts"]] == [first["id"]] and page["total"] == 2
    flagged = await (await api.get("/v1/drafts", params={"flagged": "true"})).json()
    assert [d["id"] for d in flagged["drafts"]] == [second["id"]] and flagged["total"] == 1


async def test_empty_list(api):
    assert await (await api.get("/v1/drafts")).json() == {"drafts": [], "total": 0, "limit": 10_000, "offset": 0}


async def test_put_replaces_the_text_keeps_the_surface_and_clears_the_old_verdict(api):
    draft = await save(api, PUSHY, surface="comment")
    await check_all(api)
    response = await api.put(f"/v1/drafts/{draft['id']}", json={"text": CLEAN})
    assert response.status == 200
    edited = await response.json()
    assert edited["id"] == draft["id"] and edited["text"] == CLEAN and edited["surface"] == "comment"
    assert edited["created_at"] == draft["created_at"] and edited["updated_at"] >= draft["updated_at"]
    assert edited["check"] is None  # the verdict was about the old text
    assert (await check_all(api))["flagged"] == 0
    moved = await (await api.put(f"/v1/drafts/{draft['id']}", json={"text": CLEAN, "surface": "post"})).json()
    assert moved["surface"] == "post"
    assert (await (await api.get(f"/v1/drafts/{draft['id']}")).json())["text"] == CLEAN


async def test_delete_then_it_is_gone(api):
    draft = await save(api, CLEAN)
    response = await api.delete(f"/v1/drafts/{draft['id']}")
    assert response.status == 204
    await assert_error(await api.get(f"/v1/drafts/{draft['id']}"), 404, "draft_not_found")
    await assert_error(await api.delete(f"/v1/drafts/{draft['id']}"), 404, "draft_not_found")


@pytest.mark.parametrize("method", ["get", "put", "delete"])
async def test_unknown_id_is_404(api, method):
    kwargs = {"json": {"text": "hello"}} if method == "put" else {}
    error = await assert_error(await getattr(api, method)("/v1/drafts/0123456789ab", **kwargs), 404, "draft_not_found")
    assert error["message"] == "There is no saved draft with that id."  # the path is never repeated


@pytest.mark.parametrize(
    "body",
    [{}, {"text": 42}, {"text": ""}, {"text": "   "}, {"text": "hi", "surface": "email"}, {"text": "\ud800"}],
)
async def test_invalid_fields_are_422(api, body):
    await assert_error(await api.post("/v1/drafts", json=body), 422, "invalid_field")
    draft = await save(api, CLEAN)
    await assert_error(await api.put(f"/v1/drafts/{draft['id']}", json=body), 422, "invalid_field")


async def test_body_not_an_object_is_422(api):
    await assert_error(await api.post("/v1/drafts", json=["text"]), 422)


@pytest.mark.parametrize(
    "query", [{"limit": "0"}, {"limit": "10001"}, {"limit": "ten"}, {"offset": "-1"}, {"flagged": "maybe"}]
)
async def test_bad_list_queries_are_422(api, query):
    await assert_error(await api.get("/v1/drafts", params=query), 422, "invalid_field")


async def test_too_long_text_and_too_large_body_are_413(api):
    await assert_error(await api.post("/v1/drafts", json={"text": "a" * 20_001}), 413, "text_too_long")
    await assert_error(
        await api.post("/v1/drafts", json={"text": "a", "padding": "b" * 300_000}), 413, "payload_too_large"
    )
    draft = await save(api, CLEAN)
    await assert_error(await api.put(f"/v1/drafts/{draft['id']}", json={"text": "a" * 20_001}), 413)


async def test_malformed_json_and_wrong_content_type(api):
    await assert_error(await api.post("/v1/drafts", data="{nope", headers={"Content-Type": "application/json"}), 400)
    await assert_error(
        await api.post("/v1/drafts", data="text=hi", headers={"Content-Type": "application/x-www-form-urlencoded"}), 415
    )


async def test_every_drafts_route_needs_the_token(anonymous_api):
    for method, path in [
        ("get", "/v1/drafts"),
        ("post", "/v1/drafts"),
        ("post", "/v1/drafts/check"),
        ("get", "/v1/drafts/x"),
        ("put", "/v1/drafts/x"),
        ("delete", "/v1/drafts/x"),
    ]:
        await assert_error(await getattr(anonymous_api, method)(path, json={"text": "hi"}), 401)


async def test_check_all_stores_results_and_summarises(api):
    pushy, clean = await save(api, PUSHY), await save(api, CLEAN)
    response = await api.post("/v1/drafts/check")
    assert response.status == 200
    summary = await response.json()
    assert summary["checked"] == summary["rechecked"] == 2
    assert summary["flagged"] == 1 and summary["sensitivity"] == "balanced"
    assert summary["counts"] == {"reciprocity_demand": 1, "cold_pitch": 0, "unearned_ask": 0, "clean": 1}
    assert [d["id"] for d in summary["flagged_drafts"]] == [pushy["id"]]
    check = summary["flagged_drafts"][0]["check"]
    assert (
        check["flagged"] is True and check["category"] == "reciprocity_demand" and check["issues"][0]["quote"] in PUSHY
    )
    assert (
        check["model_version"] == summary["model_version"]
        and check["checked_at"]
        and check["sensitivity"] == "balanced"
    )
    stored = await (await api.get(f"/v1/drafts/{clean['id']}")).json()
    assert stored["check"]["flagged"] is False and stored["check"]["model_version"] == summary["model_version"]


async def test_check_all_redoes_verdicts_of_an_older_model(api, app):
    draft = await save(api, PUSHY)
    app[STORE].save_check_results(
        [(draft["id"], 1, {"flagged": False, "model_version": "old", "sensitivity": "balanced"})]
    )
    summary = await check_all(api)
    assert summary["rechecked"] == 1 and summary["flagged"] == 1


async def test_check_all_takes_a_sensitivity_and_rejects_a_bad_one(api):
    await save(api, CLEAN)
    summary = await (await api.post("/v1/drafts/check", json={"sensitivity": "strict"})).json()
    assert summary["sensitivity"] == "strict"
    listing = await (await api.get("/v1/drafts")).json()
    assert listing["drafts"][0]["check"]["sensitivity"] == "strict"
    await assert_error(await api.post("/v1/drafts/check", json={"sensitivity": "loud"}), 422)
    await assert_error(await api.post("/v1/drafts/check", data="x", headers={"Content-Type": "text/plain"}), 415)


async def test_check_all_skips_current_verdicts_unless_forced(api):
    await save(api, PUSHY)
    await save(api, CLEAN)
    assert (await check_all(api))["rechecked"] == 2
    summary = await check_all(api)
    assert (summary["checked"], summary["rechecked"], summary["flagged"]) == (2, 0, 1)
    forced = await (await api.post("/v1/drafts/check", json={"force": True})).json()
    assert (forced["checked"], forced["rechecked"]) == (2, 2)
    assert forced["counts"] == summary["counts"]
    strict = await (await api.post("/v1/drafts/check", json={"sensitivity": "strict"})).json()
    assert strict["rechecked"] == 2
    await assert_error(await api.post("/v1/drafts/check", json={"force": "yes"}), 422, "invalid_field")


async def test_check_all_of_many_drafts_uses_the_batch_workers_and_keeps_each_verdict_with_its_draft(api, app):
    store = app[STORE]
    drafts = [store.add_draft(PUSHY if number % 10 == 0 else f"{CLEAN} ({number})") for number in range(300)]
    summary = await check_all(api)
    assert (summary["checked"], summary["rechecked"], summary["flagged"]) == (300, 300, 30)
    flagged_ids = {draft.id for number, draft in enumerate(drafts) if number % 10 == 0}
    assert {draft["id"] for draft in summary["flagged_drafts"]} == flagged_ids
    assert all(draft["check"]["issues"][0]["quote"] in PUSHY for draft in summary["flagged_drafts"])


async def test_check_all_with_no_drafts(api):
    summary = await (await api.post("/v1/drafts/check")).json()
    assert summary["checked"] == 0 and summary["flagged_drafts"] == []


async def test_a_full_disk_is_a_json_error_and_nothing_is_half_saved(api, app):
    await save(api, CLEAN)
    store = app[STORE]
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # the database cannot grow: as on a full disk
    error = await assert_error(await api.post("/v1/drafts", json={"text": "x " * 9_000}), 507, "storage_full")
    assert "not saved" in error["message"]
    assert (await (await api.get("/v1/drafts")).json())["total"] == 1


async def test_draft_text_is_never_logged(api, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "Secret draft 7f3a: like my page now"
    draft = await save(api, secret)
    await api.put(f"/v1/drafts/{draft['id']}", json={"text": secret + "!"})
    await api.post("/v1/drafts/check")
    await api.get("/v1/drafts")
    await api.post("/v1/drafts", json={"text": secret, "surface": "nowhere"})
    assert "7f3a" not in caplog.text


async def test_the_database_lives_in_tactful_home(api, tactful_home):
    await save(api, CLEAN)
    assert (tactful_home / "tactful.db").is_file()
