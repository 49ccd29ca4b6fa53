"""Text → classifier features. Training (through scikit-learn) and serving call the same functions here,
so the exported model sees exactly the features it was trained on.

Features: word unigrams and bigrams over normalised tokens. Placeholders stand in for URLs,
@handles, prices and numbers, so "$25" and "$30" look alike; letter repeats are squeezed ("pleeease").
Character n-grams were tried and dropped: on independently written messages they lowered F1 (0.83 vs 0.87)
by memorising template spellings, and they cost most of the per-draft time. Word trigrams were dropped too:
grouped cross-validation on the training data scored 1+2-grams higher (F1 0.916 vs 0.913).
"""

from __future__ import annotations

import re
from itertools import pairwise

from tactful.engine.spelling import shipped_spelling

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|shop|store|co|io|me|biz)(?:/\S*)?\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@[\w.]{2,}")
_PRICE = re.compile(
    r"[$€£₹]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:\$|€|£|usd|eur|gbp|dollars?|bucks|euros?|pounds?)\b|\b\d{1,3}\s?%",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
# One pass for both: at each position a price is tried before a bare number. The lookahead lets the engine skip
# every position that holds neither a digit nor a currency sign at once (4x faster, same matches).
_PRICE_OR_NUMBER = re.compile(f"(?=[\\d$€£₹])(?:(?P<price>{_PRICE.pattern})|{_NUMBER.pattern})", re.IGNORECASE)


def _mask_price_or_number(match: re.Match[str]) -> str:
    return " xpricex " if match.group("price") else " xnumx "


_URL_HINTS = (".com", ".net", ".org", ".shop", ".store", ".co", ".io", ".me", ".biz")
_HAS_DIGIT_OR_CURRENCY = re.compile(r"[\d$€£₹%]")
_REPEATS = re.compile(r"(.)\1\1+")  # three or more of a character (same as (.)\1{2,}, twice as fast)
# Typographic quotes → ASCII. A chain of str.replace is ~50x faster than str.translate on non-ASCII text.
_QUOTES = (("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'), ("‘", "'"), ("’", "'"))
# Words (with an inner apostrophe), slang like l4l / sub4sub, and the punctuation that carries meaning:
# '?' (a question), '!' (insistence), '"' (quoting someone — often talk *about* a demand).
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[?!\"]")

# Quoted speech: "..." or '...' (an apostrophe inside a word, as in I'll, is not a quote mark). What a draft
# quotes is reported, not asked: "someone wrote 'like my page and I'll like yours'" or "why do people comment
# 'sub4sub'" talk about a demand. The quote becomes one placeholder token, so the model sees one was there.
_QUOTED = re.compile(r"\"[^\"\n]{2,300}\"|(?<![\w'])'(?:[^'\n]|(?<=\w)'(?=\w)){2,300}'(?!\w)")  # bounded: linear time

NGRAM_SIZES = (1, 2)


def _may_open_a_quote(text: str) -> bool:
    """A double quote, or a single one not inside a word (most apostrophes are: "I'm", "don't"). A few
    str.find calls: the quote regex itself costs ~12 µs a draft, and four drafts in five hold no quote."""
    if '"' in text:
        return True
    at = text.find("'")
    while at != -1:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'"):
            return True
        at = text.find("'", at + 1)
    return False


def _mask_quote(match: re.Match[str]) -> str:
    return " xquotex " if match.group(0)[1:-1].strip() else match.group(0)


def normalise(text: str) -> str:
    """Lower-case, unify quotes, squeeze letter repeats ("pleeease" → "pleease"), and mask quoted speech,
    URLs, handles and prices.

    Each regex runs only when a cheap substring test says it could match: this runs on every keystroke.
    """
    text = text.lower()
    if not text.isascii():
        for typographic, plain in _QUOTES:
            if typographic in text:
                text = text.replace(typographic, plain)
    if "`" in text:
        text = text.replace("`", "'")
    if _may_open_a_quote(text):
        text = _QUOTED.sub(_mask_quote, text)
    if "www." in text or "http" in text or any(tld in text for tld in _URL_HINTS):
        text = _URL.sub(" xurlx ", text)
    if "@" in text:
        text = _HANDLE.sub(" xhandlex ", text)
    if _HAS_DIGIT_OR_CURRENCY.search(text):
        text = _PRICE_OR_NUMBER.sub(_mask_price_or_number, text)
    return _REPEATS.sub(r"\1\1", text)


def raw_tokens(text: str) -> list[str]:
    """Normalised word tokens, as written."""
    return _TOKEN.findall(normalise(text))


def tokens(text: str) -> list[str]:
    """Normalised word tokens, misspelt platform words corrected ("subcribe" → "subscribe")."""
    return shipped_spelling().correct_all(raw_tokens(text))


def word_ngrams(toks: list[str]) -> list[str]:
    """Unigrams and bigrams, each prefixed by its kind so they never collide."""
    return ["w:" + a for a in toks] + ["b:" + a + " " + b for a, b in pairwise(toks)]


def ngram_key(feature: str) -> str | tuple[str, ...]:
    """The key a feature name is looked up by at run time: the token for a unigram, a tuple for a bigram.
    Tokens never contain spaces, so "b:now like" ↔ ("now", "like") is exact."""
    kind, _, words = feature.partition(":")
    return words if kind == "w" else tuple(words.split(" "))


def analyze(text: str) -> list[str]:
    """All features of a text, with repeats (scikit-learn's analyzer contract)."""
    return word_ngrams(tokens(text))
