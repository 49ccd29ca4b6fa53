"""Tactful on a real Lexical editor at https://www.facebook.com/... in Chromium, with the real server."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import api_request
from tests.e2e.helpers import (
    CLEAN,
    FLAGGED,
    KIND_LABELS,
    NO_WARNINGS,
    ONE_WARNING,
    PUSHY,
    READ_HIGHLIGHTS,
    SOME_WARNINGS,
    editor_state_text,
    expect_ui,
    indicator,
    open_lexical_page,
    suggestion_panel,
    tactful_ui,
    utf16_slice,
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

    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    status, result = api_request(tactful_server, "POST", "/v1/check", {"text": FLAGGED, "surface": "post"})
    assert status == 200 and len(result["issues"]) == 1
    issue = result["issues"][0]
    flagged_span = utf16_slice(FLAGGED, issue["start"], issue["end"])
    assert flagged_span == issue["quote"]
    assert page.evaluate(READ_HIGHLIGHTS, f"tactful-{issue['severity']}") == [flagged_span]
    assert page.evaluate("window.__foreignNodes") == []


def test_rewrite_panel_marks_the_changes_and_use_this_rewrite_is_undone_by_ctrl_z(paired_browser, tactful_server):
    # The test page's composer sits in a "Create post" dialog: the extension must ask for a post.
    status, expected = api_request(tactful_server, "POST", "/v1/rewrite", {"text": PUSHY, "surface": "post"})
    assert status == 200 and expected["rewrites"]
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(PUSHY)
    indicator(page, SOME_WARNINGS).click()

    panel = suggestion_panel(page)
    expect_ui(panel).to_be_visible()
    # The worker's own request to the server (Playwright reports service workers' requests).
    with paired_browser.context.expect_event("request", lambda request: request.url.endswith("/v1/rewrite")) as sent:
        panel.role("button", name="Rewrite").click()
    body = sent.value.post_data_json
    assert body["text"] == PUSHY and body["surface"] == "post"

    sections = panel.css("section.rewrite")
    expect_ui(sections).to_have_count(len(expected["rewrites"]), timeout=5000)
    expect_ui(sections.css("p.text")).to_have_text([rewrite["text"] for rewrite in expected["rewrites"]])
    expect_ui(sections.css(".kind")).to_have_text([KIND_LABELS[rewrite["kind"]] for rewrite in expected["rewrites"]])
    expect_ui(panel.css("mark.changed").first).to_be_visible()
    expect_ui(panel.css("mark.changed").first).to_have_css("background-color", "rgb(255, 248, 197)")
    for index, rewrite in enumerate(expected["rewrites"]):
        section = sections.nth(index)
        marks = section.css("p.text mark.changed").all_inner_texts()
        assert marks == [utf16_slice(rewrite["text"], span["start"], span["end"]) for span in rewrite["changes"]]
        assert all(mark and mark in rewrite["text"] for mark in marks)
        if rewrite["removed"]:
            expect_ui(section.css("p.removed")).to_have_text("Removed: " + " ".join(rewrite["removed"]))
            expect_ui(section.css("p.removed del")).to_have_text(rewrite["removed"])
    removed_line = panel.css("p.removed").filter(has=tactful_ui(page).css("del", has_text="GLOW10"))
    expect_ui(removed_line.first).to_contain_text("Removed:")

    # Use a rewrite that adds words, so the editor's new text is not just a piece of the draft.
    chosen_section = sections.filter(has=tactful_ui(page).css("mark.changed")).first
    chosen = chosen_section.css("p.text").inner_text()
    assert chosen and chosen != PUSHY
    use = chosen_section.role("button", name="Use this rewrite")
    expect_ui(use).to_have_accessible_name("Use this rewrite")
    use.click()

    page.wait_for_function("(text) => window.__editorText() === text", arg=chosen, timeout=3000)
    expect_ui(panel).to_be_hidden()
    page.keyboard.press("Control+z")
    page.wait_for_function("(text) => window.__editorText() === text", arg=PUSHY, timeout=3000)
    assert page.evaluate("window.__foreignNodes") == []


def test_clean_message_shows_no_warning_and_leaves_the_editor_dom_alone(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(CLEAN)

    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-advice") == []
    assert editor_state_text(page) == CLEAN
    assert page.evaluate("window.__foreignNodes") == []


def test_panel_is_keyboard_reachable_and_escape_closes_it(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)

    page.keyboard.press("Alt+Shift+T")
    panel = suggestion_panel(page)
    expect_ui(panel).to_be_visible()
    expect_ui(panel.role("button", name="Dismiss")).to_be_focused()
    page.keyboard.press("Escape")
    expect_ui(panel).to_be_hidden()
    expect(page.locator("#editor")).to_be_focused()
    assert editor_state_text(page) == FLAGGED


def test_dismiss_hides_the_warning(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    indicator(page, ONE_WARNING).click()
    suggestion_panel(page).role("button", name="Dismiss").click()

    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible()
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []


def test_indicator_follows_the_composer_when_the_page_scrolls(paired_browser):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    button = indicator(page, ONE_WARNING)
    expect_ui(button).to_be_visible(timeout=1500)

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
    page.keyboard.type(PUSHY)
    indicator(page, SOME_WARNINGS).click()
    panel = suggestion_panel(page)
    expect_ui(panel).to_have_css("background-color", "rgb(21, 27, 35)")
    panel.role("button", name="Rewrite").click()
    mark = panel.css("mark.changed").first
    expect_ui(mark).to_have_css("color", "rgb(240, 246, 252)", timeout=5000)
    expect_ui(mark).to_have_css("background-color", "rgba(187, 128, 9, 0.35)")
