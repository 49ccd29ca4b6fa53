"""What the planner takes out of a draft and what it keeps verbatim."""

from __future__ import annotations

import pytest

from tactful.rewrite.clauses import split_draft
from tactful.rewrite.edit_plan import quote_spans


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


def test_the_ask_carried_on_goes_with_it(rewriter, checker):
    text = "Omg it's been forever! I finally launched my tutoring page. Can you share my page and tag all your cousins?"
    kept = plan(rewriter, checker, text).kept_text()
    assert "tag all your cousins" not in kept.lower()
    assert "I finally launched my tutoring page." in kept


def test_a_promise_that_hung_on_the_removed_ask_goes_too(rewriter, checker):
    text = "Cheers for the follow! We've just jarred our spring honey, DM me your address and I'll post you a couple."
    kept = plan(rewriter, checker, text).kept_text()
    assert "post you a couple" not in kept
    assert kept.startswith("Cheers for the follow!")


def test_a_quote_from_a_rewrite_is_found_in_the_draft_whatever_its_case_and_gaps():
    draft = "yo nice edits. i sub to you rn and you sub back, i got 312 subs"
    [span] = quote_spans(draft, ["i sub to you rn i got 312 subs"], by_words=True)
    assert draft[span[0] : span[1]] == "i sub to you rn and you sub back, i got 312 subs"
    draft = "Can you share it and tag all your cousins?"
    [span] = quote_spans(draft, ["Tag all your cousins?"], by_words=True)
    assert draft[span[0] : span[1]] == "tag all your cousins"
    assert quote_spans("I love it", ["you"], by_words=True) == []  # a lone word is not looked for anywhere


def test_doing_something_is_not_an_introduction(ungated_rewriter):
    """ "I'm taking on clients now" is the pitch, so when a retry has to choose, the friendly clause beside it stays."""
    text = (
        "Heyyy Claire how are you?! So I finally qualified as a life coach!! I'm taking on clients now so if you or "
        "anyone you know wants a discovery call the link is in my bio, first session half price 😉 Anyway hope to see "
        "you at Mairead's 40th!! xxx"
    )
    [out] = ungated_rewriter.rewrite(text, surface="message", n=1)
    assert "hope to see you at Mairead's 40th" in out.text
    assert "taking on clients" not in out.text


def test_a_lead_in_phrase_goes_with_the_clause_it_led_into(rewriter, checker):
    text = (
        "Dear Sarah, thank you for liking our page. With the rate decision due in March, now is the time to lock in "
        "a fixed rate before it's too late. Best regards, Tom"
    )
    kept = plan(rewriter, checker, text).kept_text()
    assert "With the rate decision" not in kept and "too late" not in kept
    assert "thank you for liking our page." in kept and "Best regards, Tom" in kept


def test_the_emoji_that_closed_a_removed_pitch_go_with_it(rewriter, checker):
    text = "Thanks for liking the bakery page 😊 Our tray bakes are 25% off until Sunday, grab yours now!!! 🛒⏰"
    result = plan(rewriter, checker, text)
    assert [k.text for k in result.kept] == ["Thanks for liking the bakery page 😊"]
    assert "🛒⏰" in result.removed


def test_a_pointer_at_the_removed_plug_goes(rewriter, checker):
    text = (
        "The blossom shots are dreamy 😍 P.S. if your clients need a florist send them to Fern Lane Flowers, "
        "link in my bio!!"
    )
    result = plan(rewriter, checker, text)
    assert result.kept[0].text == "The blossom shots are dreamy 😍"


def test_the_audience_of_a_removed_offer_goes_with_it(rewriter, checker):
    text = (
        "So glad the twins loved it! Anyone who wants one for a party, I've only got 3 dates left in May so book NOW!"
    )
    result = plan(rewriter, checker, text)
    assert [k.text for k in result.kept] == ["So glad the twins loved it!"]


def test_a_link_left_at_the_start_of_a_clause_keeps_its_case(rewriter, checker):
    text = (
        "Our shed burned down last week. Please share this with everyone you know, https://example.org/rebuild-the-shed"
    )
    result = plan(rewriter, checker, text)
    assert "Https://" not in result.kept_text()


def test_a_clause_left_behind_once_the_clause_before_it_went_must_read_alone(rewriter, checker):
    text = (
        "hi auntie, hope ur knee is better ❤️ mum said u were at the hospital tuesday. also i notice u like every post "
        "from ur church friends but never mine, its my business page auntie, the least u can do is click like 😒"
    )
    result = plan(rewriter, checker, text)
    assert "never mine" not in result.kept_text()
    assert result.kept_text().startswith("hi auntie, hope ur knee is better ❤️")


