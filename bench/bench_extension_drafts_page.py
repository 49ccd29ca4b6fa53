"""The extension's drafts page with 10,000 saved drafts: time to list them, DOM size, the longest
main-thread block while loading and scrolling, and "Check all" on all of them.

Prints numbers; asserts nothing. Needs what `make test` sets up (Debian's chromium, tests/e2e/node_modules).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from drafts import drafts_of_length  # noqa: E402
from tactful.store.drafts_db import open_store  # noqa: E402
from tests.cli.server_process import start_server  # noqa: E402
from tests.e2e.browser import launch_browser  # noqa: E402
from tests.e2e.page_server import PageServer  # noqa: E402

COUNT = 10_000

# Installed before the page's own scripts: the longest gap between two animation frames, i.e. the
# longest time the tab could not paint or react.
FRAME_MONITOR = """(() => {
  window.__longestFrame = 0;
  let last = performance.now();
  const tick = (now) => {
    window.__longestFrame = Math.max(window.__longestFrame, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()"""
LONGEST_FRAME = "() => { const value = window.__longestFrame; window.__longestFrame = 0; return value; }"

# Scrolls the list through its whole length and returns the longest gap between two frames.
SCROLL_THROUGH = """async () => {
  const list = document.getElementById("list");
  let longest = 0;
  let last = performance.now();
  for (let step = 0; step <= 40; step++) {
    list.scrollTop = (list.scrollHeight - list.clientHeight) * step / 40;
    await new Promise(requestAnimationFrame);
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  return { longest, rows: list.querySelectorAll(".draft").length };
}"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        home = tmp / "home"
        home.mkdir()
        started = time.perf_counter()
        store = open_store(home / "tactful.db")
        for text in drafts_of_length(COUNT):
            store.add_draft(text)
        store.close()
        print(f"seeded {COUNT} drafts in {time.perf_counter() - started:.1f} s (store.add_draft, one transaction each)")

        with start_server(home) as server, PageServer(tmp) as pages, sync_playwright() as playwright:
            browser = launch_browser(playwright, tmp / "profile", pages.port)
            browser.pair(server)
            page = browser.context.new_page()
            page.on("pageerror", lambda error: browser.errors.append(str(error)))
            page.add_init_script(FRAME_MONITOR)
            started = time.perf_counter()
            page.goto(browser.extension_url("drafts/drafts.html"))
            expect(page.locator("#summary")).to_contain_text(f"{COUNT} drafts", timeout=60_000)
            print(f"drafts page: {COUNT} drafts listed in {time.perf_counter() - started:.2f} s")
            print(f"  longest frame while loading: {page.evaluate(LONGEST_FRAME):.0f} ms")
            scroll = page.evaluate(SCROLL_THROUGH)
            print(
                f"  scrolling top to bottom: longest frame {scroll['longest']:.0f} ms, {scroll['rows']} rows in the DOM"
            )

            started = time.perf_counter()
            page.get_by_role("button", name="Check all").click()
            expect(page.get_by_role("status")).to_contain_text(f"Checked {COUNT} drafts", timeout=300_000)
            print(f"  Check all: {time.perf_counter() - started:.2f} s for {COUNT} drafts (server check + reload)")
            print(f"  longest frame during Check all and the reload: {page.evaluate(LONGEST_FRAME):.0f} ms")
            print(f"  page errors: {len(browser.errors)}")
            browser.context.close()


if __name__ == "__main__":
    main()
