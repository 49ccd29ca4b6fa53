#!/usr/bin/env python3
"""List every token of the training corpus that the spelling step would correct, with its count, so that
real words one edit from a target ("rice" → price) can be added to the keep list in
models/language/spelling_targets.json.

    .venv/bin/python tools/language/spelling_review.py
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "server"))

from tactful.engine import features  # noqa: E402
from tactful.engine.spelling import shipped_spelling  # noqa: E402
from tactful.training.corpus import read_training_corpus  # noqa: E402


def main() -> int:
    counts: Counter[str] = Counter()
    for draft in read_training_corpus(REPO / "models" / "data"):
        counts.update(features.raw_tokens(draft.text))
    speller = shipped_spelling()
    corrections: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for token, count in counts.items():
        corrected = speller.correct(token)
        if corrected != token:
            corrections[corrected].append((token, count))
    for target, tokens in sorted(corrections.items()):
        print(f"{target}: " + ", ".join(f"{token} ({count})" for token, count in sorted(tokens, key=lambda t: -t[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
