"""Regenerate models/language/function_words.json from the stop-word lists spaCy ships (no download).

A word is kept as evidence for a language only if it is not an English stop word and does not occur in three
or more drafts of our English training corpus, so "pod", "w" or "follow" never make English look foreign.
Run: .venv/bin/python tools/language/build_function_words.py
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path

from tactful.engine.features import tokens
from tactful.training.corpus import read_training_corpus

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "fr", "de", "pt", "it", "nl", "id", "tr", "pl", "tl", "sv", "da", "ro", "ca", "hr", "cs")
# Letters that English never writes: strong evidence of a language.
LETTERS = {
    "es": "ñ¿¡",
    "fr": "çèêëâîïôûœ",
    "de": "äöüß",
    "pt": "ãõ",
    "tr": "ığş",
    "pl": "łąęśźż",
    "ro": "ăâșț",
    "cs": "ěščřžůť",
    "hr": "čćđ",
}


def english_vocabulary() -> set[str]:
    documents = Counter()
    for draft in read_training_corpus(ROOT / "models" / "data"):
        documents.update(set(tokens(draft.text)))
    from spacy.lang.en.stop_words import STOP_WORDS

    return {word for word, count in documents.items() if count >= 3} | set(STOP_WORDS)


def main() -> None:
    english = english_vocabulary()
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

    table: dict[str, object] = {"en": sorted(w for w in ENGLISH_STOP_WORDS if w.isalpha())}
    for language in LANGUAGES:
        stop_words = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
        table[language] = sorted(
            w for w in stop_words if len(w) > 1 and w not in english and w.replace("'", "").isalpha()
        )
    table["_letters"] = LETTERS
    out = ROOT / "models" / "language" / "function_words.json"
    out.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in table.items()})


if __name__ == "__main__":
    main()
