"""The trained classifier as plain arrays: TF-IDF (sublinear tf, l2) → multinomial logistic regression.

Trained with scikit-learn (see tactful.training), exported to `weights.npz` + `model.json`, and scored
here with numpy alone: scikit-learn's per-call validation costs milliseconds on one sample and its import
costs a second of start-up, while this costs tens of microseconds. A test checks both give the same numbers.
Nothing is unpickled: the arrays load with allow_pickle=False and their SHA-256 is checked first.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise, repeat
from pathlib import Path

import numpy as np

from tactful.engine import features
from tactful.engine.domain import SENSITIVITIES

_SMALL_BATCH = 16  # up to this many texts, scoring one by one beats the vectorised set-up cost
CLASSES = ("none", "reciprocity_demand", "cold_pitch", "unearned_ask")
MANIFEST = "model.json"
WEIGHTS = "weights.npz"


class ModelIntegrityError(RuntimeError):
    """The model files are missing, altered or inconsistent."""


@dataclass
class LinearTextModel:
    vocabulary: dict[str, int]
    idf: np.ndarray  # (n_features,)
    weights: np.ndarray  # (n_features, n_classes): the transposed coefficient matrix, rows gathered per feature
    intercept: np.ndarray  # (n_classes,)
    temperature: float  # calibration: probabilities = softmax(logits / temperature)
    thresholds: dict[str, float]  # sensitivity name → minimum P(flagged)
    version: str
    classes: tuple[str, ...] = CLASSES
    # "w"/"b" feature names → the keys that tokens and pairwise() produce
    _ngram_index: dict[str | tuple[str, ...], int] = field(init=False, repr=False)

    _unknown: int = field(init=False, repr=False)  # index of an all-zero row that every unknown n-gram maps to
    _idf_scoring: np.ndarray = field(init=False, repr=False)
    _weights_scoring: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._ngram_index = {features.ngram_key(name): index for name, index in self.vocabulary.items()}
        # Unknown n-grams get idf 0 and weights 0: they change neither a norm nor a score, and looking them up
        # needs no Python-level filtering (map(dict.get, keys, repeat(unknown)) runs in C).
        self._unknown = len(self.idf)
        self._idf_scoring = np.append(self.idf, 0.0)
        self._weights_scoring = np.vstack([self.weights, np.zeros((1, self.weights.shape[1]))])

    # ---- loading and saving -------------------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> LinearTextModel:
        manifest_path, weights_path = folder / MANIFEST, folder / WEIGHTS
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            blob = weights_path.read_bytes()
        except (OSError, ValueError) as exc:
            raise ModelIntegrityError(f"cannot read the classifier in {folder}: {exc}") from exc
        digest = hashlib.sha256(blob).hexdigest()
        if digest != manifest.get("weights_sha256"):
            raise ModelIntegrityError(f"{weights_path} does not match the SHA-256 recorded in {manifest_path}")
        with np.load(io.BytesIO(blob), allow_pickle=False) as arrays:
            idf, weights, intercept = arrays["idf"], arrays["weights"], arrays["intercept"]
        if not all(np.isfinite(a).all() for a in (idf, weights, intercept)):
            raise ModelIntegrityError(f"{weights_path} holds numbers that are not finite (NaN or infinity)")
        _check_scalars(manifest, manifest_path)
        vocabulary = {name: index for index, name in enumerate(manifest["features"])}
        if not (len(vocabulary) == idf.shape[0] == weights.shape[0]) or weights.shape[1] != len(manifest["classes"]):
            raise ModelIntegrityError(f"the arrays in {weights_path} do not fit the feature list in {manifest_path}")
        return cls(
            vocabulary=vocabulary,
            idf=idf,
            weights=np.ascontiguousarray(weights),
            intercept=intercept,
            temperature=float(manifest["temperature"]),
            thresholds={k: float(v) for k, v in manifest["thresholds"].items()},
            version=manifest["version"],
            classes=tuple(manifest["classes"]),
        )

    def weights_blob(self) -> tuple[bytes, str]:
        """The arrays as the bytes of weights.npz, and their SHA-256 (what the model's version derives from)."""
        buffer = io.BytesIO()
        np.savez_compressed(buffer, idf=self.idf, weights=self.weights, intercept=self.intercept)
        blob = buffer.getvalue()
        return blob, hashlib.sha256(blob).hexdigest()

    def save(self, folder: Path, extra_manifest: Mapping[str, object] | None = None) -> None:
        """Write weights.npz and model.json (which records the weights' SHA-256)."""
        folder.mkdir(parents=True, exist_ok=True)
        blob, digest = self.weights_blob()
        (folder / WEIGHTS).write_bytes(blob)
        ordered = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        manifest = {
            "version": self.version,
            "classes": list(self.classes),
            "temperature": self.temperature,
            "thresholds": self.thresholds,
            "weights_sha256": digest,
            **(extra_manifest or {}),
            "features": ordered,
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    # ---- scoring ------------------------------------------------------------------------------------
    def feature_indices(self, text: str) -> list[int]:
        """Vocabulary indices of the text's features, with repeats (same multiset as features.analyze)."""
        return [index for index in self._scoring_indices(features.tokens(text)) if index != self._unknown]

    def _scoring_indices(self, toks: list[str]) -> list[int]:
        """Indices of all n-grams, unknown ones as `self._unknown`. The n-grams are tokens and tuples of tokens
        built by pairwise in C: no strings are joined per draft."""
        ngrams: Iterator[str | tuple[str, ...]] = chain(toks, pairwise(toks))
        return list(map(self._ngram_index.get, ngrams, repeat(self._unknown)))

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Uncalibrated class scores, shape (len(texts), n_classes), for a whole batch at once."""
        return self.logits_of_tokens([features.tokens(text) for text in texts])

    def logits_of_tokens(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        """As `logits`, for texts already split by `features.tokens` (callers that need the tokens anyway)."""
        if len(token_lists) <= _SMALL_BATCH:
            return np.array([self._logits_of_one(toks) for toks in token_lists]).reshape(len(token_lists), -1)
        return self._logits_of_many(token_lists)

    def _logits_of_one(self, toks: list[str]) -> np.ndarray:
        """One text, a handful of numpy calls: the per-keystroke path."""
        counts = Counter(self._scoring_indices(toks))
        features_present = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        term_counts = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        values = (1.0 + np.log(term_counts)) * self._idf_scoring[features_present]
        norm = np.sqrt(values @ values)
        if norm == 0.0:  # no known n-gram at all
            return self.intercept.copy()
        logits: np.ndarray = (values / norm) @ self._weights_scoring[features_present] + self.intercept
        return logits

    def _logits_of_many(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        """Many texts in one vectorised pass: the batch path."""
        n_docs, n_features = len(token_lists), len(self._idf_scoring)
        flat: list[int] = []
        doc_of: list[int] = []
        for doc, toks in enumerate(token_lists):
            indices = self._scoring_indices(toks)
            flat.extend(indices)
            doc_of.extend([doc] * len(indices))
        scores = np.tile(self.intercept, (n_docs, 1))
        if not flat:
            return scores
        keys, counts = np.unique(
            np.asarray(doc_of, dtype=np.int64) * n_features + np.asarray(flat, dtype=np.int64), return_counts=True
        )
        docs, feats = np.divmod(keys, n_features)
        values = (1.0 + np.log(counts)) * self._idf_scoring[feats]
        norms = np.sqrt(np.bincount(docs, weights=values * values, minlength=n_docs))
        norms[norms == 0.0] = 1.0  # drafts with no known n-gram keep their zeros
        values /= norms[docs]
        contributions = self._weights_scoring[feats] * values[:, None]
        for column in range(scores.shape[1]):
            scores[:, column] += np.bincount(docs, weights=contributions[:, column], minlength=n_docs)
        return scores

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated class probabilities, shape (len(texts), n_classes)."""
        return self.probabilities_of_tokens([features.tokens(text) for text in texts])

    def probabilities_of_tokens(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        scaled = self.logits_of_tokens(token_lists) / self.temperature
        scaled -= scaled.max(axis=1, keepdims=True)
        exp = np.exp(scaled)
        probabilities: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return probabilities


def _check_scalars(manifest: Mapping[str, object], manifest_path: Path) -> None:
    """A threshold for every sensitivity, each a finite number between 0 and 1, and a positive temperature."""
    thresholds = manifest.get("thresholds")
    if not isinstance(thresholds, dict) or set(SENSITIVITIES) - set(thresholds):
        raise ModelIntegrityError(f"{manifest_path} needs a threshold for each of {', '.join(SENSITIVITIES)}")
    for name, value in thresholds.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < float(value) < 1.0:
            raise ModelIntegrityError(
                f"{manifest_path}: threshold {name!r} must be a number between 0 and 1, not {value!r}"
            )
    temperature = manifest.get("temperature")
    if (
        isinstance(temperature, bool)
        or not isinstance(temperature, (int, float))
        or not math.isfinite(temperature)
        or temperature <= 0
    ):
        raise ModelIntegrityError(f"{manifest_path}: temperature must be a positive number, not {temperature!r}")
