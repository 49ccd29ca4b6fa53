"""Which parts of a draft push, and the draft with them taken out: every other sentence and clause verbatim.

Each sentence is judged alone by the sentence model (tactful.rewrite.sentence_judge). A sentence is pushy when the
model is sure of it on its own, when the draft's own check pointed at it and the model agrees at a lower bar, or when
it holds a pushy phrase or a pitch detail, the checker flags it alone and the model does not read it as fine. A draft
the check flagged loses at least its likeliest sentence, unless the model reads every sentence as fine. In a draft the
check let through only a sentence the model is sure of goes, and a draft where nothing goes gets no rewrite.

Inside a pushy sentence only the pushy clauses go (a clause with a pushy phrase, a price, a code, a deadline or a
call to action, or one judged pushy alone); "I liked your page, now like mine" keeps "I liked your page". What is left
of a pushy sentence goes too when it still reads as pushy on its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tactful.rewrite.clauses import Clause, Sentence, split_draft, terminal_punctuation
from tactful.rewrite.details import PitchDetails
from tactful.rewrite.register import EMOJI, PUSHY_EMOJI
from tactful.rewrite.remainder import (
    GREETING,
    SECOND_PERSON,
    SUBJECT,
    stands_alone,
    stays_after_the_cut,
)
from tactful.rewrite.sentence_judge import SentenceJudge

if TYPE_CHECKING:
    from tactful.engine.checker import Checker
    from tactful.engine.results import CheckResult
    from tactful.engine.suppression import Suppressions

_LEAD_IN = re.compile(
    r"^\W*(?:with|since|as|given|after|before|due to|because of|following|for|in|on|at|by|from|during|ahead of)\b",
    re.IGNORECASE,
)
_LEADING_JOINER = re.compile(r"^(?:[-–—]+\s*)?(?:(?:and|but|so|also|plus|or|then|now)\b[\s,]*)?", re.IGNORECASE)
# "… stunning 😍 P.S." before the removed plug: a pointer at the sentence that went.
_TRAILING_POINTER = re.compile(r"\s+(?:p\.?\s?s\.?|btw|also|oh and|and also|anyway|anyways)\W*$", re.IGNORECASE)
# "Either way, congrats on the gig!" / "Would be good to stay in touch either way.": after a removed ask, words that
# point back at it go and the rest of the sentence stays (blind reads r8, r9). "Anyway" stays: it only changes the
# subject, and writers kept "Anyway let's get coffee soon!" after a removed ask.
_POINTS_BACK_AT_THE_START = re.compile(
    r"^(?:either way|regardless|no worries if not|if not,? no worries|but no worries)"
    r"\s*[,.!–—-]*\s+(?=\w)",
    re.IGNORECASE,
)
_POINTS_BACK_AT_THE_END = re.compile(r"[,\s]+(?:either way|regardless)(?=\W*$)", re.IGNORECASE)
# Where a comment's own offering is cut from: after a stop, a comma or an emoji before it.
_PLUG_BREAK = re.compile(rf"[.!?…,;]+\s*|(?:{EMOJI.pattern})+\s*")
_TRAILING_JOINER = re.compile(r"[\s,;:\-–—]+$")
_SELF_INTRODUCTION = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\W+)?(?:(?:i(?:'|’)?m|i am|im|we(?:'|’)?re|"
    r"we are)\b(?!\s+(?:\w+ly\s+)?\w+ing\b)|(?:my name is|my name's|this is)\b)|^\W*[A-Z][\w'’-]+ here\b",
    re.IGNORECASE,
)
# What goes with a removed ask: the same ask carried on ("… and tag all your cousins"), or its promised return
# ("DM me your address and I'll post you a couple", "join my team, you'd get your products free"). Kept alone, the
# first is the demand again and the second an offer whose condition was cut.
_CARRIES_ON_THE_ASK = re.compile(
    r"^\W*(?:(?:and|&|or|then|plus)\s+(?:please\s+|pls\s+|plz\s+)?(?:tag|share|like|follow|comment|subscribe|sub|"
    r"invite|bring|send|tell|get|leave|press|hit|click|dm|message|book|buy|order|vote|rate|review|forward|join|add|"
    r"repost|turn on)\b|(?:(?:and|&|so|then)\s+)?(?:i(?:'|’)?ll|we(?:'|’)?ll|i will|we will|you(?:'|’)?ll|you will|"
    r"you(?:'|’)?d|you would|you get|you can get|you could get)\b)",
    re.IGNORECASE,
)
_THANKS_OR_GREETING = re.compile(
    r"^\W*(?:thanks|thank you|thank u|thx|ty|cheers|hi|hey|hello|hiya|dear|welcome|congrat)", re.IGNORECASE
)
_EDGE_NOISE = re.compile(r"^[\W_]+|[\W_]+$")
_CLOSING = re.compile(
    r"^\W*(?:thanks|thank you|thank u|ty|thx|cheers|regards|best|kind regards|warm regards|many thanks|love|"
    r"lots of love|much love|x+|xo+|warmly|warm wishes|best wishes|all the best|take care|talk soon|speak soon|"
    r"have a (?:nice|great|lovely|good) (?:day|one|week|weekend)|have nice day|gracias|grazie|"
    r"merci|salamat|god bless|blessings|go raibh maith agat|diolch|peace|stay safe|sincerely|yours)\b",
    re.IGNORECASE,
)
_CLOSING_LOVE = re.compile(r"^\W*(?:love|lots of love|much love)\b", re.IGNORECASE)
_KISSES = re.compile(r"\s[xX]{1,4}\W*$")  # "… for me x"
_SIGNED = re.compile(
    r"(?:^\W*[-–—~]|,\s*(?:the\s+)?[A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ&][\w'’&-]*)*\W*$)"
)  # "Warmly, Dana", "- Brittany, Bark Avenue"
_SIGNATURE = re.compile(r"^[-–—~]?\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[xX]+)?\W*$")
_QUESTION = re.compile(r"\?")
MIN_RUN_WORDS = 3
_BARE_NAME = re.compile(r"^\W*(?:[A-Z][\w'’&-]*\s*){1,3}[.!]*\W*$")  # "NetWave Fiber." left alone
# "i liked ur page", "Hi sister, i have like your page already.": the favour done, which set up the "like mine back"
# that went. Alone (or with a bare thank-you) it is the hint again: blind readers sent none of the six rewrites left
# with only that (reads r8, r9).
_FAVOUR_DONE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hiya|yo|dear)\b[^,.!?]{0,20}?[,.!]?\s+)?(?:(?:i|we)\s+)?(?:(?:have|just|already|also)\s+)*"
    r"(?:liked?|followed?|subscribed(?: to)?)\s+(?:ur|your|you)\b[^.!?,]{0,40}[.!?\s]*$",
    re.IGNORECASE,
)
_BARE_THANKS = re.compile(r"^\W*(?:thank you|thanks|thank u|thx|ty)(?: so much| very much| again)?\W*$", re.IGNORECASE)
# "My name is Harold", "I am a retired machinist", "We're Riverside Scoops"; not "I'm gonna be an auntie", "This is
# gold"
_WHO_I_AM = re.compile(
    r"^\W*(?:(?i:hi|hello|hey|good \w+|dear \w+|greetings)\W+)*(?:(?i:my name is|my name's)|"
    r"(?i:i(?:'|’)?m|im|i am|we(?:'|’)?re|we are) (?:(?i:a|an|the)\b|[A-Z])|(?i:this is) [A-Z]\w+ (?i:from|at|of|here))"
)
_WHAT_I_WANT = re.compile(
    r"\b(?:i(?:'|’)?d|i would|we(?:'|’)?d|we would) (?:love|like)\b|\b(?:want|wanted|hope|hoping)\b", re.IGNORECASE
)
_BARE_SIGN_OFF_WORDS = 3  # "Best regards,", "Thanks!", "Dana": a thank-you of more words says something
_LINK = re.compile(r"\S*(?:\.[a-z]{2,}/|/|@)\S*|\S+\.(?:com|net|org|ie|ca|au|uk|io|co)\b\S*", re.IGNORECASE)


@dataclass(slots=True)
class KeptSentence:
    index: int  # which sentence of the draft
    text: str  # the sentence as it stays: verbatim, or its kept clauses joined
    # code-point spans of `text` that are not the draft's (what was changed at the edges of clauses taken out)
    fixed: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class EditPlan:
    text: str
    sentences: list[Sentence]
    kept: list[KeptSentence]
    removed: list[str]  # the draft's words that were taken out, in order
    first_removed_at: int | None  # sentence index where the first removal was; additions go there
    # kept sentences (by position in `kept`) that give no reason to write once the push went ("Sorry to message out
    # of the blue.")
    quiet: frozenset[int] = frozenset()

    @property
    def changed(self) -> bool:
        return bool(self.removed)

    def kept_text(self) -> str:
        return " ".join(k.text for k in self.kept)

    def gap_before(self, kept_index: int) -> str:
        """The draft's own whitespace before this kept sentence ("\n" stays a line break), or one space."""
        k = self.kept[kept_index]
        sentence = self.sentences[k.index]
        previous_end = self.sentences[k.index - 1].end if k.index else 0
        gap = self.text[previous_end : sentence.start]
        return ("\n" * min(gap.count("\n"), 2)) if "\n" in gap else " "

    def is_greeting(self, kept_index: int) -> bool:
        text = self.kept[kept_index].text
        return bool(GREETING.search(text)) and len(text.split()) <= 6 and not _QUESTION.search(text)

    def closing_start(self) -> int:
        """Index of the first kept sentence of the sign-off ("Best regards," / "Dana"), or len(kept) when none."""
        start = len(self.kept)
        while start > 1 and len(self.kept) - start < 2 and self._signs_off(start - 1):
            start -= 1
        return start

    def is_closing(self, kept_index: int) -> bool:
        return kept_index > 0 and kept_index >= self.closing_start()

    def _signs_off(self, kept_index: int) -> bool:
        text = self.kept[kept_index].text
        words = len(text.split())
        return (
            bool(_KISSES.search(text))
            or (bool(_CLOSING.search(text)) and words <= (4 if _CLOSING_LOVE.match(text) else 8))
            or (bool(_SIGNATURE.match(text)) and words <= 3)
            or (bool(_SIGNED.search(text)) and words <= 6)
        )

    def only_greeting_and_sign_off_left(self) -> bool:
        return all(self.is_greeting(i) or self.is_closing(i) for i in range(len(self.kept)))

    def says_something(self, min_words: int = 2) -> bool:
        """Whether the draft's own words left, beside a greeting, a sign-off, links, hashtags and bare names, still
        say anything: "Hi Jordan.", "🎤🎤", "NetWave Fiber." or "i liked ur page" alone is no message to send."""
        body = " ".join(
            k.text
            for i, k in enumerate(self.kept)
            if i not in self.quiet
            and not (_is_bare_greeting(k.text) or (self.is_closing(i) and len(k.text.split()) <= _BARE_SIGN_OFF_WORDS))
            and not _BARE_NAME.match(k.text)
            and not _FAVOUR_DONE.match(k.text.strip())
            and not _BARE_THANKS.match(k.text)
            and not _only_about_the_writer(k.text)
        )
        words = [
            w for w in _LINK.sub(" ", body).split() if sum(ch.isalpha() for ch in w) >= 2 and not w.startswith("#")
        ]
        return len(words) >= min_words

    def cut_inside_a_sentence(self) -> bool:
        """Whether some kept sentence is what was left of a draft sentence that lost a clause."""
        return any(k.text != self.text[self.sentences[k.index].start : self.sentences[k.index].end] for k in self.kept)

    def question_count(self) -> int:
        return sum(len(_QUESTION.findall(k.text)) > 0 for k in self.kept)


