"""Pairing through the options page, and the popup's connection status."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import server_url
from tests.e2e.helpers import FLAGGED, ONE_WARNING, expect_ui, indicator, open_lexical_page

pytestmark = pytest.mark.e2e


def test_pairing_with_the_printed_code_connects(browser, tactful_server):
    page = browser.open(browser.extension_url("options/options.html"))
    page.get_by_label("Server URL").fill(server_url(tactful_server))
    page.get_by_label("Pairing code").fill(tactful_server.token)
    page.get_by_label("Your name").fill("Sam")
    page.get_by_label("Business name").fill("Sam's Bakery")
    page.get_by_label("Page URL").fill("https://www.facebook.com/samsbakery")
    page.get_by_label("Strict").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Connected", timeout=10000)

    page.reload()
    expect(page.get_by_label("Business name")).to_have_value("Sam's Bakery")
    expect(page.get_by_label("Strict")).to_be_checked()
    assert browser.errors == []


def test_switching_a_site_off_removes_tactful_from_its_pages(browser, tactful_server):
    browser.pair(tactful_server)
    page = open_lexical_page(browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)

    # What the popup's switch stores for a built-in site.
    settings_page = browser.open(browser.extension_url("options/options.html"))
    settings_page.evaluate("TactfulSettings.save({disabledSites: ['www.facebook.com']})")
    expect(page.locator("tactful-ui")).to_have_count(0)
    page.locator("#editor").click()
    page.keyboard.type(" Thanks!")
    page.wait_for_timeout(600)
    expect(page.locator("tactful-ui")).to_have_count(0)

    settings_page.evaluate("TactfulSettings.save({disabledSites: []})")
    page.locator("#editor").click()
    page.keyboard.type("!")
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    assert browser.errors == []


def test_a_wrong_pairing_code_is_reported(browser, tactful_server):
    page = browser.open(browser.extension_url("options/options.html"))
    page.get_by_label("Server URL").fill(server_url(tactful_server))
    page.get_by_label("Pairing code").fill("not-the-code")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Pairing code wrong", timeout=10000)

    popup = browser.open(browser.extension_url("popup/popup.html"))
    expect(popup.get_by_role("status")).to_have_text("Pairing code wrong", timeout=10000)


def test_a_server_url_off_this_machine_is_refused(browser):
    page = browser.open(browser.extension_url("options/options.html"))
    page.get_by_label("Server URL").fill("https://example.com")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("local address")
