"""Who a draft is written to (a customer, a fellow business owner, a friend or a stranger), from cues kept in
`models/rewrites/readers.json`, so an added question fits the reader."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

READERS = ("customer", "peer", "friend", "stranger")


@dataclass(frozen=True, slots=True)
class ReaderGuess:
    reader: str
    their_work: str | None  # what the draft says the reader makes ("pottery"), for a question about it


class ReaderCues:
    def __init__(
        self,
        order: list[str],
        reader_of: dict[str, str],
        cues: dict[str, list[re.Pattern[str]]],
        their_work: re.Pattern[str],
        stop: frozenset[str],
    ) -> None:
        self.order = order
        self.reader_of = reader_of
        self.cues = cues
        self.their_work = their_work
        self.stop = stop

    def guess(self, text: str, kept: str | None = None) -> ReaderGuess:
        """Who reads `text`; what they make is looked for in `kept` (what a rewrite keeps of it) when given, so a
        question never asks about words that went with the push ("could you do it tonight")."""
        key = next((k for k in self.order if any(cue.search(text) for cue in self.cues[k])), None)
        reader = self.reader_of[key] if key else "stranger"
        return ReaderGuess(reader, self._their_work(text if kept is None else kept))

    def _their_work(self, text: str) -> str | None:
        match = self.their_work.search(text.lower())
        if not match:
            return None
        words = match.group("work").split()
        while words and words[0] in self.stop:
            words.pop(0)
        # "you do the pleats is art", "you do retaining walls out Ipswich way": the work ends at the first word that
        # is not part of it
        end = next((i for i, word in enumerate(words) if word in self.stop), len(words))
        return " ".join(words[:end]) or None


def load_reader_cues(path: Path) -> ReaderCues:
    data = json.loads(path.read_text(encoding="utf-8"))
    unknown = set(data["reader_of"].values()) - set(READERS)
    if unknown or set(data["order"]) - set(data["reader_of"]):
        raise ValueError(
            f"{path.name}: every key in 'order' needs a reader in 'reader_of', one of {', '.join(READERS)}"
        )
    cues = {key: [re.compile(p, re.IGNORECASE) for p in data["cues"][key]] for key in data["order"]}
    return ReaderCues(
        data["order"], data["reader_of"], cues, re.compile(data["their_work"]), frozenset(data["their_work_stop"])
    )
