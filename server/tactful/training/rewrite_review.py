"""Checks of rewrites against the blind review set (`models/eval/rewrite_review.jsonl`).

Each review draft was written outside the project with what a good rewrite must keep: sentences that are
fine (verbatim), names, business, product and link (`must_keep`), and words never to be claimed as the
writer's business (`never_claim`). The same checks run in the tests and in `tools/eval/rewrite_review.py`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tactful.rewrite.profile import Profile

if TYPE_CHECKING:
    from tactful.engine.checker import Checker
    from tactful.rewrite.engine import Rewrite, Rewriter

REVIEW_FILE = "rewrite_review.jsonl"
# Talk about the message instead of the message: what the old stitched rewrites were full of.
META_PHRASES = (
    "notification",
    "click",
    "button",
    "no catch",
    "strings attached",
    "no strings",
    "introduce myself than",
    "rather hear from you",
    "instead of just",
    "one more name",
    "i'd rather introduce",
)
COMMENT_EXTRA_WORDS = 15  # a comment's rewrite may be at most about a sentence longer than the draft
MAX_QUESTIONS = 2
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*")
_QUESTION_SENTENCE = re.compile(r"[^.!?]*\?+")
_GREETING = re.compile(r"^\W*(?:hi|hey|hello|hiya|dear)\b", re.IGNORECASE)
CHECKS = (
    "kept_sentences",
    "must_keep",
    "no_invented_name",
    "no_meta",
    "questions",
    "comment_length",
    "not_flagged",
    "never_claimed",
    "push_removed",
)
SURVIVING_RUN_WORDS = 3  # a run of this many of the pushy part's words, in order, is a piece of it kept
SURVIVING_SHARE = 0.5  # the push survives when such runs cover this share of its words


@dataclass(slots=True)
class ReviewTally:
    rewrites: int = 0
    clean: int = 0  # rewrites that pass every check
    fine_runs: int = 0  # runs on drafts their writer marked as not pushy at all
    fine_runs_rewritten: int = 0  # of those, the runs that got a rewrite (a fine draft should get none)
    drafts_without_rewrite: list[str] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def share(self, check: str) -> float:
        return 1.0 - self.failures[check] / self.rewrites if self.rewrites else 0.0


def read_review_set(eval_dir: Path) -> list[dict]:
    with (eval_dir / REVIEW_FILE).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def failed_checks(
    record: dict, profile: Profile, rewrite: Rewrite, flagged: bool, known_words: frozenset[str]
) -> list[str]:
    text = rewrite.text
    folded = text.casefold()
    failed = []
    if any(sentence not in text for sentence in record.get("keep_sentences", [])):
        failed.append("kept_sentences")
    if any(item.casefold() not in folded for item in record.get("must_keep", [])):
        failed.append("must_keep")
    allowed = (
        known_words
        | _words(record["text"])
        | _words(" ".join(v for v in (profile.name, profile.business, profile.page_url) if v))
    )
    if any(word[:1].isupper() and word.casefold() not in allowed for word in _WORD.findall(text)):
        failed.append("no_invented_name")
    added = " ".join(_utf16_slice(text, start, end) for start, end in rewrite.changes).casefold()
    if any(phrase in added for phrase in META_PHRASES):  # the writer's own "click the heart" is theirs to keep
        failed.append("no_meta")
    if len(_QUESTION_SENTENCE.findall(text)) > max(MAX_QUESTIONS, len(_QUESTION_SENTENCE.findall(record["text"]))):
        failed.append("questions")
    if record["surface"] == "comment" and (
        len(text.split()) > len(record["text"].split()) + COMMENT_EXTRA_WORDS
        or (_GREETING.match(text) and not _GREETING.match(record["text"]))
    ):
        failed.append("comment_length")
    if flagged:
        failed.append("not_flagged")
    for named in list(record.get("must_keep", [])) + [
        v for v in (profile.name, profile.business, profile.page_url) if v
    ]:
        added = added.replace(named.casefold(), " ")  # "Kiwis" inside the writer's own "Two Kiwis Roaming" is theirs
    added = " ".join(word for word in added.split() if "/" not in word)  # nor is the "eid" of a link's path
    if any(re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)", added) for item in record.get("never_claim", [])):
        failed.append("never_claimed")
    if any(push_survives(push, text) for push in record.get("pushy", [])):
        failed.append("push_removed")
    return failed


def push_survives(push: str, rewrite: str) -> bool:
    """Whether most of the writer-annotated pushy part is still in the rewrite: runs of SURVIVING_RUN_WORDS of its
    words, in order, covering SURVIVING_SHARE of them (a push shorter than a run survives when all of it is there)."""
    words = [w.casefold() for w in _WORD.findall(push)]
    kept = [w.casefold() for w in _WORD.findall(rewrite)]
    size = min(SURVIVING_RUN_WORDS, len(words))
    if not size:
        return False
    runs = {tuple(kept[i : i + size]) for i in range(len(kept) - size + 1)}
    covered: set[int] = set()
    for i in range(len(words) - size + 1):
        if tuple(words[i : i + size]) in runs:
            covered.update(range(i, i + size))
    return len(covered) >= SURVIVING_SHARE * len(words)


def review(
    rewriter: Rewriter, checker: Checker, records: list[dict], known_words: frozenset[str], n: int = 3
) -> ReviewTally:
    """Every review draft rewritten without a profile and (when it has one) with it, n rewrites each."""
    tally = ReviewTally()
    for record in records:
        for profile in _profiles(record):
            rewrites = rewriter.rewrite(record["text"], profile=profile, n=n, surface=record["surface"])
            if not rewrites:
                tally.drafts_without_rewrite.append(record["id"])
            if not record.get("pushy"):
                tally.fine_runs += 1
                tally.fine_runs_rewritten += bool(rewrites)
            verdicts = checker.check_many([r.text for r in rewrites])
            for rewrite, verdict in zip(rewrites, verdicts, strict=True):
                tally.rewrites += 1
                failed = failed_checks(record, profile, rewrite, verdict.flagged, known_words)
                tally.clean += not failed
                for check in failed:
                    tally.failures[check] += 1
                    tally.examples.setdefault(check, []).append(f"{record['id']}: {rewrite.text}")
    return tally


def _profiles(record: dict) -> list[Profile]:
    return [Profile()] + ([Profile.from_mapping(record["profile"])] if record.get("profile") else [])


def _words(text: str) -> frozenset[str]:
    words = {word.casefold() for word in _WORD.findall(text)}
    return frozenset(words | {w[:-2] for w in words if w.endswith(("'s", "’s"))})


def bank_words(additions_texts: list[str]) -> frozenset[str]:
    return _words(" ".join(additions_texts))


def _utf16_slice(text: str, start: int, end: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[start * 2 : end * 2].decode("utf-16-le", errors="ignore")
