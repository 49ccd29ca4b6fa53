"""/v1/feedback through the real app, the real model and a real SQLite file: storing, paging, deleting, bounds,
and "not pushy" feedback changing what /v1/check, /v1/check/batch, /v1/rewrite and the drafts re-check say."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from tactful.http.app import create_app
from tactful.http.config import ServerConfig
from tactful.http.keys import STORE
from tactful.paths import models_dir
from tactful.store import open_store
from tests.conftest import AUTH, TEST_TOKEN

FALSE_ALARM = "Check out my page!"  # flagged as an unearned ask; this user says it is not pushy
NEAR_DUPLICATES = ("check out my page 😊", "CHECK OUT MY PAGE!!!", "Check out my page…", "Check   out my page.")
PUSHY = "I liked your page, now like mine"
ENTRY_FIELDS = {"id", "text", "verdict", "category", "model_version", "created_at", "suppresses"}


async def give(api, text, verdict="wrong", category=None):
    body = {"text": text, "verdict": verdict}
    if category is not None:
        body["category"] = category
    response = await api.post("/v1/feedback", json=body)
    assert response.status == 204, await response.text()


async def listing(api, **params):
    response = await api.get("/v1/feedback", params=params)
    assert response.status == 200, await response.text()
    return await response.json()


async def check(api, text):
    response = await api.post("/v1/check", json={"text": text})
    assert response.status == 200
    return await response.json()


async def assert_error(response, status, code):
    assert response.status == status, await response.text()
    body = await response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]["message"]


# --- storing ---------------------------------------------------------------------------------------------


async def test_feedback_is_stored_with_the_model_it_judged_and_listed(api, app, checker):
    await give(api, "like mine and I'll like yours", "correct", "reciprocity_demand")
    await give(api, "thanks for the like!")
    rows = app[STORE].list_feedback()
    assert [(r.text, r.verdict, r.category) for r in rows] == [
        ("like mine and I'll like yours", "correct", "reciprocity_demand"),
        ("thanks for the like!", "wrong", None),
    ]
    body = await listing(api)
    assert set(body) == {"feedback", "next_after", "total"}
    assert body["total"] == 2 and body["next_after"] is None
    assert all(set(entry) == ENTRY_FIELDS for entry in body["feedback"])
    assert [entry["suppresses"] for entry in body["feedback"]] == [False, True]
    assert {entry["model_version"] for entry in body["feedback"]} == {checker.model_version}
    assert body["feedback"][0]["id"] < body["feedback"][1]["id"]


async def test_identical_feedback_is_stored_once(api):
    for _ in range(3):
        await give(api, FALSE_ALARM)
    await give(api, FALSE_ALARM, "wrong", "cold_pitch")  # a different category is different feedback
    body = await listing(api)
    assert body["total"] == 2
    assert [(e["verdict"], e["category"]) for e in body["feedback"]] == [("wrong", None), ("wrong", "cold_pitch")]


async def test_paging_follows_next_after_to_the_end(api):
    for number in range(7):
        await give(api, f"Lovely bakery, number {number}", "correct")
    seen, after, pages = [], 0, 0
    while after is not None:
        body = await listing(api, limit="3", after=str(after))
        assert body["total"] == 7 and len(body["feedback"]) <= 3
        seen += [entry["text"] for entry in body["feedback"]]
        after, pages = body["next_after"], pages + 1
    assert seen == [f"Lovely bakery, number {number}" for number in range(7)] and pages == 3
    assert (await listing(api, limit="7"))["next_after"] is None
    assert len((await listing(api))["feedback"]) == 7  # default limit 50
    assert (await listing(api, after="999999"))["feedback"] == []


async def test_delete_removes_one_entry(api):
    await give(api, "first")
    await give(api, "second")
    first, second = (await listing(api))["feedback"]
    response = await api.delete(f"/v1/feedback/{first['id']}")
    assert response.status == 204
    body = await listing(api)
    assert [e["id"] for e in body["feedback"]] == [second["id"]] and body["total"] == 1
    await assert_error(await api.delete(f"/v1/feedback/{first['id']}"), 404, "feedback_not_found")


# --- refusals --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"verdict": "correct"},
        {"text": "", "verdict": "correct"},
        {"text": "   ", "verdict": "wrong"},
        {"text": "hi", "verdict": "maybe"},
        {"text": "hi", "verdict": None},
        {"text": "hi"},
        {"text": "hi", "verdict": "wrong", "category": "rude"},
        {"text": "hi", "verdict": "wrong", "category": 5},
        {"text": "hi", "verdict": "wrong", "category": ["cold_pitch"]},
        {"text": 5, "verdict": "wrong"},
        {"text": "\ud800 lone surrogate", "verdict": "wrong"},
    ],
)
async def test_invalid_feedback_is_422_and_not_stored(api, app, body):
    await assert_error(await api.post("/v1/feedback", json=body), 422, "invalid_field")
    assert app[STORE].list_feedback() == []


async def test_feedback_bodies_that_are_not_a_json_object(api, app):
    await assert_error(await api.post("/v1/feedback", json=["text"]), 422, "invalid_field")
    headers = {"Content-Type": "application/json"}
    await assert_error(await api.post("/v1/feedback", data="{not json", headers=headers), 400, "malformed_json")
    await assert_error(
        await api.post("/v1/feedback", data="text", headers={"Content-Type": "text/plain"}),
        415,
        "unsupported_media_type",
    )
    assert app[STORE].list_feedback() == []


async def test_feedback_text_has_the_check_limit(api, app):
    await assert_error(
        await api.post("/v1/feedback", json={"text": "a" * 20_001, "verdict": "wrong"}), 413, "text_too_long"
    )
    await give(api, "a" * 20_000)
    big = {"text": "a" * 20_000, "verdict": "wrong", "padding": "b" * 300_000}
    await assert_error(await api.post("/v1/feedback", json=big), 413, "payload_too_large")
    assert app[STORE].count_feedback() == 1


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "501"},
        {"limit": "-1"},
        {"limit": "ten"},
        {"limit": "1" * 4_301},
        {"limit": "١٢"},  # Arabic-Indic digits are digits to str.isdigit, not to the API
        {"after": "-1"},
        {"after": "1.5"},
        {"after": ""},
    ],
)
async def test_bad_paging_values_are_422(api, params):
    await assert_error(await api.get("/v1/feedback", params=params), 422, "invalid_field")


@pytest.mark.parametrize("feedback_id", ["999", "abc", "1.0", "-1", "9" * 40, "%C2%B2"])
async def test_deleting_what_is_not_there_is_404(api, feedback_id):
    await give(api, "kept")
    await assert_error(await api.delete(f"/v1/feedback/{feedback_id}"), 404, "feedback_not_found")
    assert (await listing(api))["total"] == 1


async def test_other_methods_are_405(api):
    await assert_error(await api.put("/v1/feedback", json={}), 405, "method_not_allowed")
    await assert_error(await api.get("/v1/feedback/1"), 405, "method_not_allowed")


async def test_every_feedback_route_needs_the_token(anonymous_api):
    for response in (
        await anonymous_api.post("/v1/feedback", json={"text": "hi", "verdict": "wrong"}),
        await anonymous_api.get("/v1/feedback"),
        await anonymous_api.delete("/v1/feedback/1"),
    ):
        await assert_error(response, 401, "missing_token")


async def test_a_web_origin_is_refused(api):
    response = await api.get("/v1/feedback", headers={"Origin": "https://example.com"})
    await assert_error(response, 403, "forbidden_origin")


@pytest.fixture
async def small_api(aiohttp_client, tactful_home, checker):
    """The real app with a bound of 3 feedback rows (the shipped bound is 5,000)."""
    config = ServerConfig(home=tactful_home, token=TEST_TOKEN, models=models_dir(), max_feedback=3)
    return await aiohttp_client(create_app(config, checker=checker), headers=AUTH)


async def test_the_bound_refuses_new_feedback_with_409_and_keeps_what_is_stored(small_api):
    for number in range(3):
        await give(small_api, f"draft {number}")
    message = await assert_error(
        await small_api.post("/v1/feedback", json={"text": "one too many", "verdict": "wrong"}), 409, "feedback_full"
    )
    assert "one too many" not in message and "3" in message
    await give(small_api, "draft 1")  # already stored: accepted again, nothing new
    body = await listing(small_api)
    assert body["total"] == 3 and [e["text"] for e in body["feedback"]] == ["draft 0", "draft 1", "draft 2"]
    await small_api.delete(f"/v1/feedback/{body['feedback'][0]['id']}")
    await give(small_api, "one too many")  # room again after a delete


def test_the_shipped_bound_is_5000():
    from tactful.feedback import MAX_FEEDBACK

    assert ServerConfig(home=None, token="", models=None).max_feedback == MAX_FEEDBACK == 5_000


# --- what "not pushy" changes ----------------------------------------------------------------------------


async def test_not_pushy_silences_the_sentence_and_its_near_duplicates_only(api):
    before = await check(api, FALSE_ALARM)
    assert before["flagged"] and before["suppressed"] == []
    await give(api, FALSE_ALARM)
    [entry] = (await listing(api))["feedback"]
    assert entry["suppresses"]
    for text in (FALSE_ALARM, *NEAR_DUPLICATES):
        result = await check(api, text)
        assert not result["flagged"] and result["category"] is None and result["issues"] == [], text
        [hidden] = result["suppressed"]
        assert hidden["suppressed_by"] == "feedback" and hidden["feedback_id"] == entry["id"]
        assert hidden["category"] == before["issues"][0]["category"]
        assert text[hidden["start"] : hidden["end"]] == hidden["quote"]
    still = await check(api, "Check out my channel!")
    assert still["flagged"] and still["suppressed"] == []


async def test_an_unrelated_pushy_draft_in_the_same_batch_and_sentence_in_the_same_draft_stay_flagged(api):
    await give(api, FALSE_ALARM)
    mixed = f"{FALSE_ALARM} 🙂 {PUSHY}."
    response = await api.post(
        "/v1/check/batch",
        json={
            "drafts": [
                {"id": "silenced", "text": "check out my page!!"},
                {"id": "pushy", "text": PUSHY},
                {"id": "mixed", "text": mixed},
            ]
        },
    )
    silenced, pushy, both = (await response.json())["results"]
    assert not silenced["flagged"] and len(silenced["suppressed"]) == 1
    assert pushy["flagged"] and pushy["category"] == "reciprocity_demand" and pushy["suppressed"] == []
    assert both["flagged"] and both["category"] == "reciprocity_demand"
    assert [issue["category"] for issue in both["issues"]] == ["reciprocity_demand"]
    assert [hidden["quote"] for hidden in both["suppressed"]] == ["Check out my page"]
    start, end = both["issues"][0]["start"], both["issues"][0]["end"]
    assert both["issues"][0]["quote"] == mixed[start - 1 : end - 1]  # UTF-16 offsets: 🙂 before it is two units


async def test_deleting_the_feedback_brings_the_warning_back(api):
    await give(api, FALSE_ALARM)
    assert not (await check(api, FALSE_ALARM))["flagged"]
    [entry] = (await listing(api))["feedback"]
    assert (await api.delete(f"/v1/feedback/{entry['id']}")).status == 204
    again = await check(api, FALSE_ALARM)
    assert again["flagged"] and again["suppressed"] == []


async def test_feedback_that_is_not_not_pushy_silences_nothing(api):
    await give(api, FALSE_ALARM, "correct")
    await give(api, FALSE_ALARM, "correct", "unearned_ask")
    await give(api, FALSE_ALARM, "wrong", "cold_pitch")  # "this should be a cold pitch"
    assert [e["suppresses"] for e in (await listing(api))["feedback"]] == [False, False, False]
    assert (await check(api, FALSE_ALARM))["flagged"]


async def test_one_of_two_identical_suppressions_deleted_keeps_the_other(api):
    await give(api, FALSE_ALARM)
    await give(api, "check out my page")  # the same key from other feedback
    first, second = (await listing(api))["feedback"]
    assert (await check(api, FALSE_ALARM))["suppressed"][0]["feedback_id"] == first["id"]
    await api.delete(f"/v1/feedback/{first['id']}")
    result = await check(api, FALSE_ALARM)
    assert not result["flagged"] and result["suppressed"][0]["feedback_id"] == second["id"]


async def test_feedback_written_by_another_process_counts_at_once(api, tactful_home):
    """The CLI (`tactful feedback delete`) writes the same file while the server runs."""
    assert (await check(api, FALSE_ALARM))["flagged"]
    other = open_store(tactful_home / "tactful.db")
    try:
        row, _created, _generation = other.add_feedback(FALSE_ALARM, "wrong", None, None)
        assert not (await check(api, FALSE_ALARM))["flagged"]
        other.delete_feedback(row.id)
        assert (await check(api, FALSE_ALARM))["flagged"]
    finally:
        other.close()


async def test_saved_drafts_are_checked_again_when_the_feedback_changes(api):
    draft = await (await api.post("/v1/drafts", json={"text": FALSE_ALARM})).json()
    first = await (await api.post("/v1/drafts/check", json={})).json()
    assert first["flagged"] == 1 and first["rechecked"] == 1
    assert (await (await api.post("/v1/drafts/check", json={})).json())["rechecked"] == 0  # current: skipped
    await give(api, FALSE_ALARM)
    second = await (await api.post("/v1/drafts/check", json={})).json()
    assert second["rechecked"] == 1 and second["flagged"] == 0 and second["counts"]["clean"] == 1
    stored = (await (await api.get(f"/v1/drafts/{draft['id']}")).json())["check"]
    assert not stored["flagged"] and len(stored["suppressed"]) == 1
    await give(api, "Nice photo!", "correct")  # silences nothing more: the stored verdicts stay current
    assert (await (await api.post("/v1/drafts/check", json={})).json())["rechecked"] == 0
    [entry, _correct] = (await listing(api))["feedback"]
    await api.delete(f"/v1/feedback/{entry['id']}")
    third = await (await api.post("/v1/drafts/check", json={})).json()
    assert third["rechecked"] == 1 and third["flagged"] == 1


async def test_a_rewrite_leaves_what_the_user_called_not_pushy_alone(api):
    text = f"Hi Jo, loved your mural! {FALSE_ALARM} Like mine and I'll like yours."
    before = await (await api.post("/v1/rewrite", json={"text": text})).json()
    assert before["rewrites"] and all(FALSE_ALARM not in r["text"] for r in before["rewrites"])
    await give(api, FALSE_ALARM)
    body = await (await api.post("/v1/rewrite", json={"text": text})).json()
    assert [issue["category"] for issue in body["original"]["issues"]] == ["reciprocity_demand"]
    assert len(body["original"]["suppressed"]) == 1
    assert body["rewrites"]
    for rewrite in body["rewrites"]:
        assert FALSE_ALARM in rewrite["text"] and "like mine" not in rewrite["text"].lower()


async def test_health_says_the_shipped_model_is_running(anonymous_api, checker):
    body = await (await anonymous_api.get("/v1/health")).json()
    assert body["model"] == {"source": "shipped", "version": checker.model_version}
    assert body["model_version"] == checker.model_version and body["status"] == "ok"


async def test_feedback_text_is_never_echoed_in_an_error_or_logged(small_api, caplog):
    marker = "zq-private-marker-7731"
    caplog.set_level(logging.DEBUG)
    replies = []
    for body in (
        {"text": f"{marker} please", "verdict": "maybe"},
        {"text": f"{marker} please", "verdict": "wrong", "category": f"{marker}"},
        {"text": f"{marker} " * 3000, "verdict": "wrong"},
    ):
        replies.append(await (await small_api.post("/v1/feedback", json=body)).text())
    for number in range(4):
        await small_api.post("/v1/feedback", json={"text": f"{marker} {number}", "verdict": "wrong"})
    replies.append(await (await small_api.post("/v1/feedback", json={"text": marker, "verdict": "wrong"})).text())
    assert '"feedback_full"' in replies[3]
    assert all(marker not in reply for reply in replies)
    assert marker not in caplog.text


async def test_checks_go_on_with_the_last_known_feedback_when_it_cannot_be_read(api, tactful_home):
    await give(api, FALSE_ALARM)
    raw = sqlite3.connect(tactful_home / "tactful.db")
    raw.execute("DROP TABLE feedback_changes")  # the counter the server reads before each check is gone
    raw.commit()
    raw.close()
    result = await check(api, FALSE_ALARM)
    assert not result["flagged"] and len(result["suppressed"]) == 1
    assert (await check(api, PUSHY))["flagged"]
