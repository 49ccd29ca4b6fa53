"""One test per class of error that outside testing found (issue 8), in sentences written for this file.

None of these sentences of four words or more is in the training data, the held-out file or the blind sets (a
test checks); one- to three-word comments such as "Like" are bound to occur there too.
"""

from __future__ import annotations

import pytest

from tactful.paths import models_dir
from tactful.training.corpus import normalised_key, read_records

NOT_PUSHY = {
    "introduction_that_follows_our_advice": (
        "Hi Marisol! I'm Dev, a fellow potter over in Leeds. Your video on trimming foot rings was so calm and "
        "clear that I rewatched it twice. How long did it take you to get your walls that even?"
    ),
    "local_business_introduction_proposing_to_work_together": (
        "Hello from Ashgrove Roasters down the road! I'm Tom, I roast the beans for a few cafés on the high "
        "street. I love what you bake on Saturdays. Would you be up for a chat sometime about doing something "
        "together, maybe coffee and pastry pairings?"
    ),
    "story_quoting_a_demand_to_mock_it": (
        'A stranger messaged me today: "like my page and I\'ll like yours." No hello, no name. '
        "This is exactly why I mute half my inbox 🙄"
    ),
    "past_like_and_a_compliment": "I liked your page ages ago and I still look forward to every post!",
    "offer_to_return_a_favour": (
        "Thank you so much for sharing my lost cat post, she's home now! If I can ever return the favour, just say."
    ),
    "customer_asking_for_the_pricing_link": (
        "Hi! Could you send me the link to your price list for the wedding packages?"
    ),
    "thanks_after_a_workshop_mentioning_a_free_guide": (
        "Thanks everyone who came to Tuesday's budgeting workshop! As promised, the free guide we went through "
        "is in the group files."
    ),
    "quoted_reciprocity_laughed_at": (
        'My aunt got a DM that just said "kindly like mine back dear" 😂 she has no idea who they are'
    ),
    "bare_like": "Like",
    "i_liked": "i liked",
    "like_me_meaning_same": "like me lol",
    "like_an_artist": "Like Nina Simone",
    "liked_and_subscribed_fan": "liked and subscribed!!",
}

PUSHY = {
    "welcome_for_the_like_now_like_mine": ("you're welcome for the like, now go like mine", "reciprocity_demand"),
    "demand_buried_in_chat_between_friends": (
        "omg that party was so fun, still can't believe Jess fell in the pool 😂 anyway I liked all your holiday "
        "pics so you better like mine back. see you Friday?",
        "reciprocity_demand",
    ),
    "check_out_my_channel": ("check out my channel, I post guitar covers every week", "unearned_ask"),
    "bare_subscribe": ("subscribe", "unearned_ask"),
    "come_follow_my_stream": ("come follow my stream, live every night at 9", "unearned_ask"),
    "subscribe_to_us_we_subscribe_back": ("subscribe to us and we will subscribe back 🤝", "reciprocity_demand"),
    "i_subscribe_back_misspelt": ("subcribe to me i subcribe back 100%", "reciprocity_demand"),
    "money_making_scheme": (
        "I made $400 this week working from my phone, DM me 'INFO' and I'll show you how",
        "cold_pitch",
    ),
    "mlm_recruiting": (
        "Hey hun! Are you open to a business opportunity? I'm building a team and looking for go-getters",
        "cold_pitch",
    ),
    "mixed_language_with_an_english_ask": (
        "Hola chicos, qué tal? Please like my page and share it with your friends!",
        "unearned_ask",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_PUSHY))
def test_not_flagged(checker, name):
    result = checker.check(NOT_PUSHY[name])
    assert not result.flagged, (name, result.score, result.category)


@pytest.mark.parametrize("name", sorted(PUSHY))
def test_flagged_in_its_category(checker, name):
    text, category = PUSHY[name]
    result = checker.check(text)
    assert result.flagged and result.category == category, (name, result.score, result.category)


def test_mixed_language_draft_is_checked_as_english(checker):
    result = checker.check(PUSHY["mixed_language_with_an_english_ask"][0])
    assert result.language == "en"
    assert "like my page" in result.issues[0].quote


def test_these_sentences_are_in_no_corpus_file():
    sentences = list(NOT_PUSHY.values()) + [text for text, _ in PUSHY.values()]
    texts = {normalised_key(t) for t in sentences if len(t.split()) >= 4}
    folders = (models_dir() / "data", models_dir() / "eval")
    for path in [p for folder in folders for p in sorted(folder.glob("*.jsonl")) if p.name != "language.jsonl"]:
        assert not texts & {normalised_key(r["text"]) for r in read_records(path)}, path.name


@pytest.mark.parametrize(
    "text",
    [
        "irmão, tudo bem com vocês? please subscribe to my channel 🙏",
        "Kumusta mga kaibigan, please follow my new page po, salamat",
    ],
)
def test_an_english_ask_in_a_clause_of_a_foreign_draft_is_checked(checker, text):
    result = checker.check(text)
    assert result.flagged and result.category == "unearned_ask" and result.language == "en"


@pytest.mark.parametrize(
    "text",
    ["Bonjour à tous, je vends des gâteaux, 5 euros la part", "Hola a todos, ¿qué tal el finde? Nos vemos el lunes"],
)
def test_a_short_foreign_clause_is_not_taken_for_english(checker, text):
    assert checker.check(text).language != "en"
