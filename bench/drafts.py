"""Realistic benchmark drafts: held-out messages glued together and cut to about 280 characters."""

from __future__ import annotations

import json
import random
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "models" / "data" / "heldout.jsonl"


def drafts_of_length(count: int, length: int = 280, seed: int = 7) -> list[str]:
    messages = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    drafts = []
    for _ in range(count):
        text = rng.choice(messages)
        while len(text) < length:
            text += " " + rng.choice(messages)
        cut = text.rfind(" ", 0, length)
        drafts.append(text[: cut if cut > length // 2 else length])
    return drafts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]
