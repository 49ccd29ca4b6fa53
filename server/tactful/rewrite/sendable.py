"""Whether a rewrite is one its writer would send as is: a small logistic model of blind readers' verdicts.

Blind readers scored every rewrite of reads r9 onwards (models/eval/rewrite_reads) as sendable or not. The model
sees only what any rewrite shows: how much pushy wording the sentence model still finds in it, whether sentences were
cut inside or only dropped whole, how much of the draft is left and where the cuts were. Trained by
tactful.training.sendable_model (with sentence scores from models that never saw the read's writer, as in use) and
scored here with numpy alone. A rewrite below the model's bar is not offered: readers sent few of those, and "no
rewrite to suggest" beside the highlighted words is the better answer.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tactful.rewrite.clauses import split_draft
from tactful.rewrite.remainder import is_warm_remainder

SENDABLE_FILE = "sendable.json"
FEATURES = (
    "push_left_mean",  # the sentence model's mean score over the rewrite's sentences
    "push_left_max",
    "sentences_rejoined",  # sentences that are what was left of a draft sentence cut in its start or middle
    "sentences_rejoined_warmly",  # of those, the ones left ending warmly or praising the reader ("see you Sunday!")
    "sentences_shortened",  # sentences that are the start of a draft sentence whose end was cut
    "sentences_added",  # sentences mostly not the draft's words
    "share_of_words_kept",
    "share_of_sentences_removed",
    "log_words_kept",
    "log_words_in_draft",
    "comment",
    "message",
    "post",
    "ends_with_a_stop",
    "opening_kept",
    "ending_kept",
    "kept_after_the_first_cut",  # whole draft sentences kept after the first one that went
    "cut_only_at_the_end",
    "sentences",
    "questions",
)
_TRAILING_MARKS = re.compile(r"\W+$")
# A sentence that only lost the word pointing back at what went ("[Either way,] congrats on the new gig!") is whole.
_POINTER = re.compile(r"^(?:either way|regardless|anyway|anyways|btw|also|and|but|so|p\.?s\.?)\W+", re.IGNORECASE)
_STOP_AT_THE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"\w+")

Scorer = Callable[[list[str]], Sequence[float]]


def rewrite_features(draft: str, rewrite: str, surface: str, scores: Scorer) -> list[float]:
    """The FEATURES of one rewrite of `draft` (in that order). `scores`: the sentence model's pushy probability of
    each of a list of sentences."""
    drafted = [draft[s.start : s.end] for s in split_draft(draft)]
    written = [rewrite[s.start : s.end] for s in split_draft(rewrite)]
    pushy = list(scores(written)) if written else [0.0]
    draft_words = {w.casefold() for w in _WORD.findall(draft)}
    cores = {_core(d) for d in drafted}
    whole = [sentence in drafted or _core(sentence) in cores for sentence in written]
    shortened = rejoined = warmly = added = 0
    for sentence, is_whole in zip(written, whole, strict=True):
        if is_whole:
            continue
        words = [w.casefold() for w in _WORD.findall(sentence)]
        if words and sum(w not in draft_words for w in words) * 2 > len(words):
            added += 1
        elif any(d.startswith(_TRAILING_MARKS.sub("", sentence)) for d in drafted):
            shortened += 1
        else:
            rejoined += 1
            warmly += is_warm_remainder(sentence)
    written_cores = {_core(w) for w in written}
    kept_at = [i for i, d in enumerate(drafted) if d in written or _core(d) in written_cores]
    removed = [i for i in range(len(drafted)) if i not in kept_at]
    first_cut = min(removed, default=len(drafted))
    words_in_draft, words_kept = len(draft.split()), len(rewrite.split())
    return [
        float(np.mean(pushy)),
        max(pushy),
        rejoined,
        warmly,
        shortened,
        added,
        words_kept / max(words_in_draft, 1),
        len(removed) / max(len(drafted), 1),
        math.log1p(words_kept),
        math.log1p(words_in_draft),
        surface == "comment",
        surface == "message",
        surface == "post",
        bool(_STOP_AT_THE_END.search(rewrite.strip())),
        0 in kept_at,
        len(drafted) - 1 in kept_at,
        sum(i > first_cut for i in kept_at),
        all(i > max(kept_at, default=-1) for i in removed),
        len(written),
        rewrite.count("?"),
    ]


def _core(sentence: str) -> str:
    """The sentence without a leading pointer word, its first letter's case or its closing marks."""
    core = _TRAILING_MARKS.sub("", _POINTER.sub("", sentence.strip()))
    return core[:1].casefold() + core[1:]


@dataclass(frozen=True, slots=True)
class SendableModel:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    bar: float  # below this probability a rewrite is not offered
    version: str

    def probability(self, features: Sequence[float]) -> float:
        z = (np.asarray(features, dtype=np.float64) - self.mean) / self.scale
        return float(1.0 / (1.0 + math.exp(-(float(z @ self.weights) + self.intercept))))

    def to_json(self, extra: dict[str, object] | None = None) -> str:
        return json.dumps(
            {
                "version": self.version,
                "features": list(FEATURES),
                "mean": self.mean.tolist(),
                "scale": self.scale.tolist(),
                "weights": self.weights.tolist(),
                "intercept": self.intercept,
                "bar": self.bar,
                **(extra or {}),
            },
            indent=1,
        )


def load_sendable_model(path: Path) -> SendableModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{path.name}: its features are not the ones this code computes; retrain it")
    mean, scale, weights = (np.asarray(data[key], dtype=np.float64) for key in ("mean", "scale", "weights"))
    if any(a.shape != (len(FEATURES),) for a in (mean, scale, weights)) or not np.all(scale > 0):
        raise ValueError(f"{path.name}: mean, scale and weights must each hold one number per feature")
    return SendableModel(mean, scale, weights, float(data["intercept"]), float(data["bar"]), str(data["version"]))
