"""Turn one frame into one message: pick a phrase per slot, fill it with facts, join, keep the voice."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tactful.rewrite.bank import Frame, Phrase, PhrasingBank
from tactful.rewrite.facts import Facts, join_names
from tactful.rewrite.register import Register

# When a frame did not mention something the draft named, one of these slots carries it.
CARRY_SLOTS = {"sender": "carry_sender", "mine": "carry_mine", "theirs": "carry_theirs", "recipient": "carry_recipient"}


@dataclass(frozen=True, slots=True)
class Composed:
    text: str
    frame: str
    phrases: tuple[str, ...]


def compose(frame: Frame, bank: PhrasingBank, facts: Facts, register: Register, rng: random.Random,
            used: set[str], original: str = "") -> Composed | None:
    """None when the frame cannot be filled (a required slot has no phrase for these facts)."""
    values = dict(facts.values, original=original) if original else dict(facts.values)
    available = frozenset(values)
    mentioned: set[str] = set()
    rendered: list[tuple[Phrase, str]] = []
    for part in frame.parts:
        optional = part.endswith("?")
        phrase = pick_phrase(bank.phrases_for(part.rstrip("?")), available, register, rng, used, optional, mentioned)
        if phrase is None:
            if optional:
                continue
            return None
        mentioned |= phrase.needs
        rendered.append((phrase, _fill(phrase, values, register)))
    # Whatever the draft named and the frame did not mention is carried in a short extra sentence,
    # placed before a closing line so a sign-off stays last.
    closing = [rendered.pop()] if rendered and rendered[-1][0].slot == "close" else []
    for role, items in ({} if original else facts.owed()).items():  # a polished original already has them
        text = " ".join(t for _, t in rendered + closing)
        missing = [item for item in items if item not in text]
        if missing:
            carriers = bank.phrases_for(CARRY_SLOTS[role])
            phrase = pick_phrase(carriers, available | {"items"}, register, rng, used, False, mentioned)
            if phrase is None:  # never drop a name for want of a phrase in this voice
                phrase = pick_phrase(carriers, available | {"items"}, Register("neutral", register.lowercase, None), rng, used, False, mentioned)
            if phrase is not None:
                rendered.append((phrase, _fill(phrase, dict(values, items=join_names(missing)), register)))
    rendered += closing
    pieces = _join([text for _, text in rendered], [p.text for p, _ in rendered])
    if register.emoji and register.emoji not in pieces:
        pieces = f"{pieces} {register.emoji}"
    return Composed(pieces, frame.id, tuple(p.id for p, _ in rendered))


def pick_phrase(candidates: list[Phrase], available: frozenset[str], register: Register, rng: random.Random,
                used: set[str], optional: bool, mentioned: set[str]) -> Phrase | None:
    """A phrase the facts can fill: first those that name something not yet said, then those that repeat
    the least, then ones this request has not used yet."""
    fitting = [p for p in candidates if register.tone in p.registers and p.needs <= available and (p.needs or not optional)]
    if not fitting:
        return None
    scores = [_score(p, mentioned) for p in fitting]
    top = max(scores)
    best = [p for p, score in zip(fitting, scores) if score == top]
    fresh = [p for p in best if p.id not in used] or best
    choice = fresh[rng.randrange(len(fresh))]
    used.add(choice.id)
    return choice


def _score(phrase: Phrase, mentioned: set[str]) -> int:
    needs = phrase.needs - {"original", "items"}
    new = len(needs - mentioned)
    repeated = 0 if phrase.repeat_ok else len(needs & mentioned)
    return 2 * new - repeated


def _fill(phrase: Phrase, values: dict[str, str], register: Register) -> str:
    template = phrase.text.lower() if register.lowercase else phrase.text
    return template.format_map(values) if phrase.needs else template


def _join(texts: list[str], templates: list[str]) -> str:
    """Join parts with spaces; after a greeting that ends in a comma, the next sentence continues in lower case."""
    out = ""
    for text, template in zip(texts, templates):
        if not text:
            continue
        if out.endswith(",") and _may_lower(template) and text[:1].isupper():
            text = text[0].lower() + text[1:]
        out = f"{out} {text}" if out else text
    return out


def _may_lower(template: str) -> bool:
    first = template.split(" ", 1)[0]
    return not template.startswith("{") and first not in ("I", "I'm", "I’m", "I've", "I'd", "I'll")
