"""Plain text: drafts separated by one or more blank lines."""

from __future__ import annotations

from collections.abc import Iterator

from tactful.readers.base import InputDraft


def read(text: str, source: str) -> Iterator[InputDraft]:
    paragraph: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            if not paragraph:
                start = number
            paragraph.append(line.rstrip())
        elif paragraph:
            yield InputDraft("\n".join(paragraph).strip(), source, start)
            paragraph = []
    if paragraph:
        yield InputDraft("\n".join(paragraph).strip(), source, start)
