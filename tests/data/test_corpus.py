"""Checks on the labelled corpus: models/data (train, held-out) and models/eval (the blind sets)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tactful.training.corpus import (
    BLIND_DEV_FILE,
    BLIND_FINAL_FILE,
    BLIND_INTERIM_FILE,
    FIELDS,
    NEVER_FLAG_FILE,
    OPTIONAL_FIELDS,
    TRAIN_FILES,
    content_id,
    normalised_key,
    read_records,
    validate_record,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "models" / "data"
EVAL = ROOT / "models" / "eval"
TOOLS = ROOT / "tools" / "corpus"
FLAGGED = ("reciprocity_demand", "cold_pitch", "unearned_ask")
OUTSIDE_WRITER_PREFIX = "helper-t"
MAX_FILE_BYTES = 4 * 1024 * 1024

MINIMUMS = {
    "train.jsonl": {"total": 2400, "flagged": 1100, "per_category": 300, "hard_negative": 600, "clean": 500},
    "train_outside.jsonl": {"total": 2000, "flagged": 900, "per_category": 300, "hard_negative": 600, "clean": 100},
    "heldout.jsonl": {"total": 800, "flagged": 300, "per_category": 80, "hard_negative": 200, "clean": 250},
    BLIND_DEV_FILE: {"total": 1500, "flagged": 600, "per_category": 150, "hard_negative": 400, "clean": 100},
    BLIND_INTERIM_FILE: {"total": 400, "flagged": 150, "per_category": 40, "hard_negative": 100, "clean": 30},
    BLIND_FINAL_FILE: {"total": 400, "flagged": 150, "per_category": 40, "hard_negative": 100, "clean": 30},
    NEVER_FLAG_FILE: {"total": 200, "flagged": 0, "per_category": 0, "hard_negative": 200, "clean": 0},
}
FILES = {
    "train.jsonl": DATA,
    "train_outside.jsonl": DATA,
    "heldout.jsonl": DATA,
    BLIND_DEV_FILE: EVAL,
    BLIND_INTERIM_FILE: EVAL,
    BLIND_FINAL_FILE: EVAL,
    NEVER_FLAG_FILE: EVAL,
}


def load(name: str) -> list[dict]:
    return read_records(FILES[name] / name)


@pytest.fixture(scope="module", params=sorted(FILES))
def corpus_file(request) -> tuple[str, list[dict]]:
    return request.param, load(request.param)


def test_records_are_valid_with_ids_from_their_text(corpus_file):
    name, rows = corpus_file
    for number, row in enumerate(rows, 1):
        validate_record(row, f"{name}:{number}")
        assert row["id"] == content_id(row["text"]), (name, number)
        assert set(FIELDS) <= set(row) <= set(FIELDS) | set(OPTIONAL_FIELDS), (name, number)


def test_files_are_sorted_by_id_so_one_record_is_one_line(corpus_file):
    name, rows = corpus_file
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids), name
    assert len(set(ids)) == len(ids), name


def test_minimum_counts(corpus_file):
    name, rows = corpus_file
    minimum = MINIMUMS[name]
    labels = Counter(r["label"] for r in rows)
    kinds = Counter(r["kind"] for r in rows)
    assert len(rows) >= minimum["total"]
    assert sum(labels[c] for c in FLAGGED) >= minimum["flagged"]
    for category in FLAGGED:
        assert labels[category] >= minimum["per_category"], (name, category)
    assert kinds["hard_negative"] >= minimum["hard_negative"]
    assert kinds["clean"] >= minimum["clean"]


def test_blind_sets_are_mostly_ordinary_messages():
    for name in (BLIND_DEV_FILE, BLIND_INTERIM_FILE, BLIND_FINAL_FILE):
        rows = load(name)
        assert sum(r["label"] == "none" for r in rows) >= 0.4 * len(rows), name


def test_no_text_is_in_two_files():
    owner: dict[str, str] = {}
    for name in sorted(FILES):
        for row in load(name):
            key = normalised_key(row["text"])
            assert key not in owner, (name, owner.get(key), row["text"][:60])
            owner[key] = name


def test_splits_share_no_group_and_blind_writers_wrote_nothing_else():
    groups = {name: {r["group"] for r in load(name)} for name in FILES}
    writers = {name: {r["writer"] for r in load(name)} for name in FILES}
    names = sorted(FILES)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not groups[a] & groups[b], (a, b)
    for blind in (BLIND_DEV_FILE, BLIND_INTERIM_FILE, BLIND_FINAL_FILE):
        others = set().union(*(w for name, w in writers.items() if name != blind))
        assert not writers[blind] & others, blind


def test_training_files_split_by_writer_and_stay_small():
    """Outside helpers' drafts live in train_outside.jsonl, everything else in train.jsonl; neither file may grow
    past what a repository should hold in one file (split further, by writer, when one nears it)."""
    assert TRAIN_FILES == ("train.jsonl", "train_outside.jsonl")
    assert all(r["writer"].startswith(OUTSIDE_WRITER_PREFIX) for r in load("train_outside.jsonl"))
    assert not any(r["writer"].startswith(OUTSIDE_WRITER_PREFIX) for r in load("train.jsonl"))
    for path in sorted(DATA.glob("*.jsonl")) + sorted(EVAL.glob("*.jsonl")):
        assert path.stat().st_size < MAX_FILE_BYTES, path.name


def test_hard_negatives_spread_over_families():
    rows = load("train.jsonl")
    families = Counter(r["family"] for r in rows if r["kind"] == "hard_negative" and r["writer"] == "templates")
    assert len(families) >= 8
    assert max(families.values()) <= 0.3 * sum(families.values())


def test_language_file():
    rows = read_records(DATA / "language.jsonl")
    languages = Counter()
    for row in rows:
        assert set(row) == {"text", "language"}, row
        languages[row["language"]] += 1
    assert languages["en"] >= 40
    for language in ("es", "fr", "de", "pt", "it", "nl", "id", "tr", "pl", "ru", "ar", "hi", "zh", "ja"):
        assert languages[language] >= 3, language
    assert len({normalised_key(r["text"]) for r in rows}) == len(rows)


def test_proposals_are_deterministic_and_new(tmp_path):
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / f"{run}.jsonl"
        proc = subprocess.run(
            [sys.executable, str(TOOLS / "propose.py"), "families_heldout", "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]
    taken = {normalised_key(r["text"]) for name in FILES for r in load(name)}
    assert not any(normalised_key(json.loads(line)["text"]) in taken for line in outputs[0].decode().splitlines())


def test_adding_one_record_changes_one_line(tmp_path):
    target = tmp_path / "heldout.jsonl"
    shutil.copy(DATA / "heldout.jsonl", target)
    before = target.read_text(encoding="utf-8").splitlines()
    candidate = {
        "text": "Morning! Could you send me the menu for Saturday? Thinking of ordering for six.",
        "label": "none",
        "span": None,
        "kind": "hard_negative",
    }
    candidates = tmp_path / "new.jsonl"
    candidates.write_text(
        json.dumps(candidate) + "\n" + json.dumps(dict(candidate, label="cold_pitch")) + "\n", encoding="utf-8"
    )
    proc = subprocess.run(
        [
            sys.executable,
            str(TOOLS / "add.py"),
            str(candidates),
            "--to",
            str(target),
            "--writer",
            "test",
            "--family",
            "test-family",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "invalid" in proc.stderr  # the second candidate has no span for its label
    after = target.read_text(encoding="utf-8").splitlines()
    assert len(after) == len(before) + 1
    assert set(after) - set(before) == {next(line for line in after if content_id(candidate["text"]) in line)}
