"""What the rewriter may say about the writer: the product and the verb the draft used for it."""

from __future__ import annotations

import pytest

from tactful.rewrite.material import find_product, link_kind


@pytest.mark.parametrize(
    ("text", "product", "verb"),
    [
        ("I make soy candles for weddings", "soy candles", "make"),
        ("we're selling handmade silk scarves, only €20", "handmade silk scarves", "sell"),
        ("if you need newborn photos give me a shout", "newborn photos", "do"),
        ("please like my new nails page", "nails", "page"),
    ],
)
def test_the_product_is_what_the_draft_says_it_makes(text, product, verb):
    assert find_product(text) == (product, verb)


def test_a_product_name_is_not_cut_at_a_word_that_ends_a_product():
    """ "a New Year New You plan" cut at "You" would be a name the writer never used."""
    assert find_product("I'm doing a New Year New You 6 week plan for €99") == (None, None)


@pytest.mark.parametrize(
    ("link", "kind"),
    [
        ("facebook.com/sweetcrumbs", "link"),
        ("@lunastoneco", "link"),
        ("youtube.com/@blockbybrody", "link"),
        ("tutorwithtara.com", "site"),
        ("calendly.com/junefifthflorals/consult", "action_link"),
        ("pawsandsuds.com/book", "action_link"),
        ("bit.ly/dailygrindvote", "action_link"),
        ("facebook.com/groups/boostyourbiz2024", "action_link"),
    ],
)
def test_a_link_is_a_page_a_website_or_somewhere_to_act(link, kind):
    assert link_kind(link) == kind