@pytest.mark.parametrize(
    "text",
    [
        "Mabrouk Rania!! Well deserved 👏 By the way I'm also certified now, send your clients to me, my WhatsApp is "
        "+961 70 000 000",
        "Congratulations on the new shop Efua!! Also for anyone reading, we do full catering, check our page and order "
        "now!!",
    ],
)
def test_a_clause_that_stops_where_its_phrase_began_goes(rewriter, checker, text):
    kept = plan(rewriter, checker, text).kept_text()
    assert not kept.endswith(("I'm", "anyone reading")), kept


def test_what_leaned_on_the_cut_goes_and_a_warm_close_stays(rewriter, checker):
    text = "Hey Sam! Could you share my candle page with your friends, it's your cousin asking 🙏 See you Sunday!"
    result = plan(rewriter, checker, text)
    assert [k.text for k in result.kept] == ["Hey Sam!", "See you Sunday!"]


def test_praise_of_the_reader_stays_after_the_cut(rewriter, checker):
    result = plan(rewriter, checker, "Hello! Could you follow my page and I just love your roses, they're so red.")
    assert [k.text for k in result.kept] == ["Hello!", "I just love your roses."]


POINTS_AT_THE_ASK = (
    "Hi Ruth, congrats on the new studio! Please leave a review on my page today. It would help us enormously. "
    "Talk soon!"
)
ANNOUNCES_THE_ASK = (
    "Hi Ruth, lovely to meet you at the fair. Quick question. Could you like and share my page with your followers? "
    "Thanks!"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (POINTS_AT_THE_ASK, ["Hi Ruth, congrats on the new studio!", "Talk soon!"]),
        (ANNOUNCES_THE_ASK, ["Hi Ruth, lovely to meet you at the fair.", "Thanks!"]),
    ],
)
def test_a_sentence_that_pointed_at_or_announced_the_removed_ask_goes(rewriter, checker, text, kept):
    assert [k.text for k in plan(rewriter, checker, text).kept] == kept


def test_the_announcement_is_listed_as_removed(rewriter, checker):
    assert "Quick question." in plan(rewriter, checker, ANNOUNCES_THE_ASK).removed


def test_an_apology_for_writing_is_no_message_once_the_pitch_goes(rewriter, checker):
    text = (
        "Hello! Sorry to message out of the blue. We sell handmade soap, order today and get 20% off with code SOAP20!"
    )
    result = plan(rewriter, checker, text)
    assert [k.text for k in result.kept] == ["Hello!", "Sorry to message out of the blue."]
    assert not result.says_something(3)
    assert rewriter.rewrite(text, n=3, surface="message") == []


def test_also_opens_a_clause_only_before_a_pronoun_or_a_request():
    text = "Saw you're also from Leeds 😊 I love your cakes also can you share my page"
    clauses = [text[c.start : c.end] for s in split_draft(text) for c in s.clauses]
    assert clauses == ["Saw you're also from Leeds 😊", "I love your cakes", "also can you share my page"]


def test_a_lead_in_left_before_a_colon_or_without_a_subject_goes(rewriter, checker):
    result = plan(
        rewriter,
        checker,
        "What a year! We baked 300 wedding cakes. To celebrate, we're giving 15% off every order this week only. "
        "And to everyone who ordered: please leave us a Google review today. Happy new year!",
    )
    assert [k.text for k in result.kept] == ["What a year!", "We baked 300 wedding cakes.", "Happy new year!"]


def test_a_sentence_cut_after_a_bracket_still_ends_with_a_stop(rewriter, checker):
    result = plan(
        rewriter,
        checker,
        "Hi there, I saw your paintings at the library and they're lovely. We're a new tea shop (Leaf & Kettle) and "
        "we'd love you to paint our sign for free, it's great exposure!",
    )
    assert result.kept[-1].text == "We're a new tea shop (Leaf & Kettle)!"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Lovely pics! Whether you came or not, please leave us a review today. See you soon!", "Whether"),
        ("Great night, Class of 2005!! Whoever organises the next one, I do decor now, use me 👀", "Whoever"),
        ("Looking well Shauna!! Pop over and like my nails page when u get a sec x", "Pop over"),
    ],
)
def test_a_concession_an_audience_or_a_bare_verb_left_by_the_ask_goes(rewriter, checker, text, gone):
    kept = plan(rewriter, checker, text).kept_text()
    assert gone not in kept and kept


def test_whole_sentences_only_keeps_an_opening_greeting_of_a_cut_sentence(rewriter, checker):
    text = "Hi Maria, I liked your page, now like mine. See you at the market!"
    assert [k.text for k in plan(rewriter, checker, text).kept] == [
        "Hi Maria, I liked your page.",
        "See you at the market!",
    ]
    result = rewriter.planner.plan(text, checker.check(text), whole_sentences=True)
    assert [k.text for k in result.kept] == ["Hi Maria.", "See you at the market!"]
