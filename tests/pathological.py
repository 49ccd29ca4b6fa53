"""Text shapes that once made checking or rewriting superlinear: long runs of one mark, emoji, one long word,
mixed symbols, many short sentences. Shared by the linear-time tests of the engine and the rewriter."""

from __future__ import annotations

import time
from collections.abc import Callable

SHAPES: dict[str, Callable[[int], str]] = {
    "exclamation tail": lambda n: "Please like my page" + "!" * n,
    "emoji run": lambda n: "like my page " + "😀" * (n // 2),
    "one long word": lambda n: "a" * n,
    "hash run": lambda n: "follow me " + "#" * n,
    "mixed symbols": lambda n: ("like my page!!🙏🏽#" * n)[:n],
    "many sentences": lambda n: ("Hi! Please share. " * (n // 18 + 1))[:n],
}


def best_of_three(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best
