"""Tiny deterministic template engine for the Tactful corpus (stdlib only).

Template syntax
---------------
``{name}``       replaced by a random choice from ``slots[name]`` (values may contain
                 more templates, expanded recursively).
``{a|b|c}``      inline choice; ``{|, }`` is an optional piece.
``⟦ ... ⟧``      marks the offending span (exactly one pair in a flagged template,
                 none in a ``none`` template).

Expansion is innermost-first, so ``{Hi {first}|Hey}`` works.

Voices (lower case, ALL CAPS, slang, typos, emoji, dropped apostrophes) are applied
segment by segment (before span / span / after span), so the span stays an exact
substring of the text whatever the voice does to it.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

SLOT = re.compile(r"\{([^{}]*)\}")
OPEN, CLOSE = "⟦", "⟧"


def norm(text: str) -> str:
    """Case-folded, whitespace-normalised form used for duplicate checks."""
    return " ".join(text.casefold().split())


def expand(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    out = template
    for _ in range(10_000):
        m = SLOT.search(out)
        if not m:
            return out
        body = m.group(1)
        if "|" in body or body == "":
            value = rng.choice(body.split("|"))
        elif body in slots:
            value = rng.choice(slots[body])
        else:
            raise KeyError(f"unknown slot {{{body}}} in template {template!r}")
        out = out[: m.start()] + value + out[m.end() :]
    raise RuntimeError(f"template does not terminate: {template!r}")


_SPACE_BEFORE_PUNCT = re.compile(r" +([,.!?;:])")
_MULTISPACE = re.compile(r"[ \t]+")


def tidy(marked: str) -> str:
    s = marked.replace(OPEN + " ", " " + OPEN).replace(" " + CLOSE, CLOSE + " ")
    s = _MULTISPACE.sub(" ", s)
    s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    s = s.replace(",,", ",").replace(" ,", ",").replace(".,", ",").replace(",.", ".")
    s = s.replace("?.", "?").replace("!.", "!").replace("?,", "?").replace("!,", "!")
    s = "\n".join(line.strip() for line in s.split("\n"))
    s = s.strip()
    # sentence case after a greeting ("Hi Maria. what do you..." -> "Hi Maria. What do you...")
    s = re.sub(r"([.!?] (?:" + OPEN + r")?)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
    # a leading comma/period left by an empty greeting
    s = re.sub(r"^[,.;:!\-–]+ *", "", s)
    s = re.sub(r"^(" + OPEN + r")[,.;:!\-–]+ *", r"\1", s)
    return s


def split_marked(marked: str) -> tuple[str, str | None, str]:
    n_open, n_close = marked.count(OPEN), marked.count(CLOSE)
    if n_open == 0 and n_close == 0:
        return marked, None, ""
    if n_open != 1 or n_close != 1:
        raise ValueError(f"bad span markers: {marked!r}")
    pre, rest = marked.split(OPEN)
    span, post = rest.split(CLOSE)
    return pre, span, post


# ---------------------------------------------------------------- voices

SLANG = [
    (r"\byou\b", "u"),
    (r"\bYou\b", "U"),
    (r"\byour\b", "ur"),
    (r"\bYour\b", "Ur"),
    (r"\bplease\b", "pls"),
    (r"\bPlease\b", "Pls"),
    (r"\bthanks\b", "thx"),
    (r"\bThanks\b", "Thx"),
    (r"\bare\b", "r"),
    (r"\bfor\b", "4"),
    (r"\bto\b", "2"),
    (r"\bbecause\b", "cuz"),
    (r"\bokay\b", "ok"),
    (r"\bpeople\b", "ppl"),
    (r"\bmessage\b", "msg"),
    (r"\bwith\b", "w/"),
    (r"\bthough\b", "tho"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
]
SLANG_ALT = {"pls": "plz", "Pls": "Plz", "thx": "ty"}

KEYBOARD_NEIGHBOURS = {
    "a": "sq",
    "e": "wr",
    "i": "uo",
    "o": "ip",
    "u": "yi",
    "s": "ad",
    "n": "bm",
    "t": "ry",
    "r": "et",
    "l": "k",
    "h": "gj",
    "m": "n",
    "g": "fh",
    "k": "jl",
    "d": "sf",
    "y": "tu",
}


def slangify(s: str, rng: random.Random) -> str:
    for pat, rep in SLANG:
        if rng.random() < 0.75:
            if rep in SLANG_ALT and rng.random() < 0.35:
                rep = SLANG_ALT[rep]
            s = re.sub(pat, rep, s)
    return s


def typos(s: str, rng: random.Random, rate: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and w.isascii() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 1)
            op = rng.randrange(4)
            if op == 0:  # swap
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif op == 1:  # drop
                w = w[:i] + w[i + 1 :]
            elif op == 2:  # double
                w = w[:i] + w[i] + w[i:]
            else:  # neighbour key
                c = w[i].lower()
                if c in KEYBOARD_NEIGHBOURS:
                    w = w[:i] + rng.choice(KEYBOARD_NEIGHBOURS[c]) + w[i + 1 :]
        out.append(w)
    return " ".join(out)


def no_apostrophes(s: str) -> str:
    return re.sub(r"(\w)['’](\w)", r"\1\2", s)


def curly_apostrophes(s: str) -> str:
    return re.sub(r"(\w)'(\w)", "\\1’\\2", s)


EMOJI = [
    "😊",
    "🙏",
    "❤️",
    "👍",
    "👍🏽",
    "👍🏿",
    "🙏🏻",
    "🙏🏾",
    "😍",
    "🥰",
    "😂",
    "🤣",
    "🔥",
    "✨",
    "💯",
    "👋",
    "👋🏼",
    "💪🏾",
    "🙌🏻",
    "😉",
    "🤗",
    "💕",
    "🌸",
    "🎉",
    "😅",
    "🤞🏽",
    "👌🏻",
    "😘",
    "💖",
    "🇪🇸",
    "🇳🇬",
    "🇵🇭",
    "🇮🇳",
    "🇬🇧",
    "🇺🇸",
    "🇧🇷",
    "🇮🇪",
    "🇰🇪",
    "👩‍🍳",
    "🧑‍💻",
    "👨‍👩‍👧",
    "🏳️‍🌈",
    "👩🏽‍🎨",
    "🧔🏻‍♂️",
    "❤️‍🔥",
    "🙋‍♀️",
    "🤷🏻‍♀️",
]


def add_emoji(
    pre: str, span: str | None, post: str, rng: random.Random, pool: list[str]
) -> tuple[str, str | None, str]:
    e = rng.choice(pool)
    if rng.random() < 0.3 and len(e) <= 2:
        e = e * rng.choice([2, 3])
    gap = " " if rng.random() < 0.75 else ""
    where = rng.random()
    if span is None:
        if where < 0.8 or not pre:
            return pre.rstrip() + gap + e, None, ""
        return e + " " + pre, None, ""
    if where < 0.5:
        if post.strip():
            return pre, span, post.rstrip() + gap + e
        return pre, span, gap + e
    if where < 0.7:
        return e + " " + pre, span, post
    return pre, span, " " + e + (post if post[:1] in ("", " ", "\n") else " " + post)


@dataclass
class Voice:
    lower: float = 0.14
    caps: float = 0.05
    slang: float = 0.14
    typo: float = 0.14
    emoji: float = 0.3
    noapos: float = 0.12
    curly: float = 0.12
    emoji_pool: list[str] = field(default_factory=lambda: list(EMOJI))

    def apply(self, pre: str, span: str | None, post: str, rng: random.Random):
        segs = [pre, span, post]

        def each(fn):
            for i, s in enumerate(segs):
                if s:
                    segs[i] = fn(s)

        r = rng.random()
        if r < self.caps:
            each(str.upper)
        elif r < self.caps + self.lower:
            each(str.lower)
        if rng.random() < self.slang:
            each(lambda s: slangify(s, rng))
        if rng.random() < self.typo:
            rate = rng.choice([0.06, 0.1, 0.18])
            each(lambda s: typos(s, rng, rate))
        a = rng.random()
        if a < self.noapos:
            each(no_apostrophes)
        elif a < self.noapos + self.curly:
            each(curly_apostrophes)
        pre, span, post = segs
        if rng.random() < self.emoji:
            pre, span, post = add_emoji(pre, span, post, rng, self.emoji_pool)
        return pre, span, post


# ---------------------------------------------------------------- families


@dataclass
class Family:
    group: str
    label: str  # none | reciprocity_demand | cold_pitch | unearned_ask
    kind: str  # positive | hard_negative | clean
    templates: list[str]
    n: int
    vars: list[dict[str, list[str]]] | None = None  # coupled slot sets, one chosen per item
    voice: Voice | None = None
    post: Callable[[str, random.Random], str] | None = None


def generate(
    families: list[Family], slots: dict[str, list[str]], seed: int, seen: set[str], default_voice: Voice
) -> list[dict]:
    records = []
    for fam in families:
        rng = random.Random(f"{seed}:{fam.group}")
        voice = fam.voice or default_voice
        got = 0
        attempts = 0
        while got < fam.n and attempts < fam.n * 60:
            attempts += 1
            local = slots
            if fam.vars:
                local = dict(slots)
                local.update(rng.choice(fam.vars))
            tpl = rng.choice(fam.templates)
            marked = tidy(expand(tpl, local, rng))
            pre, span, post = split_marked(marked)
            if fam.label == "none":
                assert span is None, (fam.group, tpl)
            else:
                assert span, (fam.group, tpl)
            pre, span, post = voice.apply(pre, span, post, rng)
            text = pre + (span or "") + post
            text = re.sub(r"[ \t]+", " ", text).strip()
            if span is not None:
                span = span.strip()
                if not span or span not in text:
                    continue
            key = norm(text)
            if key in seen or len(text) < 2:
                continue
            seen.add(key)
            records.append({"text": text, "label": fam.label, "span": span, "group": fam.group, "kind": fam.kind})
            got += 1
        if got < fam.n:
            print(f"warning: family {fam.group} produced {got}/{fam.n}", file=sys.stderr)
    return records
