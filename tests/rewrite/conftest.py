"""Rewrite fixtures: the real engine, sharing the session's checker (it judges the draft's parts)."""

from __future__ import annotations

import pytest

from tactful.paths import models_dir
from tactful.rewrite.engine import Rewriter, build_rewriter, rewriter_for


@pytest.fixture(scope="session")
def rewriter(checker) -> Rewriter:
    return rewriter_for(checker, models_dir())


@pytest.fixture(scope="session")
def ungated_rewriter(checker) -> Rewriter:
    """Every rewrite the planner makes, before the sendable gate: for tests of what an edit does."""
    return build_rewriter(checker, models_dir(), gated=False)
