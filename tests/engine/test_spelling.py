"""Misspelt platform words are read as the word they stand for; ordinary words are left alone."""

from __future__ import annotations

import pytest

from tactful.engine.features import tokens
from tactful.engine.spelling import SpellingNormaliser, shipped_spelling


@pytest.mark.parametrize(
    ("misspelt", "meant"),
    [
        ("subcribe", "subscribe"),
        ("suscribe", "subscribe"),
        ("subscirbe", "subscribe"),
        ("folow", "follow"),
        ("chanel", "channel"),
        ("vist", "visit"),
        ("bussiness", "business"),
        ("subscribee", "subscribe"),
    ],
)
def test_one_edit_away_is_corrected(misspelt, meant):
    assert shipped_spelling().correct(misspelt) == meant


@pytest.mark.parametrize(
    "word", ["like", "rice", "lease", "steam", "pleased", "prince", "lime", "age", "chat", "l4l", "liked"]
)
def test_real_words_and_short_tokens_are_left_alone(word):
    assert shipped_spelling().correct(word) == word


def test_tokens_carry_the_correction():
    assert tokens("pls subcribe 2 my chanel") == ["pls", "subscribe", "xnumx", "my", "channel"]


def test_targets_shorter_than_five_letters_only_match_exactly():
    speller = SpellingNormaliser(["page", "video"])
    assert speller.correct("pge") == "pge"
    assert speller.correct("vdeo") == "video"
