"""Phrasings as data: spaCy token patterns from models/patterns/<category>.jsonl.

Each line is {"id", "label", "pattern", "examples": {"match": [...], "no_match": [...]}}; the examples are
the pattern's own must-match / must-not-match table (tests run every one). The patterns only pin down
*which words* to highlight; whether a draft is pushy at all is the classifier's call.

Speed: spaCy tokenises; the patterns, compiled to regular expressions over the tokens (token_regex), are
tried only when every word set a pattern requires occurs in the sentence (most patterns are skipped at once). spaCy's own Matcher gave the same
matches at ~100 µs a call; a test checks both agree on every example and a slice of the corpus.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from tactful.engine.token_regex import RECORD, UNIT, compile_pattern, token_line

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


@dataclass(frozen=True, slots=True)
class _CompiledPattern:
    rule: str
    category: str
    regex: re.Pattern
    required_words: tuple[frozenset[str], ...]  # each required token's possible words: all must occur


class PhrasingPatterns:
    """All category patterns, compiled; a pattern runs only on text holding every word set it requires."""

    def __init__(self, nlp: Language, entries: list[dict]) -> None:
        self.nlp = nlp
        self._patterns: list[_CompiledPattern] = []
        for entry in entries:
            Matcher(nlp.vocab, validate=True).add(entry["id"], [entry["pattern"]])  # spaCy's own schema check
            compiled = _CompiledPattern(entry["id"], entry["label"], compile_pattern(entry["pattern"]), tuple(required_word_sets(entry["pattern"])))
            self._patterns.append(compiled)
        self._by_category = {c: [p for p in self._patterns if p.category == c] for c in {p.category for p in self._patterns}}

    def find(self, text: str, category: str | None = None) -> list[PatternMatch]:
        """Matches in `text` (optionally of one category), in pattern-file order then position."""
        if UNIT in text or RECORD in text:
            return []  # control characters that would corrupt the token line; nothing to highlight in such text
        doc = self.nlp.make_doc(text)
        line, starts, words = token_line(doc)
        token_at = None
        found = []
        for pattern in self._by_category.get(category, []) if category else self._patterns:
            if any(words.isdisjoint(required) for required in pattern.required_words):
                continue  # some required token cannot match any word of this text
            for match in pattern.regex.finditer(line):
                if match.end(1) == match.start(1):
                    continue
                if token_at is None:
                    token_at = {position: i for i, position in enumerate(starts)}
                first, last = doc[token_at[match.start(1)]], doc[token_at[match.end(1)] - 1]
                found.append(PatternMatch(pattern.rule, pattern.category, first.idx, last.idx + len(last)))
        return found


def load_phrasing_patterns(nlp: Language, patterns_dir: Path) -> PhrasingPatterns:
    return PhrasingPatterns(nlp, load_pattern_entries(patterns_dir))


def blank_english() -> Language:
    """spaCy's blank English pipeline: its tokenizer and nothing else; nothing is downloaded."""
    return spacy.blank("en")