class EditPlanner:
    def __init__(self, checker: Checker, details: PitchDetails, judge: SentenceJudge) -> None:
        self.checker = checker
        self.details = details
        self.judge = judge

    def plan(
        self,
        text: str,
        draft_check: CheckResult,
        also_pushy: tuple[tuple[int, int], ...] = (),
        suppressions: Suppressions | None = None,
        surface: str = "other",
        whole_sentences: bool = False,
    ) -> EditPlan:
        """`also_pushy`: spans of the draft that an earlier attempt's rewrite was still flagged for; for each, the
        one clause it touches that scores most pushy goes too. `suppressions`: the user's "not pushy" feedback; a
        sentence it silences is not judged pushy on its own. `whole_sentences`: a sentence with a pushy clause goes
        whole (but for a greeting that opens it), for when what is left of it would not be sent."""
        sentences = split_draft(text)
        flagged_spans = quote_spans(text, [i.quote for i in draft_check.issues]) if draft_check.flagged else []
        # The emoji a quote opens with ("🙌 Drop a review") closes the sentence before: that one is not pointed at.
        flagged = SpanSet([_core(text, Clause(start, end)) for start, end in flagged_spans])
        pushy_sentences = self._pushy_sentences(text, sentences, flagged, draft_check.flagged, suppressions)
        found_pushy = self._clauses_found_pushy(text, sentences, also_pushy)
        kept: list[KeptSentence] = []
        removed: list[str] = []
        first_removed_at: int | None = None
        changed_sentences: set[int] = set()
        for index, sentence in enumerate(sentences):
            words = text[sentence.start : sentence.end]
            found_here = [c for c in found_pushy if sentence.start <= c.start < sentence.end]
            if (index not in pushy_sentences and not found_here) or _is_bare_greeting(words):
                kept.append(KeptSentence(index, words))
                continue
            changed_sentences.add(index)
            kept_clauses = self._kept_clauses(text, sentence, flagged, found_here, index in pushy_sentences)
            kept_clauses = self._until_fine(text, sentence, kept_clauses)
            if whole_sentences:  # "Hi Maria, [I liked your page, now like mine]": only the greeting stays
                opening = sentence.clauses[0]
                greets = bool(GREETING.search(text[opening.start : opening.end]))
                kept_clauses = [opening] if kept_clauses[:1] == [opening] and greets else []
            result = _join_clauses(text, sentence, kept_clauses)
            removed.extend(_removed_parts(text, sentence, kept_clauses))
            if first_removed_at is None:
                first_removed_at = index
            if result is not None:
                kept.append(KeptSentence(index, result.text, result.fixed))
        for k in kept:
            pointer = _TRAILING_POINTER.search(k.text) if (k.index + 1) in changed_sentences else None
            if pointer and pointer.start() > 0:
                removed.append(k.text[pointer.start() :].strip())
                k.text = k.text[: pointer.start()]
                k.fixed = [(a, b) for a, b in k.fixed if b <= len(k.text)]
        for k in kept:
            if first_removed_at is not None and k.index > first_removed_at:
                removed.extend(_drop_what_points_back(k))
        # The emoji that closed a removed pitch ("… before it's gone!!! 🛍️🛍️⏰") go with it.
        trailing = [k for k in kept if _only_pushy_emoji(k.text) and (k.index - 1) in changed_sentences]
        removed.extend(k.text for k in trailing)
        kept = [k for k in kept if k not in trailing]
        if removed and surface == "comment":  # under someone's post, the plug left is the plug still
            for k in kept:
                removed.extend(self._cut_the_plug(k))
            kept = [k for k in kept if k.text.strip()]
        if removed:  # "Thanks in advance!" leans on the ask that went; "It would help us enormously." on its neighbour
            leaning = [
                k
                for k in kept
                if self.details.props_up_an_ask(k.text)
                or (bool({k.index - 1, k.index + 1} & changed_sentences) and self.details.leans_on_a_neighbour(k.text))
            ]
            removed.extend(k.text for k in leaning)
            kept = [k for k in kept if k not in leaning]
        quiet = (
            frozenset(i for i, k in enumerate(kept) if self.details.says_nothing(k.text)) if removed else frozenset()
        )
        return EditPlan(text, sentences, kept, removed, first_removed_at, quiet)

    def _cut_the_plug(self, kept: KeptSentence) -> list[str]:
        """Takes the writer's own offering out of a comment's sentence ("Looks delicious 😋 [I make hot sauce that
        would go perfect with this]"): from the break before it (a stop, a comma, an emoji) to the end, or the whole
        sentence when nothing of two words comes before it. Returns what went."""
        at = self.details.plug_in_a_comment(kept.text)
        if at is None:
            return []
        breaks = [m.end() for m in _PLUG_BREAK.finditer(kept.text, 0, at)]
        cut = breaks[-1] if breaks else 0
        if len(kept.text[:cut].split()) < 2:
            cut = 0
        gone = kept.text[cut:].strip()
        kept.text = _TRAILING_JOINER.sub("", kept.text[:cut].rstrip())
        kept.fixed = [(a, b) for a, b in kept.fixed if b <= len(kept.text)]
        return [gone]

    def _until_fine(self, text: str, sentence: Sentence, kept: list[Clause]) -> list[Clause]:
        """What is left of a pushy sentence must read as fine on its own: while it does not, its most pushy clause goes
        ("Btw we're running a giveaway on Kiddo Kloset" without its "tag 3 friends" is the plug still)."""
        kept = list(kept)
        while kept:
            left = _join_clauses(text, sentence, kept)
            if left is None or self.judge.scores([left.text])[0] < self.judge.bars.remainder:
                break
            scores = self.judge.scores([text[c.start : c.end] for c in kept])
            del kept[max(range(len(kept)), key=scores.__getitem__)]
            kept = _still_standing(text, sentence, kept)
        return kept

    def _pushy_sentences(
        self,
        text: str,
        sentences: list[Sentence],
        flagged: SpanSet,
        draft_flagged: bool,
        suppressions: Suppressions | None = None,
    ) -> set[int]:
        """The sentences that push (see the module's docstring); never one the user's feedback silenced. In a draft
        the check let through, only a sentence the model is sure of on its own pushes: a price a customer asked for
        is no push."""
        bars = self.judge.bars
        pieces = [text[s.start : s.end] for s in sentences]
        scores = self.judge.scores(pieces)
        if not draft_flagged:
            return {
                i
                for i, score in enumerate(scores)
                if score >= bars.unflagged and not (suppressions and suppressions.silences(pieces[i]))
            }
        pointed_at = {i for i, s in enumerate(sentences) if flagged.touches(s.start, s.end)}
        pushy = {
            i for i, score in enumerate(scores) if score >= bars.alone or (i in pointed_at and score >= bars.pointed_at)
        }
        worded = [
            i
            for i in range(len(sentences))
            if i not in pushy and scores[i] >= bars.backed and self._has_pushy_words(pieces[i])
        ]
        verdicts = self.checker.check_many([pieces[i] for i in worded], suppressions=suppressions)
        pushy |= {
            i for i, verdict in zip(worded, verdicts, strict=True) if verdict.flagged or self.details.find(pieces[i])
        }
        if pointed_at and not pushy:
            candidates = [i for i in range(len(sentences)) if not _is_bare_greeting(pieces[i])]
            likeliest = max(candidates, key=lambda i: (scores[i], i in pointed_at), default=None)
            if likeliest is not None and scores[likeliest] >= bars.backed:
                pushy = {likeliest}
        return {i for i in pushy if not (suppressions and suppressions.silences(pieces[i]))}

    def _clauses_found_pushy(
        self, text: str, sentences: list[Sentence], also_pushy: tuple[tuple[int, int], ...]
    ) -> list[Clause]:
        """For each span an earlier attempt was still flagged for, the one clause it touches that the checker scores
        most pushy (not every clause it touches, and not one per sentence: the checker's quote may run over two).
        Every candidate clause is scored in one batch; the clauses a span touches are found by bisection."""
        clauses = [clause for sentence in sentences for clause in sentence.clauses]
        cores = [_core(text, c) for c in clauses]
        core_ends = [end for _, end in cores]
        touched_by_span: list[list[int]] = []
        for start, end in also_pushy:
            first = bisect.bisect_right(core_ends, start)  # cores are in order and do not overlap
            touched = []
            for k in range(first, len(clauses)):
                if cores[k][0] >= end:
                    break
                if _overlaps(*cores[k], [(start, end)]):
                    touched.append(k)
            # A thank-you or a greeting is the fine part of "Thanks for the follow 😊 I make soy candles", and so is
            # a self-introduction ("I'm a local handyman too"): what goes is the boast or the pitch beside it.
            preferred = [
                k
                for k in touched
                if not _THANKS_OR_GREETING.search(text[clauses[k].start : clauses[k].end])
                and not _SELF_INTRODUCTION.search(text[clauses[k].start : clauses[k].end])
            ] or touched
            touched_by_span.append(preferred)
        to_score = sorted({k for preferred in touched_by_span for k in preferred})
        verdicts = self.checker.check_many([text[clauses[k].start : clauses[k].end] for k in to_score])
        score = {k: v.score for k, v in zip(to_score, verdicts, strict=True)}
        chosen: set[int] = set()
        for preferred in touched_by_span:
            left = [k for k in preferred if k not in chosen]  # a span found again: the next clause goes
            if left:
                chosen.add(max(left, key=lambda k: (score[k], -k)))
        return [clauses[k] for k in sorted(chosen)]

    def _introduction_after_the_ask(self, text: str, clause: Clause) -> Clause | None:
        """The self-introduction that follows the pushy words inside one clause, as a clause of its own, if any."""
        piece = text[clause.start : clause.end]
        matches = self.checker.patterns.find(piece)
        if not matches:
            return None
        after = clause.start + max(m.end for m in matches)
        while after < clause.end and not text[after].isalnum():
            after += 1
        rest = text[after : clause.end]
        if _SELF_INTRODUCTION.match(rest) and len(rest.split()) >= 3 and not self._has_pushy_words(rest):
            return Clause(after, clause.end)
        return None

    def _has_pushy_words(self, piece: str) -> bool:
        return bool(self.checker.patterns.find(piece)) or self.details.find(piece) is not None

    def _kept_clauses(
        self,
        text: str,
        sentence: Sentence,
        flagged: SpanSet,
        found_pushy: list[Clause],
        judged_pushy: bool,
    ) -> list[Clause]:
        """The clauses of a sentence that stay. In a sentence judged pushy (`judged_pushy`) those with a pushy phrase or
        a pitch detail go; when no clause has one, those the checker flags alone inside the span the draft's check
        highlighted, or failing that the whole sentence. A self-introduction ("I'm Fernanda", "I'm a local realtor")
        stays unless it holds pushy words itself. In every sentence the clauses an earlier attempt found pushy
        (`found_pushy`) go, and so does what carries on a removed ask."""
        clauses = list(sentence.clauses)
        pieces = [text[c.start : c.end] for c in clauses]
        # A thank-you ("Thanks for the follow 😊") may open a pitch pattern, but alone it is what Tactful recommends.
        worded = [
            self._has_pushy_words(piece)
            and not (_THANKS_OR_GREETING.search(piece) and self.details.find(piece) is None)
            for piece in pieces
        ]
        introduces = [not w and bool(_SELF_INTRODUCTION.search(piece)) for piece, w in zip(pieces, worded, strict=True)]
        if not judged_pushy:
            pushy = [False] * len(clauses)
        elif any(
            worded
        ):  # only the clauses with the pushy words go ("I liked your page, now like mine" keeps the fact)
            pushy = worded
            for k, clause in enumerate(clauses):  # "check out my page im a photographer too": the introduction stays
                rest = self._introduction_after_the_ask(text, clause) if worded[k] else None
                if rest is not None:
                    clauses[k], pushy[k], introduces[k] = rest, False, True
        else:
            verdicts = self.checker.check_many(pieces) if len(pieces) > 1 else []
            scores = self.judge.scores(pieces) if len(pieces) > 1 else [1.0]
            pushy = [
                ((bool(v.flagged) and flagged.touches(c.start, c.end)) or score >= self.judge.bars.alone) and not i
                for c, v, score, i in zip(clauses, verdicts, scores, introduces, strict=False)
            ]
            if not any(pushy):  # pushy as a whole, no clause alone: the one judged likeliest goes first
                candidates = [k for k, i in enumerate(introduces) if not i]
                most = max(candidates, key=lambda k: scores[k], default=None)
                pushy = [k == most for k in range(len(clauses))]
        pushy = [
            p or _overlaps(*_core(text, c), [(f.start, f.end) for f in found_pushy])
            for c, p in zip(clauses, pushy, strict=True)
        ]
        if GREETING.search(pieces[0]) and len(pieces[0].split()) <= 4:
            pushy[0] = False  # "Dear Business Owner," stays with whatever follows it
        first_gone = next((k for k, p in enumerate(pushy) if p), len(clauses))
        kept: list[Clause] = []
        for k, (clause, is_pushy, introduction) in enumerate(zip(clauses, pushy, introduces, strict=True)):
            piece = text[clause.start : clause.end]
            gone_before = k > 0 and (not kept or kept[-1] != clauses[k - 1])
            if is_pushy or (gone_before and k > first_gone and _CARRIES_ON_THE_ASK.match(piece)):
                continue
            if k > first_gone and not stays_after_the_cut(text, clauses[k - 1], clause):
                continue
            if introduction or stands_alone(piece, k == 0, after_a_removal=k > first_gone):
                kept.append(clause)
        kept = [c for c in kept if not _leads_into_a_removed_clause(text, c, clauses, kept)]
        if len(kept) < len(clauses):  # "Thanks for the follow 🌿 No pressure at all, [but 2 spots left]": it leaned
            kept = [c for c in kept if not self.details.props_up_an_ask(_clause_text(text, c))]
        return kept if sum(len(text[c.start : c.end].split()) for c in kept) >= 2 else []


