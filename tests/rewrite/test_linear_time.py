"""Rewriting time grows linearly with the text too (a draft of many short pushy sentences once took 37 s at 20,000
characters): sizes compared in one run, as for the check in tests/engine/test_checker.py."""

from __future__ import annotations

import pytest

from tests.pathological import SHAPES, best_of_three


@pytest.mark.parametrize("shape", ["exclamation tail", "emoji run", "one long word", "many sentences"])
def test_rewriting_time_is_linear_in_the_length(rewriter, shape):
    make = SHAPES[shape]
    small, large = make(1_250), make(5_000)  # both retried when still flagged (longer drafts are planned once)
    rewriter.rewrite(small)
    small_s = best_of_three(lambda: rewriter.rewrite(small))
    large_s = best_of_three(lambda: rewriter.rewrite(large))
    assert large_s < 8 * small_s + 0.05, f"{shape}: {small_s * 1000:.1f} ms -> {large_s * 1000:.1f} ms"
