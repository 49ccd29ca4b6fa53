"""Tactful on a real Lexical editor at https://www.facebook.com/... in Chromium, with the real server."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import api_request
from tests.e2e.helpers import (
    CLEAN, FLAGGED, NO_WARNINGS, ONE_WARNING, READ_HIGHLIGHTS,
    editor_state_text, indicator, open_lexical_page, utf16_slice,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def no_errors_in_pages(paired_browser):
    yield
    assert paired_browser.errors == []


def test_flagged_draft_shows_one_warning_and_highlights_exactly_the_flagged_span(paired_browser, tactful_server):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)

    expect(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    status, result = api_request(tactful_server, "POST", "/v1/check", {"text": FLAGGED, "surface": "post"})
    assert status == 200 and len(result["issues"]) == 1
    issue = result["issues"][0]
    flagged_span = utf16_slice(FLAGGED, issue["start"], issue["end"])
    assert flagged_span == issue["quote"]
    assert page.evaluate(READ_HIGHLIGHTS, f"tactful-{issue['severity']}") == [flagged_span]
    assert page.evaluate("window.__foreignNodes") == []


def test_use_this_rewrite_replaces_lexical_state_and_ctrl_z_restores_the_original(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    indicator(page, ONE_WARNING).click()

    panel = page.get_by_role("dialog", name="Tactful")
    expect(panel).to_be_visible()
    panel.get_by_role("button", name="Rewrite").click()
    first = panel.get_by_role("button", name="Use this rewrite").first
    expect(first).to_be_visible(timeout=5000)
    chosen = first.locator("xpath=..").locator("p").inner_text()
    assert chosen and chosen != FLAGGED
    first.click()

    page.wait_for_function("(text) => window.__editorText() === text", arg=chosen, timeout=3000)
    expect(panel).to_be_hidden()
    page.keyboard.press("Control+z")
    page.wait_for_function("(text) => window.__editorText() === text", arg=FLAGGED, timeout=3000)
    assert page.evaluate("window.__foreignNodes") == []


def test_clean_message_shows_no_warning_and_leaves_the_editor_dom_alone(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(CLEAN)

    expect(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-advice") == []
    assert editor_state_text(page) == CLEAN
    assert page.evaluate("window.__foreignNodes") == []


def test_panel_is_keyboard_reachable_and_escape_closes_it(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    expect(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)

    page.keyboard.press("Alt+Shift+T")
    panel = page.get_by_role("dialog", name="Tactful")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("button", name="Dismiss")).to_be_focused()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(page.locator("#editor")).to_be_focused()
    assert editor_state_text(page) == FLAGGED


def test_dismiss_hides_the_warning(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    indicator(page, ONE_WARNING).click()
    page.get_by_role("dialog", name="Tactful").get_by_role("button", name="Dismiss").click()

    expect(indicator(page, NO_WARNINGS)).to_be_visible()
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []


def test_indicator_follows_the_composer_when_the_page_scrolls(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    button = indicator(page, ONE_WARNING)
    expect(button).to_be_visible(timeout=1500)

    def offset():
        editor, badge = page.locator("#editor").bounding_box(), button.bounding_box()
        return round(badge["x"] - editor["x"]), round(badge["y"] - editor["y"])

    before = offset()
    page.mouse.wheel(0, 30)
    page.wait_for_function("window.scrollY >= 30")
    page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))")
    assert offset() == before


def test_panel_follows_dark_mode(paired_browser):
    page = open_lexical_page(paired_browser)
    page.emulate_media(color_scheme="dark")
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    indicator(page, ONE_WARNING).click()
    panel = page.get_by_role("dialog", name="Tactful")
    expect(panel).to_have_css("background-color", "rgb(21, 27, 35)")
