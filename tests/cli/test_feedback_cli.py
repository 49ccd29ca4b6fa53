"""`tactful feedback list|delete|export`, and the feedback in TACTFUL_HOME changing what `tactful check`,
`tactful drafts` and `tactful rewrite` say (the same service and the same suppressions as the server)."""

from __future__ import annotations

import json

import pytest

from tactful.feedback import FeedbackService
from tactful.store import open_store
from tests.cli.cli_runner import run_cli

FALSE_ALARM = "Check out my page!"
PUSHY = "I liked your page, now like mine!"

pytestmark = pytest.mark.usefixtures("shared_checker", "tactful_home")


def give(home, text: str, verdict: str = "wrong", category: str | None = None) -> int:
    store = open_store(home / "tactful.db")
    try:
        return FeedbackService(store).give(text, verdict, category, "m1").id
    finally:
        store.close()


def test_list_shows_every_entry_on_one_line_with_control_characters_escaped(capsys, tactful_home):
    first = give(tactful_home, FALSE_ALARM)
    second = give(tactful_home, "Follow\x1b[2J me\nback", "wrong", "reciprocity_demand")
    code, out, _ = run_cli(capsys, "feedback", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{first}\twrong\t\tnot pushy\t") and lines[0].endswith(FALSE_ALARM)
    assert lines[1].startswith(f"{second}\twrong\treciprocity_demand\t\t")
    assert "\x1b" not in out and "\\x1b[2J" in lines[1]


def test_delete_by_id_and_unknown_ids_are_exit_2(capsys, tactful_home):
    kept = give(tactful_home, "kept")
    gone = give(tactful_home, "gone")
    assert run_cli(capsys, "feedback", "delete", str(gone)) == (0, "", "")
    code, _out, err = run_cli(capsys, "feedback", "delete", str(gone), "abc", str(kept))
    assert code == 2 and f"no feedback with id '{gone}'" in err and "'abc'" in err
    assert run_cli(capsys, "feedback", "list")[1] == ""  # the known id in the same call was still deleted


def test_export_writes_json_lines_to_stdout_or_a_file(capsys, tactful_home, tmp_path):
    give(tactful_home, "Café owners, check out my page 😊")
    give(tactful_home, PUSHY, "correct", "reciprocity_demand")
    code, out, _ = run_cli(capsys, "feedback", "export")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [row["text"] for row in rows] == ["Café owners, check out my page 😊", PUSHY]
    assert [row["suppresses"] for row in rows] == [True, False] and rows[1]["category"] == "reciprocity_demand"
    target = tmp_path / "mine.jsonl"
    code, _out, err = run_cli(capsys, "feedback", "export", "--out", str(target))
    assert code == 0 and "wrote 2 feedback entries" in err
    assert target.read_text(encoding="utf-8") == out
    code, _out, err = run_cli(capsys, "feedback", "export", "--out", str(tmp_path / "missing" / "x.jsonl"))
    assert code == 2 and "cannot write" in err


def test_check_leaves_out_what_the_feedback_silenced_unless_told_not_to(capsys, tactful_home, tmp_path):
    path = tmp_path / "drafts.txt"
    path.write_text(f"{FALSE_ALARM}\n\ncheck out my page 😊😊\n\n{PUSHY}\n", encoding="utf-8")
    before = [json.loads(line) for line in run_cli(capsys, "check", str(path), "--format", "ndjson")[1].splitlines()]
    assert [r["flagged"] for r in before] == [True, True, True]
    feedback_id = give(tactful_home, FALSE_ALARM)
    code, out, _ = run_cli(capsys, "check", str(path), "--format", "ndjson")
    after = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [r["flagged"] for r in after] == [False, False, True]
    assert [r["suppressed"][0]["feedback_id"] for r in after[:2]] == [feedback_id, feedback_id]
    code, out, _ = run_cli(capsys, "check", str(path), "--format", "ndjson", "--ignore-feedback")
    assert [json.loads(line)["flagged"] for line in out.splitlines()] == [True, True, True]


def test_drafts_check_follows_the_feedback(capsys, tactful_home):
    run_cli(capsys, "drafts", "add", FALSE_ALARM, "--format", "ndjson")
    code, out, _ = run_cli(capsys, "drafts", "check", "--format", "ndjson", "--quiet")
    assert code == 1 and json.loads(out)["flagged"]
    feedback_id = give(tactful_home, FALSE_ALARM)
    code, out, _ = run_cli(capsys, "drafts", "check", "--format", "ndjson", "--quiet")
    [draft] = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and not draft["flagged"] and draft["suppressed"][0]["feedback_id"] == feedback_id
    run_cli(capsys, "feedback", "delete", str(feedback_id))
    code, out, _ = run_cli(capsys, "drafts", "check", "--format", "ndjson", "--quiet")
    assert code == 1 and json.loads(out)["flagged"]


def test_rewrite_keeps_the_sentence_the_user_called_not_pushy(capsys, tactful_home):
    text = f"Hi Jo, loved your mural! {FALSE_ALARM} Like mine and I'll like yours."
    give(tactful_home, FALSE_ALARM)
    code, out, _ = run_cli(capsys, "rewrite", text, "--format", "json")
    body = json.loads(out)
    assert code == 0 and body["rewrites"] and len(body["original"]["suppressed"]) == 1
    assert all(FALSE_ALARM in rewrite["text"] for rewrite in body["rewrites"])


def test_a_damaged_database_is_said_and_the_check_goes_on(capsys, tactful_home, tmp_path):
    (tactful_home / "tactful.db").write_bytes(b"not a database at all" * 200)
    path = tmp_path / "one.txt"
    path.write_text(FALSE_ALARM + "\n", encoding="utf-8")
    code, _out, err = run_cli(capsys, "check", str(path), "--quiet")
    assert code == 1 and "cannot read your feedback" in err and "checking without it" in err
    code, _out, err = run_cli(capsys, "feedback", "list")
    assert code == 2 and "cannot open" in err
