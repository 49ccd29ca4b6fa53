"""`tactful train` is reproducible, writes its metrics and card, and the shipped model matches the shipped data.

That the held-out file shares no text or group with the training file is tests/data/test_corpus.py's job."""

from __future__ import annotations

import json
import shutil

import pytest

from tactful.engine.classifier import LinearTextModel
from tactful.paths import models_dir
from tactful.training.corpus import HELDOUT_FILE, TRAIN_FILES, training_data_sha256

pytest.importorskip("sklearn")


def _small_models_copy(tmp_path, name: str):
    """A models folder with the real patterns/messages/language data and a slice of the corpus (every 4th row)."""
    source = models_dir()
    target = tmp_path / name
    for folder in ("patterns", "language"):
        shutil.copytree(source / folder, target / folder)
    for file in ("messages.json", "advice.json"):
        shutil.copy(source / file, target / file)
    (target / "data").mkdir()
    for file in (*TRAIN_FILES, HELDOUT_FILE):
        lines = (source / "data" / file).read_text(encoding="utf-8").splitlines(keepends=True)
        (target / "data" / file).write_text("".join(lines[::4]), encoding="utf-8")
    return target


def test_training_is_reproducible_and_writes_metrics(tmp_path):
    from tactful.training.train import train_and_export

    first = train_and_export(_small_models_copy(tmp_path, "a"))
    second = train_and_export(_small_models_copy(tmp_path, "b"))
    assert first.version == second.version  # same data + seeds → byte-identical weights
    assert first.export_max_abs_difference < 1e-9
    metrics = json.loads((tmp_path / "a" / "metrics.json").read_text(encoding="utf-8"))
    default = metrics["default"]
    assert set(default["per_category"]) == {"none", "reciprocity_demand", "cold_pitch", "unearned_ask"}
    for row in default["per_category"].values():
        assert {"precision", "recall", "f1", "support"} <= set(row)
    assert len(default["confusion_matrix"]["rows_true_columns_predicted"]) == 4
    card = (tmp_path / "a" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert metrics["data_sha256"] in card and "Confusion matrix" in card


def test_shipped_model_was_trained_on_the_shipped_data():
    manifest = json.loads((models_dir() / "classifier" / "model.json").read_text(encoding="utf-8"))
    data = models_dir() / "data"
    assert manifest["data_sha256"] == training_data_sha256(data), "run `make train` and commit"
    metrics = json.loads((models_dir() / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["model_version"] == LinearTextModel.load(models_dir() / "classifier").version


def test_shipped_model_meets_the_held_out_targets(checker):
    """Recomputed here with the shipped checker on models/data/heldout.jsonl, not read back: the figures meet issue
    #2's bar, and they are the ones models/metrics.json (and so the model card) publishes."""
    from tactful.training.corpus import read_corpus
    from tactful.training.evaluate import evaluate_checker

    measured = evaluate_checker(checker, read_corpus(models_dir() / "data" / HELDOUT_FILE))["default"]
    assert measured["binary"]["f1"] >= 0.95
    assert measured["false_positive_rate"]["clean"] <= 0.03
    assert measured["category_accuracy_on_flagged"] >= 0.90
    assert measured["span_overlap_rate"] >= 0.90
    published = json.loads((models_dir() / "metrics.json").read_text(encoding="utf-8"))["default"]
    assert measured == published
