"""The rewriter edits the draft: fine sentences verbatim and in place, only the pushy part changed."""

from __future__ import annotations

import pytest

from tactful.rewrite.engine import KINDS, MAX_N, STYLES
from tactful.rewrite.profile import Profile

DANA = Profile(name="Dana", business="Sweet Crumbs Bakery", page_url="facebook.com/sweetcrumbs")


def texts(rewriter, text, **kwargs):
    return [r.text for r in rewriter.rewrite(text, **kwargs)]


def utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[start * 2 : end * 2].decode("utf-16-le")


def test_fine_sentences_stay_verbatim_and_the_demand_goes(rewriter):
    draft = "Hi Maria! Your sourdough looks amazing 😍 I liked your page, now like mine back!"
    out = texts(rewriter, draft, n=3)
    assert out
    for text in out:
        assert text.startswith("Hi Maria! Your sourdough looks amazing 😍")
        assert "like mine" not in text
        assert "I liked your page" in text  # the true fact stays; only the demand went


def test_prices_codes_and_deadlines_go_and_the_product_stays(rewriter):
    draft = "Thanks for the follow! I make soy candles, use code GLOW20 for 20% off, only till Friday!!"
    for text in texts(rewriter, draft, n=3):
        assert "GLOW20" not in text and "20%" not in text and "Friday" not in text
        assert "soy candles" in text
        assert text.startswith("Thanks for the follow!")


def test_a_buried_ask_in_a_long_friendly_message_is_removed(rewriter):
    draft = (
        "Hey Sam, it was so good to catch up at the market on Saturday. Hope the new puppy is settling in! "
        "Please like and share my page. Say hi to your mum for me x"
    )
    for text in texts(rewriter, draft, surface="message", n=3):
        assert "like and share my page" not in text
        assert "Hope the new puppy is settling in!" in text
        assert text.endswith("Say hi to your mum for me x")


def test_a_comment_stays_short_and_gets_no_greeting(rewriter):
    draft = "Gorgeous colours!! Check out my page for handmade prints 👇"
    out = rewriter.rewrite(draft, surface="comment", n=3)
    assert out
    for rewrite in out:
        assert not rewrite.text.lower().startswith(("hi", "hey", "hello"))
        assert rewrite.text.startswith("Gorgeous colours!!")
        assert len(rewrite.text.split()) <= len(draft.split()) + 15


def test_the_drafts_business_wins_over_the_profiles(rewriter):
    draft = "Hello! I'm Dana from Petal & Pine Florist. Please like my page and share it with your friends!"
    for text in texts(rewriter, draft, profile=DANA, n=3):
        assert "Sweet Crumbs" not in text
        assert "Petal & Pine Florist" in text


def test_a_country_a_month_or_a_foreign_word_is_never_claimed_as_a_business(rewriter):
    draft = "Hola! Mi shop is in Spain, I sell ceramic cups, please follow my page Spain and buy before December!"
    for rewrite in rewriter.rewrite(draft, n=3):
        added = " ".join(utf16_slice(rewrite.text, start, end) for start, end in rewrite.changes)
        assert "Spain" not in added and "December" not in added and "Mi" not in added.split()


def test_changes_mark_exactly_the_words_that_are_not_the_drafts(rewriter):
    draft = "Hi Jo! 🌸 Thanks for the like. Want to buy my honey? DM me to order!"
    for rewrite in rewriter.rewrite(draft, profile=DANA, n=3):
        units = rewrite.text.encode("utf-16-le")
        kept, at = [], 0
        for start, end in rewrite.changes:
            assert utf16_slice(rewrite.text, start, end).strip()
            kept.append(units[at * 2 : start * 2].decode("utf-16-le"))
            at = end
        kept.append(units[at * 2 :].decode("utf-16-le"))
        for word in " ".join(kept).split():
            assert word in draft, (word, rewrite.text)


def test_emoji_stay_where_the_writer_put_them(rewriter):
    draft = "Love your shop!! 😍 Follow me back pls"
    for text in texts(rewriter, draft, n=3):
        assert text.startswith("Love your shop!! 😍")


def test_kinds_differ_and_the_style_picks_the_first(rewriter):
    draft = "Hi! Thanks for liking my page. I sell handmade soap, want to buy some? DM me!"
    for style in STYLES:
        out = rewriter.rewrite(draft, style=style, profile=DANA, n=3)
        assert len({r.text for r in out}) == len(out) >= 1
        assert {r.kind for r in out} <= set(KINDS)
    assert rewriter.rewrite(draft, style="value", n=1)[0].kind == "edit"


