"""The sentence model as the planner loads it: integrity checks, its bars, and that it tells a push from a kind word."""

from __future__ import annotations

import json
import shutil

import pytest

from tactful.engine.classifier import ModelIntegrityError
from tactful.paths import models_dir
from tactful.rewrite.sentence_judge import SENTENCE_MODEL_DIR, SentenceJudge


@pytest.fixture(scope="module")
def judge() -> SentenceJudge:
    return SentenceJudge.load(models_dir())


def test_pushes_score_above_kind_words(judge):
    pushes = [
        "Now follow my page back, that's only fair.",
        "Use code SPRING15 before Sunday night for 15% off!",
        "Leave us five stars on Google today please.",
    ]
    kind_words = [
        "Hope your mum is feeling better this week.",
        "Your window boxes look gorgeous this spring!",
        "Thanks so much for coming to the fair on Saturday.",
    ]
    push_scores, kind_scores = judge.scores(pushes), judge.scores(kind_words)
    assert min(push_scores) >= judge.bars.alone
    assert max(kind_scores) < judge.bars.backed
    assert judge.scores([]) == []


def test_the_bars_are_ordered(judge):
    bars = judge.bars
    assert 0 < bars.backed <= bars.pointed_at <= bars.alone <= bars.remainder < 1


def _copy(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(models_dir() / SENTENCE_MODEL_DIR, target / SENTENCE_MODEL_DIR)
    return target, target / SENTENCE_MODEL_DIR / "model.json"


def test_altered_weights_are_refused(tmp_path):
    models, _ = _copy(tmp_path)
    weights = models / SENTENCE_MODEL_DIR / "weights.npz"
    blob = bytearray(weights.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    weights.write_bytes(bytes(blob))
    with pytest.raises(ModelIntegrityError, match="SHA-256"):
        SentenceJudge.load(models)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.pop("planner"), "planner"),
        (lambda m: m["planner"].update(alone=1.5), "alone"),
        (lambda m: m["planner"].update(backed="low"), "backed"),
        (lambda m: m.update(classes=["pushy", "fine"]), "classes"),
    ],
)
def test_a_manifest_without_sound_bars_or_classes_is_refused(tmp_path, change, message):
    models, manifest_path = _copy(tmp_path)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    change(manifest)
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match=message):
        SentenceJudge.load(models)
