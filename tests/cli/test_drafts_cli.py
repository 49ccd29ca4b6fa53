"""`tactful drafts list|add|check|rm` straight on the SQLite store in TACTFUL_HOME (no server)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tactful.store import open_store
from tests.cli.cli_runner import run_cli
from tests.damaged_db import damage_pages

PUSHY = "I liked your page, now like mine!"
CLEAN = "Hi Anna, I'm Zoë. I loved your post about the café. How did you start?"


pytestmark = pytest.mark.usefixtures("shared_checker", "tactful_home")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "drafts", *argv)


def add(capsys, text: str, *options: str) -> dict:
    code, out, _ = run(capsys, "add", text, "--format", "ndjson", *options)
    assert code == 0
    return json.loads(out)


def test_add_saves_into_tactful_home_unchecked_as_the_http_route_does(capsys, tactful_home):
    draft = add(capsys, PUSHY, "--surface", "message")
    assert draft["surface"] == "message" and draft["checked_at"] is None and draft["category"] is None
    assert draft["flagged"] is False and draft["score"] is None
    store = open_store(tactful_home / "tactful.db")
    try:
        saved = store.get_draft(draft["id"])
        assert saved.text == PUSHY and saved.check is None
    finally:
        store.close()
    code, out, _ = run(capsys, "check", "--format", "ndjson", "--quiet")
    checked = json.loads(out)
    assert code == 1 and checked["category"] == "reciprocity_demand" and checked["checked_at"] is not None


def test_add_from_stdin_and_list_newest_first(capsys, monkeypatch):
    first = add(capsys, CLEAN)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PUSHY))
    second = add(capsys, "-")
    assert run(capsys, "check", "--quiet")[0] == 1
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{second['id']}  reciprocity_demand") and lines[1].startswith(f"{first['id']}  ok")
    code, out, _ = run(capsys, "list", "--only-flagged", "--format", "json")
    assert [d["id"] for d in json.loads(out)] == [second["id"]]


def test_check_exit_codes_follow_the_verdicts(capsys):
    clean = add(capsys, CLEAN)
    code, out, err = run(capsys, "check", "--format", "ndjson")
    assert code == 0 and "0 flagged" in err and json.loads(out)["id"] == clean["id"]
    add(capsys, PUSHY)
    code, out, err = run(capsys, "check", "--only-flagged", "--format", "ndjson")
    assert code == 1 and "1 flagged (reciprocity_demand 1)" in err
    assert [json.loads(line)["text"] for line in out.splitlines()] == [PUSHY]


def test_check_stores_the_results(capsys, tactful_home):
    draft = add(capsys, PUSHY)
    store = open_store(tactful_home / "tactful.db")
    try:
        store.save_check_results(
            [(draft["id"], 1, {"flagged": False, "model_version": "old", "sensitivity": "strict"})]
        )
        assert run(capsys, "check", "--sensitivity", "strict", "--quiet")[0] == 1
        stored = store.get_draft(draft["id"]).check
        assert stored["flagged"] is True and stored["sensitivity"] == "strict" and stored["model_version"] != "old"
    finally:
        store.close()


def test_rm_existing_and_unknown(capsys):
    keep, gone = add(capsys, CLEAN), add(capsys, PUSHY)
    assert run(capsys, "rm", gone["id"])[0] == 0
    code, _, err = run(capsys, "rm", gone["id"], "nope")
    assert code == 2 and "'nope'" in err
    assert [json.loads(line)["id"] for line in run(capsys, "list", "--format", "ndjson")[1].splitlines()] == [
        keep["id"]
    ]


def test_usage_errors_exit_2(capsys):
    assert run(capsys)[0] == 2  # no action
    assert run(capsys, "add", "   ")[0] == 2
    assert run(capsys, "add", "x" * 20_001)[0] == 2
    assert run(capsys, "list", "--format", "xml")[0] == 2


def test_empty_store_lists_nothing(capsys):
    code, out, _ = run(capsys, "list", "--format", "json")
    assert code == 0 and json.loads(out) == []
    assert run(capsys, "list") == (0, "", "")


@pytest.mark.parametrize("argv", [("drafts", "list"), ("drafts", "check"), ("feedback", "list")])
def test_a_damaged_database_is_one_line_and_exit_2(capsys, tactful_home, argv):
    for i in range(100):
        add(capsys, f"{PUSHY} {i} " + "and some more words " * 30)
    damage_pages(tactful_home / "tactful.db")
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "damaged" in err and "Traceback" not in err
