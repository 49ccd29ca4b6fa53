"""kill -9 of the server after its worker pool started leaves nothing listening, and serve starts again at once."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import urllib.request
from pathlib import Path

from tests.cli.server_process import start_server, wait_for_health

BATCH = 300  # above the size that forks the worker pool


def children_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(child) for child in children]
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return state != "Z"


def post_batch(port: int, token: str) -> None:
    body = json.dumps({"drafts": [{"text": f"Please like my page number {i}!"} for i in range(BATCH)]}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/check/batch",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200


def test_kill_9_with_the_pool_started_leaves_nothing_behind(tmp_path):
    with start_server(tmp_path, stop=False) as server:
        post_batch(server.port, server.token)
        workers = children_of(server.process.pid)
        assert workers, "the batch should have forked the worker pool"
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(alive(pid) for pid in workers):
            time.sleep(0.05)
        assert not any(alive(pid) for pid in workers)
        with (
            socket.socket() as probe
        ):  # nothing listens on the port any more (TIME_WAIT leftovers are fine, as for serve)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(("127.0.0.1", server.port))
            probe.listen()
        port = server.port
    with start_server(tmp_path, port=port) as again:
        assert wait_for_health(again.port)
