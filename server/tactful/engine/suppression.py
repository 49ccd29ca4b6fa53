"""The user's "not pushy" feedback as a filter on check results.

Each sentence of a text the user marked "not pushy" becomes a key: the sentence casefolded, NFKC-normalised,
with punctuation, emoji and other symbols dropped and whitespace collapsed (letters, digits and combining marks
are kept; an apostrophe inside a word is dropped so "don't" and "dont" are one key). A check then leaves out
every issue whose sentences all carry a key, lists it under `suppressed`, and recomputes the verdict from the
issues that remain. Keys are kept as 16-byte digests, so the set stays small however long the sentences are.

Pure: texts and ids in, results out. The feedback service (tactful.feedback) builds the set from the store.
"""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate

from tactful.engine.results import CheckResult, SuppressedIssue
from tactful.engine.sentences import sentence_spans

_APOSTROPHES = frozenset("'’‘ʼ`´")
_KEPT_MARKS = ("Mn", "Mc")  # vowel signs and other combining marks that belong to the letter before them
_VARIATION_SELECTORS = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0100, 0xE01F0))  # emoji presentation

Key = bytes


def normalise(text: str) -> str:
    """The words of `text` as a suppression key compares them ("Check out my page!! 😊" → "check out my page")."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    kept: list[str] = []
    for character in folded:
        if character in _APOSTROPHES:
            continue
        kind = unicodedata.category(character)
        if kind[0] in "LN" or (kind in _KEPT_MARKS and ord(character) not in _VARIATION_SELECTORS):
            kept.append(character)
        else:
            kept.append(" ")
    return " ".join("".join(kept).split())


def digest(normalised: str) -> Key:
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).digest()


def sentence_keys(text: str) -> tuple[Key, ...]:
    """One key per sentence of `text` that has any letter or digit, in order, without repeats."""
    words = (normalise(text[start:end]) for start, end in sentence_spans(text))
    return tuple(dict.fromkeys(digest(sentence) for sentence in words if sentence))


@dataclass(frozen=True)
class Suppressions:
    """Which keys are silenced, and by which feedback (the lowest id when several gave the same key)."""

    feedback_by_key: Mapping[Key, int] = field(default_factory=dict)

    @classmethod
    def from_keys(cls, keys_by_feedback: Mapping[int, Iterable[Key]]) -> Suppressions:
        feedback_by_key: dict[Key, int] = {}
        for feedback_id in sorted(keys_by_feedback):
            for key in keys_by_feedback[feedback_id]:
                feedback_by_key.setdefault(key, feedback_id)
        return cls(feedback_by_key)

    def __bool__(self) -> bool:
        return bool(self.feedback_by_key)

    def __len__(self) -> int:
        return len(self.feedback_by_key)

    def silences(self, sentence: str) -> bool:
        """Whether the user's feedback marked this sentence "not pushy"."""
        return bool(self.feedback_by_key) and digest(normalise(sentence)) in self.feedback_by_key

    @property
    def fingerprint(self) -> str:
        """Names this set of keys ("" when empty): a stored check made under another set is out of date."""
        if not self.feedback_by_key:
            return ""
        combined = hashlib.blake2b(digest_size=8)
        for key in sorted(self.feedback_by_key):
            combined.update(key)
        return combined.hexdigest()

    def apply(self, text: str, result: CheckResult, score_cap: float) -> CheckResult:
        """`result` (the check of `text`) without the issues whose every sentence is silenced.

        When issues remain the draft stays flagged, with the draft's category if an issue still has it (else the
        first remaining issue's). When none remain the draft is not flagged and its score is capped at
        `score_cap` (below every threshold), so `flagged` and `score` never disagree."""
        if not self.feedback_by_key or not result.issues:
            return result
        sentences = _sentences_in_utf16(text)
        ends = [end for _start, end, _code_points in sentences]
        keys: dict[int, Key] = {}
        kept, hidden = [], []
        for issue in result.issues:
            covering = []  # the sentences the issue overlaps, found by bisection: linear in the draft overall
            number = bisect_right(ends, issue.start)
            while number < len(sentences) and sentences[number][0] < max(issue.end, issue.start + 1):
                covering.append(number)
                number += 1
            silenced_by: list[int] = []
            for number in covering:
                if number not in keys:
                    code_start, code_end = sentences[number][2]
                    keys[number] = digest(normalise(text[code_start:code_end]))
                feedback_id = self.feedback_by_key.get(keys[number])
                if feedback_id is None:
                    break
                silenced_by.append(feedback_id)
            if covering and len(silenced_by) == len(covering):
                hidden.append(SuppressedIssue(issue.category, issue.start, issue.end, issue.quote, silenced_by[0]))
            else:
                kept.append(issue)
        if not hidden:
            return result
        if kept:
            categories = [issue.category for issue in kept]
            category = result.category if result.category in categories else categories[0]
            return CheckResult(True, result.score, category, result.language, result.model_version, kept, hidden)
        score = min(result.score, score_cap)
        return CheckResult(False, score, None, result.language, result.model_version, [], hidden)


EMPTY = Suppressions()


def _sentences_in_utf16(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """(UTF-16 start, UTF-16 end, code-point span) of each sentence, in one pass over the text."""
    spans = sentence_spans(text)
    if text.isascii() or all(ord(character) < 0x10000 for character in text):
        return [(start, end, (start, end)) for start, end in spans]
    units = list(accumulate((2 if ord(character) > 0xFFFF else 1 for character in text), initial=0))
    return [(units[start], units[end], (start, end)) for start, end in spans]
