"""Is the draft English? Function-word counts for Latin-script languages, Unicode script for the rest.

The word lists are data (models/language/function_words.json). Short or ambiguous drafts count as
English: the classifier only knows English, and "l4l?" or "thx!!" must still be checked.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

ENGLISH = "en"
# First word of a letter's Unicode name → language we report for a draft written mostly in that script.
_SCRIPT_LANGUAGE = {
    "CYRILLIC": "ru", "ARABIC": "ar", "DEVANAGARI": "hi", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja",
    "HANGUL": "ko", "GREEK": "el", "HEBREW": "he", "THAI": "th", "BENGALI": "bn", "TAMIL": "ta",
}


class LanguageGuesser:
    def __init__(self, function_words: dict[str, list[str]]) -> None:
        self._words = {lang: frozenset(words) for lang, words in function_words.items()}

    @classmethod
    def load(cls, models_dir: Path) -> LanguageGuesser:
        path = models_dir / "language" / "function_words.json"
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def guess(self, text: str, tokens: list[str]) -> str:
        script_language = _dominant_non_latin_script(text)
        if script_language:
            return script_language
        words = [t for t in tokens if t[0].isalpha()]
        if len(words) < 3:
            return ENGLISH
        hits = {lang: sum(w in vocab for w in words) for lang, vocab in self._words.items()}
        english = hits.pop(ENGLISH, 0)
        best = max(hits, key=hits.get, default=None)
        if best and hits[best] >= 2 and hits[best] > english and hits[best] >= 0.2 * len(words):
            return best
        return ENGLISH


def _dominant_non_latin_script(text: str) -> str | None:
    counts: dict[str, int] = {}
    latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if ch.isascii():
            latin += 1
            continue
        script = unicodedata.name(ch, "").split(" ", 1)[0]
        if script == "LATIN":
            latin += 1
        elif script in _SCRIPT_LANGUAGE:
            counts[_SCRIPT_LANGUAGE[script]] = counts.get(_SCRIPT_LANGUAGE[script], 0) + 1
    if not counts:
        return None
    language, count = max(counts.items(), key=lambda item: item[1])
    return language if count > latin else None
