"""Is the draft English? For Latin-script text: function words and letters English never writes, and how many
of its words the English model knows at all; for other scripts: the Unicode script.

The word and letter lists are data (models/language/function_words.json). Short or ambiguous drafts count
as English: the classifier only knows English, and "l4l?" or "thx!!" must still be checked.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ENGLISH = "en"
# First word of a letter's Unicode name → language we report for a draft written mostly in that script.
_SCRIPT_LANGUAGE = {
    "CYRILLIC": "ru",
    "ARABIC": "ar",
    "DEVANAGARI": "hi",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "GREEK": "el",
    "HEBREW": "he",
    "THAI": "th",
    "BENGALI": "bn",
    "TAMIL": "ta",
}
# A letter (\w minus digits and underscore) beyond Latin Extended-B: the only drafts worth a script count.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF]")
_MIN_EVIDENCE = 2  # hits (function words + foreign letters) needed before a draft is called non-English
_MIN_KNOWN_SHARE = 0.5  # below this share of words known to the English model, one hit of evidence suffices
_MIN_CLAUSE_KNOWN_SHARE = 0.6  # an English clause inside a foreign draft: this share of its words known


class LanguageGuesser:
    def __init__(
        self, function_words: dict[str, list[str]], letters: dict[str, str], english_words: frozenset[str]
    ) -> None:
        # Inverted: word → the foreign languages it is evidence for (one dict look-up per word, not one per
        # language). English words are counted separately, and only when a draft shows foreign evidence at all.
        self._english_function_words = frozenset(function_words.get(ENGLISH, ()))
        self._languages_of_word: dict[str, tuple[str, ...]] = {}
        for language, words in function_words.items():
            if language == ENGLISH:
                continue
            for word in words:
                self._languages_of_word[word] = (*self._languages_of_word.get(word, ()), language)
        self._languages_of_letter: dict[str, tuple[str, ...]] = {}
        for language, chars in letters.items():
            for char in chars:
                self._languages_of_letter[char] = (*self._languages_of_letter.get(char, ()), language)
        self._letters_present = frozenset(self._languages_of_letter)
        self._english_words = english_words

    @classmethod
    def load(cls, models_dir: Path, english_words: frozenset[str]) -> LanguageGuesser:
        """`english_words`: the words the English classifier knows (its unigram vocabulary)."""
        raw = json.loads((models_dir / "language" / "function_words.json").read_text(encoding="utf-8"))
        letters = raw.pop("_letters", {})
        return cls(raw, letters, english_words)

    def guess(self, text: str, tokens: list[str]) -> str:
        script_language = _dominant_non_latin_script(text)
        if script_language:
            return script_language
        hits: dict[str, int] = {}
        languages_of_word = self._languages_of_word
        for languages in filter(None, map(languages_of_word.get, tokens)):  # most words of an English draft: None
            for language in languages:
                hits[language] = hits.get(language, 0) + 1
        if not text.isascii():
            lowered = text.lower()
            letter_hits: dict[str, int] = {}
            for char in self._letters_present.intersection(lowered):
                for language in self._languages_of_letter[char]:
                    letter_hits[language] = letter_hits.get(language, 0) + lowered.count(char)
            for language, count in letter_hits.items():
                hits[language] = hits.get(language, 0) + min(count, 3)
        if not hits:
            return ENGLISH
        best = max(hits, key=hits.__getitem__)
        english = sum(1 for word in tokens if word in self._english_function_words)
        if hits[best] <= english:
            return ENGLISH
        # Only drafts with more foreign than English evidence get this far (rare): now look at the words.
        words = [t for t in tokens if t[0].isalpha()]
        if len(words) < 2:
            return ENGLISH
        known_share = sum(w in self._english_words for w in words) / len(words)
        needed = 1 if known_share < _MIN_KNOWN_SHARE else _MIN_EVIDENCE
        return best if hits[best] >= needed else ENGLISH

    def is_english_clause(self, text: str, tokens: list[str]) -> bool:
        """A clause of a mixed-language draft counts as English only with evidence of its own: two different
        English function words, most of its words known to the English model, and no stronger foreign evidence
        ("check out my channel pls" is English; "5 euros la part" and "scrivimi in privato per i prezzi" are not)."""
        words = [t for t in tokens if t[0].isalpha()]
        if len({t for t in words if t in self._english_function_words}) < 2:
            return False
        known_share = sum(w in self._english_words for w in words) / len(words)
        return known_share >= _MIN_CLAUSE_KNOWN_SHARE and self.guess(text, tokens) == ENGLISH


def _dominant_non_latin_script(text: str) -> str | None:
    if text.isascii() or not _NON_LATIN_LETTER.search(text):
        return None
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
