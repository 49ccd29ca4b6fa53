"""The few sentences a rewrite may add, kept as data in `models/rewrites/additions.jsonl`: a plain link to the
writer's page, one question that fits the reader. Each phrase has an id, the facts it needs, the voices and
readers and surfaces it suits, and examples of where it belongs. Everything else in a rewrite is the draft's own."""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tactful.engine.domain import SURFACES
from tactful.rewrite.reader import READERS

SLOTS = ("link", "question")
# A link is "link" (a social page or handle) or "site" (the writer's website); "their_work": what the reader makes.
FACTS = ("link", "site", "their_work")
REGISTERS = ("casual", "neutral", "formal")


_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # two stops, not an ellipsis


@dataclass(frozen=True, slots=True)
class Addition:
    id: str
    slot: str
    text: str
    needs: frozenset[str]
    registers: frozenset[str]
    readers: frozenset[str]
    surfaces: frozenset[str]
    cues: frozenset[str]  # when given, one of these words must occur in the draft
    only_when_nothing_left: bool = False  # for a draft that was all push: a stock question is better than nothing

    def fill(self, facts: dict[str, str], lowercase: bool) -> str:
        text = self.text.format_map(facts)
        text = _DOUBLED_STOP.sub(".", text)  # "from Asante Hot Sauce Co.." : the fact's own stop ends it
        return text.lower() if lowercase else text


class AdditionBank:
    def __init__(self, additions: list[Addition]) -> None:
        self.additions = additions
        ids = [a.id for a in additions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate addition ids: {duplicates}")

    def choose(
        self,
        slot: str,
        facts: dict[str, str],
        *,
        tone: str,
        reader: str,
        surface: str,
        words: frozenset[str],
        variant: int = 0,
        nothing_left: bool = False,
    ) -> Addition | None:
        """The fitting phrase for this slot: the most specific first (see `_specificity`), then the `variant`-th of the
        equally specific ones."""
        fitting = [
            a
            for a in self.additions
            if a.slot == slot
            and a.needs <= facts.keys()
            and tone in a.registers
            and reader in a.readers
            and surface in a.surfaces
            and (not a.cues or a.cues & words)
            and (nothing_left or not a.only_when_nothing_left)
        ]
        if not fitting:
            return None
        most = max(_specificity(a) for a in fitting)
        best = [a for a in fitting if _specificity(a) == most]
        return best[variant % len(best)]


def _specificity(addition: Addition) -> tuple[int, bool]:
    """More facts needed is more specific, and so is a phrase whose cue words the draft holds ("My channel is …")."""
    return len(addition.needs), bool(addition.cues)


def load_additions(path: Path) -> AdditionBank:
    additions = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if line.strip():
                additions.append(_addition(json.loads(line), f"{path.name}:{line_no}"))
    return AdditionBank(additions)


def _addition(record: dict[str, Any], where: str) -> Addition:
    used = {name for _, name, _, _ in string.Formatter().parse(record["text"]) if name}
    if used - set(FACTS):
        raise ValueError(f"{where}: unknown placeholders {sorted(used - set(FACTS))}")
    needs = frozenset(record.get("needs", ())) | used
    if record["slot"] not in SLOTS:
        raise ValueError(f"{where}: unknown slot {record['slot']!r}")
    registers = frozenset(record.get("registers", REGISTERS))
    readers = frozenset(record.get("readers", READERS))
    surfaces = frozenset(record.get("surfaces", SURFACES))
    for name, values, allowed in (
        ("registers", registers, REGISTERS),
        ("readers", readers, READERS),
        ("surfaces", surfaces, SURFACES),
    ):
        if values - set(allowed):
            raise ValueError(f"{where}: unknown {name} {sorted(values - set(allowed))}")
    if not record.get("examples"):
        raise ValueError(f"{where}: every addition carries examples of where it belongs")
    return Addition(
        record["id"],
        record["slot"],
        record["text"],
        needs,
        registers,
        readers,
        surfaces,
        frozenset(record.get("cues", ())),
        bool(record.get("only_when_nothing_left", False)),
    )
