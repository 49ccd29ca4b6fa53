"""The saved-drafts service behind both faces (/v1/drafts and `tactful drafts`), on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tactful.engine.suppression import EMPTY, Suppressions, sentence_keys
from tactful.saved_drafts import SavedDrafts
from tactful.store import open_store

PUSHY = "I liked your page, now like mine!"
CLEAN = "Hi Anna, I loved your post about the bakery. How did you start?"


@pytest.fixture
def drafts(tmp_path) -> Iterator[SavedDrafts]:
    store = open_store(tmp_path / "tactful.db")
    yield SavedDrafts(store)
    store.close()


@pytest.fixture
def counted_checks(checker):
    """The real checker, counting the texts it is handed."""
    seen: list[str] = []

    def check_texts(texts, sensitivity, suppressions):
        seen.extend(texts)
        return [r.to_dict() for r in checker.check_many(texts, sensitivity=sensitivity, suppressions=suppressions)]

    check_texts.seen = seen
    return check_texts


def recheck(drafts, check_texts, checker, suppressions: Suppressions = EMPTY, **options):
    return drafts.recheck(
        check_texts, model_version=checker.model_version, sensitivity="balanced", suppressions=suppressions, **options
    )


def test_adding_stores_the_draft_unchecked(drafts):
    draft = drafts.add(PUSHY, "comment")
    assert draft.check is None and drafts.get(draft.id) == draft


def test_recheck_checks_only_what_is_out_of_date_unless_forced(drafts, counted_checks, checker):
    pushy, clean = drafts.add(PUSHY, "other"), drafts.add(CLEAN, "other")
    summary = recheck(drafts, counted_checks, checker)
    assert summary.total == 2 and summary.rechecked == 2 and summary.flagged == 1
    assert summary.counts["reciprocity_demand"] == 1 and summary.counts["clean"] == 1
    assert [d.id for d in summary.flagged_drafts] == [pushy.id]
    assert recheck(drafts, counted_checks, checker).rechecked == 0
    drafts.replace(clean.id, PUSHY + " Please.", None)
    assert drafts.get(clean.id).check is None  # the old verdict was about the old text
    assert recheck(drafts, counted_checks, checker).rechecked == 1
    assert recheck(drafts, counted_checks, checker, force=True).rechecked == 2
    assert sorted(counted_checks.seen) == sorted([CLEAN, PUSHY, PUSHY + " Please.", PUSHY + " Please.", PUSHY])


def test_new_feedback_makes_the_verdicts_out_of_date(drafts, counted_checks, checker):
    drafts.add(PUSHY, "other")
    assert recheck(drafts, counted_checks, checker).flagged == 1
    silenced = Suppressions.from_keys({1: sentence_keys(PUSHY)})
    summary = recheck(drafts, counted_checks, checker, silenced)
    assert summary.rechecked == 1 and summary.flagged == 0
    assert summary.to_dict()["flagged_drafts"] == []
