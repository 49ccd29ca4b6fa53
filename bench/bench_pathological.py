"""The worst shapes of text within the limits (long runs of one mark, emoji, one 20,000-character word, mixed):
how long a check and a rewrite of each take at three sizes, and how the time grows (4x the text should cost
about 4x the time, never 16x). Prints the worst case found.

    .venv/bin/python bench/bench_pathological.py
"""

from __future__ import annotations

import time
from functools import partial

from tactful.engine.checker import load_checker
from tactful.paths import models_dir
from tactful.rewrite.engine import rewriter_for

MAX_CHARS = 20_000
SHAPES = {
    "one mark (!)": lambda n: "Like my page" + "!" * (n - 12),
    "one mark (#)": lambda n: "#" * n,
    "emoji": lambda n: "😀" * (n // 2),  # two UTF-16 units each: the limit counts code points, the page counts units
    "one long word": lambda n: "a" * n,
    "mixed marks": lambda n: ("!#😀a. " * (n // 6 + 1))[:n],
    "many short asks": lambda n: ("like my page " * (n // 13 + 1))[:n],
    "many sentences": lambda n: ("Hi! Please share. " * (n // 18 + 1))[:n],
}
SIZES = (MAX_CHARS // 4, MAX_CHARS // 2, MAX_CHARS)


def best_of(repeats: int, work) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    checker = load_checker(models_dir())
    rewriter = rewriter_for(checker, models_dir())
    worst: tuple[float, str] = (0.0, "")
    print(f"{'shape':18} {'what':8} " + " ".join(f"{size:>9,}" for size in SIZES) + "   x4 text")
    for name, make in SHAPES.items():
        for what, run in (("check", checker.check), ("rewrite", lambda text: rewriter.rewrite(text, n=3))):
            times = [best_of(3, partial(run, make(size))) for size in SIZES]
            growth = times[-1] / max(times[0], 1e-6)
            print(f"{name:18} {what:8} " + " ".join(f"{t * 1000:7.1f}ms" for t in times) + f"   x{growth:4.1f}")
            worst = max(worst, (times[-1], f"{what} of '{name}' at {SIZES[-1]:,} characters"))
    print(f"worst case found: {worst[1]}, {worst[0] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
