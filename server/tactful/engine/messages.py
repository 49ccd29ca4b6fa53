"""The message, "why" and severity of each category, kept as data in models/messages.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tactful.engine.domain import CATEGORIES


@dataclass(frozen=True, slots=True)
class CategoryText:
    severity: str
    message: str
    why: str


def load_category_texts(models_dir: Path) -> dict[str, CategoryText]:
    raw = json.loads((models_dir / "messages.json").read_text(encoding="utf-8"))
    missing = set(CATEGORIES) - set(raw)
    if missing:
        raise ValueError(f"models/messages.json lacks categories: {sorted(missing)}")
    return {category: CategoryText(**raw[category]) for category in CATEGORIES}
