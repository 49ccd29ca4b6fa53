"""The page's own scripts (Facebook's, or an opted-in site's) can neither read Tactful's indicator
and panel nor drive them: the shadow root is closed, and Tactful's controls act on trusted
(user) input only. Everything "the page" does here runs in the page's main world (page.evaluate)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.e2e.browser import api_request, server_url
from tests.e2e.helpers import (
    FLAGGED,
    NOT_PUSHY,
    ONE_WARNING,
    expect_ui,
    indicator,
    open_lexical_page,
    suggestion_panel,
)

pytestmark = pytest.mark.e2e

# What a curious page can find from its own world: every element under the document and under
# every open shadow root, what they say, and anything on window or on the host that holds a
# shadow root.
PAGE_LOOKS = """() => {
  const host = document.querySelector("tactful-ui");
  const reachable = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll("*")) {
      reachable.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const label = (element) => element.getAttribute("aria-label") ?? element.textContent.trim();
  const holdsRoot = (value) => value instanceof ShadowRoot || value instanceof ElementInternals;
  let internals;
  try {
    host.attachInternals();
    internals = "attached";
  } catch (error) {
    internals = error.name;
  }
  return {
    host: host?.localName ?? null,
    shadowRootIsNull: host?.shadowRoot === null,
    hostChildren: host?.childNodes.length,
    hostHtml: host?.getHTML({ serializableShadowRoots: true }),
    hostProperties: host ? Object.getOwnPropertyNames(host) : null,
    internals,
    dialogs: [...document.querySelectorAll("[role=dialog]")].map(label),
    reachableDialogs: reachable.filter((element) => element.getAttribute("role") === "dialog").map(label),
    reachableButtons: reachable.filter((element) => element.matches("button, [role=button]")).map(label),
    tactfulLabels: reachable.filter((element) => /tactful/i.test(element.getAttribute("aria-label") ?? "")).length,
    openRoots: reachable.filter((element) => element.shadowRoot).length,
    text: document.documentElement.textContent,
    innerText: document.documentElement.innerText,
    windowRoots: Object.getOwnPropertyNames(window).filter((name) => {
      try {
        return holdsRoot(window[name]);
      } catch {
        return false;
      }
    }),
    tactfulGlobals: [
      "Tactful",
      "TactfulRewriteView",
      "TactfulSettings",
      "TactfulCategories",
      "TactfulRequestErrors",
    ].filter((name) => name in window),
  };
}"""

# What a hostile page can try: find where the host draws (elementFromPoint over the viewport),
# then click there on the host, click every element it can reach, press Enter, Space and Escape on
# them, and Alt+Shift+T (Tactful's shortcut) in the composer. Returns how many points hit the host.
PAGE_DRIVES = """() => {
  const host = document.querySelector("tactful-ui");
  const points = [];
  for (let x = 0; x < innerWidth; x += 6) {
    for (let y = 0; y < innerHeight; y += 6) {
      if (document.elementFromPoint(x, y) === host) points.push([x, y]);
    }
  }
  const mouse = (target, type, [clientX, clientY] = [0, 0]) =>
    target.dispatchEvent(
      new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX, clientY, view: window }),
    );
  const key = (target, init) =>
    target.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, composed: true, ...init }));
  for (const point of points) {
    for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"]) mouse(host, type, point);
  }
  host.click();
  const editor = document.getElementById("editor");
  for (const element of document.querySelectorAll("*")) {
    mouse(element, "click");
    // (Not in the editor: Lexical would take a synthetic Enter as a line break.)
    if (!editor.contains(element)) for (const name of ["Enter", " ", "Escape"]) key(element, { key: name });
  }
  key(editor, { key: "T", code: "KeyT", altKey: true, shiftKey: true });
  return points.length;
}"""


@pytest.fixture
def server_requests(paired_browser, tactful_server):
    """Paths of every request the extension's worker sends the server while the test runs."""
    prefix = server_url(tactful_server)
    paths: list[str] = []

    def record(request):
        if request.url.startswith(prefix):
            paths.append(f"{request.method} {urlparse(request.url).path}")

    paired_browser.context.on("request", record)
    yield paths
    paired_browser.context.remove_listener("request", record)


