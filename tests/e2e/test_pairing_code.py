"""The pairing code is held by the extension's worker: the content-script world, which a compromised page
renderer shares, cannot read it, the options page never shows it again, and a code an older version left in
storage.local is moved out of there."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import FLAGGED, ONE_WARNING, expect_ui, indicator, open_lexical_page

pytestmark = pytest.mark.e2e


def in_tactfuls_content_world(page, expression: str):
    """Evaluates `expression` (awaited, returned by value) in the isolated world Tactful's content scripts run in."""
    cdp = page.context.new_cdp_session(page)
    contexts: list[dict] = []
    cdp.on("Runtime.executionContextCreated", lambda event: contexts.append(event["context"]))
    cdp.send("Runtime.enable")  # announces every context that already exists
    tactful = [context for context in contexts if context.get("origin", "").startswith("chrome-extension://")]
    assert len(tactful) == 1, f"expected Tactful's one content-script world, found {contexts}"
    reply = cdp.send(
        "Runtime.evaluate",
        {"expression": expression, "contextId": tactful[0]["id"], "awaitPromise": True, "returnByValue": True},
    )
    assert "exceptionDetails" not in reply, reply
    return reply["result"]["value"]


def test_content_scripts_cannot_read_the_pairing_code(paired_browser, tactful_server):
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible()  # the worker used the code

    everything = in_tactfuls_content_world(page, "chrome.storage.local.get(null).then(JSON.stringify)")
    assert tactful_server.token not in everything
    assert "token" not in json.loads(everything)
    # IndexedDB in a content script is the web page's: the worker's database is not among its names.
    names = in_tactfuls_content_world(page, "indexedDB.databases().then((all) => all.map((db) => db.name))")
    assert "tactful-pairing" not in names
    assert paired_browser.errors == []


def test_the_options_page_never_shows_the_saved_code(paired_browser, tactful_server):
    page = paired_browser.open(paired_browser.extension_url("options/options.html"))
    code = page.get_by_label("Pairing code")
    expect(code).to_have_value("")
    expect(code).to_have_attribute("placeholder", "Saved — paste a new code to replace it")
    expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)

    # Saving with the field left empty keeps the code.
    page.get_by_label("Your name").fill("Sam")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)
    expect(code).to_have_value("")
    assert paired_browser.errors == []


def test_forgetting_the_code_leaves_the_extension_unpaired(paired_browser, tactful_server):
    page = paired_browser.open(paired_browser.extension_url("options/options.html"))
    assert page.evaluate("TactfulMessaging.ask({type: 'pair', token: ''})") is None
    page.reload()
    expect(page.get_by_role("status")).to_have_text("Not paired yet — paste the pairing code in Options")
    expect(page.get_by_label("Pairing code")).to_have_attribute("placeholder", "The code `make run` printed")
    page.close()
    paired_browser.pair(tactful_server)
    assert paired_browser.errors == []


def test_a_code_an_older_version_kept_in_storage_local_is_moved_to_the_worker(paired_browser, tactful_server):
    page = paired_browser.open(paired_browser.extension_url("options/options.html"))
    page.evaluate("TactfulMessaging.ask({type: 'pair', token: ''})")
    # An older version stored the code with the other settings; the worker still finds it once, and moves it.
    page.evaluate("(code) => chrome.storage.local.set({token: code})", tactful_server.token)
    page.wait_for_function("chrome.storage.local.get('token').then((left) => !('token' in left))")
    assert page.evaluate("chrome.storage.local.get('token')") == {}
    page.reload()
    expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)

    page.reload()  # and it is still there, now in the worker's database
    expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)
    assert paired_browser.errors == []


def test_a_page_script_cannot_pair_the_extension(paired_browser, tactful_server):
    page = open_lexical_page(paired_browser)
    reply = in_tactfuls_content_world(page, "TactfulMessaging.send({type: 'pair', token: 'attacker-chosen'})")
    assert reply == {"ok": False, "error": {"kind": "forbidden", "message": "not allowed from web pages"}}
    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    expect(options.get_by_role("status")).to_have_text("Connected", timeout=10000)
    assert paired_browser.errors == []
