"""Issue 12 on the extension's own pages: the options page lists the user's feedback and "Remove"
undoes it (an open page warns again at once), the drafts page asks "Was this missed?" of clean
drafts, and a full feedback store is reported in words."""

from __future__ import annotations

import http.client
import json

import pytest
from playwright.sync_api import expect

from tests.cli.server_process import start_server
from tests.e2e.browser import api_request, feedback_items
from tests.e2e.helpers import (
    FALSE_ALARM,
    FALSE_ALARM_SENTENCE,
    NO_WARNINGS,
    NOT_PUSHY,
    ONE_WARNING,
    expect_ui,
    indicator,
    open_lexical_page,
    suggestion_panel,
    type_draft,
)

pytestmark = pytest.mark.e2e

MISSED = "Hi Lee! Lovely to see your garden photos. My nursery has a few spare lavender plants if you want them."
MISFILED_SENTENCE = "Check out my channel for more cakes."
MAX_FEEDBACK = 5_000  # tactful.feedback.service.MAX_FEEDBACK: the server's bound on stored feedback


@pytest.fixture(autouse=True)
def no_errors_in_pages(paired_browser, fresh_feedback):
    yield
    assert paired_browser.errors == []


def give_feedback(server, body) -> None:
    status, _ = api_request(server, "POST", "/v1/feedback", body)
    assert status == 204, status


def test_options_page_lists_feedback_and_remove_brings_the_warning_back(paired_browser, tactful_server):
    give_feedback(tactful_server, {"text": FALSE_ALARM_SENTENCE, "verdict": "wrong"})
    give_feedback(tactful_server, {"text": MISFILED_SENTENCE, "verdict": "wrong", "category": "cold_pitch"})
    page = open_lexical_page(paired_browser)
    type_draft(page, FALSE_ALARM)
    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)

    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    items = options.get_by_role("list", name="Your feedback").get_by_role("listitem")
    expect(items).to_have_count(2)
    expect(options.locator("#feedback-summary")).to_have_text("2 items")
    expect(items.locator("q")).to_have_text([FALSE_ALARM_SENTENCE, MISFILED_SENTENCE])
    expect(items.locator(".verdict").nth(0)).to_contain_text("Not pushy: don't warn about this")
    expect(items.locator(".verdict").nth(1)).to_contain_text("Pushy: cold pitch")

    items.filter(has_text=FALSE_ALARM_SENTENCE).get_by_role("button", name="Remove").click()
    expect(options.locator("#feedback-message")).to_have_text("Removed. Tactful warns about that sentence again.")
    expect(items).to_have_count(1)
    expect(options.locator("#feedback-summary")).to_have_text("1 item")
    assert [item["text"] for item in feedback_items(tactful_server)] == [MISFILED_SENTENCE]

    # The page that had the draft open checks it again by itself: the warning is back.
    page.bring_to_front()
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible()

    # After a reload the list is the server's, not the page's memory.
    options.reload()
    expect(items).to_have_count(1)
    expect(items.locator("q")).to_have_text([MISFILED_SENTENCE])


def test_options_page_pages_through_long_feedback_lists(paired_browser, tactful_server):
    texts = [f"Sentence number {number} that I want to keep." for number in range(55)]
    for text in texts:
        give_feedback(tactful_server, {"text": text, "verdict": "wrong"})
    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    items = options.get_by_role("list", name="Your feedback").get_by_role("listitem")
    expect(items).to_have_count(50)
    expect(options.locator("#feedback-summary")).to_have_text("55 items")
    options.get_by_role("button", name="Show more").click()
    expect(items).to_have_count(55)
    expect(items.locator("q")).to_have_text(texts)
    expect(options.get_by_role("button", name="Show more")).to_be_hidden()


