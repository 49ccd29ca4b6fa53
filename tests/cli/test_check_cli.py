"""`tactful check` on real files in a temporary folder: every input format, every output format, each exit code."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.cli_runner import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PUSHY = "I liked your page, now like mine!"
CLEAN = "Hi Anna, I'm Zoë. I loved your post about the café. How did you start?"


pytestmark = pytest.mark.usefixtures("shared_checker")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "check", *argv)


def ndjson(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_txt_table_and_exit_1_when_something_is_flagged(tmp_path, capsys):
    path = tmp_path / "campaign.txt"
    path.write_text(f"{CLEAN}\n\n{PUSHY}\n", encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert code == 1
    first, second = out.splitlines()
    assert first.startswith(f"{path}:1  ok")
    assert second.startswith(f"{path}:3  reciprocity_demand") and "like mine" in second
    assert "checked 2 drafts" in err and "1 flagged (reciprocity_demand 1)" in err


def test_exit_0_when_nothing_is_flagged(tmp_path, capsys):
    path = tmp_path / "clean.txt"
    path.write_text(f"{CLEAN}\n\nHappy birthday, Sam! Hope it's a great one.\n", encoding="utf-8")
    code, out, _ = run(capsys, str(path))
    assert code == 0 and len(out.splitlines()) == 2


def test_jsonl_bad_line_is_reported_the_rest_still_runs_and_exit_is_2(tmp_path, capsys):
    path = tmp_path / "drafts.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": PUSHY}) + "\n{broken\n" + json.dumps({"id": "c", "text": CLEAN}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(path), "--format", "ndjson")
    assert code == 2  # an input error outranks "flagged"
    records = ndjson(out)
    assert [(r["id"], r["line"], r["flagged"]) for r in records] == [("a", 1, True), ("c", 3, False)]
    assert f"{path}:2: invalid JSON" in err and "1 input error" in err


def test_ndjson_records_carry_the_check_result_shape(tmp_path, capsys):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": PUSHY}) + "\n", encoding="utf-8")
    [record] = ndjson(run(capsys, str(path), "--format", "ndjson")[1])
    assert set(record) == {
        "source",
        "line",
        "text",
        "flagged",
        "score",
        "category",
        "issues",
        "language",
        "model_version",
    }
    assert record["issues"][0]["quote"] in PUSHY


def test_csv_input_with_column_and_csv_output(tmp_path, capsys):
    path = tmp_path / "posts.csv"
    path.write_text(f'id,message\n1,"{PUSHY}"\n2,"{CLEAN}"\n', encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--column", "message", "--format", "csv")
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["line"], r["id"], r["flagged"], r["category"]) for r in rows] == [
        ("2", "1", "true", "reciprocity_demand"),
        ("3", "2", "false", ""),
    ]
    assert rows[0]["quote"] and rows[0]["message"] and rows[1]["text"] == CLEAN


def test_csv_missing_column_is_an_input_error(tmp_path, capsys):
    path = tmp_path / "posts.csv"
    path.write_text("id,message\n1,hello\n", encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    assert f"{path}:1: no 'text' column" in err


def test_wrong_encoding_is_reported_with_file_and_line_and_other_files_run(tmp_path, capsys):
    bad = tmp_path / "a.txt"
    bad.write_bytes("Hello Sam!\n\ncaf\xe9 tomorrow?\n".encode("latin-1"))
    good = tmp_path / "b.txt"
    good.write_text(PUSHY, encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path))
    assert code == 2
    assert f"{bad}:3: not UTF-8" in err
    assert [line.split("  ")[0] for line in out.splitlines()] == [f"{good}:1"]


def test_facebook_export_with_the_encoding_quirk(capsys, tmp_path):
    export = tmp_path / "facebook-zoe"
    shutil.copytree(FIXTURES / "facebook_export", export)
    code, out, err = run(capsys, str(export), "--format", "json")
    records = json.loads(out)
    texts = [r["text"] for r in records]
    assert "I liked your page, now like mine! 😊" in texts
    assert "Lovely photo! Which café is this? ☕" in texts
    assert not any("Ã" in text or "ð" in text for text in texts)  # no mojibake left
    assert "Thanks for the like on my café page ☕" not in texts  # Anna's message, not the owner's
    assert "keeping those sent by Zoë Martin" in err
    assert code == 1


def test_facebook_sender_option(capsys):
    thread = FIXTURES / "facebook_export" / "messages" / "inbox" / "annalee_1234567"
    code, out, err = run(capsys, str(thread), "--sender", "Anna Lee", "--format", "ndjson")
    assert [r["text"] for r in ndjson(out)] == ["Thanks for the like on my café page ☕"]
    assert code == 0 and "keeping those sent by" not in err


def test_only_flagged_and_empty_json(tmp_path, capsys):
    path = tmp_path / "drafts.txt"
    path.write_text(f"{PUSHY}\n\n{CLEAN}\n", encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--only-flagged", "--format", "json")
    assert code == 1 and [r["line"] for r in json.loads(out)] == [1]
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    code, out, _ = run(capsys, str(clean), "--only-flagged", "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_stdin(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{PUSHY}\n\n{CLEAN}\n".encode())))
    code, out, _ = run(capsys, "-", "--format", "ndjson")
    assert code == 1 and [(r["source"], r["line"]) for r in ndjson(out)] == [("<stdin>", 1), ("<stdin>", 3)]


def test_quiet_hides_notes_and_summary_but_not_errors(tmp_path, capsys):
    path = tmp_path / "drafts.jsonl"
    path.write_text('{"text": "hello"}\nnot json\n', encoding="utf-8")
    code, _, err = run(capsys, str(path), "--quiet")
    assert code == 2 and err.strip().splitlines() == [
        f"tactful check: error: {path}:2: invalid JSON: Expecting value (column 1)"
    ]


def test_usage_errors_exit_2(tmp_path, capsys):
    assert run(capsys)[0] == 2  # no PATH
    assert run(capsys, str(tmp_path / "missing.txt"))[0] == 2
    assert run(capsys, "x.txt", "--format", "xml")[0] == 2
    assert run(capsys, "x.txt", "--jobs", "0")[0] == 2


def test_the_real_command_in_parallel_keeps_input_order(tmp_path):
    """The installed entry point, forked workers included: output equals the one-process output, in input order."""
    path = tmp_path / "many.jsonl"
    texts = [PUSHY if i % 7 == 0 else f"{CLEAN} ({i})" for i in range(3_500)]
    path.write_text(
        "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8"
    )
    command = [sys.executable, "-m", "tactful", "check", str(path), "--format", "ndjson"]
    parallel = subprocess.run([*command, "--jobs", "2"], capture_output=True, text=True, timeout=300)
    inline = subprocess.run([*command, "--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert parallel.returncode == inline.returncode == 1
    assert parallel.stdout == inline.stdout
    assert [int(r["id"]) for r in ndjson(parallel.stdout)] == list(range(3_500))
    assert "500 flagged" in parallel.stderr


def test_repeated_drafts_each_get_their_own_row(tmp_path, capsys):
    path = tmp_path / "repeats.txt"
    path.write_text(f"{PUSHY}\n\nThanks!\n\n{PUSHY}\n\nThanks!\n", encoding="utf-8")
    code, out, err = run(capsys, str(path), "--format", "ndjson")
    assert [(r["line"], r["flagged"]) for r in ndjson(out)] == [(1, True), (3, False), (5, True), (7, False)]
    assert code == 1 and "2 flagged" in err


def test_progress_bar_only_on_a_terminal_for_a_large_batch():
    from collections import Counter

    from tactful.cli.check import Report

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    report = Report(terminal)
    report.set_share_read(0.5)
    report.add(1_000, Counter())
    assert terminal.getvalue() == ""  # a small batch: no bar
    report.add(5_000, Counter({"cold_pitch": 2}))
    assert "[############............]  50%  6,000 drafts checked, 2 flagged" in terminal.getvalue()
    report.summary()
    assert terminal.getvalue().endswith("6,000 drafts in 0.0s: 2 flagged (cold_pitch 2)\n")
    piped = io.StringIO()
    Report(piped).add(6_000, Counter())
    assert piped.getvalue() == ""


def test_output_the_system_refuses_is_exit_3_not_flagged(tmp_path):
    """A full disk under `tactful check … > out` is one line and exit 3, never the 1 that means "flagged"."""
    drafts = tmp_path / "drafts.txt"
    drafts.write_text(PUSHY + "\n" + CLEAN + "\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tactful", "check", "--jobs", "1", str(drafts)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 3
    assert done.stderr.strip().splitlines() == ["tactful: could not finish: No space left on device"]
    assert PUSHY not in done.stderr
