"""The review set (models/eval/rewrite_review.jsonl, 1,720 drafts by nineteen outside writers, each annotated with what
a good rewrite keeps and what pushes): every rewrite of every draft, with and without the draft's profile, as shipped
(after the sendable gate). The sentence model the planner uses is trained on every one of them and most were read
while tuning the rewriter; the gate is trained on blind readers' verdicts on the rewrites of r9 to r13 and r15 to
r17. So these are development figures (tools/eval/sentence_model_cv.py gives the planner's with each writer left out
of that model); blind reads use fresh drafts.

Hard rules hold on every rewrite. Keeping the annotated sentences and items is measured: the floors are the
figures at the time of writing, so a change that keeps less fails here (raise them as the rewriter improves).
"""

from __future__ import annotations

import pytest

from tactful.paths import models_dir
from tactful.training.rewrite_review import bank_words, read_review_set, review

HARD_RULES = ("no_invented_name", "no_meta", "questions", "comment_length", "not_flagged", "never_claimed")
# must_keep fell from 0.867 when a business or product named only in the push stopped being said again in a line of
# its own: blind readers sent such lines in 0 of 45 rewrites (reads r5 to r8).
FLOORS = {"kept_sentences": 0.90, "must_keep": 0.88, "push_removed": 0.97}
# Of 2,588 runs: drafts whose push neither the check nor the planner sees, with nothing left worth sending once the
# push is out, or whose rewrites the sendable gate withholds even with cut sentences taken out whole (readers sent 9%
# of the rewrites it withholds).
MAX_RUNS_WITHOUT_REWRITE = 730
MIN_REWRITES = 1850
# Of the 257 runs on drafts their writer marked as fine (a false change is worse than a missed one). The check
# flags three of them, replies that answer a request for a tutor, a plumber or a price with contact details.
MAX_FINE_RUNS_REWRITTEN = 6


@pytest.fixture(scope="module")
def tally(rewriter, checker):
    records = read_review_set(models_dir() / "eval")
    assert len(records) >= 150
    return review(rewriter, checker, records, bank_words([a.text for a in rewriter.bank.additions]))


@pytest.mark.parametrize("check", HARD_RULES)
def test_hard_rules_hold_on_every_rewrite(tally, check):
    assert tally.failures[check] == 0, tally.examples[check][:3]


@pytest.mark.parametrize("check", sorted(FLOORS))
def test_what_must_survive_survives(tally, check):
    assert tally.share(check) >= FLOORS[check], tally.examples[check][:5]


def test_nearly_every_draft_gets_a_rewrite(tally):
    assert tally.rewrites >= MIN_REWRITES
    assert len(tally.drafts_without_rewrite) <= MAX_RUNS_WITHOUT_REWRITE


def test_fine_drafts_are_left_alone(tally):
    assert tally.fine_runs >= 35
    assert tally.fine_runs_rewritten <= MAX_FINE_RUNS_REWRITTEN
