"""The rewrite engine: edit the draft, don't replace it.

Every sentence of the draft that is fine stays verbatim and in place; only the pushy clauses go (see
`edit_plan.py`). Two kinds:

- ``edit``: the smallest edit that fixes the draft; a page link the removed part gave comes back once, plainly, in a
  message to someone who does not know the writer;
- ``question``: the edit with one question about the reader where the push was.

Nothing else is said about the writer. Across blind reads r5 to r8 a business or a product said again in a sentence
of its own ("My page is Zara Stitches.", "I have a tiffin page.", "I'm with Hart & Hound.") was sendable in none of
45 rewrites, and any line about the writer said to a friend or a customer in none of 22; a page link said plainly to a
stranger or a peer in 4 of 8. The request's style says which kind comes first ("introduction" and "value" lead with
the edit). Each rewrite returns the spans it changed (UTF-16 units). A rewrite the sendable gate
(`sendable.py`, trained on blind readers' verdicts) finds unlikely to be sent as is is not offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from tactful.engine.domain import SURFACES
from tactful.engine.offsets import Utf16Index
from tactful.rewrite.additions import Addition, AdditionBank, load_additions
from tactful.rewrite.details import load_pitch_details
from tactful.rewrite.edit_plan import EditPlan, EditPlanner, quote_spans
from tactful.rewrite.entities import DraftEntities, EntityFinder
from tactful.rewrite.material import Material, NotBusiness, find_material, is_page_link, link_kind, load_not_business
from tactful.rewrite.profile import Profile
from tactful.rewrite.reader import ReaderCues, ReaderGuess, load_reader_cues
from tactful.rewrite.register import Register, detect_register, is_shouting
from tactful.rewrite.sendable import SENDABLE_FILE, SendableModel, load_sendable_model, rewrite_features
from tactful.rewrite.sentence_judge import SentenceJudge

if TYPE_CHECKING:
    from tactful.engine.checker import Checker
    from tactful.engine.results import CheckResult
    from tactful.engine.suppression import Suppressions

STYLES = ("introduction", "question", "value")
DEFAULT_STYLE = "introduction"
DEFAULT_N = 3
MAX_N = 5
KINDS = ("edit", "question")
# The style a client asks for says which kind leads.
_LEADS = {
    "introduction": ("edit", "question"),
    "question": ("question", "edit"),
    "value": ("edit", "question"),
}
ATTEMPTS = 4
RETRY_UP_TO_CHARS = 5_000  # a longer draft is planned once: its time stays linear in its length, retries or not
# Only to someone who does not know the writer, and only in a message, does a removed page link come back.
_LINK_READERS = frozenset({"peer", "stranger"})
_LINK_SURFACES = frozenset({"message", "other"})
_ABOUT_MY_PAGE = re.compile(r"\bmy (?:page|channel|shop|profile|site|website|store|account)\b")


class SpanDict(TypedDict):
    start: int
    end: int


class RewriteDict(TypedDict):
    """A rewrite as the HTTP API's JSON."""

    text: str
    style: str
    kind: str
    changes: list[SpanDict]
    removed: list[str]


@dataclass(frozen=True, slots=True)
class Rewrite:
    text: str
    style: str
    kind: str  # edit | introduction | question
    changes: tuple[tuple[int, int], ...]  # UTF-16 spans of the rewrite that are not the draft's own words
    removed: tuple[str, ...]  # the draft's words that were taken out
    additions: tuple[str, ...]  # ids of the added phrases, for review

    def to_dict(self) -> RewriteDict:
        return {
            "text": self.text,
            "style": self.style,
            "kind": self.kind,
            "changes": [{"start": start, "end": end} for start, end in self.changes],
            "removed": list(self.removed),
        }


@dataclass(frozen=True, slots=True)
class _Context:
    plan: EditPlan
    reader: ReaderGuess
    register: Register
    surface: str
    words: frozenset[str]
    link: str | None  # a page link the removed part gave and the kept text no longer does, offered once
    shouting: bool  # what the draft keeps is in capitals, so what is added is too


