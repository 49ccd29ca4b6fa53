"""Python indexes strings by code point; the browser by UTF-16 code unit. Convert between them."""

from __future__ import annotations


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class Utf16Index:
    """Maps code-point offsets of one text to UTF-16 offsets."""

    __slots__ = ("_same", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        # Every code point below U+10000 is one UTF-16 unit, so then both indexings agree.
        self._same = text.isascii() or utf16_length(text) == len(text)

    def to_utf16(self, codepoint_offset: int) -> int:
        if self._same:
            return codepoint_offset
        return len(self._text[:codepoint_offset].encode("utf-16-le")) // 2