def _still_standing(text: str, sentence: Sentence, kept: list[Clause]) -> list[Clause]:
    """The kept clauses that still read on their own once a clause before them went ("[also i notice u like every
    post from ur church friends] but never mine" is no clause to keep)."""
    order = {(c.start, c.end): k for k, c in enumerate(sentence.clauses)}
    kept_at = {order.get((c.start, c.end), -1) for c in kept}
    return [
        c
        for c in kept
        if (at := order.get((c.start, c.end), -1)) <= 0
        or (at - 1) in kept_at
        or (
            stands_alone(text[c.start : c.end], first=False, after_a_removal=True)
            and stays_after_the_cut(text, sentence.clauses[at - 1], c)
        )
    ]


def _drop_what_points_back(kept: KeptSentence) -> list[str]:
    """Takes "Either way," (or a closing "either way") out of a sentence kept after a removed ask; returns what went."""
    for pattern in (_POINTS_BACK_AT_THE_START, _POINTS_BACK_AT_THE_END):
        found = pattern.search(kept.text)
        if found is None or (found.start() == 0 and found.end() == len(kept.text)):
            continue
        start, end = found.span()
        rest = kept.text[:start] + kept.text[end:]
        shift = end - start
        fixed = [(a, b) if b <= start else (a - shift, b - shift) for a, b in kept.fixed if b <= start or a >= end]
        if start == 0 and rest[:1].islower():
            rest = rest[0].upper() + rest[1:]
            fixed.insert(0, (0, 1))
        kept.text, kept.fixed = rest, fixed
        return [found.group().strip(" ,")]
    return []


