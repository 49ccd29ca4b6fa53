"""Issue 5: saving drafts from the composer's panel and checking them all on the drafts page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import api_request
from tests.e2e.helpers import CLEAN, FLAGGED, indicator, open_lexical_page

pytestmark = pytest.mark.e2e


def save_draft_from_panel(page, text):
    editor = page.locator("#editor")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type(text)
    page.wait_for_function("(text) => window.__editorText() === text", arg=text)
    button = indicator(page)
    expect(button).to_be_visible(timeout=1500)
    button.click()
    panel = page.get_by_role("dialog", name="Tactful")
    panel.get_by_role("button", name="Save draft").click()
    expect(panel.get_by_role("status")).to_have_text("Draft saved.")
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
    assert {'Hi Jo, I run a bakery, "fresh" daily, would love to hear what you bake', "Two lines,\nwith a comma"} <= texts

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export JSON").click()
    exported = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    assert {draft["text"] for draft in exported} == texts
    assert paired_browser.errors == []