class Rewriter:
    def __init__(
        self,
        checker: Checker,
        planner: EditPlanner,
        finder: EntityFinder,
        bank: AdditionBank,
        readers: ReaderCues,
        not_business: NotBusiness,
        gate: SendableModel | None = None,
    ) -> None:
        self.checker = checker
        self.gate = gate
        self.planner = planner
        self.finder = finder
        self.bank = bank
        self.readers = readers
        self.not_business = not_business

    def rewrite(
        self,
        text: str,
        *,
        profile: Profile | None = None,
        style: str = DEFAULT_STYLE,
        n: int = DEFAULT_N,
        surface: str = "other",
        original: CheckResult | None = None,
        verify: bool = True,
        suppressions: Suppressions | None = None,
    ) -> list[Rewrite]:
        """Up to `n` distinct rewrites (fewer when the draft leaves less to vary), none the checker flags.
        `original`: the draft's own check result, when the caller has it already (else it is checked here). With
        `suppressions` (the user's "not pushy" feedback), what the feedback silenced is neither rewritten nor
        held against a rewrite."""
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}; expected one of {', '.join(STYLES)}")
        if not 1 <= n <= MAX_N:
            raise ValueError(f"n must be from 1 to {MAX_N}")
        if surface not in SURFACES:
            raise ValueError(f"unknown surface {surface!r}; expected one of {', '.join(SURFACES)}")
        draft_check = original if original is not None else self.checker.check(text, suppressions=suppressions)
        profile = profile or Profile()
        chosen: list[Rewrite] = []
        seen = {" ".join(text.split())}
        also_pushy: tuple[tuple[int, int], ...] = ()
        for _ in range(
            ATTEMPTS if len(text) <= RETRY_UP_TO_CHARS else 1
        ):  # a rewrite the checker still flags: what it flagged goes whole, and we try again
            context = self._context(text, profile, surface, draft_check, also_pushy, suppressions)
            # Nothing pushes (a fine draft is not padded with a question), or nothing worth sending is left.
            if not context.plan.changed or not _worth_sending(context):
                break
            candidates = self._sendable_candidates(context, style, n, seen, suppressions)
            if (
                not candidates
                and self.gate is not None
                and draft_check.flagged
                and context.plan.cut_inside_a_sentence()
            ):
                # What was left of a cut sentence may be what would not be sent: take such sentences out whole (in a
                # draft the check flagged; in one it let through, a fine draft would lose whole sentences).
                whole = self._context(
                    text, profile, surface, draft_check, also_pushy, suppressions, whole_sentences=True
                )
                if whole.plan.changed and _worth_sending(whole):
                    candidates = self._sendable_candidates(whole, style, n, seen, suppressions)
            if not verify or not candidates:
                return (chosen + candidates)[:n]
            verdicts = self.checker.check_many([c.text for c in candidates], suppressions=suppressions)
            chosen += [c for c, v in zip(candidates, verdicts, strict=True) if not v.flagged]
            seen |= {" ".join(c.text.split()) for c in chosen}
            found = quote_spans(text, [issue.quote for v in verdicts if v.flagged for issue in v.issues], by_words=True)
            if len(chosen) >= n or not found:
                break
            also_pushy = (
                tuple(sorted(set(also_pushy) | set(found)))
                if set(found) - set(also_pushy)
                else also_pushy + tuple(found)
            )
        return chosen[:n]

    def _candidates(self, context: _Context, style: str, n: int, seen: set[str]) -> list[Rewrite]:
        candidates: list[Rewrite] = []
        keys = set(seen)
        variants = [(kind, 0) for kind in _LEADS[style]] + [(kind, 1) for kind in _LEADS[style]]
        for kind, variant in variants:
            made = self._make(context, kind, variant, style)
            key = " ".join(made.text.split())
            if made.text.strip() and key not in keys:
                keys.add(key)
                candidates.append(made)
            if len(candidates) == n + 1:
                break
        return candidates

    def _sendable_candidates(
        self, context: _Context, style: str, n: int, seen: set[str], suppressions: Suppressions | None
    ) -> list[Rewrite]:
        """The candidates that pass the sendable gate; when none does and a link was said again, the candidates
        without it."""
        draft, surface = context.plan.text, context.surface
        candidates = self._sendable(draft, self._candidates(context, style, n, seen), surface, suppressions)
        if not candidates and context.link is not None:
            unlinked = self._candidates(replace(context, link=None), style, n, seen)
            candidates = self._sendable(draft, unlinked, surface, suppressions)
        return candidates

    def _sendable(
        self, draft: str, candidates: list[Rewrite], surface: str, suppressions: Suppressions | None
    ) -> list[Rewrite]:
        """The candidates the sendable gate finds likely enough to be sent as is (all of them, without a gate). A
        sentence the user's feedback silenced counts as fine."""
        gate = self.gate
        if gate is None:
            return candidates

        def scores(sentences: list[str]) -> list[float]:
            judged = self.planner.judge.scores(sentences)
            if suppressions is None:
                return judged
            return [0.0 if suppressions.silences(s) else p for s, p in zip(sentences, judged, strict=True)]

        return [c for c in candidates if gate.probability(rewrite_features(draft, c.text, surface, scores)) >= gate.bar]

    def entities(self, text: str) -> DraftEntities:
        return self.finder.find(text)

    def _context(
        self,
        text: str,
        profile: Profile,
        surface: str,
        draft_check: CheckResult,
        also_pushy: tuple[tuple[int, int], ...],
        suppressions: Suppressions | None = None,
        whole_sentences: bool = False,
    ) -> _Context:
        plan = self.planner.plan(text, draft_check, also_pushy, suppressions, surface, whole_sentences)
        kept = plan.kept_text()
        reader = self.readers.guess(text, kept)
        words = frozenset(w.strip(".,!?;:()\"'").lower() for w in text.split())
        link = None
        if reader.reader in _LINK_READERS and surface in _LINK_SURFACES:  # whose business and link: only then
            material = find_material(text, self.finder.find(text), profile, self.not_business)
            link = _lost_link(plan, material, profile)
        return _Context(plan, reader, detect_register(text), surface, words, link, is_shouting(kept))

    def _make(self, context: _Context, kind: str, variant: int, style: str) -> Rewrite:
        plan = context.plan
        at_removal = self._link(context) if kind != "question" else []
        before_closing: list[tuple[str, str]] = []
        # Only the question kind adds a question (readers found one tacked onto every rewrite stitched), and a
        # rewrite left with nothing but a greeting and a sign-off.
        nothing_left = plan.only_greeting_and_sign_off_left()
        if (kind == "question" or nothing_left) and plan.question_count() == 0:
            question = self._question(context, variant, nothing_left)
            if question is not None:  # never before all the draft's own words
                (at_removal if kind == "question" and _insert_after(plan) >= 0 else before_closing).append(question)
        pieces = self._assemble(context, at_removal, before_closing)
        text, changes = _render(pieces)
        added = tuple(pid for pid, _ in at_removal + before_closing)
        if kind == "question" and not any(pid.startswith("question.") for pid in added):
            kind = "edit"  # the kind says what the rewrite does: one that only removes is an edit
        return Rewrite(text, style, kind, changes, tuple(plan.removed), added)

    def _link(self, context: _Context) -> list[tuple[str, str]]:
        """(phrase id, text) of the plain line that gives the removed page link again, if any."""
        if context.link is None:
            return []
        facts = {link_kind(context.link): context.link}
        phrase = self._choose("link", facts, context, 0)
        return (
            []
            if phrase is None
            else [(phrase.id, self._voice(phrase.fill(facts, context.register.lowercase), context))]
        )

    def _question(self, context: _Context, variant: int, nothing_left: bool) -> tuple[str, str] | None:
        facts = {"their_work": context.reader.their_work} if context.reader.their_work else {}
        phrase = self._choose("question", facts, context, variant, nothing_left)
        return (
            (phrase.id, self._voice(phrase.fill(facts, context.register.lowercase), context))
            if phrase is not None
            else None
        )

    @staticmethod
    def _voice(added: str, context: _Context) -> str:
        """In a draft written in capitals, what is added is in capitals too (readers saw a lower-case line stuck on)."""
        return added.upper() if context.shouting else added

    def _choose(
        self, slot: str, facts: dict[str, str], context: _Context, variant: int, nothing_left: bool = False
    ) -> Addition | None:
        surface = context.surface if context.surface in ("comment", "post", "message") else "other"
        return self.bank.choose(
            slot,
            facts,
            tone=context.register.tone,
            reader=context.reader.reader,
            surface=surface,
            words=context.words,
            variant=variant,
            nothing_left=nothing_left,
        )

    def _assemble(
        self,
        context: _Context,
        at_removal: list[tuple[str, str]],
        before_closing: list[tuple[str, str]],
    ) -> list[tuple[str, bool]]:
        """(text, is_change) pieces in order: the kept sentences with their own spacing, the additions placed where
        the push was (never before a greeting) and the question before a sign-off."""
        plan = context.plan
        kept = plan.kept
        insert_after = _insert_after(plan)
        closing_at = plan.closing_start()
        pieces: list[tuple[str, bool]] = []

        def add(texts: list[tuple[str, str]]) -> None:
            for _, added in texts:
                last = next((p for p, _ in reversed(pieces) if p.strip()), "")
                if last and last[-1].isalnum():  # the sentence before had no full stop
                    pieces.append((".", True))
                pieces.append((" " if pieces else "", False))
                pieces.append((added, True))

        if insert_after < 0:
            add(at_removal)
        for position, sentence in enumerate(kept):
            if position == closing_at:
                add(before_closing)
            if pieces:
                pieces.append((plan.gap_before(position), False))
            for start, end, changed in _split_fixed(sentence.text, sentence.fixed):
                pieces.append((sentence.text[start:end], changed))
            if position == insert_after:
                add(at_removal)
        if closing_at == len(kept):
            add(before_closing)
        return pieces


