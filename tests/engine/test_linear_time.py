"""Checking time grows linearly with the text, whatever its shape: the pathological shapes that once took seconds
(long runs of one mark, emoji, one 20,000-character word, mixed) are timed at two sizes in one run, and four times
the text must cost about four times the time, never sixteen. Sizes are compared, not wall-clock limits; the
absolute figures are in `make bench` (bench/bench_pathological.py)."""

from __future__ import annotations

import time

import pytest

SHAPES = {
    "run of !": lambda n: "Like my page" + "!" * (n - 12),
    "run of #": lambda n: "#" * n,
    "emoji": lambda n: "😀" * (n // 2),
    "one long word": lambda n: "a" * n,
    "mixed": lambda n: ("!#😀a. " * (n // 6 + 1))[:n],
    "many sentences": lambda n: ("Hi! Please share. " * (n // 18 + 1))[:n],
}


def best_of_three(work) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_checking_time_is_linear_in_the_length(checker, shape):
    make = SHAPES[shape]
    small, large = make(5_000), make(20_000)
    checker.check(small)  # warm the tokenizer's caches for this shape
    small_s = best_of_three(lambda: checker.check(small))
    large_s = best_of_three(lambda: checker.check(large))
    assert large_s < 8 * small_s + 0.02, f"{shape}: {small_s * 1000:.1f} ms -> {large_s * 1000:.1f} ms"
