"""A database written by the first schema version opens, migrates and keeps its data."""

from __future__ import annotations

import sqlite3

import pytest

from tactful.store import SCHEMA_VERSION, SchemaTooNew, open_store
from tactful.store.migrations import MIGRATIONS, migrate, schema_version


def make_version_1_database(path):
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, target=1)
    raw.execute(
        "INSERT INTO drafts (id, text, surface, created_at, updated_at) VALUES"
        " ('aaaaaaaaaaaa', 'Like my page!', 'post', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),"
        " ('bbbbbbbbbbbb', 'Hi, I''m Sam.', 'message', '2025-01-02T00:00:00.000Z', '2025-01-02T00:00:00.000Z')"
    )
    raw.execute(
        "INSERT INTO feedback (text, verdict, category, created_at) VALUES ('l4l?', 'correct', 'reciprocity_demand', "
        "'2025-01-03T00:00:00.000Z')"
    )
    assert schema_version(raw) == 1
    raw.close()


def test_there_is_more_than_one_version_to_migrate_through():
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 2


def test_version_1_database_migrates_to_latest_keeping_drafts_and_feedback(tmp_path):
    path = tmp_path / "tactful.db"
    make_version_1_database(path)
    store = open_store(path)
    try:
        assert store.migrated_from == 1
        drafts = store.list_drafts()
        assert [(d.id, d.text, d.surface, d.check) for d in drafts] == [
            ("bbbbbbbbbbbb", "Hi, I'm Sam.", "message", None),
            ("aaaaaaaaaaaa", "Like my page!", "post", None),
        ]
        # Migrated drafts have no verdict yet, so the next re-check picks them up; the new columns work on them.
        assert len(store.drafts_to_check(("m2", "balanced"))) == 2
        check = {"flagged": True, "category": "unearned_ask", "model_version": "m2"}
        assert store.save_check_results([("aaaaaaaaaaaa", 1, check)]) == 1
        assert store.get_draft("aaaaaaaaaaaa").flagged
        assert store.list_feedback()[0].text == "l4l?"
    finally:
        store.close()
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == SCHEMA_VERSION


def test_reopening_a_migrated_database_runs_nothing(tmp_path):
    path = tmp_path / "tactful.db"
    open_store(path).close()
    store = open_store(path)
    assert store.migrated_from == SCHEMA_VERSION
    store.close()


def test_a_newer_schema_is_refused_not_touched(tmp_path):
    path = tmp_path / "tactful.db"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        open_store(path)


def test_version_2_feedback_repeats_are_kept_once_and_drafts_checks_need_a_recheck_only_if_feedback_changes(tmp_path):
    path = tmp_path / "tactful.db"
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, target=2)
    for text, verdict, category in [
        ("l4l?", "wrong", None),
        ("l4l?", "wrong", None),  # the same feedback sent twice, which version 2 accepted
        ("l4l?", "wrong", "reciprocity_demand"),
        ("l4l?", "correct", None),
    ]:
        raw.execute(
            "INSERT INTO feedback (text, verdict, category, created_at) VALUES (?, ?, ?, '2025-01-03T00:00:00.000Z')",
            (text, verdict, category),
        )
    raw.execute(
        "INSERT INTO drafts (id, text, created_at, updated_at, check_json, model_version, sensitivity)"
        " VALUES ('aaaaaaaaaaaa', 'Like my page!', 't', 't', '{}', 'm2', 'balanced')"
    )
    raw.close()
    store = open_store(path)
    try:
        assert store.migrated_from == 2
        assert [(r.id, r.verdict, r.category) for r in store.list_feedback()] == [
            (1, "wrong", None),
            (3, "wrong", "reciprocity_demand"),
            (4, "correct", None),
        ]
        assert store.drafts_to_check(("m2", "balanced", "")) == []  # checked under no feedback: still current
        assert len(store.drafts_to_check(("m2", "balanced", "f00d"))) == 1
        assert store.add_feedback("l4l?", "wrong", None, None)[1] is False
    finally:
        store.close()
