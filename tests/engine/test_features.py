"""Normalisation: quoted speech becomes one placeholder, in linear time."""

from __future__ import annotations

import time

import pytest

from tactful.engine.features import normalise, tokens


@pytest.mark.parametrize(
    "text",
    [
        'A stranger wrote "like my page and I\'ll like yours" under my post',
        "a stranger wrote 'like my page and I'll like yours' under my post",
        "a stranger wrote ‘like my page and I’ll like yours’ under my post",
        "why do people comment 'sub4sub' under my post",
    ],
)
def test_quoted_speech_becomes_one_placeholder(text):
    assert "like my page" not in normalise(text) and "sub4sub" not in normalise(text)
    assert "xquotex" in tokens(text)


@pytest.mark.parametrize("text", ["I'll like it, don't worry", "my cousin's dog's bed", "rock 'n' roll"])
def test_apostrophes_inside_words_are_not_quotes(text):
    assert "xquotex" not in tokens(text)


def test_an_unclosed_quote_masks_nothing():
    assert tokens('he said "like my page') == ["he", "said", '"', "like", "my", "page"]


def test_quote_masking_is_linear_in_the_length_of_the_text():
    def seconds(n: int) -> float:
        text = " 'a" * n + ' "b' * n
        started = time.perf_counter()
        normalise(text)
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(8_000)
    assert large < 8 * small + 0.05  # four times the text: about four times the work, never sixteen
