"""How the sentence model does on writers it never saw: each review-set writer is left out in turn, a model is fitted
on the training corpus and the other writers, and it judges the left-out writer's sentences (and, with --rewrites,
plans the rewrites of that writer's drafts, which the review checks then score). This is how C, the review weight and
the thresholds were chosen, so these figures are development figures too; fresh blind reads are the evidence.

.venv/bin/python tools/eval/sentence_model_cv.py [--c 3] [--review-weight 3] [--rewrites]
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np
from sklearn.metrics import roc_auc_score

from tactful.engine.checker import load_checker
from tactful.paths import models_dir
from tactful.rewrite.engine import build_rewriter
from tactful.training.corpus import read_training_corpus
from tactful.training.rewrite_review import CHECKS, bank_words, read_review_set, review
from tactful.training.sentence_model import (
    PLANNER_BARS,
    REVIEW_WEIGHT,
    C,
    corpus_examples,
    fit,
    judge_of,
    review_examples,
)

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--review-weight", type=float, default=REVIEW_WEIGHT)
    parser.add_argument("--rewrites", action="store_true", help="also plan and check the left-out writer's rewrites")
    for bar, default in PLANNER_BARS.items():
        parser.add_argument(f"--{bar.replace('_', '-')}", type=float, default=default, help=f"planner bar {bar}")
    parser.add_argument("--show", action="append", default=[], help="print the failing rewrites of this check")
    args = parser.parse_args()
    models = models_dir()
    corpus = corpus_examples(read_training_corpus(models / "data"))
    records = read_review_set(models / "eval")
    writers = sorted({r["writer"] for r in records})
    checker = load_checker(models) if args.rewrites else None
    scores: list[float] = []
    truth: list[bool] = []
    failures: Counter = Counter()
    rewrites = runs_without = clean = fine_runs = fine_rewritten = 0
    examples_shown: list[str] = []
    for writer in writers:
        held_out = [r for r in records if r["writer"] == writer]
        others = review_examples([r for r in records if r["writer"] != writer])
        model = fit(corpus + others, c=args.c, review_weight=args.review_weight)
        judge = judge_of(model, {bar: getattr(args, bar) for bar in PLANNER_BARS})
        examples = review_examples(held_out)
        scores += judge.scores([e.text for e in examples])
        truth += [e.pushy for e in examples]
        if checker is not None:
            rewriter = build_rewriter(checker, models, judge)
            tally = review(rewriter, checker, held_out, bank_words([a.text for a in rewriter.bank.additions]))
            failures.update(tally.failures)
            for check in args.show:
                examples_shown += tally.examples.get(check, [])
            clean += tally.clean
            fine_runs += tally.fine_runs
            fine_rewritten += tally.fine_runs_rewritten
            rewrites += tally.rewrites
            runs_without += len(tally.drafts_without_rewrite)
        print(f"{writer}: {len(examples)} sentences", flush=True)
    y, p = np.array(truth), np.array(scores)
    print(f"sentences {len(y)} ({y.sum()} pushy), AUC {roc_auc_score(y, p):.3f}")
    for t in THRESHOLDS:
        flagged = p >= t
        print(f"  at {t:.1f}: pushy caught {flagged[y].mean():.1%}, fine taken for pushy {flagged[~y].mean():.1%}")
    if checker is not None:
        for line in examples_shown:
            print(line)
        print(f"rewrites {rewrites} ({clean} pass every check), runs with none {runs_without}")
        print(f"fine drafts rewritten: {fine_rewritten} of {fine_runs} runs")
        for check in CHECKS:
            print(f"  {check:18} {1 - failures[check] / rewrites:6.1%}  ({failures[check]} failing)")


if __name__ == "__main__":
    main()
