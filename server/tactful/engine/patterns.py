"""Phrasings as data: spaCy token patterns from models/patterns/<category>.jsonl.

Each line is {"id", "label", "pattern", "examples": {"match": [...], "no_match": [...]}}; the examples are
the pattern's own must-match / must-not-match table (tests run every one). The patterns only pin down
*which words* to highlight; whether a draft is pushy at all is the classifier's call.

Speed: spaCy evaluates set and regex predicates in Python, and a single Matcher holding every pattern tests
each token against all of them (about a millisecond per sentence). So each pattern gets its own Matcher and
is indexed by an anchor — the words one of its required tokens must be — and a sentence runs only the
patterns all of whose required word sets it contains. A test checks this gives exactly what one SpanRuler with all patterns gives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

CATEGORY_FILES = ("reciprocity_demand.jsonl", "cold_pitch.jsonl", "unearned_ask.jsonl")


@dataclass(frozen=True, slots=True)
class PatternMatch:
    rule: str
    category: str
    start: int  # code-point offsets into the text
    end: int


def read_pattern_file(path: Path) -> list[dict]:
    entries = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{line_number}: {exc.msg}") from None
    return entries


def load_pattern_entries(patterns_dir: Path) -> list[dict]:
    return [entry for name in CATEGORY_FILES for entry in read_pattern_file(patterns_dir / name)]


def required_word_sets(pattern: list[dict]) -> list[frozenset[str]]:
    """For each required token that must be one of some words (LOWER/ORTH equal or IN), that set of words."""
    sets = []
    for token in pattern:
        if token.get("OP") not in (None, "1"):
            continue
        for attribute in ("LOWER", "ORTH"):
            value = token.get(attribute)
            if isinstance(value, str):
                sets.append(frozenset({value.lower()}))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                sets.append(frozenset(word.lower() for word in value["IN"]))
    return sets


def anchor_words(pattern: list[dict]) -> frozenset[str] | None:
    """The smallest set of words that some required token must be, or None if no token pins words down."""
    return min(required_word_sets(pattern), key=len, default=None)


class PhrasingPatterns:
    """All category patterns, matched through the anchor index."""

    def __init__(self, nlp: Language, entries: list[dict]) -> None:
        self.nlp = nlp
        self._labels: dict[str, str] = {}
        self._matchers: dict[str, Matcher] = {}
        self._by_anchor: dict[str, list[str]] = {}
        self._unanchored: list[str] = []
        self._word_sets: dict[str, list[frozenset[str]]] = {}
        for entry in entries:
            matcher = Matcher(nlp.vocab, validate=True)
            matcher.add(entry["id"], [entry["pattern"]])
            self._matchers[entry["id"]] = matcher
            self._labels[entry["id"]] = entry["label"]
            self._word_sets[entry["id"]] = required_word_sets(entry["pattern"])
            anchors = anchor_words(entry["pattern"])
            if anchors is None:
                self._unanchored.append(entry["id"])
            else:
                for word in anchors:
                    self._by_anchor.setdefault(word, []).append(entry["id"])

    def find(self, text: str, category: str | None = None) -> list[PatternMatch]:
        """Matches in `text` (optionally of one category), in pattern-file order then position."""
        doc = self.nlp.make_doc(text)
        words = {token.lower_ for token in doc}
        candidates = set(self._unanchored)
        for word in words:
            candidates.update(self._by_anchor.get(word, ()))
        found = []
        for rule in self._matchers:  # file order keeps results deterministic
            if rule not in candidates or (category and self._labels[rule] != category):
                continue
            if any(words.isdisjoint(required) for required in self._word_sets[rule]):
                continue  # some required token cannot match any word of this text
            for _, start, end in self._matchers[rule](doc):
                span = doc[start:end]
                found.append(PatternMatch(rule, self._labels[rule], span.start_char, span.end_char))
        return found


def load_phrasing_patterns(nlp: Language, patterns_dir: Path) -> PhrasingPatterns:
    return PhrasingPatterns(nlp, load_pattern_entries(patterns_dir))


def blank_english() -> Language:
    """spaCy's blank English pipeline: its tokenizer and nothing else; nothing is downloaded."""
    return spacy.blank("en")
