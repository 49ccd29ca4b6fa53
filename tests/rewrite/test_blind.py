"""Every rewrite Tactful proposes for a pushy draft written blind (models/eval) passes its own check."""

from __future__ import annotations

from tactful.paths import models_dir
from tactful.rewrite.profile import Profile
from tactful.training.corpus import BLIND_DEV_FILE, read_corpus


def test_rewrites_of_blind_pushy_drafts_are_never_flagged(checker, rewriter):
    drafts = [d for d in read_corpus(models_dir() / "eval" / BLIND_DEV_FILE) if d.label != "none"]
    originals = checker.check_many([d.text for d in drafts])
    profile = Profile(name="Dana", business="Sweet Crumbs Bakery")
    made, flagged = 0, []
    for number, (draft, original) in enumerate(zip(drafts, originals, strict=True)):
        if not original.flagged:
            continue
        rewrites = rewriter.rewrite(draft.text, profile=profile if number % 2 else None, n=3, original=original)
        made += len(rewrites)
        flagged += [
            r.text for r, v in zip(rewrites, checker.check_many([r.text for r in rewrites]), strict=True) if v.flagged
        ]
    # A draft that is all push gets no rewrite: an introduction from the profile alone was what most of them used to
    # get, and blind readers sent none of those; nor does one left with only the like it set up ("I liked your page"),
    # or with only what leaned on the ask ("[kindly follow my TikTok,] I do comedy skits"), nor one whose every rewrite
    # the sendable gate withholds.
    assert made >= 280
    assert not flagged, flagged[:5]
