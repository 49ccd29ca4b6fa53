"""Debian's Chromium with the unpacked extension loaded, as the tests and benchmarks drive it."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

E2E_DIR = Path(__file__).resolve().parent
EXTENSION = E2E_DIR.parents[1] / "extension"
CHROMIUM = "/usr/bin/chromium"


def server_url(server) -> str:
    return f"http://127.0.0.1:{server.port}"


def api_request(server, method: str, path: str, body: dict | None = None) -> tuple[int, dict | None]:
    """Calls the running server directly (as the extension's worker would), for setup and expectations."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{server_url(server)}{path}", data=data, method=method)
    request.add_header("Authorization", f"Bearer {server.token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        with error:
            return error.code, None


def feedback_items(server) -> list[dict]:
    """Every piece of feedback the server holds (GET /v1/feedback, page by page), oldest first."""
    items: list[dict] = []
    after = None
    while True:
        query = "?limit=500" + (f"&after={after}" if after is not None else "")
        status, page = api_request(server, "GET", f"/v1/feedback{query}")
        assert status == 200, f"GET /v1/feedback answered {status}"
        items += page["feedback"]
        after = page["next_after"]
        if after is None or not page["feedback"]:
            return items


def remove_all_feedback(server) -> None:
    """Deletes every piece of feedback, so one test's "not pushy" does not silence another's draft."""
    for item in feedback_items(server):
        status, _ = api_request(server, "DELETE", f"/v1/feedback/{item['id']}")
        assert status == 204, f"DELETE /v1/feedback/{item['id']} answered {status}"


@dataclass
class Browser:
    """A Chromium profile with Tactful loaded, and what the tests check on every page."""

    context: object
    extension_id: str
    errors: list[str] = field(default_factory=list)

    def extension_url(self, path: str) -> str:
        return f"chrome-extension://{self.extension_id}/{path}"

    def open(self, url: str, init_script: str | None = None):
        """A new tab; console errors and uncaught exceptions of every world (the page's and the
        extension's isolated one, through CDP's Runtime domain) are collected in self.errors.
        `init_script` runs in the page's world before the page's own scripts (and Tactful's)."""
        page = self.context.new_page()
        if init_script:
            page.add_init_script(init_script)
        page.on("console", lambda message: message.type == "error" and self.errors.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        cdp = self.context.new_cdp_session(page)
        cdp.on("Runtime.exceptionThrown", lambda event: self.errors.append(f"exception: {event['exceptionDetails']}"))
        cdp.send("Runtime.enable")
        page.goto(url)
        return page

    def open_facebook(self, name: str, init_script: str | None = None):
        return self.open(f"https://www.facebook.com/pages/{name}", init_script)

    def pair(self, server) -> None:
        """Pairs the extension through its options page, as a user would."""
        from playwright.sync_api import expect

        page = self.open(self.extension_url("options/options.html"))
        page.get_by_label("Server URL").fill(server_url(server))
        page.get_by_label("Pairing code").fill(server.token)
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)
        page.close()

    def save_settings(self, changes: dict) -> None:
        """Stores extension settings the way its pages do (TactfulSettings.save on an extension page)."""
        page = self.open(self.extension_url("options/options.html"))
        page.evaluate("(changes) => TactfulSettings.save(changes)", changes)
        page.close()


def launch_browser(playwright, profile: Path, page_port: int) -> Browser:
    """Chromium whose www.facebook.com is the test page server on `page_port`."""
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
    return Browser(context=context, extension_id=extension_id)
