"""Every phrasing pattern has examples, matches each of its "match" examples, and none of its "no_match" ones."""

from __future__ import annotations

import pytest

from tactful.engine.patterns import find_pattern_matches, load_pattern_entries
from tactful.engine.results import CATEGORIES
from tactful.paths import models_dir

ENTRIES = load_pattern_entries(models_dir() / "patterns")


def test_pattern_ids_are_unique_and_prefixed_by_their_category():
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))
    for entry in ENTRIES:
        assert entry["label"] in CATEGORIES
        assert entry["id"].startswith(entry["label"] + ".")


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_pattern_has_examples_both_ways(entry):
    assert entry["examples"]["match"], "each pattern needs at least one sentence it must match"
    assert entry["examples"]["no_match"], "each pattern needs at least one near-miss it must not match"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_pattern_matches_its_examples(checker, entry):
    for sentence in entry["examples"]["match"]:
        assert entry["id"] in {m.rule for m in find_pattern_matches(checker.nlp, sentence)}, sentence
    for sentence in entry["examples"]["no_match"]:
        assert entry["id"] not in {m.rule for m in find_pattern_matches(checker.nlp, sentence)}, sentence
