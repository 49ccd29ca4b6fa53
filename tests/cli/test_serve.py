"""`tactful serve` as a real process: pairing code, token file, health, quiet logs, SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.cli.server_process import free_port, start_server, wait_for_health


def test_serve_prints_pairing_code_keeps_token_private_and_answers_health(tmp_path):
    home = tmp_path / "home"
    with start_server(home) as server:
        token = (home / "token").read_text().strip()
        assert stat.S_IMODE(os.stat(home / "token").st_mode) == 0o600
        assert f"Pairing code: {token}" in server.stdout_text()
        health = json.load(urllib.request.urlopen(f"http://127.0.0.1:{server.port}/v1/health", timeout=5))
        assert health["status"] == "ok"


def test_token_survives_restart(tmp_path):
    home = tmp_path / "home"
    with start_server(home):
        first = (home / "token").read_text()
    with start_server(home):
        assert (home / "token").read_text() == first


def test_draft_text_is_never_logged_even_with_the_access_log(tmp_path):
    home = tmp_path / "home"
    marker = "zebra-marker-7781 please like my page"
    with start_server(home, extra_args=("--access-log",)) as server:
        token = (home / "token").read_text().strip()
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.port}/v1/check",
            data=json.dumps({"text": marker}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        assert urllib.request.urlopen(request, timeout=5).status == 200
        bad = urllib.request.Request(
            f"http://127.0.0.1:{server.port}/v1/check",
            data=b'{"text": "' + marker.encode() + b'"',
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(bad, timeout=5)
    output = server.stdout_text() + server.stderr_text()
    assert "zebra-marker" not in output
    assert "POST /v1/check" in output  # the access log is there, just without bodies


def test_sigterm_stops_gracefully(tmp_path):
    with start_server(tmp_path / "home", stop=False) as server:
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=10) == 0


def test_port_in_use_is_a_clear_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "TACTFUL_HOME": str(tmp_path / "home")}
        done = subprocess.run(
            [sys.executable, "-m", "tactful", "serve", "--port", str(port)],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert done.returncode == 2
    assert "cannot listen" in done.stderr


def test_free_port_helper_returns_bindable_port():
    port = free_port()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))


def test_wait_for_health_gives_up(tmp_path):
    started = time.monotonic()
    assert not wait_for_health(free_port(), timeout=0.5)
    assert time.monotonic() - started < 5


def test_no_access_log_by_default(tmp_path):
    with start_server(tmp_path / "home") as server:
        urllib.request.urlopen(f"http://127.0.0.1:{server.port}/v1/health", timeout=5).read()
    assert "GET /v1/health" not in server.stdout_text() + server.stderr_text()
