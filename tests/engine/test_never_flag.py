"""The never-flag suite: messages written the way Tactful advises (introductions, collaboration after an
introduction, thanks for a like or follow, customers' questions, talk about pushy messages, free help).
None may be flagged at the default sensitivity. The suite is never trained on."""

from __future__ import annotations

from tactful.paths import models_dir
from tactful.training.corpus import NEVER_FLAG_FILE, read_corpus

# Known false alarms, each with why it is still flagged. The list may only shrink: an entry that stops being
# flagged fails the test, so it is removed at once.
KNOWN_FALSE_ALARMS = {
    # A story about one's own past pitches: "I was sending message to all people who like my page" reads as
    # "like my page"; no sentence alone reaches the threshold, but the draft as a whole does (0.71).
    "d-509eec0eb027",
}


def test_tactfuls_own_advice_is_never_flagged(checker):
    drafts = read_corpus(models_dir() / "eval" / NEVER_FLAG_FILE)
    assert len(drafts) >= 200
    results = checker.check_many([d.text for d in drafts])
    flagged = {d.id: (d.family, r.category, r.score, d.text) for d, r in zip(drafts, results, strict=True) if r.flagged}
    unexpected = {i: v for i, v in flagged.items() if i not in KNOWN_FALSE_ALARMS}
    assert not unexpected, unexpected
    assert set(flagged) == KNOWN_FALSE_ALARMS, "a known false alarm is fixed: remove it from the list"
