"""A draft cut into sentences and clauses, with code-point offsets, so an edit can drop one clause and keep the
rest verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tactful.engine.sentences import sentence_spans

# A clause ends at a comma, semicolon, colon or emoji followed by space, before a spaced dash, or before a
# conjunction that opens a new clause ("… page and I'll like yours"). "and" counts only before a pronoun or a verb of
# asking ("me and dee started a podcast" is one clause); "so" and "now" never do ("thanks so much").
_CLAUSE_BREAK = re.compile(
    r"(?<=[,;:\U0001F300-\U0001FAFF\u2600-\u27BF])\s+|\s+(?=[-–—]\s)|"
    # "I followed ur page now follow back mine": "now" opens a clause only before a demand
    r"\s+(?=now\s+(?:(?:pls|plz|please|kindly|can\s+(?:u|you)|could\s+(?:u|you))\s+)?(?:follow|like|share|sub|"
    r"subscribe|return|do the same|support|check)\b)|\s+(?=(?:but|plus)\s)|"
    # "also" opens a clause only before a pronoun or a request ("you're also from Kochi" is one clause)
    r"\s+(?=also\s+(?:i|i'm|i’m|im|i've|i’ve|i'll|i’ll|we|we're|we’re|you|u|pls|plz|please|kindly|can|could|would|"
    r"check|follow|like|share|sub|subscribe|tag|join|visit|buy|order|dm|message|vote|my|our)\b)|"
    r"\s+(?=and\s+(?:honestly|actually|really|to be honest|tbh|i|i'll|i’ll|i'd|i’d|i'm|i’m|you|u|we|we'll|"
    r"they|he|she|it|please|pls|plz|then|also|share|like|follow|subscribe|sub|tag|leave|check|visit|buy|order|dm|"
    r"message|tell|invite|join|go|come|bring|help|support|give|drop|comment|vote|review|use|get|grab|book|send)\b)",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…]+[\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    clauses: tuple[Clause, ...]


_LEADING_DECORATION = re.compile(r"[^\w\s\-–—~]+(?:\s+[^\w\s\-–—~]+)*\s+")  # emoji, not a signature's dash


def split_draft(text: str) -> list[Sentence]:
    """Sentences and their clauses. Emoji that open a sentence ("Love it!! 😍 Now follow me") close the one before,
    where the writer put them, so they stay when the next sentence goes."""
    spans = sentence_spans(text)
    for i in range(1, len(spans)):
        decoration = _LEADING_DECORATION.match(text, spans[i][0], spans[i][1])
        if decoration and decoration.end() < spans[i][1]:
            spans[i - 1] = (
                spans[i - 1][0],
                decoration.end() - (len(decoration.group(0)) - len(decoration.group(0).rstrip())),
            )
            spans[i] = (decoration.end(), spans[i][1])
    return [Sentence(start, end, _clauses(text, start, end)) for start, end in spans]


def _clauses(text: str, start: int, end: int) -> tuple[Clause, ...]:
    clauses: list[Clause] = []
    at = start
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        if brk.start() > at and _has_word(text[at : brk.start()]):
            clauses.append(Clause(at, brk.start()))
            at = brk.end()
    if at < end:
        if clauses and not _has_word(text[at:end]):  # only punctuation or emoji left: it belongs to the last clause
            clauses[-1] = Clause(clauses[-1].start, end)
        else:
            clauses.append(Clause(at, end))
    return tuple(clauses)


def _has_word(piece: str) -> bool:
    return any(ch.isalnum() for ch in piece)


def terminal_punctuation(sentence_text: str) -> str:
    """The sentence's closing punctuation ("!!", "?", "."), or "" when it has none."""
    match = _TERMINAL.search(sentence_text.rstrip())
    return match.group(0) if match else ""