def _lost_link(plan: EditPlan, material: Material, profile: Profile) -> str | None:
    """The page link to offer once, plainly, in place of the removed ask: the one the removed part gave, or the
    profile's when the ask was about the writer's own page and the draft names no other business."""
    kept = plan.kept_text().casefold()
    removed = " ".join(plan.removed).casefold()
    if material.link and is_page_link(material.link):
        link = material.link.casefold()
        return material.link if link in removed and link not in kept else None
    if (
        profile.page_url
        and (not material.business or material.business.casefold() == (profile.business or "").casefold())
        and profile.page_url.casefold() not in kept
        and _ABOUT_MY_PAGE.search(removed)
    ):
        return profile.page_url
    return None


def _worth_sending(context: _Context) -> bool:
    """The draft's own words still say something (two words make a comment, "Nice one!!"; a message or a post needs
    three): a greeting with a link, a question or nothing after it is no message."""
    return context.plan.says_something(2 if context.surface == "comment" else 3)


def _insert_after(plan: EditPlan) -> int:
    """Index into plan.kept after which additions go: just before where the first removal was, but after a
    greeting; -1 puts them first."""
    if not plan.kept:
        return -1
    if plan.first_removed_at is None:
        after = plan.closing_start() - 1
    else:
        after = max((i for i, k in enumerate(plan.kept) if k.index <= plan.first_removed_at), default=-1)
    if after == -1 and plan.is_greeting(0):
        after = 0
    if after >= plan.closing_start() > 0:
        after = plan.closing_start() - 1
    return after


