"""Result formatters for batch commands: table, json, ndjson, csv.

A formatter turns a chunk of result records into one string, with no state between chunks, so the
worker processes of `tactful check` can format their own chunks and the parent only writes them out.
A record is a check result (the /v1/check JSON shape) plus where the draft came from: `source` and
`line` for files, `id` (and times) for saved drafts, and `text`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "json", "ndjson", "csv")
CSV_COLUMNS = (
    "source",
    "line",
    "id",
    "flagged",
    "category",
    "score",
    "rule",
    "quote",
    "message",
    "text",
    "model_version",
)
_VERDICT_WIDTH = 18  # len("reciprocity_demand")
_FORMULA_STARTS = frozenset("=+-@\t\r")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # C0, DEL, C1 and bidi overrides


@dataclass(frozen=True)
class Formatter:
    name: str
    only_flagged: bool = False
    width: int = 120  # table rows are cut to this many characters

    def header(self) -> str:
        if self.name == "csv":
            return _csv_line(CSV_COLUMNS)
        if self.name == "json":
            return "[\n"
        return ""

    def footer(self, wrote_any: bool) -> str:
        if self.name == "json":
            return "\n]\n" if wrote_any else "]\n"
        return ""

    def separator(self) -> str:
        """What goes between two non-empty chunks."""
        return ",\n" if self.name == "json" else ""

    def format(self, records: Sequence[dict[str, Any]]) -> str:
        if self.only_flagged:
            records = [record for record in records if record["flagged"]]
        if not records:
            return ""
        if self.name == "json":
            return ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
        if self.name == "ndjson":
            return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
        if self.name == "csv":
            return "".join(_csv_line(_csv_row(record)) for record in records)
        return "".join(self._table_row(record) + "\n" for record in records)

    def _table_row(self, record: dict[str, Any]) -> str:
        where = record.get("id") if "source" not in record else f"{record['source']}:{record['line']}"
        if record["flagged"]:
            issue = record["issues"][0] if record["issues"] else None
            detail = f"“{one_line(issue['quote'])}” {issue['message']}" if issue else one_line(record["text"])
        else:
            detail = one_line(record["text"])
        score = "  -  " if record["score"] is None else f"{record['score']:.2f}"
        row = f"{where}  {record['category'] or 'ok':<{_VERDICT_WIDTH}}  {score}  {detail}"
        return row if len(row) <= self.width else row[: self.width - 1] + "…"


def one_line(text: str) -> str:
    """On one line, with control characters shown as escapes, so a draft cannot drive the terminal."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), " ".join(text.split()))


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) starts with ' instead."""
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value
    return value


def _csv_row(record: dict[str, Any]) -> list[Any]:
    issue = record["issues"][0] if record.get("issues") else {}
    return [
        spreadsheet_safe(value)
        for value in (
            record.get("source", ""),
            record.get("line", ""),
            record.get("id") or "",
            "true" if record["flagged"] else "false",
            record["category"] or "",
            record["score"],
            issue.get("rule", ""),
            issue.get("quote", ""),
            issue.get("message", ""),
            record["text"],
            record.get("model_version", ""),
        )
    ]


def _csv_line(values: Sequence[Any]) -> str:
    buffer = io.StringIO()
    # With "\r\n" as the terminator the writer quotes a cell holding a lone CR too; rows still end in "\n".
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()[:-2] + "\n"
