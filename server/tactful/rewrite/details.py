"""Pitch details a rewrite removes (prices, discount codes, deadlines, calls to action) and the sentences that only
prop up a removed ask ("Thanks in advance!"), as regexes kept in
`models/rewrites/pitch_details.jsonl` (each with examples it must and must not match)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

APPLIES = ("pitch", "after_ask", "comment_after_ask", "next_to_a_removal", "says_nothing")


@dataclass(frozen=True, slots=True)
class PitchDetail:
    id: str
    # "pitch": removed from a pushy part; "after_ask": a sentence that goes once an ask is; "comment_after_ask": one
    # that goes from a comment once an ask is (the writer's own offering, said under someone else's post);
    # "next_to_a_removal": a sentence that goes when the one just before or after it lost words (it pointed at them,
    # or led into them); "says_nothing": a sentence that, left alone, gives no reason for the message
    applies: str
    regex: re.Pattern[str]
    cut: tuple[str, ...]
    keep: tuple[str, ...]


class PitchDetails:
    def __init__(self, details: list[PitchDetail]) -> None:
        self.details = details
        self._where = {applies: [d for d in details if d.applies == applies] for applies in APPLIES}

    def find(self, text: str) -> str | None:
        """The id of the first pitch detail (price, code, deadline, call to action) the text holds, or None."""
        return next((d.id for d in self._where["pitch"] if d.regex.search(text)), None)

    def props_up_an_ask(self, text: str) -> bool:
        """True for a sentence that only leans on an ask ("Thanks in advance!", "It would mean the world")."""
        return any(d.regex.search(text) for d in self._where["after_ask"])

    def leans_on_a_neighbour(self, text: str) -> bool:
        """True for a sentence that only pointed at, or led into, the words removed next to it ("It would help us
        enormously.", "Quick question.")."""
        return any(d.regex.search(text) for d in self._where["next_to_a_removal"])

    def says_nothing(self, text: str) -> bool:
        """True for a sentence that gives no reason to write once the rest went ("Sorry to message out of the
        blue.", "I noticed you liked our post.")."""
        return any(d.regex.search(text) for d in self._where["says_nothing"])

    def plug_in_a_comment(self, text: str) -> int | None:
        """Where, in a comment whose ask went, the plug still left begins ("we do custom printed boxes"), or None."""
        found = [m.start() for d in self._where["comment_after_ask"] if (m := d.regex.search(text))]
        return min(found, default=None)


def load_pitch_details(path: Path) -> PitchDetails:
    details = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if line.strip():
                record = json.loads(line)
                try:
                    regex = re.compile(record["regex"], re.IGNORECASE)
                except re.error as exc:
                    raise ValueError(f"{path.name}:{line_no}: {exc}") from None
                if record.get("applies", "pitch") not in APPLIES:
                    raise ValueError(f"{path.name}:{line_no}: 'applies' must be one of {', '.join(APPLIES)}")
                examples = record.get("examples", {})
                details.append(
                    PitchDetail(
                        record["id"],
                        record.get("applies", "pitch"),
                        regex,
                        tuple(examples.get("cut", ())),
                        tuple(examples.get("keep", ())),
                    )
                )
    return PitchDetails(details)
