"""The labelled corpus in models/data and models/eval: reading, validating and writing records.

The JSONL files are the source of truth. Each record's id is derived from its normalised text, so the same
draft always has the same id, and files are written sorted by id: adding one record changes one line.
Shuffling, where it matters, happens in training, never in the files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# The training corpus, in two files so that neither outgrows what a repository should hold: drafts made from
# templates or written in house, and drafts by the outside helper writers (writer "helper-t…").
TRAIN_FILES = ("train.jsonl", "train_outside.jsonl")
HELDOUT_FILE = "heldout.jsonl"
EVAL_DIR = "eval"
BLIND_DEV_FILE = "blind_dev.jsonl"  # written blind; used to choose between options (said so in the model card)
BLIND_INTERIM_FILE = "blind_interim.jsonl"  # written blind; scored after every choice, then its errors were read
BLIND_FINAL_FILE = "blind_final.jsonl"  # written blind; scored once, at the very end
NEVER_FLAG_FILE = "never_flag.jsonl"  # messages written the way Tactful advises: none may be flagged

LABELS = ("none", "reciprocity_demand", "cold_pitch", "unearned_ask")
KINDS = ("positive", "hard_negative", "clean")
# Field order on disk. Blind sets carry the optional ones (platform, surface, tags, note).
FIELDS = ("id", "text", "label", "span", "kind", "group", "family", "writer")
OPTIONAL_FIELDS = ("platform", "surface", "tags", "note")


@dataclass(frozen=True, slots=True)
class LabelledDraft:
    id: str
    text: str
    label: str
    span: str | None
    group: str
    kind: str
    family: str = ""
    writer: str = ""
    tags: tuple[str, ...] = field(default=())


class CorpusError(ValueError):
    """A record that breaks the corpus rules."""


def normalised_key(text: str) -> str:
    """Case-folded, whitespace-collapsed text: what duplicates and ids are judged by."""
    return " ".join(text.casefold().split())


def content_id(text: str) -> str:
    return "d-" + hashlib.sha256(normalised_key(text).encode("utf-8")).hexdigest()[:12]


def validate_record(row: dict, where: str = "") -> None:
    """Raise CorpusError unless the record is well formed (its id is checked by `check_id`)."""
    text, label, span, kind = row.get("text"), row.get("label"), row.get("span"), row.get("kind")
    prefix = f"{where}: " if where else ""
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        raise CorpusError(f"{prefix}text must be a non-empty string without outer whitespace")
    if label not in LABELS or kind not in KINDS:
        raise CorpusError(f"{prefix}bad label {label!r} or kind {kind!r}")
    if (label == "none") != (span is None):
        raise CorpusError(f"{prefix}span must be null exactly when the label is none")
    if span is not None and (not isinstance(span, str) or span not in text or span != span.strip() or not span):
        raise CorpusError(f"{prefix}span {span!r} is not a trimmed substring of the text")
    if (label == "none") == (kind == "positive"):
        raise CorpusError(f"{prefix}kind {kind} does not fit label {label}")
    for name in ("group", "family", "writer"):
        if not isinstance(row.get(name), str) or not row[name]:
            raise CorpusError(f"{prefix}{name} must be a non-empty string")


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_corpus(path: Path) -> list[LabelledDraft]:
    return [
        LabelledDraft(
            row["id"],
            row["text"],
            row["label"],
            row.get("span"),
            row["group"],
            row["kind"],
            row.get("family", ""),
            row.get("writer", ""),
            tuple(row.get("tags", ())),
        )
        for row in read_records(path)
    ]


def read_training_corpus(data_dir: Path) -> list[LabelledDraft]:
    """Every training draft, in id order (the order a single sorted file would have), from all TRAIN_FILES."""
    drafts = [draft for name in TRAIN_FILES for draft in read_corpus(data_dir / name)]
    return sorted(drafts, key=lambda draft: draft.id)


def training_data_sha256(data_dir: Path) -> str:
    """The fingerprint of what a model is trained and first measured on: the training files and the held-out file."""
    return files_sha256(*(data_dir / name for name in TRAIN_FILES), data_dir / HELDOUT_FILE)


def ordered_record(row: dict) -> dict:
    """The record with its fields in file order and its id derived from its text."""
    out = {name: row.get(name) for name in FIELDS}
    out["id"] = content_id(row["text"])
    out.update({name: row[name] for name in OPTIONAL_FIELDS if name in row})
    return out


def write_records(path: Path, rows: Iterable[dict]) -> None:
    """Write records sorted by id, one JSON object per line."""
    ordered = sorted((ordered_record(row) for row in rows), key=lambda row: row["id"])
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in ordered:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def files_sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
