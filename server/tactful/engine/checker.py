"""The check: is a draft pushy, in which way, and which words make it so.

1. Clearly non-English drafts are returned unflagged (the model only knows English); in a mixed-language draft
   the English sentences are checked.
2. The classifier scores the whole draft; `score` = P(any category), compared with the sensitivity's threshold.
   A draft of three words or fewer is pushy only when a phrasing pattern matches it: alone, a word like
   "Like" or "subscribed" is a fan's reaction far more often than a demand. A draft that follows Tactful's
   own advice (engine/advice.py) is never a cold pitch or an unearned ask.
3. For a flagged draft, each sentence is scored on its own, so one pushy sentence in a long friendly message
   is found; within each pushy sentence the phrasing patterns pin the exact words. With no pattern, the
   sentence itself is highlighted (rule "classifier.<category>").

Work is batched: one classifier pass for all drafts, one for all sentences of the flagged ones, and spaCy
runs only on the pushy sentences — clean drafts, the common case, never reach spaCy at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

import numpy as np

from tactful.engine import features
from tactful.engine.advice import AdviceCheck
from tactful.engine.classifier import LinearTextModel
from tactful.engine.language import ENGLISH, LanguageGuesser
from tactful.engine.messages import CategoryText, load_category_texts
from tactful.engine.offsets import Utf16Index
from tactful.engine.patterns import PhrasingPatterns, blank_english, load_phrasing_patterns
from tactful.engine.results import CheckResult, Issue
from tactful.engine.sentences import sentence_spans
from tactful.engine.suppression import Suppressions
from tactful.paths import models_dir as default_models_dir

NONE = 0  # index of the "none" class
SHORT_DRAFT_WORDS = 3
_CLAUSE = re.compile(r"[^,;.!?…\n]+[,;.!?…]*")  # a clause and the punctuation that closes it
ADVICE_CATEGORIES = ("cold_pitch", "unearned_ask")  # a reciprocity demand is one even in a fine introduction
RECIPROCITY = "reciprocity_demand"

Span = tuple[int, int]


_FIRST_WORD = re.compile(r"[^\W_]+")
# The first word of a greeting, letters repeated or not ("hiii", "heyyy").
_SALUTATION = re.compile(
    r"h+i+|h+e+y+|h+e+l+o+|hiya|heya|yo+|dear|greetings|hola|ciao|bonjour|namaste|howdy|morning|evening|afternoon|good",
    re.IGNORECASE,
)


class Checker:
    def __init__(
        self,
        model: LinearTextModel,
        patterns: PhrasingPatterns,
        messages: dict[str, CategoryText],
        language: LanguageGuesser,
        advice: AdviceCheck,
        model_source: str = "shipped",
    ) -> None:
        self.model = model
        self.model_source = model_source  # "shipped" (models/classifier) or "personal" (trained with feedback)
        self.advice = advice
        self.patterns = patterns
        self.nlp = patterns.nlp  # spaCy's blank English tokenizer; shared with the rewrite engine
        self.messages = messages  # each category's warning words (engine.messages), not drafts
        self.language = language
        self.model_version = model.version
        self.thresholds = model.thresholds
        # A draft that passes despite the model's score (see _passes_despite_score), or whose every issue the
        # user's feedback silenced, scores below every threshold.
        self.score_cap = round(min(self.thresholds.values()) - 0.01, 4)

    def with_model(self, model: LinearTextModel, model_source: str) -> Checker:
        """The same checker around another classifier with the same vocabulary (a personal model grown from this
        one): the patterns, messages, language guesser and advice are shared, not loaded again."""
        return Checker(model, self.patterns, self.messages, self.language, self.advice, model_source=model_source)

    def check(
        self,
        text: str,
        surface: str = "other",
        sensitivity: str = "balanced",
        suppressions: Suppressions | None = None,
    ) -> CheckResult:
        """Check one draft. `surface` is accepted for the API's sake and does not change the verdict yet."""
        return self.check_many([text], sensitivity=sensitivity, suppressions=suppressions)[0]

    def check_many(
        self, texts: Sequence[str], sensitivity: str = "balanced", suppressions: Suppressions | None = None
    ) -> list[CheckResult]:
        """Check drafts in one batch; with `suppressions`, issues the user's feedback silenced are left out."""
        results = self._check_many(texts, sensitivity)
        if suppressions:
            return [
                suppressions.apply(text, result, self.score_cap) for text, result in zip(texts, results, strict=True)
            ]
        return results

    def _check_many(self, texts: Sequence[str], sensitivity: str) -> list[CheckResult]:
        threshold = self.thresholds[sensitivity]
        token_lists = [features.tokens(text) for text in texts]
        languages = [self.language.guess(text, toks) for text, toks in zip(texts, token_lists, strict=True)]
        results: list[CheckResult] = [CheckResult(False, 0.0, None, lang, self.model_version) for lang in languages]
        # What the model reads: the draft itself, or for a mixed-language draft only its English sentences.
        scored_texts = list(texts)
        for i, lang in enumerate(languages):
            if lang != ENGLISH:
                english_part = self._english_sentences_only(texts[i])
                if english_part is not None:
                    scored_texts[i], token_lists[i], languages[i] = english_part, features.tokens(english_part), ENGLISH
        english = [i for i, lang in enumerate(languages) if lang == ENGLISH]
        if not english:
            return results
        probabilities = self.model.probabilities_of_tokens([token_lists[i] for i in english])
        flagged: list[tuple[int, np.ndarray, float]] = []
        for row, i in enumerate(english):
            # The rounded score is both what the client sees and what meets the threshold, so they never disagree.
            score = round(float(1.0 - probabilities[row, NONE]), 4)
            if score >= threshold and self._passes_despite_score(scored_texts[i], token_lists[i], probabilities[row]):
                score = min(score, self.score_cap)
            if score >= threshold:
                flagged.append((i, probabilities[row], score))
            else:
                results[i] = CheckResult(False, score, None, ENGLISH, self.model_version)
        pushy_sentences = self._pushy_sentences(
            [scored_texts[i] for i, _, _ in flagged], [p for _, p, _ in flagged], threshold
        )
        for (i, draft_probabilities, score), sentences in zip(flagged, pushy_sentences, strict=True):
            issues = [self._issue(texts[i], span, category) for span, category in sentences]
            results[i] = CheckResult(
                True, score, self._category_of(draft_probabilities), ENGLISH, self.model_version, issues
            )
        return results

    def _passes_despite_score(self, text: str, tokens: list[str], probabilities: np.ndarray) -> bool:
        """Two kinds of draft the model over-reads: one too short to judge, and one that does what Tactful
        advises (an introduction with interest in the reader and a question, selling nothing), which is
        never a cold pitch or an unearned ask."""
        if self.too_short_to_judge(text, tokens):
            return True
        category = self._category_of(probabilities)
        if category == RECIPROCITY and self.advice.only_reports_a_like(text) and not self.patterns.find(text):
            return True
        return category in ADVICE_CATEGORIES and self.advice.follows_advice(text)

    def too_short_to_judge(self, text: str, tokens: list[str]) -> bool:
        """One to three words ("Like", "liked and subscribed!!", "Like Olivia Rodrigo") say too little for the
        model to call them demands: only an unambiguous phrase from the patterns (l4l, "follow back?",
        "sub to me") makes a short draft pushy."""
        words = islice((token for token in tokens if token[0].isalnum()), SHORT_DRAFT_WORDS + 1)  # stop counting at 4
        return sum(1 for _ in words) <= SHORT_DRAFT_WORDS and not self.patterns.find(text)

    def _bare_greeting(self, sentence: str) -> bool:
        first = _FIRST_WORD.search(sentence)
        if first is None or _SALUTATION.fullmatch(first.group(0)) is None:
            return False  # most sentences: no tokenising needed
        return self.too_short_to_judge(sentence, features.tokens(sentence))

    def _english_sentences_only(self, text: str) -> str | None:
        """A draft not in English as a whole may still hold English sentences or clauses ("Hola amiga! pls like
        my page", "mano vê meu canal, check out my channel pls"): the text with every other clause blanked to
        spaces (so offsets still index the draft), or None when no clause is English."""
        spans = [match.span() for match in _CLAUSE.finditer(text)]
        if len(spans) < 2:
            return None
        english = [
            (start, end)
            for start, end in spans
            if self.language.is_english_clause(text[start:end], features.tokens(text[start:end]))
        ]
        if not english:
            return None
        blanked = [" "] * len(text)
        for start, end in english:
            blanked[start:end] = text[start:end]
        return "".join(blanked)

    def _category_of(self, probabilities: np.ndarray) -> str:
        return self.model.classes[1 + int(np.argmax(probabilities[1:]))]

    def _pushy_sentences(
        self, texts: list[str], draft_probabilities: list[np.ndarray], threshold: float
    ) -> list[list[tuple[Span, str]]]:
        """For each flagged draft, the sentences that are pushy on their own (at least the most suspicious one)."""
        spans = [sentence_spans(text) or [(0, len(text))] for text in texts]
        several = [k for k, s in enumerate(spans) if len(s) > 1]
        sentence_texts = [texts[k][start:end] for k in several for start, end in spans[k]]
        sentence_probabilities = (
            self.model.predict_proba(sentence_texts) if sentence_texts else np.empty((0, len(self.model.classes)))
        )
        chosen: list[list[tuple[Span, str]]] = [
            [(s[0], self._category_of(p))] for s, p in zip(spans, draft_probabilities, strict=True)
        ]
        row = 0
        for k in several:
            block = sentence_probabilities[row : row + len(spans[k])]
            row += len(spans[k])
            # A bare greeting ("Hey Brittany!!") is never the sentence pointed at: too short to judge alone, it
            # would not be flagged as a draft either ("Like mine." is short too, but it is no greeting).
            judged = [
                j for j, (start, end) in enumerate(spans[k]) if not self._bare_greeting(texts[k][start:end])
            ] or list(range(len(spans[k])))
            pushy = [j for j in judged if 1.0 - block[j, NONE] >= threshold]
            if not pushy:  # the draft as a whole is pushy but no sentence alone is: take the most suspicious one
                pushy = [min(judged, key=lambda j: block[j, NONE])]
            chosen[k] = _merge_neighbours([(j, spans[k][j], self._category_of(block[j])) for j in pushy])
        return chosen

    def _issue(self, text: str, sentence: Span, category: str) -> Issue:
        start, end = sentence
        matches = self.patterns.find(text[start:end], category)
        rule = f"classifier.{category}"
        if matches:  # highlight from the first matched phrase to the end of the last one
            first = min(matches, key=lambda m: (m.start, -m.end))
            rule = first.rule
            start, end = sentence[0] + first.start, sentence[0] + max(m.end for m in matches)
        index = Utf16Index(text)
        words = self.messages[category]
        return Issue(
            category=category,
            severity=words.severity,
            message=words.message,
            why=words.why,
            start=index.to_utf16(start),
            end=index.to_utf16(end),
            quote=text[start:end],
            rule=rule,
        )


