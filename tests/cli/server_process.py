"""Start the real `tactful serve` as a subprocess on a free loopback port (shared by tests that need a live server)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_health(port: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.05)
    return False


@dataclass
class RunningServer:
    process: subprocess.Popen
    port: int
    home: Path
    _stdout_path: Path
    _stderr_path: Path
    _final: tuple[str, str] | None = None  # what the process wrote, kept once it has stopped

    def stdout_text(self) -> str:
        return self._final[0] if self._final else self._stdout_path.read_text(encoding="utf-8", errors="replace")

    def stderr_text(self) -> str:
        return self._final[1] if self._final else self._stderr_path.read_text(encoding="utf-8", errors="replace")

    @property
    def token(self) -> str:
        return (self.home / "token").read_text().strip()


@contextlib.contextmanager
def start_server(home: Path, port: int | None = None, stop: bool = True, extra_args: tuple[str, ...] = ()):
    port = port or free_port()
    env = {**os.environ, "TACTFUL_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    with (
        tempfile.NamedTemporaryFile("w+", suffix=".out") as out,
        tempfile.NamedTemporaryFile("w+", suffix=".err") as err,
    ):
        process = subprocess.Popen(
            [sys.executable, "-m", "tactful", "serve", "--port", str(port), *extra_args],
            env=env,
            stdout=out,
            stderr=err,
        )
        server = RunningServer(process, port, home, Path(out.name), Path(err.name))
        try:
            if not wait_for_health(port):
                raise RuntimeError(f"tactful serve did not come up: {server.stderr_text()}")
            yield server
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            server._final = (server.stdout_text(), server.stderr_text())
