"""Find what a rewrite must keep: the recipient's name, the sender's name, pages, businesses, @handles, links.

The rules are token patterns kept as data in `models/patterns/entities.jsonl` (one id per pattern) and run
with a spaCy `Matcher` over the checker's shared blank English tokenizer: no statistical model, so rewrites
are the same on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from tactful.engine.patterns import tokenizer_safe
from tactful.rewrite.entity_rules import EntityPattern, read_entity_patterns
from tactful.rewrite.register import is_shouting

ROLES = ("recipient", "sender", "mine", "theirs")
# Words just before an entity that say it belongs to the person being written to.
_THEIRS_CUES = frozenset(
    {
        "your",
        "ur",
        "yr",
        "you're",
        "youre",
        "liked",
        "followed",
        "love",
        "loved",
        "enjoyed",
        "enjoy",
        "found",
        "visited",
        "saw",
        "discovered",
        "admire",
    }
)
_OPTIONAL_CUES = frozenset({"called", "named", "is", "out"})
_EDGE_PUNCT = '.,!?:;)]}"“”'


@dataclass(frozen=True, slots=True)
class Entity:
    text: str  # verbatim from the draft
    kind: str  # PERSON | ORG | HANDLE | URL
    role: str  # recipient | sender | mine | theirs
    start: int  # code-point offsets into the draft
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class DraftEntities:
    recipients: tuple[Entity, ...] = ()
    senders: tuple[Entity, ...] = ()
    mine: tuple[Entity, ...] = ()  # the sender's pages, businesses, handles and links
    theirs: tuple[Entity, ...] = ()  # the recipient's pages and businesses

    def all(self) -> tuple[Entity, ...]:
        return self.recipients + self.senders + self.mine + self.theirs

    def texts(self) -> list[str]:
        return [entity.text for entity in self.all()]


class EntityFinder:
    """Runs the entity patterns over one draft and decides whose each entity is."""

    def __init__(self, nlp: Language, patterns_path: Path) -> None:
        self._nlp = nlp
        self._patterns, token_patterns = read_entity_patterns(patterns_path)
        self._by_key: dict[int, EntityPattern] = {}
        self._matcher = Matcher(nlp.vocab)
        for pattern in self._patterns:
            self._matcher.add(pattern.id, token_patterns[pattern.id], greedy="LONGEST")
            self._by_key[nlp.vocab.strings[pattern.id]] = pattern

    def find(self, text: str) -> DraftEntities:
        doc = self._nlp.make_doc(tokenizer_safe(text))
        candidates = [c for c in self._candidates(doc) if c is not None]
        chosen = _resolve_overlaps(candidates)
        return _group(chosen, doc)

    def _candidates(self, doc: Doc) -> Iterable[tuple[Entity, int] | None]:
        letters = [ch for ch in doc.text if ch.isalpha()]
        lowercase_draft = len(letters) >= 8 and not any(ch.isupper() for ch in letters)
        # In an ALL CAPS draft every word looks like a name: only rules with a cue before the name are trusted.
        shouting = is_shouting(doc.text)
        for key, start, end in self._matcher(doc):
            pattern = self._by_key[key]
            if pattern.lowercase_only and not lowercase_draft:
                continue
            if shouting and pattern.label in ("PERSON", "ORG") and not pattern.caps_ok:
                continue
            if shouting and pattern.next_not_capitalised and end < len(doc) and _is_capitalised_word(doc[end].text):
                continue
            first, last = start + pattern.cue, end - pattern.tail
            if pattern.at_end and not _only_trailing_noise(doc, end):
                continue
            if pattern.at_start and not _only_trailing_noise(doc[:start], 0):
                continue
            if pattern.sentence_start and not _opens_sentence(doc, start):
                continue
            while first < last and _is_edge_noise(doc[last - 1].text):
                last -= 1
            while first < last and (
                doc[first].is_punct or (pattern.label == "ORG" and _is_optional_cue(doc[first].text, pattern))
            ):
                first += 1  # an optional cue word ("check out", "called") or punctuation before the name
            if first >= last:
                continue
            yield _make_entity(doc, first, last, pattern)


def _make_entity(doc: Doc, first: int, last: int, pattern: EntityPattern) -> tuple[Entity, int] | None:
    start_char, end_char = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    if pattern.label == "URL":  # the tokenizer may split a link in capitals at its "/": a link runs to the next space
        while end_char < len(doc.text) and not doc.text[end_char].isspace():
            end_char += 1
    raw = doc.text[start_char:end_char]
    text = raw
    if pattern.strip:
        text = text.lstrip(pattern.strip).rstrip(pattern.strip)
    if pattern.label == "URL" or not text.endswith(("Mr.", "Mrs.", "Ms.", "Dr.", "Co.", "St.", "Jr.", "Sr.")):
        text = text.rstrip(_EDGE_PUNCT)
    if text.endswith(("'s", "’s", "'S", "’S")) and pattern.label != "URL" and len(text) > 2 and " " not in text:
        text = text[:-2]  # "Maria's page" keeps "Maria"
    if not text:
        return None
    start_char += raw.find(text)
    entity = Entity(text, pattern.label, pattern.role, start_char, start_char + len(text), pattern.id)
    return entity, (-1 if pattern.needs_support else pattern.priority)


def _opens_sentence(doc: Doc, start: int) -> bool:
    for token in reversed(doc[:start]):
        if token.text in (".", "!", "?", "...", "…") or "\n" in token.whitespace_ + token.text:
            return True
        if any(ch.isalnum() for ch in token.text):
            return token.text.endswith((".", "!", "?"))
    return True  # only emoji or punctuation before it


def _is_optional_cue(token_text: str, pattern: EntityPattern) -> bool:
    if pattern.lowercase_only:
        return token_text.lower() in _OPTIONAL_CUES
    return not token_text[:1].isupper() and not token_text[:1].isdigit()


def _is_capitalised_word(text: str) -> bool:
    return text[:1].isalpha() and text[:1].isupper() and text not in ("I", "I'm", "I’m")


def _is_edge_noise(token_text: str) -> bool:
    return token_text in ("&", "'s", "’s", "and", "of", "the") or all(not ch.isalnum() for ch in token_text)


def _only_trailing_noise(doc: Doc | Span, end: int) -> bool:
    """True when nothing but punctuation and emoji follows token `end` (of a Doc or a Span)."""
    return all(not any(ch.isalnum() for ch in token.text) for token in doc[end:])


def _resolve_overlaps(candidates: list[tuple[Entity, int]]) -> list[Entity]:
    """Longest span wins, then the most specific rule; an 'auto' winner borrows the role of a rule it overlaps."""
    ordered = sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), c[1] if c[1] >= 0 else 9, c[0].start))
    chosen: list[Entity] = []
    for entity, priority in ordered:
        overlapping = [
            other
            for other, _ in candidates
            if other is not entity and other.start < entity.end and entity.start < other.end
        ]
        if priority == -1 and not overlapping:
            continue  # a weak pattern ("House of Cakes") needs another rule to back it
        if any(kept.start < entity.end and entity.start < kept.end for kept in chosen):
            continue
        if entity.role == "auto":
            borrowed = next((o.role for o in overlapping if o.role != "auto"), "auto")
            entity = Entity(entity.text, entity.kind, borrowed, entity.start, entity.end, entity.rule)
        chosen.append(entity)
    return sorted(chosen, key=lambda e: e.start)


def _group(entities: list[Entity], doc: Doc) -> DraftEntities:
    groups: dict[str, list[Entity]] = {role: [] for role in ROLES}
    seen: set[str] = set()
    for entity in entities:
        role = entity.role if entity.role != "auto" else _role_from_context(entity, doc)
        if role == "recipient" and entity.kind == "ORG":
            role = "theirs"
        key = entity.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        groups[role].append(
            entity
            if role == entity.role
            else Entity(entity.text, entity.kind, role, entity.start, entity.end, entity.rule)
        )
    return DraftEntities(*(tuple(groups[role]) for role in ROLES))


def _role_from_context(entity: Entity, doc: Doc) -> str:
    before = [token.lower_ for token in doc if token.idx + len(token.text) <= entity.start][-3:]
    if any(word in _THEIRS_CUES for word in before):
        return "theirs"
    if entity.kind == "PERSON":
        return "recipient"
    return "mine"
