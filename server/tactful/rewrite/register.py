"""How a draft sounds (casual, neutral, formal; all lower case; in capitals), so what a rewrite adds keeps the voice."""

from __future__ import annotations

import re
from dataclasses import dataclass

# One emoji as people type it: a pictograph with optional variation selector, skin tone and ZWJ parts,
# or a pair of regional indicators (a flag).
_PICTO = "[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2764\u2728\u263a]"
EMOJI = re.compile(
    rf"(?:[\U0001F1E6-\U0001F1FF]{{2}}|"
    rf"{_PICTO}\uFE0F?[\U0001F3FB-\U0001F3FF]?(?:\u200D{_PICTO}\uFE0F?[\U0001F3FB-\U0001F3FF]?)*)"
)
# Emoji that point at a link, a price, a sale or a demand, hurry the reader (⏰ 💨) or plead (🙏): they belong to the
# pitch or the ask, not to the voice, and go with it.
PUSHY_EMOJI = frozenset("👇👉👈☝💰💸🛒📢📣🛍💲🤑🏷⬇➡🔗📲📩📈💹💵💶💷📦🔔🆓💥🔁⏰⏳⌛💨🚨🙏🎁")
_CASUAL_WORDS = frozenset(
    "u ur pls plz thx ty lol omg gonna wanna hun babe hey hiya heya yo ya xx xoxo btw tho cuz luv gurl bestie "
    "haha hahaha lmk ppl 4 2 r k kk".split()
)
_FORMAL_WORDS = frozenset("dear kindly regards sincerely sir madam respectfully greetings cordially".split())
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True, slots=True)
class Register:
    tone: str  # casual | neutral | formal
    lowercase: bool  # the draft has no capital letters at all


def detect_register(text: str) -> Register:
    words = _WORD.findall(text.lower())
    emoji = [match.group(0) for match in EMOJI.finditer(text)]
    casual = sum(word in _CASUAL_WORDS for word in words) + (2 if emoji else 0) + text.count("!!")
    formal = sum(word in _FORMAL_WORDS for word in words) * 2
    if formal > casual:
        tone = "formal"
    elif casual >= 2 or (casual and len(words) < 12):
        tone = "casual"
    else:
        tone = "neutral"
    letters = [ch for ch in text if ch.isalpha()]
    lowercase = len(letters) >= 8 and not any(ch.isupper() for ch in letters)
    return Register(tone=tone, lowercase=lowercase)


def is_shouting(text: str) -> bool:
    """Written in capitals: at least 12 letters, more than 70% of them upper case."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) / len(letters) > 0.7
