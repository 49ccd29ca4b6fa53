"""What the planner takes out of a draft and what it keeps verbatim."""

from __future__ import annotations

import pytest

from tactful.rewrite.clauses import split_draft


def plan(rewriter, checker, text):
    return rewriter.planner.plan(text, checker.check(text))


def test_clauses_split_at_commas_conjunctions_and_emoji():
    text = "Love it 😍 I liked your page, now like mine and share it"
    [sentence] = split_draft(text)
    assert [text[c.start : c.end] for c in sentence.clauses] == [
        "Love it 😍",
        "I liked your page,",
        "now like mine",
        "and share it",
    ]


def test_emoji_opening_a_sentence_stay_with_the_one_before():
    text = "So glad she loved it!! 🥰 Tag me in the pics"
    assert [text[s.start : s.end] for s in split_draft(text)] == ["So glad she loved it!! 🥰", "Tag me in the pics"]


def test_only_the_demand_goes(rewriter, checker):
    result = plan(rewriter, checker, "Hi Maria! I liked your page, now like mine")
    assert [k.text for k in result.kept] == ["Hi Maria!", "I liked your page"]
    assert result.removed == ["now like mine"]


def test_a_greeting_and_a_self_introduction_stay(rewriter, checker):
    result = plan(
        rewriter,
        checker,
        "Hey Tyler! I'm Dana, a local realtor. Homes on your street sell for top dollar, DM me for a free valuation!",
    )
    kept = " ".join(k.text for k in result.kept)
    assert kept.startswith("Hey Tyler! I'm Dana, a local realtor.")
    assert "DM me" not in kept


def test_thanks_in_advance_goes_with_the_ask(rewriter, checker):
    result = plan(rewriter, checker, "Hi! Could you like and share my page? Thanks in advance!")
    assert "Thanks in advance!" in result.removed


@pytest.mark.parametrize("draft", ["Thanks for the kind words, Maria!", "See you at the market on Saturday x"])
def test_a_fine_draft_loses_nothing(rewriter, checker, draft):
    result = plan(rewriter, checker, draft)
    assert result.removed == [] and result.kept_text() == draft
