"""Phrasings as data: spaCy token patterns from models/patterns/<category>.jsonl.

Each line is {"id", "label", "pattern", "examples": {"match": [...], "no_match": [...]}}; the examples are
the pattern's own must-match / must-not-match table (tests run every one). The patterns only pin down
*which words* to highlight; whether a draft is pushy at all is the classifier's call.

Speed: spaCy tokenises; the patterns, compiled to regular expressions over the tokens (token_regex), are
tried only when every word set a pattern requires occurs in the sentence (most patterns are skipped at once).
spaCy's own Matcher gave the same matches at ~100 µs a call; a test checks both agree on every example and a
slice of the corpus.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from tactful.engine.token_regex import RECORD, UNIT, TokenSpec, compile_pattern, compile_scanner, token_line

CATEGORY_FILES = ("reciprocity_demand.jsonl", "cold_pitch.jsonl", "unearned_ask.jsonl")


class PatternExamples(TypedDict):
    match: list[str]
    no_match: list[str]


class PatternEntry(TypedDict):
    """One line of a pattern file."""

    id: str
    label: str
    pattern: list[TokenSpec]
    examples: PatternExamples


@dataclass(frozen=True, slots=True)
class PatternMatch:
    rule: str
    category: str
    start: int  # code-point offsets into the text
    end: int


def read_pattern_file(path: Path) -> list[PatternEntry]:
    entries: list[PatternEntry] = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{line_number}: {exc.msg}") from None
    return entries


def load_pattern_entries(patterns_dir: Path) -> list[PatternEntry]:
    return [entry for name in CATEGORY_FILES for entry in read_pattern_file(patterns_dir / name)]


def first_token_words(pattern: list[TokenSpec]) -> frozenset[str] | None:
    """The words a match must start with, if the first token is required and one of a word set."""
    sets = required_word_sets(pattern[:1])
    return sets[0] if sets else None


def required_word_sets(pattern: list[TokenSpec]) -> list[frozenset[str]]:
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
    regex: re.Pattern[str]  # matches at one token start
    scanner: re.Pattern[str]  # finds every token start where it matches (for patterns that open with an optional token)
    required_words: tuple[frozenset[str], ...]  # each required token's possible words: all must occur
    first_words: frozenset[str] | None  # the words a match must start with, when the first token pins them


class PhrasingPatterns:
    """All category patterns, compiled; a pattern runs only on text holding every word set it requires."""

    def __init__(self, nlp: Language, entries: list[PatternEntry]) -> None:
        self.nlp = nlp
        self._patterns: list[_CompiledPattern] = []
        for entry in entries:
            Matcher(nlp.vocab, validate=True).add(entry["id"], [entry["pattern"]])  # spaCy's own schema check
            compiled = _CompiledPattern(
                entry["id"],
                entry["label"],
                compile_pattern(entry["pattern"]),
                compile_scanner(entry["pattern"]),
                tuple(required_word_sets(entry["pattern"])),
                first_token_words(entry["pattern"]),
            )
            self._patterns.append(compiled)
        self._by_category = {
            c: [p for p in self._patterns if p.category == c] for c in {p.category for p in self._patterns}
        }

    def find(self, text: str, category: str | None = None) -> list[PatternMatch]:
        """Matches in `text` (optionally of one category), in pattern-file order then position."""
        if UNIT in text or RECORD in text:
            return []  # control characters that would corrupt the token line; nothing to highlight in such text
        doc = self.nlp.make_doc(tokenizer_safe(text))
        line, starts, lowers = token_line(doc)
        words = set(lowers)
        found = []
        for pattern in self._by_category.get(category, []) if category else self._patterns:
            if any(words.isdisjoint(required) for required in pattern.required_words):
                continue  # some required token cannot match any word of this text
            for first, last in self._spans(pattern, line, starts, lowers):
                found.append(
                    PatternMatch(pattern.rule, pattern.category, doc[first].idx, doc[last].idx + len(doc[last]))
                )
        return found

    @staticmethod
    def _spans(pattern: _CompiledPattern, line: str, starts: list[int], lowers: list[str]) -> Iterator[tuple[int, int]]:
        """(first token, last token) of the longest greedy match at each token where the pattern matches."""
        if pattern.first_words is not None:  # try only where the first word fits: usually once or twice
            for i, word in enumerate(lowers):
                if word in pattern.first_words:
                    match = pattern.regex.match(line, starts[i])
                    if match and match.end() > match.start():
                        yield i, starts.index(match.end()) - 1
            return
        for match in pattern.scanner.finditer(line):
            if match.end(1) > match.start(1):
                yield starts.index(match.start(1)), starts.index(match.end(1)) - 1


_LONG_SYMBOL_RUN = re.compile(r"[^\w\s]{17,}")
SYMBOL_RUN_KEPT = 16


def tokenizer_safe(text: str) -> str:
    """The text with every run of more than 16 symbols in a row ("!!!!…", emoji, "####") cut to 16, the rest
    blanked to spaces, so offsets still index the draft. spaCy's tokenizer strips suffixes one character at a
    time, each time searching the rest of the word: quadratic in such a run (a 6,000-character "!" tail took
    seconds). No phrase a pattern matches holds 17 symbols in a row."""
    if len(text) < 17 or not _LONG_SYMBOL_RUN.search(text):
        return text
    return _LONG_SYMBOL_RUN.sub(
        lambda m: m.group(0)[:SYMBOL_RUN_KEPT] + " " * (len(m.group(0)) - SYMBOL_RUN_KEPT), text
    )


def load_phrasing_patterns(nlp: Language, patterns_dir: Path) -> PhrasingPatterns:
    return PhrasingPatterns(nlp, load_pattern_entries(patterns_dir))


def blank_english() -> Language:
    """spaCy's blank English pipeline: its tokenizer and nothing else; nothing is downloaded."""
    return spacy.blank("en")
