"""Print how rewrites fare on the blind review set: the share of rewrites passing each check, and failures.

.venv/bin/python tools/eval/rewrite_review.py [--show CHECK] [--writer review-r1]
"""

from __future__ import annotations

import argparse

from tactful.engine.checker import load_checker
from tactful.paths import models_dir
from tactful.rewrite.engine import rewriter_for
from tactful.training.rewrite_review import CHECKS, bank_words, read_review_set, review


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="append", default=[], help="print the failing rewrites of this check")
    parser.add_argument("--writer", help="only drafts by this writer")
    args = parser.parse_args()
    checker = load_checker(models_dir())
    rewriter = rewriter_for(checker, models_dir())
    records = [r for r in read_review_set(models_dir() / "eval") if not args.writer or r["writer"] == args.writer]
    tally = review(rewriter, checker, records, bank_words([a.text for a in rewriter.bank.additions]))
    print(f"{len(records)} drafts, {tally.rewrites} rewrites, {len(tally.drafts_without_rewrite)} draft runs with none")
    fine = f"fine drafts rewritten in {tally.fine_runs_rewritten} of {tally.fine_runs} runs"
    print(f"  {tally.clean} rewrites pass every check; {fine}")
    for check in CHECKS:
        print(f"  {check:18} {tally.share(check):6.1%}  ({tally.failures[check]} failing)")
    for check in args.show:
        for line in tally.examples.get(check, []):
            print(f"[{check}] {line}")


if __name__ == "__main__":
    main()
