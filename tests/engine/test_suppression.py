"""Suppression keys and what they do to a check result, on the real checker."""

from __future__ import annotations

import pytest

from tactful.engine.suppression import EMPTY, Suppressions, normalise, sentence_keys

NOT_PUSHY = "Check out my page!"  # a false alarm, for this user: their page is what the friend asked for


def silenced(*texts: str) -> Suppressions:
    return Suppressions.from_keys({number: sentence_keys(text) for number, text in enumerate(texts, start=1)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Check out my page!", "check out my page"),
        ("  CHECK   out my PAGE!!! 😊👍🏽", "check out my page"),
        ("check-out my page…", "check out my page"),
        ("Don’t miss it", "dont miss it"),
        ("Don't miss it", "dont miss it"),
        ("ＬＩＫＥ ｍｙ ｐａｇｅ", "like my page"),  # full-width letters fold to plain ones
        ("Order 2 jars for £10", "order 2 jars for 10"),
        ("Straße", "strasse"),
        ("नमस्ते दोस्त!", "नमस्ते दोस्त"),  # combining vowel signs stay with their letters
        ("🎉🎉🎉", ""),
    ],
)
def test_normalise_keeps_letters_and_digits_only(text, expected):
    assert normalise(text) == expected


def test_each_sentence_is_a_key_and_symbols_only_sentences_are_not():
    keys = sentence_keys("Hi Sam! Check out my page. 🎉\nCheck out my page!!")
    assert len(keys) == 2  # "hi sam", "check out my page" (once); the emoji line has no words
    assert keys == sentence_keys("hi sam. check out my page")


def test_the_same_sentence_with_other_punctuation_emoji_or_casing_is_not_flagged(checker):
    suppressions = silenced(NOT_PUSHY)
    for variant in ("Check out my page!", "check out my page 😊", "CHECK OUT MY PAGE!!!", "Check out my page…"):
        plain = checker.check(variant)
        assert plain.flagged, variant
        result = checker.check(variant, suppressions=suppressions)
        assert not result.flagged and result.category is None and result.issues == []
        assert result.score < min(checker.thresholds.values())
        [hidden] = result.suppressed
        assert hidden.feedback_id == 1 and hidden.category == plain.issues[0].category
        assert (hidden.start, hidden.end, hidden.quote) == (
            plain.issues[0].start,
            plain.issues[0].end,
            plain.issues[0].quote,
        )


def test_other_words_are_still_flagged(checker):
    suppressions = silenced(NOT_PUSHY)
    for other in ("Check out my channel!", "Please check out my page and follow it"):
        result = checker.check(other, suppressions=suppressions)
        assert result.flagged and result.suppressed == [], other


def test_an_unrelated_pushy_sentence_in_the_same_draft_stays_flagged(checker):
    text = "Check out my page! 😊 I liked your page, now like mine."
    result = checker.check(text, suppressions=silenced(NOT_PUSHY))
    assert result.flagged and result.category == "reciprocity_demand"
    assert [issue.category for issue in result.issues] == ["reciprocity_demand"]
    assert "like mine" in result.issues[0].quote
    assert [hidden.quote for hidden in result.suppressed] == ["Check out my page"]
    # UTF-16 offsets: the emoji before the kept issue counts two units, as in the unsuppressed result.
    assert result.issues == [i for i in checker.check(text).issues if i.category == "reciprocity_demand"]


def test_an_issue_over_two_sentences_needs_both_silenced(checker):
    text = "Want to buy? DM me to order!"
    [issue] = checker.check(text).issues
    assert issue.quote == "Want to buy? DM me to order"
    assert checker.check(text, suppressions=silenced("Want to buy?")).issues == [issue]
    assert not checker.check(text, suppressions=silenced("Want to buy? DM me to order!")).flagged


def test_a_result_with_nothing_silenced_is_returned_as_it_was(checker):
    text = "I liked your page, now like mine"
    assert checker.check(text, suppressions=silenced(NOT_PUSHY)) == checker.check(text)
    assert checker.check(text, suppressions=EMPTY) == checker.check(text)
    assert checker.check("Thanks for the like!", suppressions=silenced("Thanks for the like!")).suppressed == []


def test_the_lowest_feedback_id_is_named_and_the_fingerprint_follows_the_keys():
    both = Suppressions.from_keys({9: sentence_keys("check out my page"), 4: sentence_keys("Check out my page!!")})
    assert set(both.feedback_by_key.values()) == {4}
    assert both.fingerprint == silenced(NOT_PUSHY).fingerprint != silenced("Follow me").fingerprint
    assert EMPTY.fingerprint == "" and not EMPTY and len(both) == 1


def test_batches_filter_each_draft(checker):
    texts = ["Check out my page!", "Follow me back?", "Check out my page 😊"]
    results = checker.check_many(texts, suppressions=silenced(NOT_PUSHY))
    assert [r.flagged for r in results] == [False, True, False]
    assert [len(r.suppressed) for r in results] == [1, 0, 1]


def test_a_sentence_is_silenced_whatever_its_punctuation_and_case():
    feedback = silenced("Check out my page! See you Saturday.")
    assert feedback.silences("check out my PAGE 😊")
    assert feedback.silences("See you Saturday")
    assert not feedback.silences("Check out my shop!")
    assert not EMPTY.silences("Check out my page!")
