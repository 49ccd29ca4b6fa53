import json

import pytest

from tactful.engine.features import tokens
from tactful.paths import models_dir

SAMPLES = [
    json.loads(line)
    for line in (models_dir() / "data" / "language.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_language_file_has_both_english_and_other_languages():
    languages = {s["language"] for s in SAMPLES}
    assert "en" in languages and len(languages) >= 8


def test_english_drafts_are_english(checker):
    english = [s["text"] for s in SAMPLES if s["language"] == "en"]
    wrong = [t for t in english if checker.language.guess(t, tokens(t)) != "en"]
    assert not wrong


def test_other_languages_are_recognised_as_not_english(checker):
    other = [s for s in SAMPLES if s["language"] != "en"]
    missed = [s["text"] for s in other if checker.language.guess(s["text"], tokens(s["text"])) == "en"]
    assert len(missed) <= 0.1 * len(other), missed


@pytest.mark.parametrize("text", ["l4l?", "thx!!", "pls like my page 🙏", "Hi", ""])
def test_short_drafts_default_to_english(checker, text):
    assert checker.language.guess(text, tokens(text)) == "en"
