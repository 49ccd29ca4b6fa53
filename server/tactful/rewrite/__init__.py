"""The rewrite engine: turns a pushy draft into introduction-style messages that keep its names and voice.

Pure: text, the draft's check result, a profile, a style and a count in; rewrites out. The phrasings are
data (`models/rewrites/*.jsonl`), the entity rules too (`models/patterns/entities.jsonl`).
"""

from tactful.rewrite.bank import STYLES
from tactful.rewrite.engine import DEFAULT_N, DEFAULT_STYLE, MAX_N, Rewrite, Rewriter, build_rewriter, rewriter_for
from tactful.rewrite.profile import Profile

__all__ = ["STYLES", "DEFAULT_N", "DEFAULT_STYLE", "MAX_N", "Profile", "Rewrite", "Rewriter", "build_rewriter", "rewriter_for"]
