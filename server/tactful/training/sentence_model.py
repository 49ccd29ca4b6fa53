"""The sentence model: P(this one sentence pushes), which the edit planner uses to choose what a rewrite takes out.

The draft classifier judges a whole draft; where it points inside a long friendly message is not where the push is
often enough (on the review set, a sentence scored alone by it was caught 53% of the time). This model is trained on
sentences instead:

- every sentence of every training draft, pushy when it overlaps the draft's labelled span, fine otherwise (all the
  sentences of a "none" draft are fine);
- every sentence of the review set (`models/eval/rewrite_review.jsonl`), pushy when it overlaps a part its outside
  writer marked as pushy, fine otherwise, counted REVIEW_WEIGHT times.

Same features as the draft classifier (tactful.engine.features), binary logistic regression, exported as a two-class
LinearTextModel ("fine", "pushy") in models/sentences, scored with numpy alone. C and REVIEW_WEIGHT were chosen by
leaving one review-set writer out at a time (`tools/eval/sentence_model_cv.py`), so the review set was used to
choose; fresh blind reads are the evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from tactful.engine import features
from tactful.engine.classifier import LinearTextModel
from tactful.rewrite.clauses import split_draft
from tactful.rewrite.sentence_judge import CLASSES, SENTENCE_MODEL_DIR, Bars, SentenceJudge
from tactful.training.corpus import EVAL_DIR, TRAIN_FILES, LabelledDraft, files_sha256, read_training_corpus
from tactful.training.rewrite_review import REVIEW_FILE, read_review_set

SEED = 0
C = 3.0
REVIEW_WEIGHT = 3.0  # a review sentence is labelled by hand, one by one; a training draft's by its span
# Where the planner draws its lines (see tactful.rewrite.sentence_judge); chosen with tools/eval/sentence_model_cv.py.
PLANNER_BARS = {"alone": 0.4, "pointed_at": 0.3, "backed": 0.15, "remainder": 0.5, "unflagged": 0.5}
# The loader wants a threshold per sensitivity; the planner does not use them.
THRESHOLDS = {"strict": 0.3, "balanced": 0.4, "relaxed": 0.7}


@dataclass(frozen=True, slots=True)
class SentenceExample:
    text: str
    pushy: bool
    source: str  # "corpus" or the review writer ("review-r3")


def labelled_sentences(text: str, pushy_parts: list[str]) -> list[tuple[str, bool]]:
    """The draft's sentences, each pushy when it overlaps one of `pushy_parts` (substrings of the draft)."""
    spans = []
    for part in pushy_parts:
        at = text.find(part)
        if at >= 0:
            spans.append((at, at + len(part)))
    return [
        (text[s.start : s.end], any(a < s.end and s.start < b for a, b in spans))
        for s in split_draft(text)
        if text[s.start : s.end].strip()
    ]


def corpus_examples(drafts: list[LabelledDraft]) -> list[SentenceExample]:
    examples = []
    for draft in drafts:
        parts = [] if draft.label == "none" else [draft.span or ""]
        if draft.label != "none" and not draft.span:
            continue  # a pushy draft without a span says nothing about which sentence pushes
        examples += [SentenceExample(s, p, "corpus") for s, p in labelled_sentences(draft.text, parts)]
    return examples


def review_examples(records: list[dict]) -> list[SentenceExample]:
    return [
        SentenceExample(s, p, record["writer"])
        for record in records
        for s, p in labelled_sentences(record["text"], record.get("pushy", []))
    ]


def all_examples(models: Path) -> list[SentenceExample]:
    return corpus_examples(read_training_corpus(models / "data")) + review_examples(read_review_set(models / EVAL_DIR))


def sentence_data_sha256(models: Path) -> str:
    return files_sha256(*(models / "data" / name for name in TRAIN_FILES), models / EVAL_DIR / REVIEW_FILE)


def fit(examples: list[SentenceExample], c: float = C, review_weight: float = REVIEW_WEIGHT) -> LinearTextModel:
    texts = [e.text for e in examples]
    labels = np.array([int(e.pushy) for e in examples])
    weights = np.array([1.0 if e.source == "corpus" else review_weight for e in examples])
    vectorizer = TfidfVectorizer(analyzer=features.analyze, sublinear_tf=True, min_df=2, dtype=np.float64)
    classifier = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    classifier.fit(vectorizer.fit_transform(texts), labels, sample_weight=weights)
    # Binary logistic regression as two classes: softmax([0, z]) is sigmoid(z).
    coefficients = classifier.coef_[0].astype(np.float64)
    return LinearTextModel(
        vocabulary=dict(vectorizer.vocabulary_),
        idf=vectorizer.idf_.astype(np.float64),
        weights=np.ascontiguousarray(np.column_stack([np.zeros_like(coefficients), coefficients])),
        intercept=np.array([0.0, float(classifier.intercept_[0])]),
        temperature=1.0,
        thresholds=dict(THRESHOLDS),
        version="unversioned",
        classes=CLASSES,
    )


def train_sentence_model(models: Path) -> str:
    """Fit on every example, write models/sentences, and return a one-line summary."""
    examples = all_examples(models)
    model = fit(examples)
    model.version = f"sent-{model.weights_blob()[1][:12]}"
    pushy = sum(e.pushy for e in examples)
    model.save(
        models / SENTENCE_MODEL_DIR,
        extra_manifest={
            "data_sha256": sentence_data_sha256(models),
            "parameters": {"C": C, "review_weight": REVIEW_WEIGHT, "seed": SEED, "min_df": 2},
            "examples": {"sentences": len(examples), "pushy": pushy},
            "planner": PLANNER_BARS,
        },
    )
    return f"sentence model {model.version}: {len(examples)} sentences ({pushy} pushy), C={C}"


def judge_of(model: LinearTextModel, bars: dict | None = None) -> SentenceJudge:
    """A judge for a model fitted here (not yet saved), with the shipped bars or others."""
    return SentenceJudge(model, Bars.from_mapping(bars or PLANNER_BARS, "planner bars"))


def read_manifest(models: Path) -> dict:
    return json.loads((models / SENTENCE_MODEL_DIR / "model.json").read_text(encoding="utf-8"))
