"""Which sentences of a draft push, judged one sentence at a time by the sentence model (models/sentences).

The model is trained by tactful.training.sentence_model and scored here with numpy alone, like the draft classifier:
its arrays load without pickle and their SHA-256 is checked against the manifest. Its bars are data, in the
manifest's "planner" entry (chosen with tools/eval/sentence_model_cv.py):

- `alone`: a sentence this likely to push goes whatever else says;
- `pointed_at`: the bar for a sentence the draft's own check pointed at;
- `backed`: the bar for a sentence with other evidence against it: a pushy phrase or a pitch detail the checker agrees
  on, or being the likeliest of a draft the check flagged where no sentence cleared the other bars. Below it a
  sentence reads as fine, and a price a customer asked for stays;
- `unflagged`: in a draft the check let through, the bar for a sentence to push at all (nothing else counts);
- `remainder`: what is left of a pushy sentence once its pushy clauses are out goes too when it is this likely to
  push on its own (the plug without its "tag 3 friends").
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tactful.engine.classifier import LinearTextModel, ModelIntegrityError

SENTENCE_MODEL_DIR = "sentences"
CLASSES = ("fine", "pushy")


@dataclass(slots=True)
class Bars:
    alone: float
    pointed_at: float
    backed: float
    remainder: float
    unflagged: float

    @classmethod
    def from_mapping(cls, values: Mapping[str, object], where: str) -> Bars:
        bars = {}
        for name in ("alone", "pointed_at", "backed", "remainder", "unflagged"):
            value = values.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= float(value) < 1.0:
                raise ModelIntegrityError(f"{where}: planner bar {name!r} must be a number from 0 to 1, not {value!r}")
            bars[name] = float(value)
        return cls(**bars)


class SentenceJudge:
    def __init__(self, model: LinearTextModel, bars: Bars) -> None:
        if tuple(model.classes) != CLASSES:
            raise ModelIntegrityError(f"the sentence model's classes must be {CLASSES}, not {tuple(model.classes)}")
        self.model = model
        self.bars = bars

    @classmethod
    def load(cls, models_dir: Path) -> SentenceJudge:
        folder = models_dir / SENTENCE_MODEL_DIR
        model = LinearTextModel.load(folder)
        manifest_path = folder / "model.json"
        planner = json.loads(manifest_path.read_text(encoding="utf-8")).get("planner")
        if not isinstance(planner, dict):
            raise ModelIntegrityError(f'{manifest_path} has no "planner" bars')
        return cls(model, Bars.from_mapping(planner, str(manifest_path)))

    @property
    def version(self) -> str:
        return self.model.version

    def scores(self, sentences: Sequence[str]) -> list[float]:
        """P(pushy) of each sentence, judged alone."""
        if not sentences:
            return []
        return [float(p) for p in self.model.predict_proba(sentences)[:, 1]]
