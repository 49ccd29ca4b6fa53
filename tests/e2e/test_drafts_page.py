"""Issue 5: saving drafts from the composer's panel and checking them all on the drafts page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import api_request
from tests.e2e.helpers import (
    CLEAN,
    FLAGGED,
    KIND_LABELS,
    PUSHY,
    expect_ui,
    indicator,
    open_lexical_page,
    suggestion_panel,
    utf16_slice,
)

pytestmark = pytest.mark.e2e


def save_draft_from_panel(page, text):
    editor = page.locator("#editor")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type(text)
    page.wait_for_function("(text) => window.__editorText() === text", arg=text)
    button = indicator(page)
    expect_ui(button).to_be_visible(timeout=1500)
    button.click()
    panel = suggestion_panel(page)
    panel.role("button", name="Save draft").click()
    expect_ui(panel.role("status")).to_have_text("Draft saved.")
    page.keyboard.press("Escape")


def test_saved_drafts_are_checked_on_the_drafts_page(paired_browser, tactful_server):
    status, _ = api_request(tactful_server, "GET", "/v1/drafts")
    if status == 404:
        pytest.skip("the server has no /v1/drafts yet")

    page = open_lexical_page(paired_browser)
    save_draft_from_panel(page, FLAGGED)
    save_draft_from_panel(page, CLEAN)

    drafts = paired_browser.open(paired_browser.extension_url("drafts/drafts.html"))
    rows = drafts.get_by_role("listitem")
    expect(rows).to_have_count(2)
    expect(rows.locator(".verdict")).to_have_text(["Not checked", "Not checked"])

    drafts.get_by_role("button", name="Check all").click()
    expect(drafts.get_by_role("status")).to_have_text("Checked 2 drafts: 1 flagged, 1 clean.", timeout=15000)
    flagged = rows.filter(has_text=FLAGGED)
    clean = rows.filter(has_text=CLEAN)
    expect(flagged.locator(".verdict")).to_have_text("Flagged: like-for-like demand")
    expect(clean.locator(".verdict")).to_have_text("Clean")
    assert paired_browser.errors == []


def test_drafts_import_from_csv_and_export_to_json(paired_browser, tactful_server, tmp_path):
    status, listing = api_request(tactful_server, "GET", "/v1/drafts")
    if status == 404:
        pytest.skip("the server has no /v1/drafts yet")
    before = listing["total"]
    upload = tmp_path / "campaign.csv"
    upload.write_text(
        'text,surface\r\n"Hi Jo, I run a bakery, ""fresh"" daily, would love to hear what you bake",message\r\n'
        '"Two lines,\nwith a comma",post\r\n',
        encoding="utf-8",
    )

    page = paired_browser.open(paired_browser.extension_url("drafts/drafts.html"))
    expect(page.locator("#summary")).to_contain_text(f"{before} drafts")
    page.get_by_label("Import JSON or CSV").set_input_files(upload)
    expect(page.get_by_role("status")).to_have_text("Imported 2 drafts.")
    expect(page.locator("#summary")).to_contain_text(f"{before + 2} drafts")
    texts = {draft["text"] for draft in api_request(tactful_server, "GET", "/v1/drafts")[1]["drafts"]}
    assert {
        'Hi Jo, I run a bakery, "fresh" daily, would love to hear what you bake',
        "Two lines,\nwith a comma",
    } <= texts

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export JSON").click()
    exported = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    assert {draft["text"] for draft in exported} == texts
    assert paired_browser.errors == []


def test_rewrite_dialog_marks_the_changes_and_asks_for_the_drafts_surface(paired_browser, tactful_server):
    status, _ = api_request(tactful_server, "GET", "/v1/drafts")
    if status == 404:
        pytest.skip("the server has no /v1/drafts yet")
    status, draft = api_request(tactful_server, "POST", "/v1/drafts", {"text": PUSHY, "surface": "message"})
    assert status == 201
    _, expected = api_request(tactful_server, "POST", "/v1/rewrite", {"text": PUSHY, "surface": "message"})
    assert expected["rewrites"]

    page = paired_browser.open(paired_browser.extension_url("drafts/drafts.html"))
    row = page.get_by_role("listitem").filter(has_text=PUSHY)
    with paired_browser.context.expect_event("request", lambda request: request.url.endswith("/v1/rewrite")) as sent:
        row.get_by_role("button", name="Rewrite").click()
    assert sent.value.post_data_json["surface"] == "message"

    dialog = page.get_by_role("dialog", name="Rewrites")
    sections = dialog.locator("section.rewrite")
    expect(sections).to_have_count(len(expected["rewrites"]), timeout=5000)
    expect(sections.locator("p.text")).to_have_text([rewrite["text"] for rewrite in expected["rewrites"]])
    expect(sections.locator(".kind")).to_have_text([KIND_LABELS[rewrite["kind"]] for rewrite in expected["rewrites"]])
    for index, rewrite in enumerate(expected["rewrites"]):
        marks = sections.nth(index).locator("p.text mark.changed").all_inner_texts()
        assert marks == [utf16_slice(rewrite["text"], span["start"], span["end"]) for span in rewrite["changes"]]
    expect(dialog.locator("mark.changed").first).to_be_visible()
    expect(dialog.locator("p.removed").filter(has=page.locator("del", has_text="GLOW10")).first).to_contain_text(
        "Removed:"
    )

    chosen_section = sections.filter(has=page.locator("mark.changed")).first
    chosen = chosen_section.locator("p.text").inner_text()
    chosen_section.get_by_role("button", name="Use this rewrite").click()
    expect(page.get_by_role("status")).to_have_text("Draft replaced with the rewrite.")
    drafts = api_request(tactful_server, "GET", "/v1/drafts")[1]["drafts"]
    saved = next(other for other in drafts if other["id"] == draft["id"])
    assert saved["text"] == chosen and saved["surface"] == "message"
    assert paired_browser.errors == []
