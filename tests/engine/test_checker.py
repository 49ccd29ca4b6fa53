"""The check's verdicts on the cases DESIGN.md names, and its offsets in UTF-16."""

from __future__ import annotations

import pytest

from tactful.engine.classifier import _SMALL_BATCH
from tests.pathological import SHAPES, best_of_three

MUST_FLAG = [
    ("I LIKED your page. Now LIKE my page.", "reciprocity_demand"),
    ("Hi Maria! I liked your page, now like mine 😊", "reciprocity_demand"),
    ("like mine and I'll like yours", "reciprocity_demand"),
    ("l4l? 🙏", "reciprocity_demand"),
    ("I followed you, please follow back!!", "reciprocity_demand"),
    ("Thanks for the like! Want to buy my product?", "cold_pitch"),
    ("Thanks for following us! Use code WELCOME20 for 20% off your first order, DM me to order", "cold_pitch"),
    ("Hey, want a free quote for your website? Only $99 this week.", "cold_pitch"),
    ("Be your own boss and earn money from your phone, message me for details", "cold_pitch"),
    ("Please like my page!!", "unearned_ask"),
    ("pls follow my insta and share my page", "unearned_ask"),
    ("Vote for my bakery in the Best of Leeds contest", "unearned_ask"),
]

# Flagged, but the model files them under another category (held-out category accuracy is ~97%, not 100%).
# Kept here so a fix shows up as a test to promote into MUST_FLAG.
KNOWN_CATEGORY_CONFUSIONS = [
    "Done! Your turn to like my page",  # "your turn" is reciprocity; "like my page" pulls it to unearned_ask
]

MUST_PASS = [
    "People who say 'now like mine' annoy me so much.",
    "Thanks so much for liking our page, Maria! 😊",
    "I'd like to ask how you got started with pottery.",
    "Like I said, the market opens at nine.",
    "Thanks for following back, it was lovely to meet you at the fair!",
    "Hi! I'd like to order two dozen cupcakes for Saturday, how much would that be?",
    "What do you think of my new logo? Be honest!",
    "If you ever need help setting up your shop's page, I'm happy to show you, no strings attached.",
    "How did you find your first customers?",
    "Happy birthday Sam! Hope you have a great day 🎉",
]


@pytest.mark.parametrize(("text", "category"), MUST_FLAG)
def test_pushy_drafts_are_flagged_in_their_category(checker, text, category):
    result = checker.check(text)
    assert result.flagged, (text, result.score)
    assert result.category == category
    assert result.issues and all(issue.quote for issue in result.issues)


@pytest.mark.parametrize("text", KNOWN_CATEGORY_CONFUSIONS)
def test_known_category_confusions_are_still_flagged(checker, text):
    assert checker.check(text).flagged


@pytest.mark.parametrize("text", MUST_PASS)
def test_hard_negatives_are_not_flagged(checker, text):
    result = checker.check(text)
    assert not result.flagged, (text, result.score)
    assert result.issues == []


def test_span_covers_the_demand_not_the_whole_message(checker):
    text = (
        "Hi Tom, I loved the photos from your farm shop opening, the sourdough looked amazing. "
        "I just liked your page, so now like mine back please. "
        "Hope the weekend market goes well for you!"
    )
    result = checker.check(text)
    assert result.flagged
    [issue] = result.issues
    assert "like mine" in issue.quote and "sourdough" not in issue.quote and "weekend" not in issue.quote
    assert issue.rule.startswith("reciprocity_demand.")


def test_a_greeting_too_short_to_judge_is_never_the_sentence_pointed_at(checker):
    text = (
        "Hey Brittany!! How are you loving the lash serum?? So I just hit Silver rank! "
        "I'd love for you to join my team, you'd get your products free if you share with 3 friends."
    )
    result = checker.check(text)
    assert result.flagged
    assert all("Brittany" not in issue.quote for issue in result.issues)


