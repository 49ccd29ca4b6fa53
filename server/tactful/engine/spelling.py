"""Misspelt platform words ("subcribe", "suscribe", "folow", "chanel") read as the word they stand for.

SymSpell-style, one edit away from a target word in models/language/spelling_targets.json, except the real
words listed there to keep ("rice" is not a misspelt "price"):
- a letter dropped from a target of five letters or more ("folow" → follow);
- two neighbouring letters swapped ("subscirbe");
- a letter added or changed, only in tokens of seven letters or more, where real words rarely collide
  ("subscrbie" no, "subsribe" yes, "businness" → business).
Training and serving read tokens through this same step, so the model never sees the misspellings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from tactful.paths import models_dir

TARGETS_FILE = Path("language") / "spelling_targets.json"
_MIN_TARGET = 5
_MIN_LOOSE = 7


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


class SpellingNormaliser:
    def __init__(self, targets: Iterable[str], keep: Iterable[str] = ()) -> None:
        self._targets = frozenset(targets)
        self._keep = frozenset(keep) | self._targets  # real words one edit from a target stay as they are
        self._by_dropped_letter: dict[str, str] = {}
        self._by_swap: dict[str, str] = {}
        self._loose: dict[str, str] = {}  # the target's deletes: a token sharing one differs by one letter
        for word in sorted(self._targets):
            if len(word) < _MIN_TARGET:
                continue
            for variant in _deletes(word):
                self._by_dropped_letter.setdefault(variant, word)
                if len(word) >= _MIN_LOOSE:
                    self._loose.setdefault(variant, word)
            for variant in _swaps(word):
                self._by_swap.setdefault(variant, word)
        self._cache: dict[str, str] = {}

    def correct_all(self, tokens: list[str]) -> list[str]:
        """`correct` for each token; tokens seen before cost one dict look-up (this runs on every keystroke)."""
        known = self._cache
        for token in tokens:
            if token not in known:
                self.correct(token)
        return [known.get(token, token) for token in tokens]

    def correct(self, token: str) -> str:
        corrected = self._cache.get(token)
        if corrected is None:
            if token in self._keep or len(token) < _MIN_TARGET - 1 or not token.isalpha():
                corrected = token
            else:
                corrected = self._lookup(token)
            if len(self._cache) < 100_000:  # bounded: arbitrary text cannot grow it without end
                self._cache[token] = corrected
        return corrected

    def _lookup(self, token: str) -> str:
        hit = self._by_dropped_letter.get(token) or self._by_swap.get(token)
        if hit:
            return hit
        if len(token) >= _MIN_LOOSE:
            if token[:-1] in self._targets:  # a letter added at the end ("subscribee")
                return token[:-1]
            for variant in _deletes(token):
                hit = self._loose.get(variant) or (variant if variant in self._targets else None)
                if hit:
                    return hit
        return token


@cache
def shipped_spelling(folder: Path | None = None) -> SpellingNormaliser:
    path = (folder or models_dir()) / TARGETS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    return SpellingNormaliser(data["targets"], data.get("keep", []))
