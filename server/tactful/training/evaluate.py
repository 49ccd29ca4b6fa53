"""Held-out evaluation of the shipped checker (the same code path the server uses)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tactful.engine.checker import Checker
from tactful.engine.classifier import CLASSES
from tactful.engine.domain import SENSITIVITIES
from tactful.engine.offsets import Utf16Index
from tactful.training.corpus import LabelledDraft


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "support": tp + fn}


def evaluate_checker(checker: Checker, drafts: Sequence[LabelledDraft]) -> dict:
    truth = [d.label for d in drafts]
    per_sensitivity = {}
    for sensitivity in SENSITIVITIES:
        results = checker.check_many([d.text for d in drafts], sensitivity=sensitivity)
        per_sensitivity[sensitivity] = _evaluate_results(drafts, truth, results)
    # The hand-written part of the held-out file is the closest thing to real drafts: report it on its own.
    handwritten = [i for i, d in enumerate(drafts) if d.group.startswith("handwritten")]
    handwritten_block = None
    if handwritten:
        subset = [drafts[i] for i in handwritten]
        results = checker.check_many([d.text for d in subset], sensitivity="balanced")
        handwritten_block = {"size": len(subset), **_evaluate_results(subset, [d.label for d in subset], results)}
    return {
        "heldout_size": len(drafts),
        "by_sensitivity": per_sensitivity,
        "default": per_sensitivity["balanced"],
        "handwritten_subset_balanced": handwritten_block,
    }


def evaluate_blind(checker: Checker, drafts: Sequence[LabelledDraft], worst: int = 20) -> dict:
    """A blind set at the default sensitivity: the same figures as the held-out, by writer, and the worst errors."""
    results = checker.check_many([d.text for d in drafts], sensitivity="balanced")
    block = {"size": len(drafts), **_evaluate_results(drafts, [d.label for d in drafts], results)}
    writers = sorted({d.writer for d in drafts})
    block["by_writer"] = {}
    for writer in writers:
        index = [i for i, d in enumerate(drafts) if d.writer == writer]
        subset = [drafts[i] for i in index]
        figures = _evaluate_results(subset, [d.label for d in subset], [results[i] for i in index])
        block["by_writer"][writer] = {
            "size": len(subset),
            "binary": figures["binary"],
            "false_positive_rate": figures["false_positive_rate"],
        }
    block["worst_errors"] = _worst_errors(drafts, results, worst)
    return block


def _worst_errors(drafts, results, count: int) -> list[dict]:
    """The most confident mistakes: false alarms with the highest scores, misses with the lowest, and wrong
    categories."""
    errors = []
    for draft, result in zip(drafts, results, strict=True):
        predicted = result.category if result.flagged else "none"
        if predicted == draft.label:
            continue
        if draft.label == "none":
            confidence = result.score
        elif not result.flagged:
            confidence = 1.0 - result.score
        else:
            confidence = 0.5 * result.score  # right to flag, wrong category: the least harmful error
        errors.append(
            (
                confidence,
                draft.id,
                {
                    "id": draft.id,
                    "text": draft.text,
                    "label": draft.label,
                    "predicted": predicted,
                    "score": result.score,
                    "kind": draft.kind,
                },
            )
        )
    errors.sort(key=lambda e: (-e[0], e[1]))
    return [e[2] for e in errors[:count]]


def _evaluate_results(drafts, truth, results) -> dict:
    predicted = [r.category if r.flagged else "none" for r in results]
    is_pushy = np.array([t != "none" for t in truth])
    flagged = np.array([r.flagged for r in results])
    binary = _prf(int((is_pushy & flagged).sum()), int((~is_pushy & flagged).sum()), int((is_pushy & ~flagged).sum()))
    kinds = np.array([d.kind for d in drafts])

    def false_positive_rate(mask):
        return round(float(flagged[mask].mean()), 4) if mask.any() else None

    per_category = {
        c: _prf(
            sum(p == c and t == c for p, t in zip(predicted, truth, strict=True)),
            sum(p == c and t != c for p, t in zip(predicted, truth, strict=True)),
            sum(p != c and t == c for p, t in zip(predicted, truth, strict=True)),
        )
        for c in CLASSES
    }
    confusion = [
        [sum(t == a and p == b for p, t in zip(predicted, truth, strict=True)) for b in CLASSES] for a in CLASSES
    ]
    both = [i for i in range(len(drafts)) if is_pushy[i] and flagged[i]]
    category_accuracy = sum(predicted[i] == truth[i] for i in both) / len(both) if both else 0.0
    span_hits = sum(_span_overlaps(drafts[i], results[i]) for i in both)
    scores = np.array([r.score for r in results])
    return {
        "binary": binary,
        "false_positive_rate": {
            "clean": false_positive_rate(kinds == "clean"),
            "hard_negative": false_positive_rate(kinds == "hard_negative"),
            "all_unflagged_labels": false_positive_rate(~is_pushy),
        },
        "per_category": per_category,
        "confusion_matrix": {"labels": list(CLASSES), "rows_true_columns_predicted": confusion},
        "category_accuracy_on_flagged": round(category_accuracy, 4),
        "span_overlap_rate": round(span_hits / len(both), 4) if both else 0.0,
        "brier_score": round(float(np.mean((scores - is_pushy) ** 2)), 4),
        "expected_calibration_error": round(_expected_calibration_error(scores, is_pushy), 4),
    }


def _span_overlaps(draft: LabelledDraft, result) -> bool:
    if not draft.span:
        return False
    start = draft.text.find(draft.span)
    if start < 0:
        return False
    index = Utf16Index(draft.text)
    gold_start, gold_end = index.to_utf16(start), index.to_utf16(start + len(draft.span))
    return any(issue.start < gold_end and gold_start < issue.end for issue in result.issues)


def _expected_calibration_error(scores: np.ndarray, outcomes: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.mean() * abs(scores[mask].mean() - outcomes[mask].mean())
    return float(error)