@pytest.mark.parametrize("prefix", ["😊 ", "👍🏽👍🏿 ", "🇫🇷🇬🇧 ", "👨‍👩‍👧‍👦 family shop! ", "é😊ß "])
def test_offsets_are_utf16_code_units(checker, prefix):
    text = prefix + "I liked your page, now like mine"
    result = checker.check(text)
    [issue] = result.issues
    javascript_slice = text.encode("utf-16-le")[2 * issue.start : 2 * issue.end].decode("utf-16-le")
    assert javascript_slice == issue.quote
    assert "like mine" in issue.quote


def test_score_is_a_probability_and_higher_for_pushier_text(checker):
    pushy, clean = (
        checker.check("LIKE MY PAGE NOW l4l").score,
        checker.check("Lovely photos, where was this taken?").score,
    )
    assert 0.0 <= clean < pushy <= 1.0


def test_strict_flags_at_least_what_balanced_flags(checker):
    texts = [t for t, _ in MUST_FLAG] + MUST_PASS
    balanced = [r.flagged for r in checker.check_many(texts, sensitivity="balanced")]
    strict = [r.flagged for r in checker.check_many(texts, sensitivity="strict")]
    relaxed = [r.flagged for r in checker.check_many(texts, sensitivity="relaxed")]
    assert all(s or not b for s, b in zip(strict, balanced, strict=True))
    assert all(b or not r for b, r in zip(balanced, relaxed, strict=True))


def test_a_drafts_verdict_does_not_depend_on_its_batch(checker):
    """A batch larger than the classifier's small-batch limit (its vectorised path), in two orders, with a French
    draft and a mixed-language one (re-scored on its English sentences), gives each draft the verdict it gets alone."""
    texts = (
        [t for t, _ in MUST_FLAG]
        + MUST_PASS
        + [
            "Bonjour, j'aime votre page, merci de liker la mienne aussi s'il vous plaît",
            "Hola chicos, qué tal? Please like my page and share it with your friends!",
        ]
    )
    assert len(texts) > _SMALL_BATCH
    alone = [checker.check(t) for t in texts]
    assert checker.check_many(texts) == alone
    assert checker.check_many(texts[::-1]) == alone[::-1]


def test_non_english_is_unflagged_with_its_language(checker):
    result = checker.check("Bonjour, j'aime votre page, merci de liker la mienne aussi s'il vous plaît")
    assert not result.flagged and result.language == "fr"


def test_adjacent_pushy_sentences_of_one_kind_are_one_issue(checker):
    text = (
        "Hi Maria! Loved your bakery photos 😊 I liked your page, now like mine. Also want to buy my candles? DM me to "
        "order!"
    )
    result = checker.check(text)
    assert [issue.category for issue in result.issues] == ["reciprocity_demand", "cold_pitch"]
    pitch = result.issues[1]
    assert pitch.quote.startswith("want to buy my candles") and pitch.quote.endswith("DM me to order")


def test_issue_dict_has_every_field(checker):
    from dataclasses import asdict

    issue = checker.check("I liked your page, now like mine").issues[0]
    assert issue.to_dict() == asdict(issue)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_checking_time_grows_linearly_with_pathological_text(checker, shape):
    """spaCy's tokenizer is quadratic in long runs of symbols; the check must not be (8x the text may take
    at most ~16x the time, with slack for timer noise; quadratic would be 64x). Sizes compared in one run."""
    make = SHAPES[shape]
    checker.check(make(2_500))  # warm the tokenizer's caches for this shape
    small = best_of_three(lambda: checker.check(make(2_500)))
    large = best_of_three(lambda: checker.check(make(20_000)))
    assert large < 16 * small + 0.02, (shape, small, large)


@pytest.mark.parametrize(
    "text", ["I liked your page 😊", "Hi Maria! I liked your page 😊", "Just followed you, your cakes look amazing"]
)
def test_saying_you_liked_or_followed_asks_nothing_back(checker, text):
    """The true fact a rewrite keeps ("I liked your page") is no reciprocity demand on its own."""
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "I liked your page, now like mine",
        "I followed you, can you follow me back?",
        "I liked your last 5 posts so ur turn bestie 🫶",
        "I liked your page so you owe me",
    ],
)
def test_a_like_given_with_one_asked_back_is_still_a_demand(checker, text):
    assert checker.check(text).flagged
