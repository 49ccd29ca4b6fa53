"""SavedDrafts: storing, re-checking and summarising the saved drafts, for the HTTP routes and the CLI alike.

- Adding a draft stores it unchecked (`check` is null), on both faces: saving is one quick durable write, and
  a verdict is given by the re-check. Replacing a draft's text clears its verdict the same way.
- `recheck` checks the drafts whose stored verdict is missing or out of date (another model, sensitivity or set
  of "not pushy" feedback; every draft with `force`), stores the results and returns the summary.

The service is synchronous: the CLI calls it directly, the server from a worker thread. How the texts are
checked is the caller's (`CheckTexts`): the CLI checks in process, the server hands them to its batch checker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tactful.engine.domain import CATEGORIES
from tactful.engine.results import CheckResultDict
from tactful.engine.suppression import Suppressions
from tactful.store import Draft, DraftStore

RECHECK_SLICE = 2_000  # drafts handed to the checker at a time (bounds the memory of one hand-off)

CheckTexts = Callable[[list[str], str, Suppressions], list[CheckResultDict]]


@dataclass(frozen=True)
class RecheckSummary:
    total: int  # saved drafts, all of them now checked
    rechecked: int  # of them, checked by this call
    counts: dict[str, int]  # per category, and "clean"
    sensitivity: str
    model_version: str
    flagged_drafts: list[Draft]

    @property
    def flagged(self) -> int:
        return sum(self.counts[category] for category in CATEGORIES)

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": self.total,
            "rechecked": self.rechecked,
            "flagged": self.flagged,
            "counts": self.counts,
            "sensitivity": self.sensitivity,
            "model_version": self.model_version,
            "flagged_drafts": [draft.to_dict() for draft in self.flagged_drafts],
        }


class SavedDrafts:
    def __init__(self, store: DraftStore) -> None:
        self.store = store

    def add(self, text: str, surface: str) -> Draft:
        """Stored unchecked; on disk when this returns (the store writes with synchronous=FULL)."""
        return self.store.add_draft(text, surface)

    def replace(self, draft_id: str, text: str, surface: str | None) -> Draft | None:
        """The new text, unchecked (the old verdict was about the old text); None when there is no such draft."""
        return self.store.update_draft(draft_id, text, surface)

    def get(self, draft_id: str) -> Draft | None:
        return self.store.get_draft(draft_id)

    def page(self, *, limit: int, offset: int, only_flagged: bool) -> tuple[list[Draft], int]:
        """Newest first, and the number of drafts in the whole list."""
        drafts = self.store.list_drafts(limit=limit, offset=offset, only_flagged=only_flagged)
        return drafts, self.store.count_drafts(only_flagged=only_flagged)

    def listing(self, *, only_flagged: bool = False) -> list[Draft]:
        return self.store.list_drafts(only_flagged=only_flagged)

    def delete(self, draft_id: str) -> bool:
        return self.store.delete_draft(draft_id)

    def recheck(
        self,
        check_texts: CheckTexts,
        *,
        model_version: str,
        sensitivity: str,
        suppressions: Suppressions,
        force: bool = False,
    ) -> RecheckSummary:
        """Bring every verdict up to date for this model, sensitivity and feedback, store them, and summarise."""
        current = None if force else (model_version, sensitivity, suppressions.fingerprint)
        stale = self.store.drafts_to_check(current)
        for start in range(0, len(stale), RECHECK_SLICE):
            part = stale[start : start + RECHECK_SLICE]
            checks = check_texts([text for _id, _revision, text in part], sensitivity, suppressions)
            self.store.save_check_results(_stored(part, checks, sensitivity), suppressions.fingerprint)
        counts = self.store.verdict_counts()
        return RecheckSummary(
            total=sum(counts.values()),
            rechecked=len(stale),
            counts={category: counts.get(category, 0) for category in (*CATEGORIES, "clean")},
            sensitivity=sensitivity,
            model_version=model_version,
            flagged_drafts=self.store.list_drafts(only_flagged=True),
        )


def _stored(
    part: list[tuple[str, int, str]], checks: list[CheckResultDict], sensitivity: str
) -> Iterable[tuple[str, int, dict[str, Any]]]:
    return (
        (draft_id, revision, {**check, "sensitivity": sensitivity})
        for (draft_id, revision, _text), check in zip(part, checks, strict=True)
    )
