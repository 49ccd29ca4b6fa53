"""`tactful rewrite TEXT`: text and JSON output, the profile options, and usage errors."""

from __future__ import annotations

import io
import json

import pytest

from tests.cli.cli_runner import run_cli


pytestmark = pytest.mark.usefixtures("shared_checker")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "rewrite", *argv)


def test_text_output_numbers_the_rewrites(capsys):
    code, out, err = run(capsys, "Hi Maria! I liked your page, now like mine", "--name", "Dana", "--business", "Sweet Crumbs Bakery")
    assert code == 0
    lines = out.splitlines()
    assert [line[:3] for line in lines] == [f"{k}. " for k in range(1, len(lines) + 1)] and len(lines) >= 2
    assert all(line[3:].startswith("Hi Maria!") and "like mine" not in line for line in lines)
    assert any("Dana" in line and "Sweet Crumbs Bakery" in line for line in lines)
    assert "Flagged as reciprocity_demand" in err


def test_json_output_matches_the_api(capsys):
    code, out, _ = run(capsys, "Please like my page!!", "--format", "json", "--style", "value", "--n", "5", "--page-url", "fb.com/dana")
    body = json.loads(out)
    assert code == 0 and set(body) == {"rewrites", "original"}
    assert 1 <= len(body["rewrites"]) <= 5 and {r["style"] for r in body["rewrites"]} == {"value"}
    assert body["rewrites"][0]["kind"] == "edit" and "fb.com/dana" in body["rewrites"][0]["text"]


def test_reads_stdin_and_quiet_says_nothing_on_stderr(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("thanks for the kind words!!!"))
    code, out, err = run(capsys, "-", "--n", "1", "--quiet")
    assert code == 0 and out == "" and err == ""


@pytest.mark.parametrize("argv", [("",), ("   ",), ("hi", "--n", "0"), ("hi", "--n", "6"), ("hi", "--style", "poem"), ("hi", "--n", "x")])
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err