def drafts_total(tactful_server) -> int:
    status, listing = api_request(tactful_server, "GET", "/v1/drafts")
    assert status == 200
    return listing["total"]


def assert_page_sees_nothing(page, issue_message: str) -> None:
    looks = page.evaluate(PAGE_LOOKS)
    assert looks["host"] == "tactful-ui"  # the host is there, so the checks below are not vacuous
    assert looks["shadowRootIsNull"]
    assert looks["hostChildren"] == 0 and looks["hostHtml"] == "" and looks["hostProperties"] == []
    assert looks["internals"] == "NotSupportedError"
    assert looks["dialogs"] == looks["reachableDialogs"] == ["Create post"]  # the page's own, not Tactful's
    assert looks["reachableButtons"] == ["Post"]
    assert looks["tactfulLabels"] == 0 and looks["openRoots"] == 0
    for text in (issue_message, "Save draft", "Rewrite", "Tactful:", NOT_PUSHY, "Wrong category"):
        assert text not in looks["text"] and text not in looks["innerText"]
    assert looks["windowRoots"] == [] and looks["tactfulGlobals"] == []


def test_the_page_cannot_see_or_click_tactfuls_ui_but_the_user_can(paired_browser, tactful_server, server_requests):
    _, result = api_request(tactful_server, "POST", "/v1/check", {"text": FLAGGED, "surface": "post"})
    message = result["issues"][0]["message"]
    drafts_before = drafts_total(tactful_server)
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    button = indicator(page, ONE_WARNING)
    expect_ui(button).to_be_visible(timeout=1500)
    panel = suggestion_panel(page)

    # With the panel closed: nothing to read, and no synthetic event opens it.
    assert_page_sees_nothing(page, message)
    assert page.evaluate(PAGE_DRIVES) > 0  # the page did find where the indicator is
    page.wait_for_timeout(300)
    expect_ui(panel).to_be_hidden()
    expect_ui(button).to_have_attribute("aria-expanded", "false")

    # The user's real click opens it.
    button.click()
    expect_ui(panel).to_be_visible()
    expect_ui(panel.css(".issue .message")).to_have_text([message])
    expect_ui(button).to_have_attribute("aria-expanded", "true")

    # With the panel open (its buttons under the page's synthetic clicks): still nothing to read,
    # no save, no rewrite, no dismiss, no feedback, and the page's Escape does not close it.
    assert_page_sees_nothing(page, message)
    assert page.evaluate(PAGE_DRIVES) > 0
    page.wait_for_timeout(500)
    expect_ui(panel).to_be_visible()
    expect_ui(panel.css("p.status")).to_have_text("")
    expect_ui(panel.css(".issue")).to_have_count(1)
    assert not [
        request for request in server_requests if request.endswith(("/v1/drafts", "/v1/rewrite", "/v1/feedback"))
    ]
    assert drafts_total(tactful_server) == drafts_before

    # Even a page that had the elements themselves (here: the tests' own isolated world, which
    # does) gets nothing from untrusted events on them.
    for name in ("Save draft", "Rewrite", "Dismiss", NOT_PUSHY, "Wrong category", "Close"):
        panel.role("button", name=name).evaluate_in_test_world(
            """(button) => {
              button.click();
              button.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
            }"""
        )
    panel.evaluate_in_test_world(
        """(dialog) => dialog.dispatchEvent(
          new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }),
        )"""
    )
    button.evaluate_in_test_world("(indicator) => indicator.click()")
    page.wait_for_timeout(500)
    expect_ui(panel).to_be_visible()
    expect_ui(panel.css("p.status")).to_have_text("")
    expect_ui(panel.css(".issue")).to_have_count(1)
    expect_ui(panel.css("section.rewrite")).to_have_count(0)
    expect_ui(panel.css(".choices:not([hidden])")).to_have_count(0)
    assert not [
        request for request in server_requests if request.endswith(("/v1/drafts", "/v1/rewrite", "/v1/feedback"))
    ]
    assert drafts_total(tactful_server) == drafts_before

    # The user's real click saves, once: so the silence above was not a deaf listener.
    panel.role("button", name="Save draft").click()
    expect_ui(panel.role("status")).to_have_text("Draft saved.")
    assert [request for request in server_requests if request.endswith("/v1/drafts")] == ["POST /v1/drafts"]
    assert drafts_total(tactful_server) == drafts_before + 1
    page.keyboard.press("Escape")
    expect_ui(panel).to_be_hidden()
    assert page.evaluate("window.__foreignNodes") == []
    assert paired_browser.errors == []


