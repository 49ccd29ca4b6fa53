"""JSON Lines: one object per line with the draft in a `text` field (or a bare JSON string)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from tactful.readers.base import InputDraft, InputError


def read(text: str, source: str, field: str = "text") -> Iterator[InputDraft | InputError]:
    loads = json.loads
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if isinstance(value, str):
            draft_text, draft_id = value, None
        elif isinstance(value, dict) and isinstance(value.get(field), str):
            draft_text, draft_id = value[field], value.get("id")
        else:
            yield InputError(source, number, f"expected an object with a '{field}' string")
            continue
        if draft_text.strip():
            yield InputDraft(draft_text, source, number, None if draft_id is None else str(draft_id))
