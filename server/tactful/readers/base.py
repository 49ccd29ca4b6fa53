"""What every reader yields, and the byte decoding they share."""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputDraft:
    text: str
    source: str  # file path as given, or "<stdin>"
    line: int  # 1-based line where the draft starts
    id: str | None = None  # the input's own id for it, when it has one (JSONL/JSON "id")


@dataclass(frozen=True, slots=True)
class InputError:
    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


class DecodeFailure(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), or UTF-16 when it starts with a BOM (Excel's "Unicode text")."""
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex().upper()
        raise DecodeFailure(
            line,
            f"not {encoding.removesuffix('-sig').upper()} text (byte 0x{bad} on this line); save the file as UTF-8",
        ) from None
