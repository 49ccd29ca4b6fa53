"""What a rewrite needs to know about the writer, taken from the draft or the profile: their business and their
link. The draft wins: the profile's business fills a gap and never contradicts it, a friend's page stays the
friend's, and a place, a month or a foreign word is never taken for a business (`models/rewrites/not_business.json`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from tactful.rewrite.entities import DraftEntities
from tactful.rewrite.profile import Profile

# "catching up at Tash's baby shower": someone's event, not a business ("Maureen's Cakes" is matched whole).
_POSSESSIVE_OF_A_PERSON = re.compile(r"['’]s\s+[a-z]")


@dataclass(frozen=True, slots=True)
class Material:
    business: str | None = None  # the business the draft names as the writer's, else the profile's
    link: str | None = None  # the first link the draft gives as the writer's


class NotBusiness:
    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def excludes(self, text: str) -> bool:
        lowered = text.casefold().strip()
        first = lowered.split()[0] if lowered.split() else lowered
        return lowered in self.words or (len(lowered.split()) <= 2 and first in self.words)


def load_not_business(path: Path) -> NotBusiness:
    data = json.loads(path.read_text(encoding="utf-8"))
    return NotBusiness(frozenset(word.casefold() for key in ("places", "times", "foreign_words") for word in data[key]))


def find_material(text: str, entities: DraftEntities, profile: Profile, not_business: NotBusiness) -> Material:
    businesses = [
        e
        for e in entities.mine
        if e.kind in ("ORG", "HANDLE")
        and _looks_like_a_name(e.text)
        and not not_business.excludes(e.text)
        and not _POSSESSIVE_OF_A_PERSON.match(text, e.end)
    ]
    links = [e.text for e in entities.mine if e.kind == "URL"]
    business = businesses[0].text if businesses else _profile_business(profile, entities, not_business)
    if businesses and profile.business and profile.business.casefold().startswith(businesses[0].text.casefold()):
        business = profile.business  # the draft's "MAUREEN" of "MAUREEN'S CAKES" is the profile's "Maureen's Cakes"
    return Material(business=business, link=links[0] if links else None)


# A link that is somewhere to book, buy, vote or join (not the writer's page) is the call to action itself.
_ACTION_LINK = re.compile(
    r"calendly|bit\.ly|tinyurl|linktr\.ee|forms\.|paypal\.me|venmo\.com|cash\.app|ko-fi\.com|gofundme|buymeacoffee|"
    r"/(?:book|booking|bookings|order|orders|checkout|cart|consult|vote|"
    r"sale|promo|groups?|events?|register|signup|sign-up|apply|join|pay|buy|tickets?)\b|\?",
    re.IGNORECASE,
)


def is_page_link(link: str) -> bool:
    """A link a rewrite may offer plainly as the writer's page: a profile, a handle or a site's home page, not a
    booking, order, voting or group-joining link."""
    return not _ACTION_LINK.search(link) and not link.casefold().startswith(("bookings.", "book.", "order.", "shop."))


_SOCIAL = re.compile(
    r"^@|(?:^|[/.])(?:facebook|fb|instagram|tiktok|youtube|youtu|etsy|linkedin|twitter|x|pinterest|threads|twitch|"
    r"soundcloud|spotify|bandcamp|substack|patreon)\.(?:com|be|me|net)\b",
    re.IGNORECASE,
)


def link_kind(link: str) -> str:
    """ "link" for a page on a social site or a handle, "site" for a website of the writer's own, "action_link" for
    somewhere to book, buy, vote or join."""
    if not is_page_link(link):
        return "action_link"
    return "link" if _SOCIAL.search(link) else "site"


def _looks_like_a_name(text: str) -> bool:
    """A business name has a word of three letters or more and does not open with a digit ("1k", "Ava's 5th")."""
    words = text.replace("@", "").split()
    return (
        bool(words)
        and not words[0][:1].isdigit()
        and not any(w[:1].isdigit() for w in words[1:])
        and any(sum(ch.isalpha() for ch in w) >= 3 for w in words)
    )


def _profile_business(profile: Profile, entities: DraftEntities, not_business: NotBusiness) -> str | None:
    if not profile.business or not_business.excludes(profile.business):
        return None
    theirs = {e.text.casefold() for e in entities.theirs}
    return None if profile.business.casefold() in theirs else profile.business