def _only_about_the_writer(sentence: str) -> bool:
    """ "My name is Harold and I am a retired machinist in Kitchener.": who the writer is, and nothing for the reader.
    Alone (beside a greeting and a sign-off) it is no message: blind readers asked why it was sent (reads r8, r10)."""
    return bool(_WHO_I_AM.search(sentence)) and not SECOND_PERSON.search(sentence) and not _WHAT_I_WANT.search(sentence)


def _clause_text(text: str, clause: Clause) -> str:
    """The clause without the comma or dash that joined it to the next one."""
    return _TRAILING_JOINER.sub("", text[clause.start : clause.end])


def _removed_parts(text: str, sentence: Sentence, kept: list[Clause]) -> list[str]:
    parts = []
    for clause in sentence.clauses:
        inside = [k for k in kept if clause.start <= k.start < clause.end]
        if not inside:
            parts.append(text[clause.start : clause.end])
        elif inside[0].start > clause.start:
            parts.append(text[clause.start : inside[0].start].rstrip())
    return parts


def _trailing_friendly_emoji(piece: str) -> str:
    tail = re.search(r"(?:\s*(?:" + EMOJI.pattern + r"))+\s*$", piece)
    if not tail:
        return ""
    emoji = tail.group(0).strip()
    return "" if any(ch in PUSHY_EMOJI for ch in emoji) else emoji