def test_drafts_page_asks_was_this_missed_of_clean_drafts_only(paired_browser, tactful_server):
    _, check = api_request(tactful_server, "POST", "/v1/check", {"text": MISSED})
    assert check["flagged"] is False
    created = []
    for text in (MISSED, FALSE_ALARM):
        status, draft = api_request(tactful_server, "POST", "/v1/drafts", {"text": text, "surface": "comment"})
        assert status == 201
        created.append(draft["id"])
    try:
        drafts = paired_browser.open(paired_browser.extension_url("drafts/drafts.html"))
        drafts.get_by_role("button", name="Check all").click()
        expect(drafts.get_by_role("status")).to_contain_text("Checked", timeout=15000)
        clean = drafts.get_by_role("listitem").filter(has_text=MISSED)
        flagged = drafts.get_by_role("listitem").filter(has_text=FALSE_ALARM)
        expect(clean.locator(".verdict")).to_have_text("Clean")
        expect(flagged.locator(".verdict")).to_have_text("Flagged: cold pitch")
        expect(flagged.get_by_role("button", name="Was this missed?")).to_have_count(0)

        clean.get_by_role("button", name="Was this missed?").click()
        dialog = drafts.get_by_role("dialog", name="Was this missed?")
        expect(dialog).to_be_visible()
        expect(dialog.locator("blockquote")).to_have_text(MISSED)
        choices = dialog.get_by_role("group", name="If it is pushy, which kind is it?", exact=False)
        expect(choices.get_by_role("button")).to_have_text(["Like-for-like demand", "Cold pitch", "Unearned ask"])
        choices.get_by_role("button", name="Cold pitch").click()
        expect(dialog).to_be_hidden()
        expect(drafts.get_by_role("status")).to_have_text(
            "Thanks: saved on this computer as “Cold pitch”, for when you retrain Tactful with your feedback."
        )
        stored = [(item["text"], item["verdict"], item["category"]) for item in feedback_items(tactful_server)]
        assert stored == [(MISSED, "wrong", "cold_pitch")]
    finally:
        for draft_id in created:
            api_request(tactful_server, "DELETE", f"/v1/drafts/{draft_id}")


def fill_feedback_store(server, count: int) -> None:
    """`count` distinct pieces of feedback over one keep-alive connection (the real route, quickly)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    headers = {"Authorization": f"Bearer {server.token}", "Content-Type": "application/json"}
    try:
        for number in range(count):
            body = json.dumps({"text": f"Filler feedback number {number}.", "verdict": "correct"})
            connection.request("POST", "/v1/feedback", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            assert response.status == 204, (number, response.status)
    finally:
        connection.close()


def test_a_full_feedback_store_is_reported_in_the_panel(browser, tmp_path):
    with start_server(tmp_path / "home") as server:
        fill_feedback_store(server, MAX_FEEDBACK)
        status, _ = api_request(server, "POST", "/v1/feedback", {"text": "One more.", "verdict": "wrong"})
        assert status == 409
        browser.pair(server)
        browser.errors.clear()
        page = open_lexical_page(browser)
        type_draft(page, FALSE_ALARM)
        indicator(page, ONE_WARNING).click()
        panel = suggestion_panel(page)
        panel.role("button", name=NOT_PUSHY).click()
        expect_ui(panel.role("status")).to_have_text(
            "Could not save your feedback: your feedback list is full; "
            "remove some under “Your feedback” in Tactful's options."
        )
        expect_ui(indicator(page, ONE_WARNING)).to_be_visible()
        expect_ui(panel.css(".issue")).to_have_count(1)
        assert browser.errors == []
        page.close()


# Messages an extension page could send the worker, each refused before any request is made.
MALFORMED = [
    {"type": "feedback", "text": "Fine words.", "verdict": "maybe"},
    {"type": "feedback", "text": "Fine words.", "verdict": "wrong", "category": "rude"},
    {"type": "feedback", "text": "   ", "verdict": "wrong"},
    {"type": "feedback", "text": 42, "verdict": "wrong"},
    {"type": "feedback", "text": "x" * 20001, "verdict": "wrong"},
    {"type": "deleteFeedback", "id": "../drafts/1"},
    {"type": "deleteFeedback", "id": -1},
    {"type": "deleteFeedback"},
    {"type": "listFeedback", "after": "1&limit=100000"},
]


def test_the_worker_relays_only_well_formed_feedback_requests(paired_browser, tactful_server):
    sent = []

    def record(request):
        if "/v1/feedback" in request.url:
            sent.append(request.url)

    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    expect(options.locator("#feedback-summary")).to_contain_text("No feedback yet")
    paired_browser.context.on("request", record)
    try:
        for message in MALFORMED:
            reply = options.evaluate("(message) => chrome.runtime.sendMessage(message)", message)
            assert reply["ok"] is False and reply["error"]["kind"] == "invalid", (message, reply)
        assert sent == []

        # A well-formed one goes through, and a missing id comes back as the server's 404, in words.
        reply = options.evaluate(
            "() => chrome.runtime.sendMessage({type: 'feedback', text: 'Fine words.', verdict: 'correct'})"
        )
        assert reply == {"ok": True, "data": None}
        reply = options.evaluate("() => chrome.runtime.sendMessage({type: 'deleteFeedback', id: 999999})")
        assert reply["ok"] is False and reply["error"]["status"] == 404
        reason = options.evaluate("(error) => TactfulRequestErrors.reason(error)", reply["error"])
        assert reason == "it is no longer on the server"
        assert len(sent) == 2
    finally:
        paired_browser.context.remove_listener("request", record)
    assert [(item["text"], item["verdict"]) for item in feedback_items(tactful_server)] == [("Fine words.", "correct")]
