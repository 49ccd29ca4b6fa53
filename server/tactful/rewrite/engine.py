"""The rewrite engine: draft + check result + profile + style + n in, distinct rewrites out. No HTTP, no storage."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from spacy.language import Language

from tactful.rewrite.bank import DEFAULT_N, DEFAULT_STYLE, MAX_N, STYLES, PhrasingBank, load_bank
from tactful.rewrite.compose import compose
from tactful.rewrite.entities import DraftEntities, EntityFinder, load_optional_ner
from tactful.rewrite.facts import build_facts
from tactful.rewrite.polish import polish
from tactful.rewrite.profile import Profile
from tactful.rewrite.register import detect_register

if TYPE_CHECKING:
    from tactful.engine.checker import Checker
    from tactful.engine.results import CheckResult


SPARE = 2  # extra candidates made per request, used when the checker passes one over


@dataclass(frozen=True, slots=True)
class Rewrite:
    text: str
    style: str
    frame: str  # the frame id: which shape of message this is
    phrases: tuple[str, ...]  # the phrase ids used, for review

    def to_dict(self) -> dict:
        return {"text": self.text, "style": self.style}


class Rewriter:
    def __init__(self, bank: PhrasingBank, finder: EntityFinder, checker: "Checker | None" = None) -> None:
        self.bank = bank
        self.finder = finder
        self.checker = checker

    def rewrite(self, text: str, *, profile: Profile | None = None, style: str = DEFAULT_STYLE, n: int = DEFAULT_N,
                original: "CheckResult | None" = None, verify: bool = True) -> list[Rewrite]:
        """`n` distinct rewrites. `original` is the draft's check result (computed when not given).

        With `verify` and a checker, candidates the checker would flag are passed over (a draft that was
        borderline before a polish may tip over after it). The phrasing bank is tested to need no such help
        on flagged drafts: see tests/rewrite/test_heldout.py, which runs with `verify=False`.
        """
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}; expected one of {', '.join(STYLES)}")
        if not 1 <= n <= MAX_N:
            raise ValueError(f"n must be from 1 to {MAX_N}")
        if original is None and self.checker is not None:
            original = self.checker.check(text)
        source = original.category if original is not None and original.flagged and original.category else "none"
        candidates = self._candidates(text, profile or Profile(), style, source)
        first = list(islice(candidates, n))
        if not verify or self.checker is None or not first:
            return first
        passed = [c for c, v in zip(first, self.checker.check_many([c.text for c in first])) if not v.flagged]
        if len(passed) < len(first):  # a few spare shapes replace what the checker passed over
            spares = list(islice(candidates, SPARE))
            passed += [c for c, v in zip(spares, self.checker.check_many([c.text for c in spares])) if not v.flagged]
        return passed[:n] or first[:1]

    def _candidates(self, text: str, profile: Profile, style: str, source: str) -> Iterator[Rewrite]:
        """Distinct rewrites, made one at a time as they are asked for."""
        entities = self.finder.find(text)
        register = detect_register(text)
        if source == "none":  # the draft stays; additions may only use what the profile says
            facts = build_facts(DraftEntities(), profile)
            polished = polish(text, entities.texts())
        else:
            facts = build_facts(entities, profile)
            polished = ""
        frames = self.bank.frames_for(style, source)
        seed = zlib.crc32(f"{style}\x00{text}".encode("utf-8", "surrogatepass"))
        rng = random.Random(seed)
        start = seed % len(frames)  # vary which shapes lead, draft to draft
        order = frames[start:] + frames[:start] if source != "none" else frames
        seen: set[str] = set()
        used: set[str] = set()
        for attempt in range(len(order) * 4):
            frame = order[attempt % len(order)]
            composed = compose(frame, self.bank, facts, register, rng, used, polished)
            if composed is None or composed.text in seen:
                continue
            seen.add(composed.text)
            yield Rewrite(composed.text, style, composed.frame, composed.phrases)

    def entities(self, text: str) -> DraftEntities:
        return self.finder.find(text)


def build_rewriter(nlp: Language, models_dir: Path, checker: "Checker | None" = None) -> Rewriter:
    bank = load_bank(models_dir / "rewrites")
    finder = EntityFinder(nlp, models_dir / "patterns" / "entities.jsonl", extra_ner=load_optional_ner())
    return Rewriter(bank, finder, checker)


def rewriter_for(checker: "Checker", models_dir: Path) -> Rewriter:
    """The usual way in: share the checker's tokenizer and let it judge drafts."""
    return build_rewriter(checker.nlp, models_dir, checker)
