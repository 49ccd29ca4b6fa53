"""A JSON parser that remembers line numbers, so drafts read from a JSON document point at their line.

Objects come back as `LinedDict`s whose `key_lines[key]` is the line where that key's value starts,
arrays as `LinedList`s whose `item_lines[i]` is the line where item i starts.
Strings, numbers and literals are decoded by the standard library's own scanners.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from json import JSONDecodeError
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # typeshed types scanstring in _json only; json.decoder picks that C scanner or its Python twin
    from _json import scanstring
else:
    from json.decoder import scanstring

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS = {
    "true": True,
    "false": False,
    "null": None,
    "NaN": float("nan"),
    "Infinity": float("inf"),
    "-Infinity": float("-inf"),
}  # as json.loads


class LinedDict(dict[str, Any]):
    __slots__ = ("key_lines", "line")
    line: int  # where the object starts
    key_lines: dict[str, int]  # where each key's value starts


class LinedList(list[Any]):
    __slots__ = ("item_lines",)
    item_lines: list[int]  # where each item starts


def loads_with_lines(text: str) -> Any:
    parser = _Parser(text)
    try:
        value, end = parser.value(parser.skip(0))
    except RecursionError:
        raise JSONDecodeError("nested too deeply", text, 0) from None
    end = parser.skip(end)
    if end != len(text):
        raise JSONDecodeError("Extra data", text, end)
    return value


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [match.start() for match in re.finditer("\n", text)]

    def line_at(self, position: int) -> int:
        return bisect_left(self.newlines, position) + 1

    def skip(self, position: int) -> int:
        match = _WHITESPACE.match(self.text, position)
        assert match is not None  # [ \t\n\r]* matches anywhere, if only the empty string
        return match.end()

    def value(self, position: int) -> tuple[Any, int]:
        text = self.text
        char = text[position : position + 1]
        if char == '"':
            return scanstring(text, position + 1, True)
        if char == "{":
            return self.object(position)
        if char == "[":
            return self.array(position)
        for literal, value in _LITERALS.items():
            if text.startswith(literal, position):
                return value, position + len(literal)
        number = _NUMBER.match(text, position)
        if number:
            is_float = number.group(1) or number.group(2)
            return (float if is_float else int)(number.group()), number.end()
        raise JSONDecodeError("Expecting value", text, position)

    def object(self, position: int) -> tuple[LinedDict, int]:
        text = self.text
        result = LinedDict()
        result.line = self.line_at(position)
        result.key_lines = {}
        position = self.skip(position + 1)
        if text.startswith("}", position):
            return result, position + 1
        while True:
            if not text.startswith('"', position):
                raise JSONDecodeError("Expecting property name enclosed in double quotes", text, position)
            key, position = scanstring(text, position + 1, True)
            position = self.skip(position)
            if not text.startswith(":", position):
                raise JSONDecodeError("Expecting ':' delimiter", text, position)
            position = self.skip(position + 1)
            result.key_lines[key] = self.line_at(position)
            result[key], position = self.value(position)
            position = self.skip(position)
            if text.startswith("}", position):
                return result, position + 1
            if not text.startswith(",", position):
                raise JSONDecodeError("Expecting ',' delimiter", text, position)
            position = self.skip(position + 1)

    def array(self, position: int) -> tuple[LinedList, int]:
        text = self.text
        result = LinedList()
        result.item_lines = []
        position = self.skip(position + 1)
        if text.startswith("]", position):
            return result, position + 1
        while True:
            result.item_lines.append(self.line_at(position))
            item, position = self.value(position)
            result.append(item)
            position = self.skip(position)
            if text.startswith("]", position):
                return result, position + 1
            if not text.startswith(",", position):
                raise JSONDecodeError("Expecting ',' delimiter", text, position)
            position = self.skip(position + 1)
