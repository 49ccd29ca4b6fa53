"""The sentence model's training data and fit: how sentences get their labels, reproducibility, and that the shipped
model was trained on the shipped data."""

from __future__ import annotations

import pytest

from tactful.paths import models_dir
from tactful.training.corpus import LabelledDraft, read_training_corpus

pytest.importorskip("sklearn")

from tactful.training.sentence_model import (
    corpus_examples,
    fit,
    labelled_sentences,
    read_manifest,
    review_examples,
    sentence_data_sha256,
)


def test_a_sentence_is_pushy_when_it_overlaps_a_pushy_part():
    text = "Hi Sam! Loved the mural. Now like my page back please."
    assert labelled_sentences(text, ["like my page back"]) == [
        ("Hi Sam!", False),
        ("Loved the mural.", False),
        ("Now like my page back please.", True),
    ]


def test_corpus_drafts_give_fine_sentences_and_skip_pushy_ones_without_a_span():
    fine = LabelledDraft("d-1", "Thanks for the follow! Have a good one.", "none", None, "g", "clean")
    pushy = LabelledDraft("d-2", "Great pic. Buy my candles now!", "cold_pitch", "Buy my candles now!", "g", "positive")
    spanless = LabelledDraft("d-3", "Buy my candles now!", "cold_pitch", None, "g", "positive")
    examples = corpus_examples([fine, pushy, spanless])
    assert [(e.text, e.pushy) for e in examples] == [
        ("Thanks for the follow!", False),
        ("Have a good one.", False),
        ("Great pic.", False),
        ("Buy my candles now!", True),
    ]
    assert {e.source for e in examples} == {"corpus"}


def test_review_sentences_carry_their_writer():
    record = {"text": "Hello! Vote for us today.", "pushy": ["Vote for us today."], "writer": "review-rx"}
    assert [(e.text, e.pushy, e.source) for e in review_examples([record])] == [
        ("Hello!", False, "review-rx"),
        ("Vote for us today.", True, "review-rx"),
    ]


def test_fitting_is_reproducible():
    examples = corpus_examples(read_training_corpus(models_dir() / "data")[::8])
    first, second = fit(examples), fit(examples)
    assert first.weights_blob()[1] == second.weights_blob()[1]
    assert first.classes == ("fine", "pushy")


def test_shipped_sentence_model_was_trained_on_the_shipped_data():
    assert read_manifest(models_dir())["data_sha256"] == sentence_data_sha256(models_dir()), "run `make train`"
