"""Every phrasing pattern has examples, matches each of its "match" examples, and none of its "no_match" ones."""

from __future__ import annotations

import pytest

from tactful.engine.domain import CATEGORIES
from tactful.engine.patterns import load_pattern_entries, required_word_sets
from tactful.paths import models_dir
from tactful.training.corpus import read_training_corpus

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
        assert entry["id"] in {m.rule for m in checker.patterns.find(sentence)}, sentence
    for sentence in entry["examples"]["no_match"]:
        assert entry["id"] not in {m.rule for m in checker.patterns.find(sentence)}, sentence


def test_compiled_patterns_find_what_spacy_span_ruler_finds(checker):
    """The fast path (compiled patterns behind the required-word index) agrees with spaCy's SpanRuler:
    the same match starts, and from each start the same longest match (all the checker uses)."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler")
    ruler.add_patterns([{"id": e["id"], "label": e["label"], "pattern": e["pattern"]} for e in ENTRIES])
    corpus = read_training_corpus(models_dir() / "data")[::3]
    texts = [draft.text for draft in corpus] + [
        s for e in ENTRIES for s in e["examples"]["match"] + e["examples"]["no_match"]
    ]
    for text in texts:
        doc = nlp(text)
        expected: dict[tuple[str, int], int] = {}
        for span in doc.spans["ruler"]:
            key = (span.id_, span.start_char)
            expected[key] = max(expected.get(key, 0), span.end_char)
        assert {(m.rule, m.start): m.end for m in checker.patterns.find(text)} == expected, text


def test_required_word_sets_skip_optional_tokens():
    pattern = [
        {"LOWER": {"IN": ["now", "so"]}, "OP": "?"},
        {"LOWER": {"IN": ["like", "follow"]}},
        {"LOWER": "mine"},
        {"IS_PUNCT": True},
    ]
    assert required_word_sets(pattern) == [{"like", "follow"}, {"mine"}]
    assert required_word_sets([{"LIKE_NUM": True}, {"ORTH": "%"}]) == [{"%"}]


def test_unsupported_pattern_features_are_refused():
    from tactful.engine.token_regex import UnsupportedPattern, compile_pattern

    for bad in ([{"POS": "VERB"}], [{"LOWER": "a", "OP": "{2}"}], [{"ORTH": "Like"}], [{"LOWER": {"REGEX": "like"}}]):
        with pytest.raises(UnsupportedPattern):
            compile_pattern(bad)
