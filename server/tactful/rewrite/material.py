"""What a rewrite may say about the writer, all taken from the draft or the profile: their name, their
business, what they make or sell (and the verb they used for it), their link.

The draft wins: the profile fills a gap (a name when the draft has none, a business when none is named) and
never contradicts it. A friend's page stays the friend's, and a place, a month or a foreign word is never
taken for a business (`models/rewrites/not_business.json`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from tactful.rewrite.entities import DraftEntities, Entity
from tactful.rewrite.profile import Profile

# "I sell handmade silk scarves", "we're making soy candles", "I do resin art": the verb and what follows it.
_SELF_STATEMENT = re.compile(
    r"\b(?:i|we)(?:\s*(?:'|’)?m|\s+am|\s*(?:'|’)?re|\s+are)?\s+(?:also\s+|just\s+|now\s+)?"
    r"(?P<verb>sell|selling|make|making|bake|baking|do|doing|offer|offering|design|designing|teach|teaching|"
    r"create|creating|knit|knitting|crochet|paint|painting|shoot|shooting|grow|growing|brew|brewing|sew|sewing)"
    r"\s+(?P<rest>[^,.!?;:()\n]+)",
    re.IGNORECASE,
)
_IF_YOU_NEED = re.compile(
    r"\bif (?:you|u|anyone|anybody)(?: ever)? (?:need|needs)(?: any| some| a| an)? (?P<rest>[^,.!?;:()\n]+)",
    re.IGNORECASE,
)
_MY_THING_PAGE = re.compile(
    r"\bmy (?:new |little |own |wee |small )?(?P<rest>(?:[a-z]+ ){0,2}?[a-z]+)(?= (?:page|shop|channel|stall|"
    r"account)\b)",
    re.IGNORECASE,
)
_BASE_VERB = {
    "selling": "sell",
    "making": "make",
    "baking": "bake",
    "doing": "do",
    "offering": "offer",
    "designing": "design",
    "teaching": "teach",
    "creating": "create",
    "knitting": "knit",
    "painting": "paint",
    "shooting": "shoot",
    "growing": "grow",
    "brewing": "brew",
    "sewing": "sew",
}
_PRODUCT_STOP = frozenset(
    "a an the some my our your it this that these those them you u me us to for from with at in on and or but so if "
    "of very really cheap cheaply starting now here there today online too also as well just lol haha please pls plz "
    "which who "
    "that's all any more most best good great nice lovely beautiful quality price prices discount sale deal deals "
    "order orders shop page is are was be been being things stuff every each since "
    "give get let send call dm pm message contact text drop check visit come see ring hit reach book grab".split()
)
_GENERIC_THINGS = frozenset(
    "page channel post posts link stuff thing things business account profile group video videos content".split()
)
_MAX_PRODUCT_WORDS = 4
# "my cousin's food truck … follow @tacoloco2truck": in a draft about someone else's business, a bare handle is theirs.
_SOMEONE_ELSES = re.compile(
    r"\bmy (?:cousin|friend|mate|pal|husband|hubby|wife|partner|boyfriend|girlfriend|sister|brother|sis|bro|son|"
    r"daughter|"
    r"mum|mom|mam|dad|aunt|auntie|uncle|niece|nephew|neighbou?r|colleague|bestie|bff)(?:'|’)?s\b",
    re.IGNORECASE,
)
_GUESSED_OWNER = frozenset({"handle.any"})
# "catching up at Tash's baby shower": someone's event, not a business ("Maureen's Cakes" is matched whole).
_POSSESSIVE_OF_A_PERSON = re.compile(r"['’]s\s+[a-z]")
# Entity rules that say the business is the writer's own; others ("please vote Best Coffee") only guess.
_SURE_RULES = frozenset(
    {
        "page.my_page",
        "page.my_page_lowercase",
        "page.from_at",
        "page.you_liked_mine",
        "page.you_liked_mine_lowercase",
        "handle.any",
    }
)


@dataclass(frozen=True, slots=True)
class Material:
    name: str | None = None
    business: str | None = None
    product: str | None = None
    verb: str | None = None
    link: str | None = None
    business_is_sure: bool = (
        False  # named by a rule that says whose it is ("my page X", "I'm Dana from X"), or the profile's
    )

    def facts(self) -> dict[str, str]:
        pairs = {
            "name": self.name,
            "business": self.business,
            "product": self.product,
            "verb": self.verb,
            "link": self.link,
        }
        return {key: value for key, value in pairs.items() if value}


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
    product, verb = find_product(text)
    businesses = [
        e
        for e in entities.mine
        if e.kind in ("ORG", "HANDLE")
        and _looks_like_a_name(e.text)
        and not not_business.excludes(e.text)
        and not _POSSESSIVE_OF_A_PERSON.match(text, e.end)
    ]
    links = [e for e in entities.mine if e.kind == "URL"]
    business = businesses[0].text if businesses else _profile_business(profile, entities, not_business)
    if businesses and profile.business and profile.business.casefold().startswith(businesses[0].text.casefold()):
        business = profile.business  # the draft's "MAUREEN" of "MAUREEN'S CAKES" is the profile's "Maureen's Cakes"
    sure = (
        not businesses
        or (
            businesses[0].rule in _SURE_RULES
            and not (businesses[0].rule in _GUESSED_OWNER and _SOMEONE_ELSES.search(text))
        )
        or bool(profile.business and business and business.casefold() == profile.business.casefold())
    )
    link = links[0].text if links else None
    return Material(
        name=_name(entities.senders, profile, not_business),
        business=business,
        product=product,
        verb=verb,
        link=link,
        business_is_sure=sure,
    )


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


def find_product(text: str) -> tuple[str | None, str | None]:
    """What the writer says they make or sell, and the verb for it ("make", "sell", "do"), or (None, None):
    "I make soy candles", "if you need newborn photos" (what the writer does: "do"), "my new nails page"
    (a page about it: "have a … page")."""
    for pattern, verb_of in ((_SELF_STATEMENT, None), (_IF_YOU_NEED, "do"), (_MY_THING_PAGE, "page")):
        for match in pattern.finditer(text):
            words = _product_words(match.group("rest"))
            if words and words[-1].lower() not in _GENERIC_THINGS:
                verb = verb_of or match.group("verb").lower()
                return " ".join(words), _BASE_VERB.get(verb, verb)
    return None, None


_LEADING_ARTICLES = frozenset("a an the some my our these those".split())
_PRONOUNS = frozenset("i im i'm i’m we you u he she they it".split())
_QUANTITY = re.compile(
    r"^(?:(?:a|an|one|two|some|few|\d+)\s+)?(?:jar|jars|bag|bags|box|boxes|pack|packs|set|sets|bottle|bottles|tub|"
    r"tubs|slice|slices|piece|pieces|loaf|loaves|dozen|bunch|pair|pairs|batch)\s+of\s+(?:the\s+|my\s+|our\s+)?",
    re.IGNORECASE,
)


def _product_words(rest: str) -> list[str]:
    rest = _QUANTITY.sub("", rest.strip())  # "a jar of the wildflower honey" is the honey
    words: list[str] = []
    for word in rest.split():
        bare = word.strip("\"'“”‘’").lower()
        if not words and bare in _LEADING_ARTICLES:
            continue
        if bare in _PRODUCT_STOP or bare in _PRONOUNS or not bare.replace("-", "").isalpha():
            if words and word[:1].isupper() and all(w[:1].isupper() for w in words):
                return []  # "a New Year New You plan": a name cut at its "You" would be a new name
            break
        words.append(word.strip("\"'“”‘’"))
        if len(words) == _MAX_PRODUCT_WORDS:
            break
    return words


def _name(senders: tuple[Entity, ...], profile: Profile, not_business: NotBusiness) -> str | None:
    found = [e.text for e in senders if not not_business.excludes(e.text)]
    if profile.name and (not found or any(t.casefold() in profile.name.casefold() for t in found)):
        return profile.name
    return found[0] if found else profile.name


def _profile_business(profile: Profile, entities: DraftEntities, not_business: NotBusiness) -> str | None:
    if not profile.business or not_business.excludes(profile.business):
        return None
    theirs = {e.text.casefold() for e in entities.theirs}
    return None if profile.business.casefold() in theirs else profile.business
