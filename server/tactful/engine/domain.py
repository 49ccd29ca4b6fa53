"""The domain's constants, in one place: the categories a draft can be flagged in, where it is posted, how readily
to flag, and how much text is judged at once.

Everything else reads them from here: the engine, the HTTP validation and OpenAPI, the CLI and the readers.
The extension gets the same values from `extension/shared/domain.js`, written by `make domain`
(`tools/domain_js.py`) and loaded before its other scripts; a test fails when that file drifts from this module.
"""

from __future__ import annotations

from typing import Any

CATEGORIES = ("reciprocity_demand", "cold_pitch", "unearned_ask")  # the three kinds of pushiness
SURFACES = ("post", "comment", "message", "other")  # where a draft will be posted
SENSITIVITIES = ("relaxed", "balanced", "strict")  # how readily to flag
DEFAULT_SENSITIVITY = "balanced"
DEFAULT_SURFACE = "other"

MAX_TEXT_CHARS = 20_000  # characters in one draft (the API counts code points)
MAX_BATCH_DRAFTS = 1_000  # drafts in one /v1/check/batch request


def as_json() -> dict[str, Any]:
    """The constants as the extension's domain.js holds them."""
    return {
        "categories": list(CATEGORIES),
        "surfaces": list(SURFACES),
        "sensitivities": list(SENSITIVITIES),
        "default_sensitivity": DEFAULT_SENSITIVITY,
        "default_surface": DEFAULT_SURFACE,
        "max_text_chars": MAX_TEXT_CHARS,
        "max_batch_drafts": MAX_BATCH_DRAFTS,
    }
