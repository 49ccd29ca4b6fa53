"""Realistic benchmark drafts: held-out messages glued together and cut to about 280 characters."""

from __future__ import annotations

import json
import random
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "models" / "data" / "heldout.jsonl"


def drafts_of_length(count: int, length: int = 280, seed: int = 7, pushy_share: float | None = None) -> list[str]:
    """Held-out messages glued to ~`length` characters. By default messages are drawn as they come (43% of
    held-out messages are pushy, so most glued drafts hold one); with `pushy_share`, that share of drafts gets
    exactly one pushy message and the rest none (a campaign of mostly fine drafts)."""
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    messages = [row["text"] for row in rows]
    clean = [row["text"] for row in rows if row["label"] == "none"]
    pushy = [row["text"] for row in rows if row["label"] != "none"]
    rng = random.Random(seed)
    drafts = []
    for _ in range(count):
        if pushy_share is None:
            pool, text = messages, rng.choice(messages)
        else:
            pool, text = clean, rng.choice(pushy if rng.random() < pushy_share else clean)
        while len(text) < length:
            text += " " + rng.choice(pool)
        cut = text.rfind(" ", 0, length)
        drafts.append(text[: cut if cut > length // 2 else length])
    return drafts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]
