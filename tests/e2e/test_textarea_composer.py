"""Tactful on a plain <textarea>: overlay boxes drawn from a mirror, and replacement with undo."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import api_request
from tests.e2e.helpers import FLAGGED, ONE_WARNING, expect_ui, indicator, suggestion_panel, tactful_ui, utf16_slice

pytestmark = pytest.mark.e2e

# Where the flagged span starts and ends on screen, from the textarea's own font metrics
# (the test page uses a monospace font on one line, so a canvas measures it exactly).
EXPECTED_SPAN_X = """([start, end]) => {
  const field = document.getElementById("comment");
  const style = getComputedStyle(field);
  const context = document.createElement("canvas").getContext("2d");
  context.font = `${style.fontSize} ${style.fontFamily}`;
  const left = field.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  return [
    left + context.measureText(field.value.slice(0, start)).width,
    left + context.measureText(field.value.slice(0, end)).width,
  ];
}"""


def test_textarea_gets_an_overlay_over_the_flagged_words_and_the_rewrite(paired_browser, tactful_server):
    page = paired_browser.open_facebook("textarea.html")
    field = page.get_by_label("Write a comment…")
    field.click()
    page.keyboard.type(FLAGGED)

    expect_ui(indicator(page, ONE_WARNING)).to_be_visible(timeout=1500)
    _, result = api_request(tactful_server, "POST", "/v1/check", {"text": FLAGGED, "surface": "comment"})
    issue = result["issues"][0]
    box = tactful_ui(page).css(".box")
    expect_ui(box).to_have_count(1)
    expect_ui(box).to_have_attribute("data-quote", utf16_slice(FLAGGED, issue["start"], issue["end"]))
    drawn = box.bounding_box()
    left, right = page.evaluate(EXPECTED_SPAN_X, [issue["start"], issue["end"]])
    assert abs(drawn["x"] - left) < 2 and abs(drawn["x"] + drawn["width"] - right) < 2
    field_box = field.bounding_box()
    assert field_box["y"] <= drawn["y"] and drawn["y"] + drawn["height"] <= field_box["y"] + field_box["height"]

    indicator(page, ONE_WARNING).click()
    panel = suggestion_panel(page)
    panel.role("button", name="Rewrite").click()
    first = panel.css("section.rewrite").filter(has=tactful_ui(page).role("button", name="Use this rewrite")).first
    chosen = first.css("p.text").inner_text()
    first.role("button", name="Use this rewrite").click()
    expect(field).to_have_value(chosen)
    page.keyboard.press("Control+z")
    expect(field).to_have_value(FLAGGED)
    assert paired_browser.errors == []
