"""Split a draft into sentences (code-point offsets) so a long friendly message is judged line by line."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (possibly repeated, possibly followed by closing quotes/brackets/emoji)
# when whitespace follows, or at a line break; not at the stop of a title ("Hello Mr. John"). The extension splits the
# same way (extension/content/sentences.js).
_TITLES = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Fr", "St")
_NOT_AFTER_A_TITLE = "".join(rf"(?<!\b{t}\.)(?<!\b{t.lower()}\.)" for t in _TITLES)
_BOUNDARY = re.compile(rf"(?<=[.!?…]){_NOT_AFTER_A_TITLE}(?P<closers>[\"'”’)\]]*)\s+|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        closers = boundary.group("closers") or ""
        _append_trimmed(text, start, boundary.start() + len(closers), spans)
        start = boundary.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    stripped = stripped.rstrip()
    if stripped:
        spans.append((start, start + len(stripped)))
