"""Checks on the labelled corpus in models/data (built by tools/corpus/build.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "models" / "data"
BUILD = ROOT / "tools" / "corpus" / "build.py"

LABELS = {"none", "reciprocity_demand", "cold_pitch", "unearned_ask"}
FLAGGED = LABELS - {"none"}
KINDS = {"positive", "hard_negative", "clean"}
FIELDS = {"id", "text", "label", "span", "group", "kind"}

# minimums from the corpus brief
MINIMUMS = {
    "train.jsonl": {"total": 2400, "flagged": 1100, "per_category": 300, "hard_negative": 600, "clean": 500},
    "heldout.jsonl": {"total": 800, "flagged": 300, "per_category": 80, "hard_negative": 200, "clean": 250},
}


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def train() -> list[dict]:
    return load("train.jsonl")


@pytest.fixture(scope="module")
def heldout() -> list[dict]:
    return load("heldout.jsonl")


@pytest.fixture(scope="module", params=["train.jsonl", "heldout.jsonl"])
def split(request) -> tuple[str, list[dict]]:
    return request.param, load(request.param)


def test_schema(split):
    name, rows = split
    ids = set()
    for r in rows:
        assert set(r) == FIELDS, (name, r)
        assert isinstance(r["id"], str) and r["id"] not in ids
        ids.add(r["id"])
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"]
        assert r["label"] in LABELS, r
        assert r["kind"] in KINDS, r
        assert isinstance(r["group"], str) and r["group"]


def test_span_and_kind_consistent(split):
    name, rows = split
    for r in rows:
        if r["label"] == "none":
            assert r["span"] is None, r
            assert r["kind"] in {"hard_negative", "clean"}, r
        else:
            assert r["kind"] == "positive", r
            assert isinstance(r["span"], str) and r["span"].strip(), r
            assert r["span"] in r["text"], r
            assert r["span"] == r["span"].strip(), r


def test_minimum_counts(split):
    name, rows = split
    m = MINIMUMS[name]
    labels = Counter(r["label"] for r in rows)
    kinds = Counter(r["kind"] for r in rows)
    assert len(rows) >= m["total"]
    assert sum(labels[c] for c in FLAGGED) >= m["flagged"]
    for c in FLAGGED:
        assert labels[c] >= m["per_category"], (name, c, labels[c])
    assert kinds["hard_negative"] >= m["hard_negative"]
    assert kinds["clean"] >= m["clean"]


def test_hard_negatives_spread_over_families(split):
    name, rows = split
    fams = Counter(r["group"] for r in rows if r["kind"] == "hard_negative"
                   and not r["group"].startswith("handwritten-"))
    assert len(fams) >= 8, fams
    assert max(fams.values()) <= 0.3 * sum(fams.values()), fams


def test_heldout_has_handwritten_part(train, heldout):
    hw_held = [r for r in heldout if r["group"].startswith("handwritten-")]
    hw_train = [r for r in train if r["group"].startswith("handwritten-")]
    assert len(hw_held) >= 250
    assert len(hw_train) >= 100
    assert len({r["group"] for r in hw_held}) == len(hw_held)  # one group per message


def test_no_duplicates_within_file(split):
    name, rows = split
    keys = Counter(norm(r["text"]) for r in rows)
    dups = [k for k, n in keys.items() if n > 1]
    assert not dups, dups[:5]


def test_split_by_group_and_text(train, heldout):
    assert not ({r["group"] for r in train} & {r["group"] for r in heldout})
    shared = {norm(r["text"]) for r in train} & {norm(r["text"]) for r in heldout}
    assert not shared, sorted(shared)[:5]


def test_language_file():
    rows = load("language.jsonl")
    assert len(rows) >= 120
    langs = Counter()
    for r in rows:
        assert set(r) == {"text", "language"}, r
        assert isinstance(r["text"], str) and r["text"].strip()
        langs[r["language"]] += 1
    assert langs["en"] >= 40
    for lang in ("es", "fr", "de", "pt", "it", "nl", "id", "tr", "pl", "ru", "ar", "hi", "zh", "ja"):
        assert langs[lang] >= 3, lang
    assert len({norm(r["text"]) for r in rows}) == len(rows)


def test_build_is_reproducible(tmp_path):
    proc = subprocess.run([sys.executable, str(BUILD), "--out", str(tmp_path), "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for name in ("train.jsonl", "heldout.jsonl", "language.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