def _split_fixed(text: str, fixed: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    at = 0
    for start, end in sorted(fixed):
        if start > at:
            out.append((at, start, False))
        out.append((start, end, True))
        at = end
    if at < len(text):
        out.append((at, len(text), False))
    return out


def _render(pieces: list[tuple[str, bool]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    text = ""
    spans: list[tuple[int, int]] = []
    for piece, changed in pieces:
        if changed and piece:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    index = Utf16Index(text)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        start16, end16 = index.to_utf16(start), index.to_utf16(end)
        if merged and merged[-1][1] >= start16 - 1:
            merged[-1] = (merged[-1][0], end16)
        else:
            merged.append((start16, end16))
    return text.strip(), tuple(merged)


def build_rewriter(
    checker: Checker, models_dir: Path, judge: SentenceJudge | None = None, *, gated: bool = True
) -> Rewriter:
    """`judge`: a sentence model other than the shipped one (tools/eval/sentence_model_cv.py tries held-out ones).
    `gated`: whether rewrites pass the sendable gate (the review checks measure the planner without it)."""
    rewrites = models_dir / "rewrites"
    planner = EditPlanner(
        checker, load_pitch_details(rewrites / "pitch_details.jsonl"), judge or SentenceJudge.load(models_dir)
    )
    finder = EntityFinder(checker.nlp, models_dir / "patterns" / "entities.jsonl")
    return Rewriter(
        checker,
        planner,
        finder,
        load_additions(rewrites / "additions.jsonl"),
        load_reader_cues(rewrites / "readers.json"),
        load_not_business(rewrites / "not_business.json"),
        load_sendable_model(rewrites / SENDABLE_FILE) if gated else None,
    )


def rewriter_for(checker: Checker, models_dir: Path) -> Rewriter:
    """The usual way in: share the checker's tokenizer and let it judge the draft's parts."""
    return build_rewriter(checker, models_dir)