def _only_pushy_emoji(piece: str) -> bool:
    """No words, and among its emoji one that belongs to a pitch or an ask (see register.PUSHY_EMOJI)."""
    return not any(ch.isalnum() for ch in piece) and any(ch in PUSHY_EMOJI for ch in piece)


def _core(text: str, clause: Clause) -> tuple[int, int]:
    """The clause without the emoji and punctuation at its edges (a quote that only touches its 🍯 misses it)."""
    start, end = clause.start, clause.end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _is_bare_greeting(sentence: str) -> bool:
    """ "Hey Tyler!", "Hi all! 👋": the checker may take it in with the pitch after it, but it stays."""
    return bool(GREETING.search(sentence)) and len(sentence.split()) <= 4 and "?" not in sentence


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


class SpanSet:
    """Spans merged into disjoint runs, so asking whether a clause touches any of them is a bisection, not a scan
    (a long draft can have hundreds of flagged spans and thousands of clauses)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def touches(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span (touching at an edge is not overlapping)."""
        k = bisect.bisect_left(self._starts, end) - 1  # the last run starting before `end`
        return k >= 0 and self._ends[k] > start

    def __bool__(self) -> bool:
        return bool(self._starts)


def quote_spans(text: str, quotes: list[str], *, by_words: bool = False) -> list[tuple[int, int]]:
    """Where in the draft each quote is. `by_words` is for a quote taken from a rewrite: it is looked for without the
    punctuation and emoji at its edges and whatever the case of its first letter ("Tag all your cousins" is the
    draft's "and tag all your cousins"), and a quote that runs across a removed part is found run by run."""
    spans = []
    for quote in quotes:
        if not by_words:
            at = text.find(quote) if quote else -1
            if at >= 0:
                spans.append((at, at + len(quote)))
            continue
        runs = _word_runs(text, _EDGE_NOISE.sub("", quote).split())
        if runs:  # one quote is one span, so a quote that ran over a removed part still means one clause more goes
            spans.append((min(start for start, _ in runs), max(end for _, end in runs)))
    return spans