def test_the_same_draft_gets_the_same_rewrites(rewriter):
    draft = "Please like my page!! I make cakes."
    assert texts(rewriter, draft) == texts(rewriter, draft)


def test_no_rewrite_is_flagged(rewriter, checker):
    drafts = [
        "l4l?",
        "Like my page and I'll like yours",
        "Want to buy my candles? 10% off today only, DM me",
        "check out my channel!!",
    ]
    for draft in drafts:
        for text in texts(rewriter, draft, profile=DANA, n=MAX_N):
            assert not checker.check(text).flagged, text


def test_bad_arguments_are_refused(rewriter):
    with pytest.raises(ValueError):
        rewriter.rewrite("x", style="poem")
    with pytest.raises(ValueError):
        rewriter.rewrite("x", n=MAX_N + 1)
    with pytest.raises(ValueError):
        rewriter.rewrite("x", surface="billboard")


@pytest.mark.parametrize(
    "draft", ["Like my page please!! facebook.com/deckiesdecking 👍", "PLEASE CHECK OUT MY MUSIC ON SPOTIFY!!! 🎤🎤"]
)
def test_nothing_is_offered_when_only_a_link_or_emoji_would_be_left(rewriter, draft):
    assert rewriter.rewrite(draft, surface="comment") == []


def test_someones_event_is_not_the_writers_business(rewriter):
    draft = "Hey hun! So good catching up at Tash's baby shower 💗 Would you host a Glowhaus party for me next month?"
    for out in rewriter.rewrite(draft, surface="message", n=3):
        assert "with Tash" not in out.text and "Tash's baby shower" in out.text


def test_a_booking_link_is_never_called_a_page(rewriter):
    draft = (
        "Hi Ellen! Saw you followed June Fifth Florals this morning 🌸 Our packages start at $1,200, here's my "
        "calendar to lock in a consult: calendly.com/junefifthflorals/consult"
    )
    for out in rewriter.rewrite(draft, surface="message", n=3):
        assert "My page is" not in out.text and "Here's my calendar" not in out.text


def test_a_bare_name_left_alone_is_not_offered(rewriter):
    draft = "Switch to us!!! 🚀 NetWave Fiber. Comment your address below and we'll check availability 📍"
    assert rewriter.rewrite(draft, surface="comment") == []


def test_a_greeting_with_a_compliment_is_worth_sending(rewriter):
    [out, *_] = rewriter.rewrite("Hi Jo, loved your mural! Like mine and I'll like yours.", surface="message")
    assert out.text.startswith("Hi Jo, loved your mural!") and "like mine" not in out.text.lower()


@pytest.mark.parametrize(
    ("draft", "reader_words"),
    [
        (
            "Hi Ruchi didi, hope Kabir's exams went well! Please share my tiffin page Ruchi's Rasoi in your society "
            "groups, you are family after all. Love to everyone at home.",
            "friend",
        ),
        (
            "Hi Tom, glad the brakes are sorted! Like our page Spoke & Chain Cycles and get 10% off your next service. "
            "Enjoy the ride.",
            "customer",
        ),
    ],
)
def test_nothing_about_the_writer_is_said_again_to_a_friend_or_a_customer(rewriter, draft, reader_words):
    rewrites = rewriter.rewrite(draft, n=3, surface="message")
    assert rewrites, reader_words
    for rewrite in rewrites:
        assert not rewrite.additions, rewrite.text  # only the draft's own words: "I have a tiffin page." read as odd


LINK_DRAFT = (
    "Hi Maya, loved your pottery stall at the market! Please like and share my page facebook.com/lunacandleco and "
    "I'll do the same for you."
)


def test_a_page_link_the_push_gave_comes_back_once_to_a_stranger(ungated_rewriter):
    [rewrite, *_] = ungated_rewriter.rewrite(LINK_DRAFT, n=3, surface="message")
    assert rewrite.text.startswith("Hi Maya, loved your pottery stall at the market!")
    assert rewrite.text.count("facebook.com/lunacandleco") == 1 and "like and share" not in rewrite.text


