"""The SQLite store on its own: drafts, check results, feedback, WAL, permissions, failures."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from tactful.store import SCHEMA_VERSION, DraftStore, FeedbackFull, StoreUnavailable, open_store

FLAGGED = {
    "flagged": True,
    "score": 0.97,
    "category": "reciprocity_demand",
    "issues": [],
    "language": "en",
    "model_version": "m1",
}
CLEAN = {"flagged": False, "score": 0.02, "category": None, "issues": [], "language": "en", "model_version": "m1"}


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "home" / "tactful.db")
    yield opened
    opened.close()


def test_new_database_is_wal_at_the_latest_version_and_private(tmp_path):
    path = tmp_path / "home" / "tactful.db"
    store = open_store(path)
    try:
        assert store.migrated_from == 0
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        store.close()


def test_add_get_list_update_delete(store: DraftStore):
    first = store.add_draft("Hi! I'm Ana, I run a bakery.", "message")
    second = store.add_draft("Like my page!!", check=FLAGGED)
    assert first.check is None and first.surface == "message"
    assert second.check["category"] == "reciprocity_demand" and second.check["checked_at"]
    assert store.get_draft(second.id) == second
    assert [d.id for d in store.list_drafts()] == [second.id, first.id]  # newest first
    assert [d.id for d in store.list_drafts(limit=1, offset=1)] == [first.id]
    assert [d.id for d in store.list_drafts(only_flagged=True)] == [second.id]
    assert store.count_drafts() == 2 and store.count_drafts(only_flagged=True) == 1

    edited = store.update_draft(second.id, "Thanks for the like!")
    assert edited.text == "Thanks for the like!" and edited.surface == "other" and edited.check is None
    assert edited.created_at == second.created_at and edited.revision == second.revision + 1
    assert store.update_draft("nope", "x") is None

    assert store.delete_draft(first.id) is True
    assert store.delete_draft(first.id) is False
    assert store.get_draft(first.id) is None


def test_unicode_survives_the_round_trip(store: DraftStore):
    draft = store.add_draft("café 😊 — merci")
    assert store.get_draft(draft.id).text == "café 😊 — merci"


def test_check_results_skip_drafts_edited_during_the_check(store: DraftStore):
    kept = store.add_draft("Like my page")
    edited = store.add_draft("Follow back?")
    snapshot = store.drafts_to_check()
    assert [row[0] for row in snapshot] == [kept.id, edited.id]  # oldest first
    store.update_draft(edited.id, "Hello there, I'm new here.")
    stored = store.save_check_results([(draft_id, revision, FLAGGED) for draft_id, revision, _text in snapshot])
    assert stored == 1
    assert store.get_draft(kept.id).flagged
    assert store.get_draft(edited.id).check is None


def test_feedback_is_stored(store: DraftStore):
    store.add_feedback("like mine and I'll like yours", "correct", "reciprocity_demand", "m1")
    store.add_feedback("thanks for the like", "wrong", None, "m1")
    rows = store.list_feedback()
    assert [(r.verdict, r.category, r.model_version) for r in rows] == [
        ("correct", "reciprocity_demand", "m1"),
        ("wrong", None, "m1"),
    ]
    assert [r.suppresses for r in rows] == [False, True]
    assert store.count_feedback() == 2


def test_identical_feedback_is_stored_once_and_a_different_category_is_not_identical(store: DraftStore):
    first, created, generation = store.add_feedback("Check out my shop", "wrong", None, "m1")
    assert created
    again, created_again, generation_again = store.add_feedback("Check out my shop", "wrong", None, "m2")
    assert not created_again and again == first and generation_again == generation  # nothing changed
    _row, created_other, _ = store.add_feedback("Check out my shop", "wrong", "cold_pitch", "m1")
    assert created_other
    assert store.count_feedback() == 2


def test_feedback_past_its_limit_is_refused_and_nothing_is_stored(store: DraftStore):
    for number in range(3):
        store.add_feedback(f"draft {number}", "correct", None, "m1", limit=3)
    with pytest.raises(FeedbackFull) as full:
        store.add_feedback("one more", "correct", None, "m1", limit=3)
    assert full.value.limit == 3
    assert store.count_feedback() == 3
    # A repeat of what is stored is not new, so it is still accepted when the list is full.
    assert store.add_feedback("draft 1", "correct", None, "m1", limit=3)[1] is False


def test_feedback_pages_by_id_and_deletes(store: DraftStore):
    ids = [store.add_feedback(f"draft {number}", "wrong", None, None)[0].id for number in range(5)]
    assert [r.id for r in store.list_feedback(limit=2)] == ids[:2]
    assert [r.id for r in store.list_feedback(limit=2, after=ids[1])] == ids[2:4]
    assert [r.id for r in store.list_feedback(after=ids[4])] == []
    deleted, _generation = store.delete_feedback(ids[2])
    assert deleted and store.delete_feedback(ids[2])[0] is False
    assert [r.id for r in store.list_feedback()] == [ids[0], ids[1], ids[3], ids[4]]


def test_every_feedback_change_moves_the_generation_seen_by_another_connection(store: DraftStore):
    start = store.feedback_generation()
    row, _created, generation = store.add_feedback("l4l?", "wrong", None, None)
    assert generation == start + 1 == store.feedback_generation()
    other = open_store(store.path)  # another process's connection to the same file
    try:
        other.add_feedback("sub4sub", "wrong", None, None)
        assert store.feedback_generation() == start + 2
        other.delete_feedback(row.id)
        assert store.feedback_generation() == start + 3
        generation, rows = store.suppressing_feedback()
        assert generation == start + 3 and [text for _id, text in rows] == ["sub4sub"]
    finally:
        other.close()


def test_a_stored_check_is_current_only_under_the_same_feedback(store: DraftStore):
    draft = store.add_draft("Like my page!")
    check = {**FLAGGED, "sensitivity": "balanced"}
    assert store.save_check_results([(draft.id, draft.revision, check)], suppression_set="") == 1
    assert store.drafts_to_check(("m1", "balanced")) == store.drafts_to_check(("m1", "balanced", "")) == []
    assert [row[0] for row in store.drafts_to_check(("m1", "balanced", "a1b2"))] == [draft.id]
    store.save_check_results([(draft.id, draft.revision, check)], suppression_set="a1b2")
    assert store.drafts_to_check(("m1", "balanced", "a1b2")) == []
    assert [row[0] for row in store.drafts_to_check(("m1", "balanced", ""))] == [draft.id]


def test_a_failed_write_changes_nothing_and_says_so(store: DraftStore):
    store.add_draft("small")
    with sqlite3.connect(store.path) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    # Cap the file at its current size: the next big insert hits SQLITE_FULL, as on a full disk.
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreUnavailable) as failure:
        store.add_draft("x" * 20_000)
    assert failure.value.disk_full
    assert [d.text for d in store.list_drafts()] == ["small"]
    assert not store._db.in_transaction


def test_two_connections_see_each_others_writes(tmp_path):
    path = tmp_path / "tactful.db"
    server_side, cli_side = open_store(path), open_store(path)
    try:
        draft = cli_side.add_draft("from the command line")
        assert server_side.get_draft(draft.id).text == "from the command line"
    finally:
        server_side.close()
        cli_side.close()


def test_only_out_of_date_verdicts_are_checked_again(store: DraftStore):
    current = store.add_draft("a", check={**CLEAN, "sensitivity": "balanced"})
    strict = store.add_draft("b", check={**CLEAN, "sensitivity": "strict"})
    old_model = store.add_draft("c", check={**CLEAN, "model_version": "m0", "sensitivity": "balanced"})
    unchecked = store.add_draft("d")
    stale = store.drafts_to_check(("m1", "balanced"))
    assert [row[0] for row in stale] == [strict.id, old_model.id, unchecked.id]
    assert len(store.drafts_to_check()) == 4
    assert current.id not in [row[0] for row in stale]


def test_verdict_counts_cover_checked_drafts(store: DraftStore):
    store.add_draft("a", check=FLAGGED)
    store.add_draft("b", check=CLEAN)
    store.add_draft("c", check=CLEAN)
    store.add_draft("d")
    assert store.verdict_counts() == {"reciprocity_demand": 1, "clean": 2}
