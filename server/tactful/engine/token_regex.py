"""Compile spaCy token patterns (the Matcher's JSON format) to one regular expression each.

spaCy's Matcher evaluates set and regex predicates in Python and costs ~100 µs per call even on a short
sentence; a compiled regular expression over a "token line" costs a few microseconds. The token line renders
each spaCy token as `lower <US> flags <RS>`, flags being one character per boolean attribute. Only the
pattern features our phrasing files use are supported; anything else is refused at load, so a pattern can
never be silently misread. tests/engine/test_patterns.py checks the result against a real SpanRuler.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NoReturn

import numpy as np
from spacy.attrs import IS_ALPHA, IS_ASCII, IS_DIGIT, IS_PUNCT, LIKE_NUM, LOWER
from spacy.tokens import Doc

# One token of a spaCy Matcher pattern, as read from JSON: {"LOWER": {"IN": [...]}, "OP": "?"} and the like.
TokenSpec = dict[str, Any]

UNIT, RECORD = "\x1f", "\x1e"  # separators that spaCy tokens of real text never contain
FLAGS = ("IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "LIKE_NUM", "IS_ASCII")
_FLAG_ATTRS = [IS_PUNCT, IS_ALPHA, IS_DIGIT, LIKE_NUM, IS_ASCII]
_ANY_WORD = f"[^{UNIT}{RECORD}]*"
_LENGTH_OPERATORS = {"==": "{%d}", ">=": "{%d,}", "<=": "{0,%d}"}


class UnsupportedPattern(ValueError):
    pass


_FLAG_STRINGS = [
    "".join("1" if code & (1 << (len(FLAGS) - 1 - bit)) else "0" for bit in range(len(FLAGS)))
    for code in range(1 << len(FLAGS))
]
_FLAG_WEIGHTS = np.array([1 << (len(FLAGS) - 1 - bit) for bit in range(len(FLAGS))], dtype=np.uint64)


def token_line(doc: Doc) -> tuple[str, list[int], list[str]]:
    """The doc as one string, where each token starts in it (index len(doc) = the end), and its lower words."""
    array = doc.to_array([LOWER, *_FLAG_ATTRS])
    strings = doc.vocab.strings
    lowers = [strings[key] for key in array[:, 0].tolist()]
    codes = (array[:, 1:] @ _FLAG_WEIGHTS).tolist() if len(lowers) else []
    parts = [lower + UNIT + _FLAG_STRINGS[code] + RECORD for lower, code in zip(lowers, codes, strict=True)]
    starts, position = [], 0
    for part in parts:
        starts.append(position)
        position += len(part)
    starts.append(position)
    return "".join(parts), starts, lowers


def compile_pattern(pattern: list[TokenSpec]) -> re.Pattern[str]:
    """A regex matching the pattern at one token: use .match(line, start of that token)."""
    return re.compile("".join(_token(spec) for spec in pattern))


def compile_scanner(pattern: list[TokenSpec]) -> re.Pattern[str]:
    """A regex whose finditer yields, at every token where the pattern matches, its (greedy) match as group 1."""
    return re.compile(f"(?:^|(?<={RECORD}))(?=({compile_pattern(pattern).pattern}))")


def _token(spec: TokenSpec) -> str:
    spec = dict(spec)
    operator = spec.pop("OP", None)
    word = _ANY_WORD
    lookaheads = []
    flags = ["[01]"] * len(FLAGS)
    for key, value in spec.items():
        if key == "LOWER":
            word = _word_constraint(value)
        elif key == "ORTH":
            word = _word_constraint(_caseless(value))
        elif key in FLAGS:
            flags[FLAGS.index(key)] = "1" if value else "0"
        elif key == "LENGTH" and isinstance(value, dict) and len(value) == 1:
            ((op, n),) = value.items()
            if op not in _LENGTH_OPERATORS:
                raise UnsupportedPattern(f"LENGTH operator {op!r}")
            lookaheads.append(f"(?=[^{UNIT}]" + _LENGTH_OPERATORS[op] % n + UNIT + ")")
        else:
            raise UnsupportedPattern(f"token attribute {key!r}")
    token = "(?:" + "".join(lookaheads) + word + UNIT + "".join(flags) + RECORD + ")"
    return {None: token, "1": token, "?": token + "?", "*": token + "*", "+": token + "+"}.get(
        operator
    ) or _unsupported(operator)


def _word_constraint(value: object) -> str:
    if isinstance(value, str):
        return re.escape(value)
    if isinstance(value, dict) and len(value) == 1:
        ((kind, argument),) = value.items()
        if kind == "IN":
            return _alternatives(argument)
        if kind == "NOT_IN":
            return f"(?!{_alternatives(argument)}{UNIT})" + _ANY_WORD
        if kind == "REGEX" and argument.startswith("^") and argument.endswith("$") and "." not in argument:
            return f"(?:{argument[1:-1]})"
    raise UnsupportedPattern(f"word constraint {value!r}")


def _alternatives(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _caseless(value: object) -> object:
    values = [value] if isinstance(value, str) else value.get("IN", []) if isinstance(value, dict) else []
    if not values or any(v.lower() != v or v.upper() != v for v in values):
        raise UnsupportedPattern(f"ORTH with letters {value!r}: use LOWER")
    return value


def _unsupported(operator: object) -> NoReturn:
    raise UnsupportedPattern(f"OP {operator!r}")
