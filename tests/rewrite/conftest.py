"""Rewrite fixtures: the engine on a blank English tokenizer (no classifier needed) and made-up verdicts."""

from __future__ import annotations

import pytest
import spacy

from tactful.engine.results import CheckResult
from tactful.paths import models_dir
from tactful.rewrite.engine import Rewriter, build_rewriter


@pytest.fixture(scope="session")
def rewriter() -> Rewriter:
    """A rewriter without a checker: tests hand it the verdict they want."""
    return build_rewriter(spacy.blank("en"), models_dir())


def verdict(category: str | None) -> CheckResult:
    return CheckResult(category is not None, 0.9 if category else 0.1, category, "en", "test")
