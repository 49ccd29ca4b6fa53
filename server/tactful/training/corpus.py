"""Reading the labelled corpus in models/data."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

TRAIN_FILE = "train.jsonl"
HELDOUT_FILE = "heldout.jsonl"


@dataclass(frozen=True, slots=True)
class LabelledDraft:
    id: str
    text: str
    label: str
    span: str | None
    group: str
    kind: str


def read_corpus(path: Path) -> list[LabelledDraft]:
    drafts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                drafts.append(LabelledDraft(row["id"], row["text"], row["label"], row.get("span"), row["group"], row["kind"]))
    return drafts


def files_sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
