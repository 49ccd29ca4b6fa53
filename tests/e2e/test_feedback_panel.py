"""Issue 12 in the page's panel: "Not pushy — don't warn me about this" silences a false warning for
good (on the real server, across a reload), "Wrong category" and "Was this missed?" send the kind
the user chose, and the page's own scripts can press none of them."""

from __future__ import annotations

import re

import pytest

from tests.e2e.browser import api_request, feedback_items
from tests.e2e.helpers import (
    CLEAN,
    FALSE_ALARM,
    FALSE_ALARM_SENTENCE,
    FLAGGED,
    NO_WARNINGS,
    NOT_PUSHY,
    ONE_WARNING,
    READ_HIGHLIGHTS,
    WATCH_EDITOR,
    expect_ui,
    indicator,
    open_lexical_page,
    suggestion_panel,
    type_draft,
)

pytestmark = pytest.mark.e2e

# An unearned ask (advice, in the second sentence) that the user would rather call a cold pitch.
MISFILED = "Great recipe! Check out my channel for more cakes."
MISFILED_SENTENCE = "Check out my channel for more cakes."
ONE_SUGGESTION = re.compile(r"Tactful: 1 suggestion\b")


@pytest.fixture(autouse=True)
def no_errors_in_pages(paired_browser, fresh_feedback):
    yield
    assert paired_browser.errors == []


def feedback_request(browser):
    """Waits for the worker's POST /v1/feedback (Playwright sees service workers' requests)."""
    return browser.context.expect_event(
        "request", lambda request: request.url.endswith("/v1/feedback") and request.method == "POST"
    )


def test_not_pushy_clears_the_warning_at_once_and_after_a_reload(paired_browser, tactful_server):
    status, before = api_request(tactful_server, "POST", "/v1/check", {"text": FALSE_ALARM, "surface": "post"})
    assert status == 200 and [issue["category"] for issue in before["issues"]] == ["cold_pitch"]

    page = open_lexical_page(paired_browser)
    type_draft(page, FALSE_ALARM)
    indicator(page, ONE_WARNING).click()
    panel = suggestion_panel(page)
    expect_ui(panel).to_be_visible()
    with feedback_request(paired_browser) as sent:
        panel.role("button", name=NOT_PUSHY).click()
    # Only the flagged sentence goes, not the greeting before it.
    assert sent.value.post_data_json == {"text": FALSE_ALARM_SENTENCE, "verdict": "wrong"}

    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible()
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []
    expect_ui(panel.role("status")).to_contain_text("won't warn you about this sentence again")
    expect_ui(panel.css(".hidden-note")).to_have_text("1 warning hidden by your feedback")
    stored = [(item["text"], item["verdict"], item["category"]) for item in feedback_items(tactful_server)]
    assert stored == [(FALSE_ALARM_SENTENCE, "wrong", None)]

    # A new page (nothing remembered in the content script): the server itself no longer flags it.
    page.reload()
    page.wait_for_function("window.__editorReady === true")
    page.evaluate(WATCH_EDITOR)
    type_draft(page, FALSE_ALARM)
    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []
    indicator(page, NO_WARNINGS).click()
    expect_ui(panel.css(".hidden-note")).to_have_text("1 warning hidden by your feedback")
    expect_ui(panel.css(".issue")).to_have_count(0)
    page.keyboard.press("Escape")

    # Every other draft keeps its verdict.
    type_draft(page, FLAGGED)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    assert page.evaluate("window.__foreignNodes") == []


def test_wrong_category_sends_the_category_the_user_chose(paired_browser, tactful_server):
    page = open_lexical_page(paired_browser)
    type_draft(page, MISFILED)
    indicator(page, ONE_SUGGESTION).click()
    panel = suggestion_panel(page)
    toggle = panel.role("button", name="Wrong category")
    toggle.click()
    expect_ui(toggle).to_have_attribute("aria-expanded", "true")
    choices = panel.role("group", name="Which kind is it?")
    expect_ui(choices).to_be_visible()
    # The three categories, by the names the extension shows; Tactful's own guess cannot be picked.
    expect_ui(choices.css("button")).to_have_text(
        ["Like-for-like demand", "Cold pitch", "Unearned ask (Tactful's guess)"]
    )
    expect_ui(choices.css("button:disabled")).to_have_text("Unearned ask (Tactful's guess)")

    with feedback_request(paired_browser) as sent:
        choices.role("button", name="Cold pitch").click()
    assert sent.value.post_data_json == {"text": MISFILED_SENTENCE, "verdict": "wrong", "category": "cold_pitch"}
    expect_ui(panel.role("status")).to_contain_text("saved on this computer as “Cold pitch”")
    expect_ui(choices).to_be_hidden()
    expect_ui(toggle).to_have_attribute("aria-expanded", "false")
    stored = [(item["text"], item["verdict"], item["category"]) for item in feedback_items(tactful_server)]
    assert stored == [(MISFILED_SENTENCE, "wrong", "cold_pitch")]
    # A different kind of push is still a push: the suggestion stays.
    expect_ui(indicator(page, ONE_SUGGESTION)).to_be_visible()
    expect_ui(panel.css(".issue")).to_have_count(1)


def test_was_this_missed_sends_the_whole_clean_draft_with_its_kind(paired_browser, tactful_server):
    page = open_lexical_page(paired_browser)
    type_draft(page, CLEAN)
    indicator(page, NO_WARNINGS).click()
    panel = suggestion_panel(page)
    expect_ui(panel).to_contain_text("Nothing to flag in this draft.")
    panel.role("button", name="Was this missed?").click()
    choices = panel.role("group", name="What kind of push is it?")
    expect_ui(choices.css("button")).to_have_text(["Like-for-like demand", "Cold pitch", "Unearned ask"])
    with feedback_request(paired_browser) as sent:
        choices.role("button", name="Unearned ask").click()
    assert sent.value.post_data_json == {"text": CLEAN, "verdict": "wrong", "category": "unearned_ask"}
    expect_ui(panel.role("status")).to_contain_text("saved on this computer as “Unearned ask”")
    stored = [(item["text"], item["verdict"], item["category"]) for item in feedback_items(tactful_server)]
    assert stored == [(CLEAN, "wrong", "unearned_ask")]


def test_the_page_cannot_press_the_feedback_buttons(paired_browser, tactful_server):
    sent = []

    def record(request):
        if request.url.endswith("/v1/feedback"):
            sent.append(request.method)

    paired_browser.context.on("request", record)
    try:
        page = open_lexical_page(paired_browser)
        type_draft(page, FALSE_ALARM)
        indicator(page, ONE_WARNING).click()
        panel = suggestion_panel(page)
        # What a page holding the elements could do (here the tests' own isolated world holds them).
        press = (
            "(button) => { button.click();"
            " button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); }"
        )
        panel.role("button", name=NOT_PUSHY).evaluate_in_test_world(press)
        toggle = panel.role("button", name="Wrong category")
        toggle.evaluate_in_test_world(press)
        page.wait_for_timeout(500)
        expect_ui(toggle).to_have_attribute("aria-expanded", "false")
        # Even with the choices open (by the user's real click), a synthetic click on one sends nothing.
        toggle.click()
        panel.role("group", name="Which kind is it?").role("button", name="Unearned ask").evaluate_in_test_world(press)
        page.wait_for_timeout(500)
        assert sent == []
        assert feedback_items(tactful_server) == []
        expect_ui(indicator(page, ONE_WARNING)).to_be_visible()
        expect_ui(panel.role("status")).to_have_text("")
    finally:
        paired_browser.context.remove_listener("request", record)
