"""What the rewriter knows about the writer: whose business the draft names, and what kind of link it gives."""

from __future__ import annotations

import pytest

from tactful.rewrite.material import find_material, link_kind
from tactful.rewrite.profile import Profile


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


def test_the_drafts_business_wins_over_the_profiles(rewriter):
    text = "Please like my page Birch Lane Soaps, thanks!"
    profile = Profile(name="Ana", business="Oak Street Kitchen")
    material = find_material(text, rewriter.finder.find(text), profile, rewriter.not_business)
    assert material.business == "Birch Lane Soaps"


def test_the_profile_fills_a_gap_but_a_place_is_never_a_business(rewriter):
    text = "Follow my page facebook.com/oakstreetkitchen please"
    material = find_material(
        text, rewriter.finder.find(text), Profile(business="Oak Street Kitchen"), rewriter.not_business
    )
    assert material.business == "Oak Street Kitchen" and material.link == "facebook.com/oakstreetkitchen"
    dublin = find_material(text, rewriter.finder.find(text), Profile(business="Dublin"), rewriter.not_business)
    assert dublin.business is None
