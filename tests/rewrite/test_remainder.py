"""What is left of a cut sentence: whether it reads on its own, and what may stay after the cut."""

from __future__ import annotations

import pytest

from tactful.rewrite.clauses import split_draft
from tactful.rewrite.remainder import is_warm_remainder, stands_alone, stays_after_the_cut


@pytest.mark.parametrize(
    "piece", ["If you book by Friday.", "By the way I'm", "Kindly like", "pls lol", "Whether you came or not,"]
)
def test_a_clause_that_dangles_stops_mid_phrase_or_is_filler_does_not_stand_alone(piece):
    assert not stands_alone(piece, first=False, after_a_removal=True)


@pytest.mark.parametrize(
    ("piece", "after_a_removal"),
    [("the scones are to die for 😍", False), ("we loved the scones", True), ("Have a blessed day!", True)],
)
def test_a_whole_thought_or_a_warm_close_stands_alone(piece, after_a_removal):
    assert stands_alone(piece, first=False, after_a_removal=after_a_removal)


@pytest.mark.parametrize(
    ("piece", "warm"),
    [
        ("see you Sunday!", True),
        ("I just love your roses", True),
        ("it's your nephew!", False),
        ("we'd love to have you there!", False),
    ],
)
def test_only_a_warm_word_or_praise_of_the_reader_is_a_warm_remainder(piece, warm):
    assert is_warm_remainder(piece) is warm


def test_a_capitalised_clause_after_an_emoji_opens_afresh():
    text = "so you better subscribe mine now 😂 Call nani on Sunday"
    [sentence] = split_draft(text)
    before, after = sentence.clauses[-2], sentence.clauses[-1]
    assert text[after.start : after.end] == "Call nani on Sunday"
    assert stays_after_the_cut(text, before, after)