def test_when_the_gate_would_not_send_the_link_said_again_the_edit_comes_without_it(rewriter, ungated_rewriter):
    assert rewriter.gate is not None and ungated_rewriter.gate is None
    [rewrite] = rewriter.rewrite(LINK_DRAFT, n=3, surface="message")
    assert rewrite.text == "Hi Maya, loved your pottery stall at the market!"


def test_a_business_named_only_in_the_push_is_not_said_again(rewriter):
    draft = "Hey! Love your feed 😍 Follow my page Hart & Hound Pet Boutique and I'll follow back!"
    for rewrite in rewriter.rewrite(draft, n=3, surface="message"):
        assert "I'm with" not in rewrite.text and "My page is Hart" not in rewrite.text


def test_prices_a_customer_asked_for_are_no_push(rewriter):
    draft = (
        "Hi Priya, thanks for asking! The large planters are $40 and the small ones $22. Let me know which you'd like."
    )
    assert rewriter.rewrite(draft, n=3, surface="message") == []


def test_a_guilt_line_the_check_may_miss_goes_and_the_friendly_opening_stays(rewriter):
    draft = (
        "Hey Tom, so good to see you at the match! Share my bakery page with everyone at work or you're no real mate 😤"
    )
    rewrites = rewriter.rewrite(draft, n=3, surface="message")
    assert rewrites
    for rewrite in rewrites:
        assert rewrite.text.startswith("Hey Tom, so good to see you at the match!")
        assert "real mate" not in rewrite.text


def test_now_opens_the_demand_and_the_fact_before_it_stays(rewriter):
    [rewrite, *_] = rewriter.rewrite(
        "Hi Lena I followed ur page Lena Knits now follow back mine pls. The cable scarf is gorgeous!",
        surface="message",
    )
    assert rewrite.text.startswith("Hi Lena I followed ur page Lena Knits")
    assert rewrite.text.endswith("The cable scarf is gorgeous!")
    assert "follow back" not in rewrite.text


def test_the_profile_link_is_not_offered_for_another_business_the_draft_names(rewriter):
    draft = (
        "Morning Kate! Lovely to see the new shop open. Please like and share my page Birch Lane Soaps and I'll do the "
        "same for you. Have a great week."
    )
    profile = Profile(
        name="Ana Birch", business="Oak Street Kitchen", page_url="https://www.facebook.com/oakstreetkitchen"
    )
    rewrites = rewriter.rewrite(draft, profile=profile, n=3, surface="message")
    assert rewrites
    for rewrite in rewrites:
        assert "oakstreetkitchen" not in rewrite.text and "Oak Street Kitchen" not in rewrite.text
        assert "Ana Birch" not in rewrite.text  # nor the profile's name: introductions say only what the draft says


def test_a_nudge_left_alone_is_no_message(rewriter):
    draft = "Hello! Use code SUNNY10 for 10% off at Bloom Box tonight only! Don't miss out 🌸⏰"
    profile = Profile(name="Rosa Mills", business="Bloom Box", page_url="https://www.facebook.com/bloombox")
    for rewrite in rewriter.rewrite(draft, profile=profile, n=3, surface="message"):
        assert "miss out" not in rewrite.text and "Rosa Mills" not in rewrite.text


@pytest.mark.parametrize(
    ("kept", "work"),
    [
        ("Your glazes are lovely, you make the mugs is art honestly", "mugs"),
        ("I love how you do retaining walls out west", "retaining walls"),
        ("you make such beautiful cakes", "cakes"),
    ],
)
def test_what_the_reader_makes_ends_where_the_phrase_does(rewriter, kept, work):
    assert rewriter.readers.guess(kept, kept).their_work == work


def test_a_draft_with_nothing_pushy_gets_no_rewrite_not_even_a_question(rewriter):
    draft = "Hi Sam, Ama here from Ridge Roofing. Saw you do slate roofs up north, nice job on the church hall. Cheers."
    assert rewriter.rewrite(draft, style="question", n=3, surface="message") == []


def test_a_comment_carries_nothing_about_the_writer(rewriter):
    draft = "What a gorgeous cake!! 😍 Check out my page Crumb & Co for custom cakes, 10% off this week"
    rewrites = rewriter.rewrite(draft, n=3, surface="comment")
    assert [r.text for r in rewrites] == ["What a gorgeous cake!! 😍"]


