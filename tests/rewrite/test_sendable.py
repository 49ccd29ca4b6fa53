"""The sendable gate: the features it reads off a rewrite, its model file, and what it withholds."""

from __future__ import annotations

import json

import pytest

from tactful.paths import models_dir
from tactful.rewrite.sendable import FEATURES, SENDABLE_FILE, load_sendable_model, rewrite_features

DRAFT = "Hi Sam! Loved the lambs. Please like my page and share it, it would help. See you Sunday!"


def _named(values):
    return dict(zip(FEATURES, values, strict=True))


def test_a_rewrite_that_only_dropped_whole_sentences_is_read_as_such():
    features = _named(
        rewrite_features(DRAFT, "Hi Sam! Loved the lambs. See you Sunday!", "message", lambda s: [0.1] * len(s))
    )
    assert features["sentences_rejoined"] == features["sentences_shortened"] == features["sentences_added"] == 0
    assert features["share_of_sentences_removed"] == pytest.approx(1 / 4)
    assert features["opening_kept"] and features["ending_kept"] and features["ends_with_a_stop"]
    assert features["kept_after_the_first_cut"] == 1 and not features["cut_only_at_the_end"]
    assert features["message"] and not features["comment"]
    assert features["push_left_max"] == pytest.approx(0.1)


def test_cut_sentences_and_added_ones_are_counted_apart():
    rewrite = "Hi Sam! Please like my page. It would help. My page is facebook.com/lambco."
    features = _named(rewrite_features(DRAFT, rewrite, "comment", lambda s: [0.5] * len(s)))
    assert features["sentences_shortened"] == 1  # "Please like my page." is the start of a cut sentence
    assert features["sentences_rejoined"] == 1  # "It would help." was its end
    assert features["sentences_added"] == 1
    assert features["comment"] and features["cut_only_at_the_end"]


def test_the_shipped_gate_withholds_the_rewrite_that_keeps_the_push(rewriter):
    gate = rewriter.gate
    scores = rewriter.planner.judge.scores
    clean = rewrite_features(DRAFT, "Hi Sam! Loved the lambs. See you Sunday!", "message", scores)
    pushy = rewrite_features(DRAFT, "Hi Sam! Please like my page and share it, it would help.", "message", scores)
    assert gate.probability(clean) >= gate.bar > gate.probability(pushy)


def test_the_gate_file_says_how_it_was_chosen():
    data = json.loads((models_dir() / "rewrites" / SENDABLE_FILE).read_text(encoding="utf-8"))
    figures = data["leave_one_read_out"]["bars"][str(data["bar"])]
    assert figures["offered_sendable"] > figures["withheld_sendable"]
    assert data["verdicts"] >= 500 and set(data["reads"]) >= {"r9", "r13"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"features": ["push_left_mean"]}, "its features are not the ones"),
        ({"scale": [0.0] * len(FEATURES)}, "one number per feature"),
        ({"weights": [1.0]}, "one number per feature"),
    ],
)
def test_a_gate_file_that_does_not_fit_the_code_is_refused(tmp_path, change, message):
    data = json.loads((models_dir() / "rewrites" / SENDABLE_FILE).read_text(encoding="utf-8"))
    path = tmp_path / SENDABLE_FILE
    path.write_text(json.dumps({**data, **change}), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_sendable_model(path)
