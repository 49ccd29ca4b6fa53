"""A real `tactful serve`: "not pushy" feedback and its deletion both hold across a restart (they live in the SQLite
file under TACTFUL_HOME, not in the process)."""

from __future__ import annotations

import json
import urllib.request

from tests.cli.server_process import start_server

FALSE_ALARM = "Check out my page!"
NEAR_DUPLICATE = "check out my page 🙂🙂"
PUSHY = "I liked your page, now like mine"


def call(server, method: str, path: str, body: dict | None = None) -> tuple[int, dict | None]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{server.port}{path}",
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {server.token}"},
        method=method,
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        raw = response.read()
        return response.status, json.loads(raw) if raw else None


def verdicts(server) -> list[bool]:
    drafts = [{"text": FALSE_ALARM}, {"text": NEAR_DUPLICATE}, {"text": PUSHY}]
    _status, body = call(server, "POST", "/v1/check/batch", {"drafts": drafts})
    return [result["flagged"] for result in body["results"]]


def test_not_pushy_and_its_deletion_survive_restarts(tmp_path):
    home = tmp_path / "home"
    with start_server(home) as server:
        assert verdicts(server) == [True, True, True]
        assert call(server, "POST", "/v1/feedback", {"text": FALSE_ALARM, "verdict": "wrong"})[0] == 204
        assert verdicts(server) == [False, False, True]
    with start_server(home) as server:
        assert verdicts(server) == [False, False, True]  # still silenced after a restart
        _status, listing = call(server, "GET", "/v1/feedback")
        [entry] = listing["feedback"]
        assert entry["text"] == FALSE_ALARM and entry["suppresses"]
        _status, single = call(server, "POST", "/v1/check", {"text": FALSE_ALARM})
        assert single["suppressed"][0]["feedback_id"] == entry["id"]
        assert call(server, "DELETE", f"/v1/feedback/{entry['id']}")[0] == 204
        assert verdicts(server) == [True, True, True]
    with start_server(home) as server:
        assert verdicts(server) == [True, True, True]  # the deletion held too
        assert call(server, "GET", "/v1/feedback")[1] == {"feedback": [], "next_after": None, "total": 0}
