"""The engine on its own: profile use, never inventing a name, keeping the voice, dropping the pitch."""

from __future__ import annotations

import re

import pytest

from tactful.rewrite.bank import STYLES
from tactful.rewrite.profile import Profile
from tests.rewrite.conftest import verdict

DANA = Profile(name="Dana", business="Sweet Crumbs Bakery", page_url="https://facebook.com/sweetcrumbs")
INTRODUCES = re.compile(r"\b(I'm|I am|my name is|here[,!]|introduce)\b", re.IGNORECASE)


def texts(rewriter, text, category, **kwargs):
    return [r.text for r in rewriter.rewrite(text, original=verdict(category), **kwargs)]


def test_profile_introduces_the_sender_by_name_and_business(rewriter):
    for text in texts(rewriter, "Hi Maria! I liked your page, now like mine", "reciprocity_demand", profile=DANA, n=5):
        assert text.startswith(("Hi Maria", "Hello Maria", "Hey Maria", "Hiya Maria"))
        assert "Dana" in text and "Sweet Crumbs Bakery" in text
        assert "https://facebook.com/sweetcrumbs" in text


def test_profile_example_from_the_issue(rewriter):
    out = texts(rewriter, "Hi Maria, like my page!!", "unearned_ask", profile=DANA, style="introduction", n=5)
    opening = re.compile(r"^(Hi|Hey|Hello|Hiya) Maria[,!] (I'm Dana|Dana here|My name is Dana)")
    assert sum(bool(opening.match(t)) for t in out) >= 3, out


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("I liked your page, now like mine", "reciprocity_demand"),
        ("Thanks for the follow! Our candles are $10, DM me to order", "cold_pitch"),
        ("Please like my page!!", "unearned_ask"),
    ],
)
def test_never_invents_a_name_without_a_profile(rewriter, draft, category, style):
    for text in texts(rewriter, draft, category, style=style, n=5):
        found = rewriter.entities(text)
        assert not found.senders and not found.recipients, text
        assert not re.search(r"\b(I'm|I am|name is|this is) [A-Z]", text), text
        assert not re.search(r"^(Hi|Hey|Hello|Hiya|Dear) [A-Z]", text), text


def test_a_name_the_draft_gives_is_used_and_no_other(rewriter):
    for text in texts(rewriter, "thx 4 the like! DM me to order, 20% off w/ code SWEET20 💕 -Dana", "cold_pitch", n=5):
        assert "Dana" in text
        assert not {e.text for e in rewriter.entities(text).senders} - {"Dana"}


@pytest.mark.parametrize("style", STYLES)
def test_drops_the_price_the_code_and_the_order_line(rewriter, style):
    draft = "Hey Zoë 😊 thanks for following Petal & Pine! Candles £7, 20% off with code PINE10, DM me to order 👇 fb.com/petalandpine"
    for text in texts(rewriter, draft, "cold_pitch", style=style, n=5):
        for dropped in ("£7", "20%", "PINE10", "DM", "order", "👇"):
            assert dropped not in text
        for kept in ("Zoë", "Petal & Pine", "fb.com/petalandpine", "😊"):
            assert kept in text
        assert "?" in text


def test_n_rewrites_are_all_different_shapes(rewriter):
    out = rewriter.rewrite("Hi Maria, like my page Glow Up Studio please", original=verdict("unearned_ask"), n=5)
    assert len(out) == 5
    assert len({r.text for r in out}) == 5
    assert len({r.frame for r in out}) == 5


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_exactly_n_for_flagged_and_unflagged_drafts(rewriter, n):
    assert len(rewriter.rewrite("Please like my page!!", original=verdict("unearned_ask"), n=n)) == n
    assert len(rewriter.rewrite("Thanks for the kind words, Maria", original=verdict(None), n=n)) == n


def test_the_same_draft_gets_the_same_rewrites(rewriter):
    first = texts(rewriter, "Please like my page!!", "unearned_ask")
    assert texts(rewriter, "Please like my page!!", "unearned_ask") == first


def test_bad_arguments_are_refused(rewriter):
    with pytest.raises(ValueError):
        rewriter.rewrite("x", original=verdict(None), style="poem")
    with pytest.raises(ValueError):
        rewriter.rewrite("x", original=verdict(None), n=6)


def test_casual_stays_casual_and_keeps_the_emoji(rewriter):
    for text in texts(rewriter, "heyy keisha!! liked ur page, like mine back pls 🙏🏽", "reciprocity_demand", n=5):
        assert text.startswith(("hey keisha", "hi keisha", "hiya keisha")), text
        assert text == text.lower()
        assert text.endswith("🙏🏽")


def test_formal_stays_formal(rewriter):
    for text in texts(rewriter, "Dear Mr. McDonald, kindly like our page House of Cakes. Regards", "unearned_ask", n=5):
        assert "Mr. McDonald" in text and "House of Cakes" in text
        assert not re.search(r"\b(Hey|Hiya|Talk soon)\b", text), text


def test_unflagged_draft_is_lightly_polished_not_rebuilt(rewriter):
    out = texts(rewriter, "THANKS SO MUCH FOR THE KIND WORDS MARIA!!!", None, n=3)
    assert out[0] == "Thanks so much for the kind words maria!"
    assert all(t.startswith("Thanks so much for the kind words maria!") for t in out)


def test_every_rewrite_of_a_flagged_draft_introduces_or_asks(rewriter):
    for category in ("reciprocity_demand", "cold_pitch", "unearned_ask"):
        for style in STYLES:
            for text in texts(rewriter, "l4l?", category, style=style, n=5):
                assert "?" in text or INTRODUCES.search(text), text


def test_profile_fields_are_validated():
    assert Profile.from_mapping(None) == Profile()
    assert Profile.from_mapping({"name": "  Dana  Smith "}).name == "Dana Smith"
    for bad in ("Dana", ["Dana"], {"name": 5}, {"business": ["x"]}, {"page_url": {}}, {"name": "x" * 201}):
        with pytest.raises(ValueError):
            Profile.from_mapping(bad)


def test_pitch_emoji_are_dropped_friendly_ones_kept(rewriter):
    for text in texts(rewriter, "Are u interested in forex trading? I made $3k last week 📈 👇 😊", "cold_pitch", n=3):
        assert "📈" not in text and "👇" not in text and text.endswith("😊")


@pytest.mark.parametrize(
    ("draft", "polished"),
    [
        ("so happy for you!!!", "so happy for you!"),
        ("Congrats on the new shop   Maria", "Congrats on the new shop Maria."),
        ("see you at the market x", "see you at the market x"),
        ("what time do you open??", "what time do you open?"),
        ("loved it 😍", "loved it 😍"),
    ],
)
def test_polish_is_light(rewriter, draft, polished):
    assert texts(rewriter, draft, None, n=1) == [polished]
