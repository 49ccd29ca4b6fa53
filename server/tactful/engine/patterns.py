"""Phrasings as data: spaCy SpanRuler token patterns from models/patterns/<category>.jsonl.

Each line is {"id", "label", "pattern", "examples": {"match": [...], "no_match": [...]}}; the examples are
the pattern's own must-match / must-not-match table (tests run every one). The patterns only pin down
*which words* to highlight; whether a draft is pushy at all is the classifier's call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

SPANS_KEY = "tactful"
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


def build_pipeline(patterns_dir: Path) -> Language:
    """A blank English pipeline (tokenizer only, nothing downloaded) with the category patterns as a SpanRuler."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "validate": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(
        [{"id": e["id"], "label": e["label"], "pattern": e["pattern"]} for e in load_pattern_entries(patterns_dir)]
    )
    return nlp


def find_pattern_matches(nlp: Language, text: str) -> list[PatternMatch]:
    doc = nlp(text)
    return [PatternMatch(span.id_, span.label_, span.start_char, span.end_char) for span in doc.spans[SPANS_KEY]]
