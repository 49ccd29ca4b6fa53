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
    code, out, err = run(
        capsys,
        "Hi Maria! Your cupcakes look amazing. I liked your page, now like mine",
        "--name",
        "Dana",
        "--business",
        "Sweet Crumbs Bakery",
    )
    assert code == 0
    lines = out.splitlines()
    assert [line[:3] for line in lines] == [f"{k}. " for k in range(1, len(lines) + 1)] and len(lines) >= 1
    assert all(line[3:].startswith("Hi Maria!") and "like mine" not in line for line in lines)
    assert not any("Dana" in line for line in lines)  # the profile's name is never added
    assert "Flagged as reciprocity_demand" in err


def test_json_output_matches_the_api(capsys):
    draft = "Hi Jo! Thanks for the follow 😊 I make soy candles, use code GLOW10 for 10% off, DM me!"
    code, out, _ = run(capsys, draft, "--format", "json", "--style", "value", "--n", "5", "--page-url", "fb.com/dana")
    body = json.loads(out)
    assert code == 0 and set(body) == {"rewrites", "original"}
    assert 1 <= len(body["rewrites"]) <= 5 and {r["style"] for r in body["rewrites"]} == {"value"}
    first = body["rewrites"][0]
    assert first["kind"] == "edit" and first["text"].startswith("Hi Jo! Thanks for the follow 😊 I make soy candles")
    assert "GLOW10" not in first["text"] and "use code GLOW10 for 10% off," in first["removed"]


def test_a_draft_that_is_all_push_gets_no_rewrite_and_says_why(capsys):
    code, out, err = run(capsys, "Please like my page!!")
    assert code == 0 and out == "" and "nothing is left to keep" in err


def test_reads_stdin_and_quiet_says_nothing_on_stderr(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("thanks for the kind words!!!"))
    code, out, err = run(capsys, "-", "--n", "1", "--quiet")
    assert code == 0 and out == "" and err == ""


@pytest.mark.parametrize(
    "argv", [("",), ("   ",), ("hi", "--n", "0"), ("hi", "--n", "6"), ("hi", "--style", "poem"), ("hi", "--n", "x")]
)
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err
