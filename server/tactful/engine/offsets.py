"""Python indexes strings by code point; the browser by UTF-16 code unit. Convert between them."""

from __future__ import annotations


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def is_ascii_or_bmp(text: str) -> bool:
    """True when every code point is one UTF-16 unit, so both indexings agree."""
    return text.isascii() or all(ord(ch) < 0x10000 for ch in text)


class Utf16Index:
    """Maps code-point offsets of one text to UTF-16 offsets (O(1) after an O(n) build, only when needed)."""

    __slots__ = ("_prefix",)

    def __init__(self, text: str) -> None:
        if is_ascii_or_bmp(text):
            self._prefix = None
            return
        prefix = [0] * (len(text) + 1)
        units = 0
        for i, ch in enumerate(text):
            prefix[i] = units
            units += 2 if ord(ch) >= 0x10000 else 1
        prefix[len(text)] = units
        self._prefix = prefix

    def to_utf16(self, codepoint_offset: int) -> int:
        return codepoint_offset if self._prefix is None else self._prefix[codepoint_offset]
