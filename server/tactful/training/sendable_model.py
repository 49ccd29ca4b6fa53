"""Train the sendable gate (tactful.rewrite.sendable) on blind readers' verdicts.

Every verdict of reads r9 onwards is one example: the rewrite's features and whether that reader would send it as is
(two readers per read, so each rewrite counts twice). The sentence scores in the features come from a sentence model
fitted without the read's writer, as a new user's drafts are unseen. Leave-one-read-out figures say how well the gate
ranks rewrites of drafts by a writer it never saw, and BAR was chosen with them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from tactful.rewrite.sendable import SENDABLE_FILE, SendableModel, rewrite_features
from tactful.training.corpus import EVAL_DIR, read_training_corpus
from tactful.training.rewrite_review import read_review_set
from tactful.training.sentence_model import corpus_examples, fit, judge_of, review_examples

READS_DIR = "rewrite_reads"
# The reads of the rewriter that edits the draft and adds (almost) nothing: r9 onwards (r14 is kept for the closing
# read; r15 to r17 were read by one reader each, to train this). Earlier reads scored rewriters that added
# introductions and stock lines, which no rewrite does now.
READS = ("r9", "r10", "r11", "r12", "r13", "r15", "r16", "r17")
C = 0.1
# Below this a rewrite is not offered. Left out in turn, each read's rewrites below it (32.3% of verdicts) were sent by
# readers in 8.8% of verdicts, against 61.2% above it (`cross_validate`); from 0.2 to 0.25, in about 1 in 4.
BAR = 0.2


@dataclass(frozen=True, slots=True)
class Verdicts:
    read: str
    features: list[list[float]]
    sendable: list[bool]


def read_verdicts(models: Path) -> list[Verdicts]:
    """The features and verdicts of every read in READS, with sentence scores from a model without its writer."""
    corpus = corpus_examples(read_training_corpus(models / "data"))
    records = read_review_set(models / EVAL_DIR)
    folder = models / EVAL_DIR / READS_DIR
    out = []
    for read in READS:
        writer = f"review-{read}"
        judge = judge_of(fit(corpus + review_examples([r for r in records if r["writer"] != writer])))
        items = {}
        for line in (folder / f"{read}_sheet.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items[item["item"]] = rewrite_features(item["draft"], item["rewrite"], item["surface"], judge.scores)
        features, sendable = [], []
        for scores in sorted(folder.glob(f"{read}_scores_*.jsonl")):
            for line in scores.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    verdict = json.loads(line)
                    features.append(items[verdict["item"]])
                    sendable.append(bool(verdict["sendable"]))
        out.append(Verdicts(read, features, sendable))
    return out


def fit_gate(features: np.ndarray, sendable: np.ndarray, version: str = "unversioned") -> SendableModel:
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0] = 1.0
    classifier = LogisticRegression(C=C, max_iter=5000).fit((features - mean) / scale, sendable)
    return SendableModel(
        mean, scale, classifier.coef_[0].astype(np.float64), float(classifier.intercept_[0]), BAR, version
    )


def cross_validate(verdicts: list[Verdicts], bars: tuple[float, ...] = (0.1, 0.15, 0.2, 0.25, 0.3)) -> dict:
    """Each read left out in turn: the gate's AUC on it, and for each bar the share of its verdicts the gate would
    withhold and how many of the withheld and of the offered rewrites readers would send."""
    per_read = {}
    pooled: dict[float, list[int]] = {bar: [0, 0, 0, 0] for bar in bars}  # withheld, withheld sent, offered, sent
    for held in verdicts:
        rest = [v for v in verdicts if v is not held]
        gate = fit_gate(
            np.array([f for v in rest for f in v.features]), np.array([s for v in rest for s in v.sendable])
        )
        p = np.array([gate.probability(f) for f in held.features])
        y = np.array(held.sendable)
        per_read[held.read] = {"auc": round(float(roc_auc_score(y, p)), 3), "sendable": round(float(y.mean()), 3)}
        for bar in bars:
            below = p < bar
            tally = pooled[bar]
            tally[0] += int(below.sum())
            tally[1] += int(y[below].sum())
            tally[2] += int((~below).sum())
            tally[3] += int(y[~below].sum())
    return {
        "per_read": per_read,
        "bars": {
            str(bar): {
                "withheld": round(w / (w + o), 3),
                "withheld_sendable": round(ws / max(w, 1), 3),
                "offered_sendable": round(os_ / max(o, 1), 3),
            }
            for bar, (w, ws, o, os_) in pooled.items()
        },
    }


def train_sendable_model(models: Path) -> str:
    """Fit on every verdict, write models/rewrites/sendable.json with its leave-one-read-out figures; a summary."""
    verdicts = read_verdicts(models)
    features = np.array([f for v in verdicts for f in v.features])
    sendable = np.array([s for v in verdicts for s in v.sendable])
    figures = cross_validate(verdicts)
    gate = fit_gate(features, sendable)
    digest = hashlib.sha256(np.concatenate([gate.mean, gate.scale, gate.weights, [gate.intercept]]).tobytes())
    gate = SendableModel(
        gate.mean, gate.scale, gate.weights, gate.intercept, gate.bar, f"send-{digest.hexdigest()[:12]}"
    )
    extra = {"reads": list(READS), "verdicts": len(sendable), "C": C, "leave_one_read_out": figures}
    (models / "rewrites" / SENDABLE_FILE).write_text(gate.to_json(extra) + "\n", encoding="utf-8")
    aucs = ", ".join(f"{read} {v['auc']}" for read, v in figures["per_read"].items())
    return f"sendable gate {gate.version}: {len(sendable)} verdicts; AUC left out {aucs}; bar {BAR}"
