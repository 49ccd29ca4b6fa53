"""Issue 12, per-site and per-category switches: a kind of warning switched off on a site (in the
options page or the popup) shows no warning and no highlight there, other kinds still do, and
whatever garbage is in storage the settings come out in shape."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import (
    FLAGGED,
    NO_WARNINGS,
    ONE_WARNING,
    PUSHY,
    READ_HIGHLIGHTS,
    expect_ui,
    indicator,
    open_lexical_page,
    suggestion_panel,
    type_draft,
)

pytestmark = pytest.mark.e2e

SITE = "www.facebook.com"  # the test pages' host (tests/e2e/page_server.py)


@pytest.fixture(autouse=True)
def no_errors_in_pages(paired_browser, fresh_feedback):
    yield
    assert paired_browser.errors == []


def stored_hidden_categories(browser) -> dict:
    page = browser.open(browser.extension_url("options/options.html"))
    try:
        return page.evaluate("async () => (await TactfulSettings.load()).hiddenCategories")
    finally:
        page.close()


def test_a_category_switched_off_in_options_shows_no_warning_on_that_site(paired_browser):
    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    expect(options.locator("#no-switches")).to_be_visible()
    # A pasted address is taken for its site.
    options.get_by_label("Site", exact=True).fill("https://www.facebook.com/pages/lexical.html")
    options.get_by_label("Kind of warning").select_option(label="Like-for-like demand")
    options.get_by_role("button", name="Switch off").click()
    switches = options.get_by_role("list", name="Warnings switched off").get_by_role("listitem")
    expect(switches.locator("span")).to_have_text(["Like-for-like demand warnings are off on www.facebook.com"])
    assert stored_hidden_categories(paired_browser) == {SITE: ["reciprocity_demand"]}

    page = open_lexical_page(paired_browser)
    type_draft(page, FLAGGED)
    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []
    indicator(page, NO_WARNINGS).click()
    panel = suggestion_panel(page)
    expect_ui(panel.css(".hidden-note")).to_have_text("1 warning switched off on this site")
    expect_ui(panel.css(".issue")).to_have_count(0)
    page.keyboard.press("Escape")

    # Another kind of push on the same site still warns.
    type_draft(page, PUSHY)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") != []

    # Switched back on, the open page warns again without a reload.
    type_draft(page, FLAGGED)
    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)
    options.bring_to_front()
    options.get_by_role("button", name="Switch on like-for-like demand warnings for www.facebook.com").click()
    expect(options.locator("#no-switches")).to_be_visible()
    assert stored_hidden_categories(paired_browser) == {}
    page.bring_to_front()
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible()
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") != []


def test_options_refuses_something_that_is_not_a_site(paired_browser):
    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    options.get_by_label("Site", exact=True).fill("not a site at all")
    options.get_by_role("button", name="Switch off").click()
    expect(options.locator("#switch-message")).to_contain_text("Type a site's name")
    assert stored_hidden_categories(paired_browser) == {}


def test_the_popup_switches_a_category_for_the_site_in_the_current_tab(paired_browser):
    page = open_lexical_page(paired_browser)
    type_draft(page, PUSHY)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)

    # The popup asks the active tab's content script which site it is on: open the popup in a tab,
    # bring the page back to the front, and load the popup again so it asks the page's tab.
    popup = paired_browser.open(paired_browser.extension_url("popup/popup.html"))
    page.bring_to_front()
    popup.reload()
    switches = popup.get_by_role("group", name=f"Warnings on {SITE}")
    expect(switches.get_by_role("checkbox")).to_have_count(3)
    for name in ("Like-for-like demand", "Cold pitch", "Unearned ask"):
        expect(switches.get_by_role("checkbox", name=name)).to_be_checked()
    switches.get_by_role("checkbox", name="Cold pitch").uncheck()
    expect(switches.get_by_role("checkbox", name="Cold pitch")).not_to_be_checked()

    expect_ui(indicator(page, NO_WARNINGS)).to_be_visible()
    assert page.evaluate(READ_HIGHLIGHTS, "tactful-warning") == []
    assert stored_hidden_categories(paired_browser) == {SITE: ["cold_pitch"]}
    type_draft(page, FLAGGED)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)

    page.bring_to_front()
    popup.reload()
    expect(switches.get_by_role("checkbox", name="Cold pitch")).not_to_be_checked()
    switches.get_by_role("checkbox", name="Cold pitch").check()
    type_draft(page, PUSHY)
    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)


# What an older version, another extension's bug or a hand-edited profile might leave in storage.
GARBAGE = {
    "hiddenCategories": {
        "WWW.Facebook.com.": ["cold_pitch", "bogus", 7, "cold_pitch"],
        "www.messenger.com": "cold_pitch",
        "not a host/at all": ["cold_pitch"],
        "shop.example": [],
        "": ["unearned_ask"],
    },
    "disabledSites": ["", 42, None, "Other.Example"],
    "sensitivity": "furious",
    "serverUrl": "https://example.com",
    "name": {"not": "text"},
    "feedbackRevision": -3,
}


def test_garbage_in_storage_comes_out_in_shape_and_the_page_still_works(paired_browser, tactful_server):
    options = paired_browser.open(paired_browser.extension_url("options/options.html"))
    server_url = options.evaluate("async () => (await TactfulSettings.load()).serverUrl")
    options.evaluate("(garbage) => chrome.storage.local.set(garbage)", GARBAGE)
    try:
        settings = options.evaluate("() => TactfulSettings.load()")
        assert settings["hiddenCategories"] == {SITE: ["cold_pitch"]}
        assert settings["disabledSites"] == ["other.example"]
        assert settings["sensitivity"] == "balanced"
        assert settings["serverUrl"] == "http://127.0.0.1:8787"
        assert settings["name"] == "" and settings["feedbackRevision"] == 0
        # Shapes that are not even objects.
        for junk in (None, "text", 12, [["www.facebook.com", ["cold_pitch"]]]):
            assert options.evaluate("(junk) => TactfulSettings.normalizeHiddenCategories(junk)", junk) == {}

        # The content script reads the same garbage: cold pitches are off here, the rest still warn.
        options.evaluate("(url) => chrome.storage.local.set({serverUrl: url})", server_url)
        page = open_lexical_page(paired_browser)
        type_draft(page, PUSHY)
        expect_ui(indicator(page, NO_WARNINGS)).to_be_visible(timeout=1500)
        type_draft(page, FLAGGED)
        expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    finally:
        options.evaluate("() => chrome.storage.local.set({disabledSites: [], sensitivity: 'balanced', name: ''})")