def test_what_is_left_of_a_plug_goes_with_its_condition(rewriter):
    draft = "Gorgeous shots! Btw we are running a giveaway on Little Sprout Co, tag 3 friends there to win 🎉"
    assert [r.text for r in rewriter.rewrite(draft, n=3, surface="comment")] == ["Gorgeous shots!"]


def test_the_favour_done_alone_is_no_message(rewriter):
    """ "i liked ur page" without its "like mine back" is the hint again (blind reads r8, r9)."""
    assert rewriter.rewrite("i liked ur page, like mine back pls", surface="comment") == []
    assert rewriter.rewrite("Hi sister, i have like your page already. please like my page also. thank you") == []


def test_the_favour_done_stays_beside_what_else_the_draft_says(rewriter):
    [rewrite, *_] = rewriter.rewrite("hey! just liked ur page, love the dog pics 🐶 now ur turn to like mine lol")
    assert rewrite.text.startswith("hey! just liked ur page, love the dog pics 🐶") and "ur turn" not in rewrite.text


def test_words_that_point_back_at_a_removed_ask_go_and_the_rest_stays(rewriter):
    draft = (
        "Hey Marcus, loved the product shots you did for the coffee launch. Would you shoot our menu for free? "
        "Either way, congrats on the new gig!"
    )
    [rewrite, *_] = rewriter.rewrite(draft, surface="message")
    assert rewrite.text == "Hey Marcus, loved the product shots you did for the coffee launch. Congrats on the new gig!"
    assert rewrite.changes  # the capital C is not the draft's own


def test_a_concession_that_led_into_the_ask_goes_with_it(rewriter):
    draft = (
        "Hi Tomás! Hope the move went smoothly 🌞 I finally opened my bike shop! I know you don't cycle, but could "
        "you leave us a 5 star review anyway? Un abrazo, Diego"
    )
    [rewrite, *_] = rewriter.rewrite(draft, surface="message")
    assert rewrite.text == "Hi Tomás! Hope the move went smoothly 🌞 I finally opened my bike shop! Un abrazo, Diego"


@pytest.mark.parametrize(
    ("draft", "rewrite"),
    [
        (
            "Yum!! Looks delicious 😋 I make homemade hot sauce that would go perfect with this, link on my profile",
            "Yum!! Looks delicious 😋",
        ),
        (
            "Big hugs Tess, quiet weeks are so hard 💛 Honestly this is why I joined Glowra, it pays my rent now, "
            "message me and I'll show you how to join my team 👀",
            "Big hugs Tess, quiet weeks are so hard 💛",
        ),
    ],
)
def test_under_someones_post_the_writers_own_offering_goes_with_the_ask(rewriter, draft, rewrite):
    assert [r.text for r in rewriter.rewrite(draft, surface="comment")][:1] == [rewrite]


def test_in_a_message_the_writers_own_offering_stays(rewriter):
    draft = "Hi Omar! Loved the market today 😋 I make homemade hot sauce, link on my profile, DM me for a jar!"
    [rewrite, *_] = rewriter.rewrite(draft, surface="message")
    assert "I make homemade hot sauce" in rewrite.text


def test_a_message_left_saying_only_who_the_writer_is_is_not_offered(rewriter):
    draft = (
        "Good morning. My name is Agnes Lowe and I am a retired teacher in Perth. I knit tea cosies for $20 each, "
        "please buy one this week as my cupboard is full. Kind regards, Agnes"
    )
    assert rewriter.rewrite(draft, surface="message") == []


def test_an_introduction_that_says_what_the_writer_would_like_stays(rewriter):
    draft = (
        "Hi Jo! I'm a potter in Leeds and I'd love to swap tips on glazes sometime. Like my page and I'll like yours!"
    )
    [rewrite, *_] = rewriter.rewrite(draft, surface="message")
    assert rewrite.text == "Hi Jo! I'm a potter in Leeds and I'd love to swap tips on glazes sometime."


def test_when_what_is_left_of_a_cut_sentence_would_not_be_sent_the_sentence_goes_whole(rewriter, ungated_rewriter):
    draft = "Hi Maria, lovely to meet you at the fair. I liked your page, now like mine. See you Saturday!"
    [cut] = ungated_rewriter.rewrite(draft, n=3, surface="message")
    assert cut.text == "Hi Maria, lovely to meet you at the fair. I liked your page. See you Saturday!"
    [whole] = rewriter.rewrite(draft, n=3, surface="message")
    assert whole.text == "Hi Maria, lovely to meet you at the fair. See you Saturday!"
