"""What a rewrite must keep: names with apostrophes, accents and hyphens, businesses with & and 's,
@handles, links, emoji next to names — and whose each one is."""

from __future__ import annotations

import json

import pytest

from tactful.paths import models_dir
from tactful.rewrite.entity_rules import read_entity_patterns

# One example per pattern id: (draft, the entity text, its role). A test fails when a pattern has none.
EXAMPLES = {
    "recipient.greeting": ("Hi O'Brien, like my page please", "O'Brien", "recipient"),
    "recipient.greeting_lowercase": ("hey zoë, liked ur page", "zoë", "recipient"),
    "recipient.greeting_handle": ("Hi @dana_bakes! I liked your page", "@dana_bakes", "recipient"),
    "recipient.thanks": ("Thanks Keisha for the follow, we sell candles", "Keisha", "recipient"),
    "recipient.thank_you": ("Thank you, Sarah! We sell candles from $10", "Sarah", "recipient"),
    "recipient.opening_name": ("Siobhán! Would appreciate if you could follow my page", "Siobhán", "recipient"),
    "recipient.opening_name_lowercase": ("siobhán! would appreciate a follow", "siobhán", "recipient"),
    "handle.any": ("Mutual follow? @nailsbynoor", "@nailsbynoor", "mine"),
    "url.any": (
        "Like my page plz https://www.facebook.com/DAngelosDeli",
        "https://www.facebook.com/DAngelosDeli",
        "mine",
    ),
    "sender.i_am": ("Hello, I'm Dana and I sell cakes", "Dana", "sender"),
    "sender.im": ("hey Im Dana, like my page", "Dana", "sender"),
    "sender.my_name_is": ("my name is dana, follow me", "dana", "sender"),
    "sender.this_is": ("Hi, this is Dana from the market", "Dana", "sender"),
    "sender.signature": ("Follow my page please - Dana", "Dana", "sender"),
    "sender.signature_joined": ("DM me to order 💕 -Dana", "Dana", "sender"),
    "business.head_noun": ("Sweet Crumbs Bakery is mine, give it a like", "Sweet Crumbs Bakery", "mine"),
    "business.of_head": ("I liked yours, now like my page House of Cakes!", "House of Cakes", "mine"),
    "page.my_page": ("Please like my page Glow Up Studio and I will like yours", "Glow Up Studio", "mine"),
    "page.your_page": ("I liked your page Maria's Makes, now like mine", "Maria's Makes", "theirs"),
    "page.after_verb_theirs": ("I liked Petal & Pine, now like mine", "Petal & Pine", "theirs"),
    "page.after_verb_mine": ("Hey Zoë😊 check out Tom & Jerry's Bakes", "Tom & Jerry's Bakes", "mine"),
    "page.you_liked_mine": (
        "Hi Tariq, noticed you liked Nails by Noor. Have you tried our earrings?",
        "Nails by Noor",
        "mine",
    ),
    "page.from_at": ("Hello, Dana from Crumbs here, please like us", "Crumbs", "mine"),
    "page.you_liked_mine_lowercase": (
        "hey tariq, noticed you liked nails by noor. have you tried our earrings?",
        "nails by noor",
        "mine",
    ),
    "page.my_page_lowercase": ("pls like my page called sweet crumbs!", "sweet crumbs", "mine"),
    "page.proper_phrase": ("so happy to be part of Riverside Runners now", "Riverside Runners", "mine"),
}


def test_every_entity_pattern_has_an_example():
    patterns, _ = read_entity_patterns(models_dir() / "patterns" / "entities.jsonl")
    assert sorted(p.id for p in patterns) == sorted(EXAMPLES)


def test_entity_pattern_lines_have_ids_and_notes():
    for line in (models_dir() / "patterns" / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert record["id"] and record.get("note"), record


@pytest.mark.parametrize("pattern_id", sorted(EXAMPLES))
def test_pattern_example(rewriter, pattern_id):
    text, expected, role = EXAMPLES[pattern_id]
    found = {e.text: e for e in rewriter.entities(text).all()}
    assert expected in found, (text, list(found))
    assert found[expected].role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hey Zoë😊 I liked your page, now like mine", ["Zoë"]),
        ("😍Hi Maria😍 follow back pls", ["Maria"]),
        ("Dear Mr. McDonald, kindly like our page", ["Mr. McDonald"]),
        ("Hey Anne-Marie 🙂 I became your fan, become my fan too", ["Anne-Marie"]),
        ("hey anne-marie 🙂 i became your fan, become my fan too", ["anne-marie"]),
        ("Dear D'Arcy, kindly reciprocate the follow", ["D'Arcy"]),
        ("Hi Søren! Give Björn's Barbershop a follow", ["Søren", "Björn's Barbershop"]),
        ("Give Tariq’s Tailoring a follow 🇧🇷", ["Tariq’s Tailoring"]),
        (
            "Hi there, like my page: Sew & Tell 🙏🏽 www.sewandtell.co.uk/sale",
            ["Sew & Tell", "www.sewandtell.co.uk/sale"],
        ),
        ("I liked yours! Follow @wren.and.willow and @gianni_gelato", ["@wren.and.willow", "@gianni_gelato"]),
        ("LIKE MY PAGE PLZ HTTPS://WWW.FACEBOOK.COM/DANGELOSDELI", ["HTTPS://WWW.FACEBOOK.COM/DANGELOSDELI"]),
        ("PLS SUB TO MY YOUTUBE 🙏 M.FACEBOOK.COM/BJORNSBARBERS", ["M.FACEBOOK.COM/BJORNSBARBERS"]),
        ("mind giving my page a like? fb.com/petalandpine.", ["fb.com/petalandpine"]),
        ("Fix-It Felix Handyman is my page, follow it", ["Fix-It Felix Handyman"]),
        ("I liked The Dog's Dinner, now like mine", ["The Dog's Dinner"]),
    ],
)
def test_keeps_names_pages_handles_and_links(rewriter, text, expected):
    assert rewriter.entities(text).texts() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hello hello! Tap follow on my page please",  # a capitalised word after "Hello!" starts a sentence
        "Greetings! Quit your 9-5 and join my team!",
        "hey check this out, like my page",  # a verb after a greeting is not a name
        "HI DEAR, INVITE ALL YOUR FRIENDS TO MY PAGE PLS",  # ALL CAPS: every word looks like a name
        "Cute! Would love if you checked out my page",
        "I liked ur page 2 weeks ago and ur still not liking mine??",
        "page.now like mine",  # a missing space is not a link
    ],
)
def test_common_words_are_not_names(rewriter, text):
    assert rewriter.entities(text).texts() == []


def test_entities_come_from_the_blank_tokenizer_not_an_installed_pipeline(rewriter):
    """Issue 11 item 5: the same draft gives the same entities on every machine, whatever spaCy models are installed
    there. The finder shares the checker's blank English pipeline: a tokenizer with no trained component."""
    assert rewriter.finder._nlp is rewriter.checker.nlp
    assert rewriter.checker.nlp.pipe_names == []
