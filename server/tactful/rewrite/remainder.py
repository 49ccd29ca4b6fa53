"""Whether what is left of a draft sentence, once a clause of it went, still reads on its own.

A clause left behind must not dangle ("If you book by Friday."), stop mid-phrase ("By the way I'm"), leave an ask
verb bare ("Kindly like") or be only filler ("pls lol"); after the cut, only a warm word to end on, praise of the
reader, or a clause that opens afresh stays. Used by the edit planner (edit_plan.py) and the sendable gate.
"""

from __future__ import annotations

import re

from tactful.rewrite.clauses import Clause
from tactful.rewrite.register import EMOJI

_DANGLING = re.compile(
    r"^\W*(?:(?:and|but|so|or|also|oh|btw|ps|p\.s\.)\s+)?(?:(?:honestly|seriously|really|tbh|just|especially|even|only)\s+)?"
    r"(?:if|when|once|as soon as|so that|because|cause|cos|coz|unless|whenever|while|whether|even though|although|"
    r"even if)\b"
    # "Whoever is organising the next one, [I do event decor now]": the audience of an ask that went
    r"|^\W*(?:whoever|anyone who|anybody who|those who)\b"
    # "As we are aiming to reach 100 reviews.", "Should you require bookkeeping services.": a reason or a condition
    # whose main clause went
    r"|^\W*(?:as|since) (?:we|i|you|u)(?:(?:'|’)(?:re|m|ve))?\s+(?:are|am|have|really|only|just|all|\w+ing)\b"
    # "Since you're happy.", "Since our students are similar.": the reason for an ask that went
    r"|^\W*(?:since|now that|seeing as|seeing that|given that) (?:you|u|we|i|our|your|ur|my|the|they|it|he|she)\b"
    r"|^\W*should (?:you|u|anyone|anybody)\s+(?:\w+\s+)?(?:need|require|want|wish|be interested|like)\b"
    r"|^\W*(?:please\s+)?(?:everybody|everyone|anybody|anyone) who (?:reads?|sees?|read|saw) this\b"
    r"|^\W*(?:(?:also|and|oh|btw|ps)\W+)?(?:for|to) (?:anyone|everyone|anybody|everybody|all of you|those)"
    r"(?: (?:reading|here|out there|watching|looking|in (?:the|this) (?:group|thread)))?\W*$"
    r"|^\W*(?:no pressure|no obligation)(?: at all)?\W*(?:but\s+)?(?:if|when|whenever)\b"
    # "Anyone who wants one for their kid's party, [book now]": the audience of an offer, with no offer left
    r"|^\W*(?:for |to )?(?:anyone|anybody|everyone|whoever|those|any of (?:you|your \w+))(?:\s+(?:who|that))?\s+"
    r"(?:wants?|needs?|is looking|are looking|looking|interested|fancies|fancy)\b",
    re.IGNORECASE,
)
# A clause that stops where its phrase had only begun: a bare subject, an article, a joiner, a possessive (not a
# preposition: "the scones are to die for 😍").
_ENDS_MID_PHRASE = re.compile(
    r"\b(?:i(?:'|’)?m|i am|im|we(?:'|’)?re|we are|it(?:'|’)?s|this is|that is|there(?:'|’)?s|the|a|an|and|or|but|"
    r"my|our|your|ur|is|are|was|were)\W*$",
    re.IGNORECASE,
)
SUBJECT = re.compile(
    r"\b(?:i|i'm|i’m|im|i've|i’ve|i'd|i’d|we|we're|we’re|you|you're|you’re|he|she|it|it's|it’s|they|this|that|there|"
    r"my|our|your)\b",
    re.IGNORECASE,
)
# "Kindly like and share my page": cutting "and share my page" must not leave "Kindly like".
_ASK_VERB_LEFT_BARE = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\byour )(?<!\bur )(?<!\bmy )(?<!\bthat )(?<!\bthis )\b(?:like|follow|share|subscribe|"
    r"sub|check|visit|buy|order|vote|review|join|tag|comment|pop over|pop by|head over|swing by|drop by)\W*$"
    r"|\bask (?:you|u)(?: (?:also|too|now))?\W*$",  # "I am liking it and now I ask you [to like my page]"
    re.IGNORECASE,
)
_FILLER = frozenset("pls please plz lol haha x xx thanks thx ty ok okay also just seriously tho though".split())
GREETING = re.compile(
    r"^\W*(?:h+i+|he+y+|hel+o+|hiya|heya|hallo|howdy|yo|dear|good (?:morning|afternoon|evening)|greetings|hola|ciao|"
    r"bonjour|namaste|dia dhuit|kumusta)\b",
    re.IGNORECASE,
)
# What may stay of a sentence after a clause of it went (see stays_after_the_cut): a warm word to end on ("[Share my
# page,] see you Sunday!"), or praise of the reader ("[I noticed we're both in the group] and I just love your
# hydrangeas"). Anything else left after the cut leaned on it ("[Share my tailoring page please,] it's your nephew!",
# "[…], this is how we help each other"): blind readers sent 7 of 85 rewrites that kept such a remainder (reads r9 to
# r12).
_AFTERWORD = re.compile(
    r"^\W*(?:(?:and|but|so|oh|also)\W+)?(?:(?:i|we)\s+)?(?:(?:really|so|just)\s+)?(?:miss (?:you|ya|u|yall|y'all)|"
    r"love (?:you|ya|u)|see (?:you|ya|u)|hope\b|hoping\b|can(?:'|’)?t wait|congrat|have (?:a|an|the)\b|enjoy\b|"
    r"god bless|take care|stay safe|let(?:'|’)?s (?:catch up|grab|get together|meet|chat)|"
    r"(?:chat|talk|speak|catch up) soon|thank|thanks|thx|cheers|xo|x+\W*$|much love|lots of love|"
    r"happy (?:birthday|holidays|new year|anniversary)|"
    r"merry christmas|well done|proud of (?:you|u))",
    re.IGNORECASE,
)
_PRAISE = re.compile(  # with a "you" or "your" beside it
    r"\b(?:(?:love|loved|adore|adored)\s+(?:your|ur|the|this|that|these|those|how|what)|beautiful|gorgeous|amazing|"
    r"stunning|lovely|awesome|brilliant|incredible|congrat\w*|proud of)\b",
    re.IGNORECASE,
)
_OPENS_AFRESH = re.compile(rf"(?:\n|{EMOJI.pattern})\s*$")  # "… fair is fair 😂 [Call nani on Sunday]"
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|u|ur|ya|yourself)\b", re.IGNORECASE)