def _word_runs(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans of the draft holding these words in order: the longest run found at each step, of at least
    MIN_RUN_WORDS words unless the quote is shorter (a lone "i" or "you" would be found anywhere). A run is grown a
    word at a time (every prefix of a run that occurs occurs too), so a long quote costs one search per word."""

    def search(start: int, stop: int) -> re.Match[str] | None:
        return re.search(r"\s+".join(map(re.escape, words[start:stop])), text, re.IGNORECASE)

    spans: list[tuple[int, int]] = []
    shortest = min(MIN_RUN_WORDS, len(words))
    at = 0
    while at < len(words):
        stop = at
        while stop < len(words) and search(at, stop + 1):
            stop += 1
        found = search(at, stop) if stop - at >= shortest else None
        if found:
            spans.append(found.span())
            at = stop
        else:
            at += 1
    return spans


def _leads_into_a_removed_clause(text: str, clause: Clause, clauses: list[Clause], kept: list[Clause]) -> bool:
    """ "With the rate decision due in March, [now is the time to lock in]": a prepositional phrase (or any three words)
    with no subject that only led into the clause that went, left ending in a comma; or anything ending in a colon."""
    piece = text[clause.start : clause.end].rstrip()
    index = clauses.index(clause) if clause in clauses else -1
    following_gone = 0 <= index < len(clauses) - 1 and clauses[index + 1] not in kept
    if not following_gone or GREETING.search(piece):
        return False
    if piece.endswith(":"):  # "And to our past clients: [if you haven't left us a review …]"
        return True
    short = len(piece.split()) <= 3  # "Para celebrar, [I'm giving 10% off …]"
    return piece.endswith(",") and (bool(_LEAD_IN.match(piece)) or short) and not SUBJECT.search(piece)


def _join_clauses(text: str, sentence: Sentence, kept: list[Clause]) -> KeptSentence | None:
    """The sentence made of its kept clauses, verbatim between them; the edges tidied (a leading "and" goes,
    the first letter is capitalised, the sentence's closing punctuation moves to the new end)."""
    if not kept:
        return None
    out = ""
    for position, clause in enumerate(kept):
        if position:  # the draft's own separator before this clause (before the whole clause it was cut from)
            index = next(k for k, c in enumerate(sentence.clauses) if c.start <= clause.start < c.end)
            before = sentence.clauses[index - 1] if index else None
            if before is not None and before != kept[position - 1] and out[-1:].isalnum():
                # "We haven't met [but I think we're in the same group,] I loved your photos": the removed clause's
                # comma stays, or the two kept clauses run together
                mark = text[before.end - 1]
                out += mark if mark in ",;:" else ","
            out += text[before.end : sentence.clauses[index].start] if before is not None else " "
        out += text[clause.start : clause.end]
    fixed: list[tuple[int, int]] = []
    first_clause = sentence.clauses[0]
    if kept[0] != first_clause:
        stripped = _LEADING_JOINER.sub("", out)
        out = stripped or out
        if text[first_clause.start : first_clause.start + 1].isupper() and out[:1].islower() and not _LINK.match(out):
            out = out[0].upper() + out[1:]
            fixed.append((0, 1))
    if kept[-1] != sentence.clauses[-1]:
        out = _TRAILING_JOINER.sub("", out)
        closing = terminal_punctuation(text[sentence.start : sentence.end])
        if "?" in closing and "?" not in out:
            closing = "!" if "!" in text[sentence.start : sentence.end] else "."
        if out and (out[-1].isalnum() or out[-1] in ")\"'’”") and closing:  # after an emoji ("stunning 😍") none
            fixed.append((len(out), len(out) + len(closing)))
            out += closing
        friendly = _trailing_friendly_emoji(text[sentence.clauses[-1].start : sentence.clauses[-1].end])
        if friendly and not out.endswith(friendly):  # "now like mine 😊" goes, the 😊 stays where it was
            out += " " + friendly
    return KeptSentence(-1, out, fixed)