def _merge_neighbours(sentences: list[tuple[int, Span, str]]) -> list[tuple[Span, str]]:
    """One issue per run of adjacent pushy sentences of one category ("Want to buy? DM me to order!" is one pitch)."""
    merged: list[tuple[int, Span, str]] = []
    for index, span, category in sentences:
        if merged and merged[-1][0] == index - 1 and merged[-1][2] == category:
            merged[-1] = (index, (merged[-1][1][0], span[1]), category)
        else:
            merged.append((index, span, category))
    return [(span, category) for _, span, category in merged]


def load_checker(models: Path | None = None, classifier: Path | None = None) -> Checker:
    """Load everything the engine needs from the models folder (once per process). `classifier` is another
    classifier folder to use instead of models/classifier (a personal model), loaded with the same checks."""
    folder = models or default_models_dir()
    model = LinearTextModel.load(classifier or folder / "classifier")
    english_words = frozenset(feature[2:] for feature in model.vocabulary if feature.startswith("w:"))
    return Checker(
        model=model,
        patterns=load_phrasing_patterns(blank_english(), folder / "patterns"),
        messages=load_category_texts(folder),
        language=LanguageGuesser.load(folder, english_words),
        advice=AdviceCheck.load(folder),
        model_source="shipped" if classifier is None else "personal",
    )
