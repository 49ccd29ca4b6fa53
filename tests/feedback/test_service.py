"""FeedbackService on a real SQLite file: the one place feedback is stored, listed, deleted, exported and turned
into suppressions (the routes and the CLI only call it)."""

from __future__ import annotations

import io
import json

import pytest

from tactful.engine.suppression import sentence_keys
from tactful.feedback import FeedbackService
from tactful.store import FeedbackFull, open_store


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "tactful.db")
    yield opened
    opened.close()


def test_not_pushy_feedback_becomes_keys_at_once_and_deleting_it_removes_them(store):
    service = FeedbackService(store)
    assert not service.suppressions()
    row = service.give("Check out my page! Thanks for the follow.", "wrong", None, "m1")
    keys = service.suppressions().feedback_by_key
    assert set(keys) == set(sentence_keys("check out my page. thanks for the follow"))
    assert set(keys.values()) == {row.id}
    service.give("Follow me back", "wrong", "reciprocity_demand", "m1")  # a missed push: no key
    service.give("Nice shop", "correct", None, "m1")
    assert set(service.suppressions().feedback_by_key) == set(keys)
    assert service.delete(row.id) and not service.suppressions()
    assert service.delete(row.id) is False


def test_keys_follow_changes_made_by_another_process(store):
    service = FeedbackService(store)
    service.suppressions()
    other = FeedbackService(open_store(store.path))
    try:
        row = other.give("Check out my page!", "wrong", None, None)
        assert service.needs_reading()
        assert service.suppressions().feedback_by_key == other.suppressions().feedback_by_key
        assert not service.needs_reading()
        other.delete(row.id)
        assert not service.suppressions()
    finally:
        other.store.close()


def test_own_changes_need_no_reading(store):
    service = FeedbackService(store)
    service.suppressions()
    service.give("Check out my page!", "wrong", None, None)
    assert not service.needs_reading() and service.current


def test_unknown_verdicts_and_categories_are_refused_before_the_store(store):
    service = FeedbackService(store)
    for verdict, category in [("maybe", None), (None, None), ("wrong", "rude")]:
        with pytest.raises(ValueError):
            service.give("hi", verdict, category, None)
    assert store.count_feedback() == 0


def test_the_bound_is_the_services(store):
    service = FeedbackService(store, max_entries=2)
    service.give("one", "correct", None, None)
    service.give("two", "correct", None, None)
    with pytest.raises(FeedbackFull):
        service.give("three", "wrong", None, None)
    assert not service.suppressions() and store.count_feedback() == 2


def test_pages_and_export_cover_every_entry_once(store):
    service = FeedbackService(store)
    texts = [f"Draft number {number} 😊" for number in range(501)]  # one more than a page of 500
    for text in texts:
        service.give(text, "correct", None, "m1")
    page = service.page(limit=500)
    assert len(page.entries) == 500 and page.next_after == page.entries[-1].id and page.total == 501
    assert [entry.text for entry in service.entries()] == texts
    out = io.StringIO()
    assert service.write_jsonl(out) == 501
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["text"] for line in lines] == texts
    assert "😊" in lines[0]  # written as UTF-8, not \\u escapes
    assert set(json.loads(lines[0])) == {
        "id",
        "text",
        "verdict",
        "category",
        "model_version",
        "created_at",
        "suppresses",
    }
