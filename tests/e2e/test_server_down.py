"""With the server stopped, the composer works as if Tactful were not there, and the popup says why."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.cli.server_process import start_server
from tests.e2e.helpers import FLAGGED, editor_state_text, expect_ui, indicator, open_lexical_page

pytestmark = pytest.mark.e2e


def test_typing_works_and_the_popup_says_server_not_running(browser, tmp_path):
    with start_server(tmp_path / "home") as server:
        browser.pair(server)
    browser.errors.clear()

    page = open_lexical_page(browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    page.wait_for_timeout(800)  # well past the debounce: the check has been attempted and failed
    assert editor_state_text(page) == FLAGGED
    expect_ui(indicator(page)).to_be_hidden()
    assert page.evaluate("window.__foreignNodes") == []

    popup = browser.open(browser.extension_url("popup/popup.html"))
    expect(popup.get_by_role("status")).to_contain_text("Server not running", timeout=10000)
    expect(popup.get_by_role("status")).to_contain_text("make run")
    assert browser.errors == []
