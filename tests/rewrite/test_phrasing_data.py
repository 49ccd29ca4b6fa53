"""The rewriter's data files: every pitch detail matches its examples and spares its counter-examples; every
addition, reader cue and not-a-business word loads."""

from __future__ import annotations

import json

import pytest

from tactful.paths import models_dir
from tactful.rewrite.additions import SLOTS, load_additions
from tactful.rewrite.details import load_pitch_details
from tactful.rewrite.material import load_not_business
from tactful.rewrite.reader import load_reader_cues

REWRITES = models_dir() / "rewrites"
DETAILS = load_pitch_details(REWRITES / "pitch_details.jsonl")


@pytest.mark.parametrize("detail", DETAILS.details, ids=lambda d: d.id)
def test_each_pitch_detail_matches_its_examples_only(detail):
    assert detail.cut, "every detail carries examples"
    for example in detail.cut:
        assert detail.regex.search(example), example
    for example in detail.keep:
        assert not detail.regex.search(example), example


def test_additions_cover_every_slot_and_questions_come_from_the_draft():
    bank = load_additions(REWRITES / "additions.jsonl")
    assert {a.slot for a in bank.additions} == set(SLOTS)
    words = frozenset()
    peer = bank.choose(
        "question", {"their_work": "pottery"}, tone="neutral", reader="peer", surface="message", words=words
    )
    assert peer is not None and "{their_work}" in peer.text
    # Blind readers found every stock question tacked on: none is offered while the draft still has words of its own.
    for reader in ("customer", "peer", "friend", "stranger"):
        assert bank.choose("question", {}, tone="neutral", reader=reader, surface="message", words=words) is None


def test_an_addition_without_examples_is_refused(tmp_path):
    path = tmp_path / "additions.jsonl"
    path.write_text(json.dumps({"id": "x", "slot": "question", "text": "How are you?"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="examples"):
        load_additions(path)


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        ("Thanks so much for the follow! I make candles.", "customer"),
        ("Love your pottery, I make mugs too", "peer"),
        ("Happy birthday!! Miss you loads", "friend"),
        ("Hi hun, buy my candles", "friend"),
        ("Hi hun, love your shop", "peer"),
        ("Hello, want to buy a website?", "stranger"),
        ("Thanks for staying at the cottage last weekend!", "customer"),
        ("I noticed you bought from us twice", "customer"),
        ("Thank you for your interest in our page.", "customer"),
        ("Thank u so much for liking our post", "customer"),
        ("hey ur last order was 3 months ago", "customer"),
    ],
)
def test_reader_cues(text, reader):
    assert load_reader_cues(REWRITES / "readers.json").guess(text).reader == reader


@pytest.mark.parametrize("word", ["Ireland", "March", "Mi", "Black Friday", "Hola"])
def test_places_months_and_foreign_words_are_not_businesses(word):
    assert load_not_business(REWRITES / "not_business.json").excludes(word)


def test_a_real_business_is_not_excluded():
    assert not load_not_business(REWRITES / "not_business.json").excludes("Sweet Crumbs Bakery")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x", "regex": "(", "examples": {"cut": ["("]}}, "pitch_details.jsonl:1:"),
        ({"id": "x", "applies": "always", "regex": "a", "examples": {"cut": ["a"]}}, "'applies' must be one of"),
    ],
)
def test_a_broken_pitch_detail_is_refused_with_its_line(tmp_path, record, message):
    path = tmp_path / "pitch_details.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_pitch_details(path)
