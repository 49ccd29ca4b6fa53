"""Training the sendable gate: the fit and the leave-one-read-out figures, on verdicts made up for the test."""

from __future__ import annotations

import numpy as np

from tactful.rewrite.sendable import FEATURES
from tactful.training.sendable_model import BAR, Verdicts, cross_validate, fit_gate


def _verdicts(read: str, seed: int) -> Verdicts:
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(60, len(FEATURES)))
    sendable = features[:, 0] < 0  # readers send what the sentence model finds little push left in
    return Verdicts(read, features.tolist(), sendable.tolist())


def test_the_gate_learns_which_way_the_push_left_points():
    data = _verdicts("a", 1)
    gate = fit_gate(np.array(data.features), np.array(data.sendable))
    assert gate.weights[0] < 0 and gate.bar == BAR
    assert gate.probability([-2.0] + [0.0] * (len(FEATURES) - 1)) > gate.probability(
        [2.0] + [0.0] * (len(FEATURES) - 1)
    )


def test_each_read_is_left_out_in_turn():
    figures = cross_validate([_verdicts(name, seed) for seed, name in enumerate("abc")], bars=(0.5,))
    assert set(figures["per_read"]) == {"a", "b", "c"}
    assert all(v["auc"] > 0.8 for v in figures["per_read"].values())
    at = figures["bars"]["0.5"]
    assert at["offered_sendable"] > at["withheld_sendable"]
    assert 0 < at["withheld"] < 1
