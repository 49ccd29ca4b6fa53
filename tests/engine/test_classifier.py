"""The exported arrays score exactly like the scikit-learn Pipeline, and tampered files are refused."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from tactful.engine.classifier import _SMALL_BATCH, LinearTextModel, ModelIntegrityError
from tactful.paths import models_dir
from tactful.training.corpus import read_training_corpus


def test_feature_indices_match_the_training_analyzer(checker):
    from tactful.engine.features import analyze

    model = checker.model
    for text in ["Hi Zoë!! I LIKED ur page… now like mine 😊 l4l", "DM me to order: $25 at www.shop.com @dana", ""]:
        expected = sorted(model.vocabulary[f] for f in analyze(text) if f in model.vocabulary)
        assert sorted(model.feature_indices(text)) == expected


def test_tampered_weights_are_refused(tmp_path):
    folder = tmp_path / "classifier"
    shutil.copytree(models_dir() / "classifier", folder)
    blob = bytearray((folder / "weights.npz").read_bytes())
    blob[-10] ^= 0xFF
    (folder / "weights.npz").write_bytes(bytes(blob))
    with pytest.raises(ModelIntegrityError, match="SHA-256"):
        LinearTextModel.load(folder)


def test_feature_list_not_fitting_the_arrays_is_refused(tmp_path):
    folder = tmp_path / "classifier"
    shutil.copytree(models_dir() / "classifier", folder)
    manifest = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    manifest["features"] = manifest["features"][:-1]
    (folder / "model.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match="do not fit"):
        LinearTextModel.load(folder)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelIntegrityError, match="cannot read"):
        LinearTextModel.load(tmp_path)


def test_small_and_large_batch_paths_agree(checker):
    """Up to _SMALL_BATCH texts are scored one by one, more in one vectorised pass: both give the same scores.

    The texts are a slice of the training corpus (every label and kind) plus drafts that repeat words, so the
    term counts, the norms and the unknown n-grams of the two paths are all compared."""
    corpus = [draft.text for draft in read_training_corpus(models_dir() / "data")[::40]]
    texts = [*corpus, "", "like like like mine mine", "zqxv wpfk", "follow back follow back follow back"]
    assert len(texts) > 3 * _SMALL_BATCH
    one_by_one = np.vstack([checker.model.logits([t]) for t in texts])
    vectorised = checker.model.logits(texts)
    assert np.allclose(one_by_one, vectorised, atol=1e-12)
    probabilities = checker.model.predict_proba(texts)
    assert np.allclose(probabilities, np.vstack([checker.model.predict_proba([t]) for t in texts]), atol=1e-12)
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_drafts_without_any_known_ngram_score_as_the_intercept(checker):
    texts = ["zqxv wpfk", "", "🙂🙂"] * 6  # more than _SMALL_BATCH, so both scoring paths run
    assert len(texts) > _SMALL_BATCH
    for row in [checker.model.logits(texts[:1])[0], *checker.model.logits(texts)]:
        assert np.allclose(row, checker.model.intercept)