def is_warm_remainder(piece: str) -> bool:
    """A warm word to end on or praise of the reader: what may stay of a sentence once a clause before it went."""
    return bool(_AFTERWORD.match(piece)) or (bool(_PRAISE.search(piece)) and bool(SECOND_PERSON.search(piece)))


def stays_after_the_cut(text: str, before: Clause, clause: Clause) -> bool:
    """Whether a clause may stay once a clause before it in its sentence went: it ends warmly, praises the reader, or
    opens afresh after an emoji or a line break, capitalised, as a sentence of its own."""
    piece = text[clause.start : clause.end]
    return is_warm_remainder(piece) or (
        piece[:1].isupper() and bool(_OPENS_AFRESH.search(text[before.start : clause.start]))
    )


def stands_alone(piece: str, first: bool, after_a_removal: bool) -> bool:
    """A clause left behind reads on its own: not a dangling "if …", not filler, and (unless it is the greeting that
    opens the sentence, like "Hi Maria,") three words or more ("mate's rates" goes with the price it qualified)."""
    if _DANGLING.match(piece) or only_filler(piece) or _ASK_VERB_LEFT_BARE.search(piece):
        return False
    if _ENDS_MID_PHRASE.search(piece):  # "By the way I'm [also certified now, …]"
        return False
    if first and GREETING.search(piece):
        return True
    words = [w for w in piece.split() if any(ch.isalnum() for ch in w)]
    if not after_a_removal:
        return len(words) >= 2
    if _AFTERWORD.match(piece):  # "[… like Priya's Home Bakes too 🙏] Have a blessed day!"
        return len(words) >= 2
    return len(words) >= 3 and bool(SUBJECT.search(piece))


def only_filler(piece: str) -> bool:
    words = [w.strip(".,!?;:-()\"'").lower() for w in piece.split()]
    words = [w for w in words if any(ch.isalnum() for ch in w)]
    return all(w in _FILLER for w in words)
