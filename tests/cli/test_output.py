"""Batch output formats: what a draft holds cannot run as a spreadsheet formula or drive the terminal."""

from __future__ import annotations

import csv
import io

import pytest

from tactful.cli.output import Formatter


def record(text: str, flagged: bool = False) -> dict:
    return {
        "source": "drafts.txt",
        "line": 1,
        "flagged": flagged,
        "category": None,
        "score": 0.1,
        "issues": [],
        "text": text,
        "model_version": "test",
    }


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://evil.example","click")', "+1+2", "-2+3", "@SUM(A1)", "\tfoo", "\rbar"]
)
def test_csv_cells_that_would_run_as_formulas_are_neutralised(text):
    out = Formatter("csv").format([record(text)])
    [row] = list(csv.reader(io.StringIO(out, newline="")))
    assert row[9] == "'" + text


def test_ordinary_csv_cells_are_unchanged():
    out = Formatter("csv").format([record("Hi Maria, 10% off")])
    [row] = list(csv.reader(io.StringIO(out, newline="")))
    assert row[9] == "Hi Maria, 10% off" and row[5] == "0.1"


def test_table_output_escapes_control_characters():
    out = Formatter("table").format([record("red \x1b[31malert\x1b[0m and \u202eevil")])
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31malert" in out and "\\u202e" in out
