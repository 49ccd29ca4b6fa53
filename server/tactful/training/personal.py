"""`tactful train --with-feedback`: a personal classifier from the shipped training data plus the user's feedback.

- Each piece of feedback is one training example weighing FEEDBACK_WEIGHT: "not pushy" (wrong, no category) as
  `none`; "this should be <category>" (wrong with a category) as that category; "correct" as its category when
  given, else as the shipped model labels it now. Feedback whose text is also in an evaluation set (held-out,
  blind, never-flag) is left out, so the figures after training are not flattered by it.
- The personal model grows from the shipped one: the same settings (C, temperature, thresholds, seed) and the
  same vocabulary, and the solver starts from the shipped weights, so with no feedback it stops where it starts
  (the shipped model, unchanged) and each piece of feedback moves it only as far as that feedback asks. A word
  the shipped model never saw adds nothing. One fit (a few seconds); the same data always gives the same bytes.
- The shipped and the personal model are measured on the in-family held-out set, the three blind sets and the
  never-flag set at the default sensitivity. The personal model is WORSE, and is not installed, when on any of
  them its binary F1 is lower by more than 0.005 or its false-alarm rate (share of not-pushy drafts flagged) is
  higher by more than 0.005 (half a percentage point).
- It is written to $TACTFUL_HOME/models/personal (never inside models/), with report.json holding the figures.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tactful.active_model import BASE_VERSION_FIELD, REPORT_FILE
from tactful.engine.checker import Checker, load_checker
from tactful.engine.classifier import CLASSES, MANIFEST, LinearTextModel
from tactful.paths import personal_model_dir
from tactful.store import FeedbackRow
from tactful.training.corpus import (
    BLIND_DEV_FILE,
    BLIND_FINAL_FILE,
    BLIND_INTERIM_FILE,
    EVAL_DIR,
    HELDOUT_FILE,
    NEVER_FLAG_FILE,
    LabelledDraft,
    normalised_key,
    read_corpus,
    read_training_corpus,
    training_data_sha256,
)
from tactful.training.evaluate import evaluate_blind
from tactful.training.train import SEED, build_pipeline, export_model, library_versions, sample_weights

FEEDBACK_WEIGHT = 4.0  # one correction from the user counts as much as four hand-written training drafts
F1_DROP_ALLOWED = 0.005
FALSE_ALARM_RISE_ALLOWED = 0.005
EVALUATION_SETS = (
    ("held-out (in-family)", "data", HELDOUT_FILE),
    ("blind dev", EVAL_DIR, BLIND_DEV_FILE),
    ("blind interim", EVAL_DIR, BLIND_INTERIM_FILE),
    ("blind final", EVAL_DIR, BLIND_FINAL_FILE),
    ("never flag", EVAL_DIR, NEVER_FLAG_FILE),
)
_ROUNDING_SLACK = 1e-9


class NoFeedback(ValueError):
    """There is no feedback to train with (or all of it is in the evaluation sets)."""


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    kind: str  # not_pushy | should_be_category | confirmed


@dataclass(frozen=True)
class Figures:
    f1: float  # binary (flag or not) F1 at the default sensitivity
    false_alarms: float  # share of the set's not-pushy drafts that are flagged
    size: int

    def to_dict(self) -> dict:
        return {"f1": self.f1, "false_alarms": self.false_alarms, "size": self.size}


@dataclass
class PersonalReport:
    installed: bool
    version: str
    base_version: str
    folder: Path
    examples: dict[str, int]
    left_out: int
    before: dict[str, Figures]
    after: dict[str, Figures]
    worse: list[str] = field(default_factory=list)  # one line per figure that broke the rule

    def to_dict(self) -> dict:
        return {
            "version": self.version,
            "base_model_version": self.base_version,
            "feedback_examples": self.examples,
            "feedback_left_out_as_evaluation_text": self.left_out,
            "feedback_weight": FEEDBACK_WEIGHT,
            "rule": {"f1_drop_allowed": F1_DROP_ALLOWED, "false_alarm_rise_allowed": FALSE_ALARM_RISE_ALLOWED},
            "shipped": {name: figures.to_dict() for name, figures in self.before.items()},
            "personal": {name: figures.to_dict() for name, figures in self.after.items()},
        }

    def summary(self) -> str:
        counts = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in self.examples.items())
        lines = [f"feedback examples: {counts} (weight {FEEDBACK_WEIGHT:g} each)"]
        if self.left_out:
            lines.append(f"left out {self.left_out} whose text is in an evaluation set")
        lines.append(
            f"{'set':22s} {'drafts':>6s}  {'F1 shipped':>10s} {'personal':>8s}  {'false alarms':>12s} {'personal':>8s}"
        )
        for name, before in self.before.items():
            after = self.after[name]
            lines.append(
                f"{name:22s} {before.size:6d}  {before.f1:10.4f} {after.f1:8.4f}  "
                f"{before.false_alarms:11.2%} {after.false_alarms:9.2%}"
            )
        if self.installed:
            lines.append(f"installed personal model {self.version} in {self.folder}")
            lines.append(
                "`tactful serve` uses it from its next start; `tactful model reset` goes back to the shipped one"
            )
        else:
            lines.append(f"refused: personal model {self.version} is worse than the shipped {self.base_version}:")
            lines += [f"  {reason}" for reason in self.worse]
            lines.append("nothing was installed")
        return "\n".join(lines)


def feedback_examples(entries: Iterable[FeedbackRow], shipped: Checker) -> list[Example]:
    """Labelled examples, sorted (so the same feedback in any order or with other ids trains the same model)."""
    examples, unlabelled = [], []
    for entry in entries:
        if entry.verdict == "wrong":
            kind = "not_pushy" if entry.category is None else "should_be_category"
            examples.append(Example(entry.text, entry.category or "none", kind))
        elif entry.category is not None:
            examples.append(Example(entry.text, entry.category, "confirmed"))
        else:
            unlabelled.append(entry.text)
    for text, result in zip(unlabelled, shipped.check_many(unlabelled), strict=True):
        examples.append(Example(text, result.category or "none", "confirmed"))  # no category when not flagged
    return sorted(set(examples), key=lambda e: (e.text, e.label, e.kind))


def train_personal(models: Path, home: Path, entries: Iterable[FeedbackRow]) -> PersonalReport:
    """Train, measure against the shipped model, and install in $TACTFUL_HOME/models/personal unless worse."""
    shipped = load_checker(models)
    evaluation = {name: read_corpus(models / folder / file) for name, folder, file in EVALUATION_SETS}
    evaluated_texts = {normalised_key(d.text) for drafts in evaluation.values() for d in drafts}
    examples = feedback_examples(entries, shipped)
    kept = [e for e in examples if normalised_key(e.text) not in evaluated_texts]
    if not kept:
        raise NoFeedback("there is no feedback to train with" + (" outside the evaluation sets" if examples else ""))

    train = read_training_corpus(models / "data")
    shipped_manifest = json.loads((models / "classifier" / MANIFEST).read_text(encoding="utf-8"))
    c = float(shipped_manifest["parameters"]["C"])
    texts = [d.text for d in train] + [e.text for e in kept]
    labels = np.array([CLASSES.index(label) for label in [d.label for d in train] + [e.label for e in kept]])
    weights = np.concatenate([sample_weights(train), np.full(len(kept), FEEDBACK_WEIGHT)])
    pipeline = build_pipeline(c, start_from=shipped.model).fit(texts, labels, classifier__sample_weight=weights)
    model = export_model(pipeline, shipped.model.temperature, dict(shipped.model.thresholds))
    model.version = f"lr-{model.weights_blob()[1][:12]}"

    target = personal_model_dir(home)
    staging = target.with_name(".personal-staging")
    shutil.rmtree(staging, ignore_errors=True)
    model.save(staging, extra_manifest=_manifest(models, shipped.model_version, c, kept))
    personal = shipped.with_model(LinearTextModel.load(staging), "personal")  # read back with the integrity checks
    report = PersonalReport(
        installed=False,
        version=personal.model_version,
        base_version=shipped.model_version,
        folder=target,
        examples=dict(sorted(Counter(e.kind for e in kept).items())),
        left_out=len(examples) - len(kept),
        before={name: _figures(shipped, drafts) for name, drafts in evaluation.items()},
        after={name: _figures(personal, drafts) for name, drafts in evaluation.items()},
    )
    report.worse = worse_figures(report.before, report.after)
    if report.worse:
        shutil.rmtree(staging)
        return report
    (staging / REPORT_FILE).write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    _install(staging, target)
    report.installed = True
    return report


def worse_figures(before: dict[str, Figures], after: dict[str, Figures]) -> list[str]:
    """Every figure on which the personal model breaks the rule (empty: it may be installed)."""
    reasons = []
    for name, old in before.items():
        new = after[name]
        if new.f1 < old.f1 - F1_DROP_ALLOWED - _ROUNDING_SLACK:
            reasons.append(f"{name}: F1 {new.f1:.4f} against {old.f1:.4f} (more than {F1_DROP_ALLOWED} lower)")
        if new.false_alarms > old.false_alarms + FALSE_ALARM_RISE_ALLOWED + _ROUNDING_SLACK:
            reasons.append(
                f"{name}: false alarms {new.false_alarms:.2%} against {old.false_alarms:.2%} "
                f"(more than {FALSE_ALARM_RISE_ALLOWED:.1%} higher)"
            )
    return reasons


def _figures(checker: Checker, drafts: list[LabelledDraft]) -> Figures:
    block = evaluate_blind(checker, drafts, worst=0)
    false_alarms = block["false_positive_rate"]["all_unflagged_labels"]
    return Figures(block["binary"]["f1"], false_alarms or 0.0, block["size"])


def _manifest(models: Path, base_version: str, c: float, examples: list[Example]) -> dict:
    feedback = hashlib.sha256(
        json.dumps([[e.text, e.label] for e in examples], ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return {
        "source": "personal",
        BASE_VERSION_FIELD: base_version,
        "trained_with": library_versions(),
        "data_sha256": training_data_sha256(models / "data"),
        "feedback_sha256": feedback,
        "parameters": {"C": c, "seed": SEED, "feedback_weight": FEEDBACK_WEIGHT, "feedback_examples": len(examples)},
    }


def _install(staging: Path, target: Path) -> None:
    """Swap the new model in with renames, so a crash leaves the old model or the new one, never half of one."""
    old = target.with_name(".personal-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
