"""kill -9 during a burst of saves: every draft that got a 201 is there after a restart."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from tests.cli.server_process import start_server

WRITERS = 8
ACKS_BEFORE_KILL = 120


def post_draft(port: int, token: str, text: str) -> dict | None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/drafts",
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read()) if response.status == 201 else None
    except (OSError, urllib.error.HTTPError):  # the server died under us: this one was never acknowledged
        return None


def list_drafts(port: int, token: str) -> list[dict]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/drafts", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["drafts"]


def test_acknowledged_drafts_survive_kill_9(tmp_path):
    home = tmp_path / "home"
    acknowledged: dict[str, str] = {}
    lock = threading.Lock()
    stop = threading.Event()

    with start_server(home) as server:
        token, port = server.token, server.port

        def writer(worker: int) -> None:
            number = 0
            while not stop.is_set():
                text = f"Burst draft {worker}-{number}: hi, I'm new here — like my page? 😊"
                draft = post_draft(port, token, text)
                if draft is None:
                    return
                with lock:
                    acknowledged[draft["id"]] = text
                number += 1

        with ThreadPoolExecutor(WRITERS) as pool:
            for worker in range(WRITERS):
                pool.submit(writer, worker)
            deadline = time.monotonic() + 60
            while len(acknowledged) < ACKS_BEFORE_KILL and time.monotonic() < deadline:
                time.sleep(0.01)
            os.kill(server.process.pid, signal.SIGKILL)  # mid-burst: the writers are still sending
            server.process.wait(timeout=10)
            stop.set()
        assert server.process.returncode == -signal.SIGKILL

    assert len(acknowledged) >= ACKS_BEFORE_KILL
    with start_server(home) as restarted:
        stored = {draft["id"]: draft["text"] for draft in list_drafts(restarted.port, restarted.token)}
    missing = {draft_id: text for draft_id, text in acknowledged.items() if stored.get(draft_id) != text}
    assert missing == {}, f"{len(missing)} acknowledged drafts lost after kill -9"
    with sqlite3.connect(home / "tactful.db") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
