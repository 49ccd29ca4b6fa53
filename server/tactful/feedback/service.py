"""FeedbackService: every use of the feedback table, for the server, the CLI and training alike.

- `give` stores feedback once per (text, verdict, category), up to `max_entries` rows (FeedbackFull past that).
- "wrong" with no category means "not pushy": the text's sentences become suppression keys (engine.suppression),
  and `suppressions()` is the current set. It is kept in memory and updated on this process's own writes; a
  change made by another process (the CLI while the server runs) is seen through the store's feedback
  generation, a counter that SQLite triggers move on every change, and the set is then read again.
- `page`, `delete`, `entries` and `write_jsonl` back GET/DELETE /v1/feedback and `tactful feedback`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from tactful.engine.domain import CATEGORIES
from tactful.engine.suppression import EMPTY, Key, Suppressions, sentence_keys
from tactful.store import DraftStore, FeedbackRow

MAX_FEEDBACK = 5_000  # rows; the next new one is refused (409 feedback_full), never silently dropped
VERDICTS = ("correct", "wrong")
DEFAULT_PAGE = 50
MAX_PAGE = 500


@dataclass(frozen=True)
class FeedbackPage:
    entries: list[FeedbackRow]
    next_after: int | None  # pass as `after` for the next page; None on the last page
    total: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "feedback": [entry.to_dict() for entry in self.entries],
            "next_after": self.next_after,
            "total": self.total,
        }


def validate(verdict: Any, category: Any) -> tuple[str, str | None]:
    """(verdict, category) as given; ValueError (with a message for the user) unless Tactful knows them."""
    if not isinstance(verdict, str) or verdict not in VERDICTS:
        raise ValueError(f"'verdict' is required and must be one of: {', '.join(VERDICTS)}.")
    if category is not None and (not isinstance(category, str) or category not in CATEGORIES):
        raise ValueError(f"'category' must be one of: {', '.join(CATEGORIES)}.")
    return verdict, category


class FeedbackService:
    def __init__(self, store: DraftStore, max_entries: int = MAX_FEEDBACK) -> None:
        self.store = store
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._keys_by_id: dict[int, tuple[Key, ...]] = {}
        self._generation: int | None = None  # the store's feedback generation the keys reflect; None: read them
        self.current: Suppressions = EMPTY  # the last set read or built; swapped whole, so safe to read anywhere

    # --- writes -------------------------------------------------------------------------------------------

    def give(self, text: str, verdict: str, category: str | None, model_version: str | None) -> FeedbackRow:
        """Store feedback (once); FeedbackFull when the list is full, ValueError for an unknown verdict/category."""
        validate(verdict, category)
        with self._lock:
            row, created, generation = self.store.add_feedback(
                text, verdict, category, model_version, limit=self.max_entries
            )
            if created:
                self._follow(generation, added=row)
        return row

    def delete(self, feedback_id: int) -> bool:
        """Remove one piece of feedback and, at once, the suppression it made. False if there is no such id."""
        with self._lock:
            deleted, generation = self.store.delete_feedback(feedback_id)
            if deleted:
                self._follow(generation, removed=feedback_id)
        return deleted

    # --- reads --------------------------------------------------------------------------------------------

    def page(self, limit: int = DEFAULT_PAGE, after: int = 0) -> FeedbackPage:
        """Up to `limit` entries with ids above `after`, oldest first."""
        entries = self.store.list_feedback(limit=limit + 1, after=after)
        more = len(entries) > limit
        entries = entries[:limit]
        return FeedbackPage(entries, entries[-1].id if more else None, self.store.count_feedback())

    def entries(self) -> Iterator[FeedbackRow]:
        """Every entry, oldest first, read a page at a time."""
        after = 0
        while True:
            page = self.store.list_feedback(limit=MAX_PAGE, after=after)
            yield from page
            if len(page) < MAX_PAGE:
                return
            after = page[-1].id

    def write_jsonl(self, out: TextIO) -> int:
        """Every entry as one JSON object per line; returns how many."""
        count = 0
        for entry in self.entries():
            out.write(json.dumps(entry.to_dict(), ensure_ascii=False) + "\n")
            count += 1
        return count

    # --- suppressions -------------------------------------------------------------------------------------

    def needs_reading(self) -> bool:
        """True when the keys in memory may be out of date (never read, or another process changed the feedback).
        Cheap: one read of a counter on the store's probe connection."""
        generation = self._generation
        return generation is None or self.store.feedback_generation() != generation

    def suppressions(self) -> Suppressions:
        """The current "not pushy" keys, read from the store first if they may be out of date."""
        with self._lock:
            if self.needs_reading():
                generation, rows = self.store.suppressing_feedback()
                self._keys_by_id = {feedback_id: sentence_keys(text) for feedback_id, text in rows}
                self.current = Suppressions.from_keys(self._keys_by_id)
                self._generation = generation
            return self.current

    def _follow(self, generation: int, added: FeedbackRow | None = None, removed: int | None = None) -> None:
        """Apply this process's own change to the keys in memory, if they were current just before it."""
        if self._generation is None or generation != self._generation + 1:
            self._generation = None  # someone else changed the feedback too: read it all again when next needed
            return
        self._generation = generation
        changed = False
        if added is not None and added.suppresses:
            self._keys_by_id[added.id] = sentence_keys(added.text)
            changed = True
        if removed is not None:
            changed = self._keys_by_id.pop(removed, None) is not None or changed
        if changed:
            self.current = Suppressions.from_keys(self._keys_by_id)