# A page that defines <tactful-ui> itself before Tactful runs has its constructor run on the
# element Tactful creates, and ElementInternals can read even a closed root on such an element.
DEFINE_TACTFUL_UI = """
window.__stolen = [];
customElements.define("tactful-ui", class extends HTMLElement {
  constructor() {
    super();
    window.__stolen.push(this.attachInternals());
  }
});
"""


def test_a_page_that_defines_tactful_ui_first_gets_no_shadow_root(paired_browser):
    page = open_lexical_page(paired_browser, DEFINE_TACTFUL_UI)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    button = indicator(page, ONE_WARNING)
    expect_ui(button).to_be_visible(timeout=1500)
    button.click()
    expect_ui(suggestion_panel(page)).to_be_visible()

    seen = page.evaluate(
        """() => ({
          constructed: window.__stolen.length,
          stolenRoots: window.__stolen.filter((internals) => internals.shadowRoot !== null).length,
          connected: document.querySelectorAll("tactful-ui").length,
          hostRoot: document.documentElement.lastElementChild.shadowRoot,
          hostTag: document.documentElement.lastElementChild.localName,
        })"""
    )
    # The page's constructor did run on Tactful's element (content scripts share the page's
    # custom element registry), but Tactful noticed and drew into a plain <div> instead.
    assert seen["constructed"] >= 1
    assert seen["stolenRoots"] == 0 and seen["connected"] == 0
    assert seen["hostTag"] == "div" and seen["hostRoot"] is None
    assert paired_browser.errors == []


# Known gap, kept visible: Chromium's window.find() matches text rendered inside closed shadow
# roots, and Selection.modify() then extends the found range over the panel's text, which
# getSelection().toString() returns to the page. Only moving the panel into an extension-origin
# frame closes this; when that lands, this test passes and strict xfail flags it.
READ_THROUGH_FIND = """(needle) => {
  getSelection().removeAllRanges();
  if (!window.find(needle)) return null;
  const selection = getSelection();
  selection.modify("extend", "forward", "paragraphboundary");
  return selection.toString();
}"""


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="window.find() + Selection.modify() read text in closed shadow roots (Chromium)",
)
def test_the_page_cannot_read_the_open_panel_through_window_find(paired_browser, tactful_server):
    _, result = api_request(tactful_server, "POST", "/v1/check", {"text": FLAGGED, "surface": "post"})
    why = result["issues"][0]["why"]
    page = open_lexical_page(paired_browser)
    page.locator("#editor").click()
    page.keyboard.type(FLAGGED)
    indicator(page, ONE_WARNING).click()
    expect_ui(suggestion_panel(page)).to_be_visible()
    # The page knows how a "why" line starts only if it guesses; it knows the draft's own words.
    leaked = page.evaluate(READ_THROUGH_FIND, why[:12])
    assert leaked is None or leaked == why[:12], f"the page read {leaked!r}"
