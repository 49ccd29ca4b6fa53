"""Does a draft do what Tactful advises? The writer says who they are, shows interest in the reader's own work,
and invites a conversation, with nothing in it that sells or asks for likes. Such a draft is never a cold pitch
or an unearned ask, even when it proposes working together: a warning on the very introduction Tactful
recommends would tell the user its advice is hollow.

The cues are data (models/advice.json): regular expressions over the normalised text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tactful.engine import features

ADVICE_FILE = "advice.json"
CUES = ("introduces_self", "interest_in_reader", "invites_conversation")


class AdviceCheck:
    def __init__(self, cues: dict[str, list[str]]) -> None:
        self._required = [re.compile("|".join(f"(?:{p})" for p in cues[name])) for name in CUES]
        self._sells_or_asks = re.compile("|".join(f"(?:{p})" for p in cues["sells_or_asks"]))
        self._reports_a_like = re.compile("|".join(f"(?:{p})" for p in cues["reports_a_like"]))
        self._asks_for_one_back = re.compile("|".join(f"(?:{p})" for p in cues["asks_for_one_back"]))

    @classmethod
    def load(cls, models_dir: Path) -> AdviceCheck:
        return cls(json.loads((models_dir / ADVICE_FILE).read_text(encoding="utf-8")))

    def follows_advice(self, text: str) -> bool:
        normalised = features.normalise(text)
        return all(cue.search(normalised) for cue in self._required) and not self._sells_or_asks.search(normalised)

    def only_reports_a_like(self, text: str) -> bool:
        """ "I liked your page 😊", "Just followed you!": the writer says what they gave and asks nothing back, which
        is the true fact Tactful's rewrites keep, never a reciprocity demand."""
        normalised = features.normalise(text)
        return bool(self._reports_a_like.search(normalised)) and not (
            self._asks_for_one_back.search(normalised) or self._sells_or_asks.search(normalised)
        )
