#!/usr/bin/env python3
"""Measure candidate classifiers side by side: grouped cross-validation on the training data and the blind
development set (models/eval/blind_dev.jsonl), which is never trained on. The blind set is used here to
choose; the final blind set is not read by this script.

    .venv/bin/python tools/eval/compare_options.py [--extra-train FILE ...] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "server"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402
from sklearn.pipeline import FeatureUnion, Pipeline  # noqa: E402

import options  # noqa: E402
from tactful.engine import features  # noqa: E402
from tactful.engine.checker import load_checker  # noqa: E402
from tactful.engine.classifier import CLASSES  # noqa: E402
from tactful.training.corpus import read_corpus, read_training_corpus  # noqa: E402


def tfidf(analyzer):
    return TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2, dtype=np.float64)


def build(option: str, c: float) -> Pipeline:
    if option == "word":
        vec = tfidf(options.word_ngrams)
    elif option == "word+char":
        vec = tfidf(options.word_and_char_ngrams)
    elif option == "word-without-spelling":
        vec = tfidf(options.analyzer_from_tokens(lambda t: features.raw_tokens(t)))
    elif option == "word+declarative":
        vec = tfidf(options.analyzer_from_tokens(lambda t: options.mark_declarative_verbs(features.tokens(t))))
    elif option == "word+quotes":
        vec = tfidf(options.analyzer_from_tokens(lambda t: options.mark_quotes(features.tokens(t))))
    elif option == "word+embedding":
        vec = FeatureUnion([("words", tfidf(options.word_ngrams)), ("embedding", options.StaticEmbedding())])
    else:
        raise SystemExit(f"unknown option {option}")
    return Pipeline([("features", vec), ("classifier", LogisticRegression(C=c, max_iter=5000, random_state=0))])


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits, labels):
    grid = np.round(np.arange(0.2, 3.01, 0.05), 2)
    losses = [-np.log(softmax(logits / t)[np.arange(len(labels)), labels] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(losses))])


def binary_f1(truth, predicted):
    t, p = truth != 0, predicted != 0
    tp = (t & p).sum()
    return 2 * tp / max(1, t.sum() + p.sum())


def report(name, drafts, probabilities, english, threshold=0.5):
    truth = np.array([CLASSES.index(d.label) for d in drafts])
    flagged = (1 - probabilities[:, 0] >= threshold) & english
    predicted = np.where(flagged, 1 + probabilities[:, 1:].argmax(axis=1), 0)
    t = truth != 0
    tp, fp, fn = (t & flagged).sum(), (~t & flagged).sum(), (t & ~flagged).sum()
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    fpr = fp / max(1, (~t).sum())
    recalls = [((predicted == k) & (truth == k)).sum() / max(1, (truth == k).sum()) for k in (1, 2, 3)]
    return (
        f"{name}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} FPR {fpr:.3f} ({fp}/{(~t).sum()}) "
        f"recall recip {recalls[0]:.2f} pitch {recalls[1]:.2f} ask {recalls[2]:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra-train", type=Path, nargs="*", default=[])
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--c", type=float, default=30.0)
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.5])
    parser.add_argument("--template-weight", type=float, default=1.0, help="sample weight of template-generated drafts")
    parser.add_argument("--none-weight", type=float, default=1.0, help="sample weight of drafts labelled none")
    args = parser.parse_args()
    train = read_training_corpus(REPO / "models/data")
    for extra in args.extra_train:
        train += read_corpus(extra)
    heldout = read_corpus(REPO / "models/data/heldout.jsonl")
    blind = read_corpus(REPO / "models/eval/blind_dev.jsonl")
    checker = load_checker(REPO / "models")
    # What the checker adds on top of the model: the language guess and the short-draft rule.
    english = {
        id(d): checker.language.guess(d.text, features.tokens(d.text)) == "en"
        and not checker.too_short_to_judge(d.text, features.tokens(d.text))
        for d in heldout + blind
    }
    texts = [d.text for d in train]
    labels = np.array([CLASSES.index(d.label) for d in train])
    groups = np.array([d.group for d in train])
    weights = np.array(
        [
            (args.template_weight if d.writer == "templates" else 1.0)
            * (args.none_weight if d.label == "none" else 1.0)
            for d in train
        ]
    )
    folds = list(GroupKFold(n_splits=5).split(texts, labels, groups))
    for option in args.only or ["word", "word-without-spelling", "word+char", "word+embedding"]:
        started = time.time()
        oof = np.zeros((len(texts), len(CLASSES)))
        for train_index, test_index in folds:
            pipe = build(option, args.c).fit(
                [texts[i] for i in train_index], labels[train_index], classifier__sample_weight=weights[train_index]
            )
            oof[test_index] = pipe.decision_function([texts[i] for i in test_index])
        temperature = fit_temperature(oof, labels)
        cv = binary_f1(labels, np.where(1 - softmax(oof / temperature)[:, 0] >= 0.5, 1, 0))
        pipe = build(option, args.c).fit(texts, labels, classifier__sample_weight=weights)
        print(
            f"== {option} (C={args.c}, template weight {args.template_weight}, none weight {args.none_weight}, "
            f"T={temperature}, grouped-CV binary F1 {cv:.3f}, {time.time() - started:.0f} s)"
        )
        for split_name, drafts in (("held-out", heldout), ("blind dev", blind)):
            probabilities = softmax(pipe.decision_function([d.text for d in drafts]) / temperature)
            mask = np.array([english[id(d)] for d in drafts])
            for threshold in args.thresholds:
                print("   ", report(f"{split_name} @{threshold}", drafts, probabilities, mask, threshold))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
