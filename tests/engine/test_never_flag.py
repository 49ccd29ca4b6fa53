"""The never-flag suite: messages written the way Tactful advises (introductions, collaboration after an
introduction, thanks for a like or follow, customers' questions, talk about pushy messages, free help).
None may be flagged at the default sensitivity. The suite is never trained on."""

from __future__ import annotations

from tactful.paths import models_dir
from tactful.training.corpus import NEVER_FLAG_FILE, read_corpus


def test_tactfuls_own_advice_is_never_flagged(checker):
    drafts = read_corpus(models_dir() / "eval" / NEVER_FLAG_FILE)
    assert len(drafts) >= 200
    results = checker.check_many([d.text for d in drafts])
    flagged = [(d.family, r.category, r.score, d.text) for d, r in zip(drafts, results) if r.flagged]
    assert not flagged, flagged
