"""Fixtures for the browser end-to-end tests: the real Tactful server, the HTTPS test pages posing
as www.facebook.com, and Debian's Chromium with the unpacked extension loaded."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from page_server import PageServer

E2E_DIR = Path(__file__).resolve().parent
REPO = E2E_DIR.parents[1]
EXTENSION = REPO / "extension"
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TactfulServer:
    """`python -m tactful serve` on a free loopback port, with its own TACTFUL_HOME."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log_file = None

    @property
    def token(self) -> str:
        return (self.home / "token").read_text(encoding="utf-8").strip()

    def start(self, timeout: float = 90) -> "TactfulServer":
        self.home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "TACTFUL_HOME": str(self.home)}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "server"), env.get("PYTHONPATH")]))
        self.log_file = open(self.home / "server.log", "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tactful", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=env, stdout=self.log_file, stderr=subprocess.STDOUT, cwd=REPO,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.stop()
                raise RuntimeError(f"tactful serve exited early:\n{(self.home / 'server.log').read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/v1/health", timeout=1) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("tactful serve did not answer /v1/health in time")

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict | None]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as error:
            with error:
                return error.code, None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.log_file:
            self.log_file.close()
            self.log_file = None


@pytest.fixture(scope="session")
def page_server(tmp_path_factory):
    if not (E2E_DIR / "node_modules" / "lexical").is_dir():
        pytest.fail("tests/e2e/node_modules is missing: run `bash tests/e2e/setup.sh` (make test does)")
    with PageServer(tmp_path_factory.mktemp("pages")) as server:
        yield server


@pytest.fixture(scope="session")
def tactful_server(tmp_path_factory):
    server = TactfulServer(tmp_path_factory.mktemp("tactful-home")).start()
    yield server
    server.stop()


@dataclass
class Browser:
    """A Chromium profile with Tactful loaded, and what the tests check on every page."""

    context: object
    extension_id: str
    page_port: int
    errors: list[str] = field(default_factory=list)

    def extension_url(self, path: str) -> str:
        return f"chrome-extension://{self.extension_id}/{path}"

    def open(self, url: str):
        """A new tab; console errors and uncaught exceptions of every world (the page's and the
        extension's isolated one) are collected in self.errors."""
        page = self.context.new_page()
        page.on("console", lambda message: message.type == "error" and self.errors.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        cdp = self.context.new_cdp_session(page)
        cdp.on("Runtime.exceptionThrown", lambda event: self.errors.append(f"exception: {event['exceptionDetails']}"))
        cdp.send("Runtime.enable")
        page.goto(url)
        return page

    def open_facebook(self, name: str):
        return self.open(f"https://www.facebook.com/pages/{name}")

    def pair(self, server: TactfulServer) -> None:
        """Pairs the extension through its options page, as a user would."""
        from playwright.sync_api import expect

        page = self.open(self.extension_url("options/options.html"))
        page.get_by_label("Server URL").fill(server.url)
        page.get_by_label("Pairing code").fill(server.token)
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)
        page.close()


def launch_browser(playwright, profile: Path, page_port: int) -> Browser:
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=False,  # with --headless=new below: the old headless mode cannot load extensions
        args=[
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            f"--host-resolver-rules=MAP www.facebook.com 127.0.0.1:{page_port}",
            "--ignore-certificate-errors",
        ],
    )
    workers = context.service_workers or [context.wait_for_event("serviceworker", timeout=15000)]
    extension_id = re.match(r"chrome-extension://([a-p]{32})/", workers[0].url)[1]
    return Browser(context=context, extension_id=extension_id, page_port=page_port)


@pytest.fixture(scope="module")
def browser(page_server, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash tests/e2e/setup.sh` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_browser(playwright, tmp_path_factory.mktemp("profile"), page_server.port)
        yield browser
        browser.context.close()


@pytest.fixture
def paired_browser(browser, tactful_server):
    browser.pair(tactful_server)
    browser.errors.clear()
    return browser
