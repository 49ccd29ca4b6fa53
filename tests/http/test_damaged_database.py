"""A tactful.db whose pages are overwritten (the header and schema left, so it opens): the drafts and feedback
routes answer a JSON 503 `store_unavailable`, never 500, and the draft text is in no reply; checking goes on."""

from __future__ import annotations

import sqlite3

import pytest

from tactful.store import open_store
from tests.damaged_db import damage_pages

MARKER = "Zebra-marker-7731, please like my page now"


@pytest.fixture
def damaged(tactful_home):
    """A real tactful.db with drafts and feedback, its pages then overwritten: it opens, and every read fails."""
    store = open_store(tactful_home / "tactful.db")
    for i in range(200):
        store.add_draft(f"{MARKER} {i} " + "words of a longer draft " * 20, "post")
    store.add_feedback(MARKER, "wrong", None, "m")
    store.close()
    damage_pages(tactful_home / "tactful.db")


async def assert_store_unavailable(response) -> None:
    assert response.status == 503, await response.text()
    body = await response.json()
    assert set(body) == {"error"} and body["error"]["code"] == "store_unavailable"
    assert "Zebra" not in await response.text()


async def test_drafts_and_feedback_routes_answer_503_on_a_damaged_page(damaged, api):
    await assert_store_unavailable(await api.get("/v1/drafts"))
    await assert_store_unavailable(await api.post("/v1/drafts", json={"text": MARKER}))
    await assert_store_unavailable(await api.get("/v1/drafts/abc123"))
    await assert_store_unavailable(await api.post("/v1/drafts/check", json={}))
    await assert_store_unavailable(await api.get("/v1/feedback"))
    await assert_store_unavailable(await api.post("/v1/feedback", json={"text": "Hello there", "verdict": "wrong"}))
    check = await api.post("/v1/check", json={"text": "Like my page and I will like yours!"})
    assert check.status == 200  # checks go on without the database


def test_the_damage_is_real(tactful_home, damaged):
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):
        sqlite3.connect(tactful_home / "tactful.db").execute("SELECT count(*), max(text) FROM drafts").fetchall()
