"""The phrasing bank: rewrite frames and phrases kept as data in `models/rewrites/*.jsonl`, each with an id.

A *frame* is the shape of one rewrite: its style (or styles), the draft categories it answers, and an ordered list of
slots (`"ask"`; `"link?"` is left out when nothing fills it). A *phrase* fills one slot; its `needs` name
the facts its placeholders use (`{recipient}`, `{sender}`, `{business}`, `{their_page}`, `{my_url}`,
`{items}`), and `registers` says which voices it suits; `repeat_ok` marks a phrase that may name an already-named fact again.
"""

from __future__ import annotations

import json
import string
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

STYLES = ("introduction", "question", "value")
DEFAULT_STYLE = "introduction"
DEFAULT_N = 3
MAX_N = 5
SOURCES = ("reciprocity_demand", "cold_pitch", "unearned_ask", "none")
FACTS = ("recipient", "sender", "business", "their_page", "my_url", "items", "original")
REGISTERS = ("casual", "neutral", "formal")


@dataclass(frozen=True, slots=True)
class Frame:
    id: str
    styles: tuple[str, ...]
    sources: tuple[str, ...]
    parts: tuple[str, ...]  # slot names; a trailing "?" marks a slot that is skipped when nothing fills it


@dataclass(frozen=True, slots=True)
class Phrase:
    id: str
    slot: str
    text: str
    needs: frozenset[str]
    registers: frozenset[str]
    repeat_ok: bool = False  # naming an already-named fact again reads naturally here


class PhrasingBank:
    def __init__(self, frames: list[Frame], phrases: list[Phrase]) -> None:
        self.frames = frames
        self.phrases = phrases
        self._frames: dict[tuple[str, str], list[Frame]] = defaultdict(list)
        for frame in frames:
            for style in frame.styles:
                for source in frame.sources:
                    self._frames[(style, source)].append(frame)
        self._slots: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in phrases:
            self._slots[phrase.slot].append(phrase)
        self._validate()

    def frames_for(self, style: str, source: str) -> list[Frame]:
        return self._frames.get((style, source), [])

    def phrases_for(self, slot: str) -> list[Phrase]:
        return self._slots.get(slot, [])

    def _validate(self) -> None:
        ids = [f.id for f in self.frames] + [p.id for p in self.phrases]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"duplicate phrasing ids: {sorted(duplicates)}")
        for frame in self.frames:
            for part in frame.parts:
                if not self._slots.get(part.rstrip("?")):
                    raise ValueError(f"frame {frame.id} uses slot {part!r}, which has no phrases")
        for style in STYLES:
            for source in SOURCES:
                if not self._frames.get((style, source)):
                    raise ValueError(f"no frame for style {style!r} answering {source!r}")


def load_bank(folder: Path) -> PhrasingBank:
    frames: list[Frame] = []
    phrases: list[Phrase] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if line.strip():
                    where = f"{path.name}:{line_no}"
                    record = json.loads(line)
                    if "parts" in record:
                        frames.append(_frame(record, where))
                    else:
                        phrases.append(_phrase(record, where))
    return PhrasingBank(frames, phrases)


def _frame(record: dict, where: str) -> Frame:
    styles = (record["style"],) if isinstance(record["style"], str) else tuple(record["style"])
    if set(styles) - set(STYLES):
        raise ValueError(f"{where}: unknown style in {styles!r}")
    unknown = set(record["sources"]) - set(SOURCES)
    if unknown:
        raise ValueError(f"{where}: unknown sources {sorted(unknown)}")
    return Frame(record["id"], styles, tuple(record["sources"]), tuple(record["parts"]))


def _phrase(record: dict, where: str) -> Phrase:
    needs = frozenset(record.get("needs", ()))
    used = {name for _, name, _, _ in string.Formatter().parse(record["text"]) if name}
    if used - set(FACTS):
        raise ValueError(f"{where}: unknown placeholders {sorted(used - set(FACTS))}")
    if used != needs:
        raise ValueError(f"{where}: placeholders {sorted(used)} must equal needs {sorted(needs)}")
    registers = frozenset(record.get("registers", REGISTERS))
    if registers - set(REGISTERS):
        raise ValueError(f"{where}: unknown registers {sorted(registers - set(REGISTERS))}")
    return Phrase(record["id"], record["slot"], record["text"], needs, registers, bool(record.get("repeat_ok", False)))
