"""CSV with a header row; the draft is in the `text` column (or the one named by --column)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from tactful.readers.base import InputDraft, InputError

# Over-long drafts are reported by read_drafts with their line; never let csv stop the file for them.
csv.field_size_limit(16 * 1024 * 1024)


def read(text: str, source: str, column: str = "text") -> Iterator[InputDraft | InputError]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return
        wanted = column.strip().casefold()
        names = [name.strip().casefold() for name in header]
        if wanted not in names:
            shown = ", ".join(repr(name) for name in header) or "none"
            yield InputError(source, 1, f"no '{column}' column (columns: {shown}); pick one with --column")
            return
        index = names.index(wanted)
        id_index = names.index("id") if "id" in names else None
        row_start = reader.line_num + 1
        for row in reader:
            if not row:  # a blank line
                pass
            elif len(row) <= index:
                yield InputError(source, row_start, f"row has {len(row)} field(s), no '{column}' value")
            elif row[index].strip():
                draft_id = row[id_index] if id_index is not None and id_index < len(row) else None
                yield InputDraft(row[index], source, row_start, draft_id or None)
            row_start = reader.line_num + 1
    except csv.Error as exc:
        yield InputError(source, reader.line_num or 1, f"malformed CSV: {exc}; the rest of this file was skipped")
