"""The check: is a draft pushy, in which way, and which words make it so.

1. Clearly non-English drafts are returned unflagged (the model only knows English).
2. The classifier scores the whole draft; `score` = P(any category), compared with the sensitivity's threshold.
3. For a flagged draft, each sentence is scored on its own, so one pushy sentence in a long friendly message
   is found; within each pushy sentence the phrasing patterns pin the exact words. With no pattern, the
   sentence itself is highlighted (rule "classifier.<category>").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from spacy.language import Language

from tactful.engine import features
from tactful.engine.classifier import LinearTextModel
from tactful.engine.language import ENGLISH, LanguageGuesser
from tactful.engine.messages import CategoryText, load_category_texts
from tactful.engine.offsets import Utf16Index
from tactful.engine.patterns import PatternMatch, build_pipeline, find_pattern_matches
from tactful.engine.results import CheckResult, Issue
from tactful.engine.sentences import sentence_spans
from tactful.paths import models_dir as default_models_dir

NONE = 0  # index of the "none" class


class Checker:
    def __init__(self, model: LinearTextModel, nlp: Language, texts: dict[str, CategoryText], language: LanguageGuesser) -> None:
        self.model = model
        self.nlp = nlp  # blank English + the SpanRuler; shared with the rewrite engine
        self.texts = texts
        self.language = language
        self.model_version = model.version
        self.thresholds = model.thresholds

    def check(self, text: str, surface: str = "other", sensitivity: str = "balanced") -> CheckResult:
        """Check one draft. `surface` is accepted for the API's sake and does not change the verdict yet."""
        return self.check_many([text], sensitivity=sensitivity)[0]

    def check_many(self, texts: Sequence[str], sensitivity: str = "balanced") -> list[CheckResult]:
        """Check many drafts; the classifier scores them all in one vectorised pass."""
        threshold = self.thresholds[sensitivity]
        languages = [self.language.guess(text, features.tokens(text)) for text in texts]
        english = [i for i, lang in enumerate(languages) if lang == ENGLISH]
        probabilities = self.model.predict_proba([texts[i] for i in english]) if english else np.empty((0, 0))
        results: list[CheckResult | None] = [None] * len(texts)
        for row, i in enumerate(english):
            results[i] = self._verdict(texts[i], probabilities[row], threshold)
        for i, lang in enumerate(languages):
            if results[i] is None:
                results[i] = CheckResult(False, 0.0, None, lang, self.model_version)
        return results  # type: ignore[return-value]

    # ---- one draft --------------------------------------------------------------------------------------
    def _verdict(self, text: str, probabilities: np.ndarray, threshold: float) -> CheckResult:
        score = float(1.0 - probabilities[NONE])
        if score < threshold:
            return CheckResult(False, round(score, 4), None, ENGLISH, self.model_version)
        category = self.model.classes[1 + int(np.argmax(probabilities[1:]))]
        issues = self._find_issues(text, category, probabilities, threshold)
        return CheckResult(True, round(score, 4), category, ENGLISH, self.model_version, issues)

    def _find_issues(self, text: str, category: str, probabilities: np.ndarray, threshold: float) -> list[Issue]:
        sentences = sentence_spans(text)
        if len(sentences) > 1:
            sentence_probabilities = self.model.predict_proba([text[s:e] for s, e in sentences])
            pushy = [i for i, p in enumerate(sentence_probabilities) if 1.0 - p[NONE] >= threshold]
            if not pushy:  # the draft as a whole is pushy but no sentence alone is: take the most suspicious one
                pushy = [int(np.argmin(sentence_probabilities[:, NONE]))]
            chosen = [(sentences[i], self._category_of(sentence_probabilities[i])) for i in pushy]
        else:
            chosen = [(sentences[0] if sentences else (0, len(text)), category)]
        matches = find_pattern_matches(self.nlp, text)
        index = Utf16Index(text)
        return [self._issue(text, index, span, cat, matches) for span, cat in chosen]

    def _category_of(self, probabilities: np.ndarray) -> str:
        return self.model.classes[1 + int(np.argmax(probabilities[1:]))]

    def _issue(self, text: str, index: Utf16Index, sentence: tuple[int, int], category: str, matches: list[PatternMatch]) -> Issue:
        start, end = sentence
        inside = [m for m in matches if m.start >= start and m.end <= end]
        same_category = [m for m in inside if m.category == category]
        if same_category:
            start, end = min(m.start for m in same_category), max(m.end for m in same_category)
            first = min(same_category, key=lambda m: (m.start, -m.end))
            rule = first.rule
        else:
            rule = f"classifier.{category}"
        words = self.texts[category]
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


def load_checker(models: Path | None = None) -> Checker:
    """Load everything the engine needs from the models folder (once per process)."""
    folder = models or default_models_dir()
    model = LinearTextModel.load(folder / "classifier")
    english_words = frozenset(feature[2:] for feature in model.vocabulary if feature.startswith("w:"))
    return Checker(
        model=model,
        nlp=build_pipeline(folder / "patterns"),
        texts=load_category_texts(folder),
        language=LanguageGuesser.load(folder, english_words),
    )
