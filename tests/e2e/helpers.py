"""What the end-to-end tests do in pages: type into composers, read Lexical's state and Tactful's
highlights, watch the editor for foreign nodes, and find and click Tactful's own UI behind its
closed shadow root (TactfulUi, UiLocator, expect_ui)."""

from __future__ import annotations

import itertools
import re
import time
import weakref

FLAGGED = "Love the cakes! I liked your page, now like mine 😊"
CLEAN = "Hi Maria! Thanks for liking my page, it made my day. How long have you been baking?"
# A cold pitch with a discount code and a call to action: its rewrites mark added words and list removed ones.
PUSHY = "Love your page! 😊 I make soy candles, use code GLOW10 for 10% off, DM me!"

# A friend passing on a discount: Tactful takes it for a cold pitch (one warning, in the second
# sentence), and the user marks it "not pushy", which sends that sentence only.
FALSE_ALARM = "Hi Sam! Mum's shop has a sale on, use code SPRING for 10% off if you still want that teapot."
FALSE_ALARM_SENTENCE = "Mum's shop has a sale on, use code SPRING for 10% off if you still want that teapot."
NOT_PUSHY = "Not pushy — don't warn me about this"  # the panel's button

ONE_WARNING = re.compile(r"Tactful: 1 warning\b")
SOME_WARNINGS = re.compile(r"Tactful: \d+ warnings?\b")
NO_WARNINGS = re.compile(r"Tactful: no warnings")

# The panel's label for each rewrite kind the server reports.
KIND_LABELS = {"edit": "Smallest edit", "question": "Question first"}

# The Custom Highlight API registry belongs to the document, so the page's own world sees the
# ranges the extension's isolated world registered.
READ_HIGHLIGHTS = """(name) => {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((range) => range.toString()) : [];
}"""

# Records every node added inside the editor that Lexical did not create. Lexical tags the
# elements it renders with an expando property named __lexicalKey_<editor key> (in the page's
# world, where the extension cannot write), so anything else is foreign.
WATCH_EDITOR = """() => {
  const editor = document.getElementById("editor");
  const fromLexical = (node) => Object.keys(node).some((key) => key.startsWith("__lexicalKey_"));
  window.__foreignNodes = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const owner = node.nodeType === Node.ELEMENT_NODE && node.tagName !== "BR" ? node : node.parentElement;
        if (owner && owner !== editor && !fromLexical(owner)) {
          window.__foreignNodes.push(owner.outerHTML ?? String(owner));
        }
      }
    }
  }).observe(editor, { childList: true, subtree: true });
}"""


def utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] with offsets in UTF-16 code units, as the server reports them."""
    encoded = text.encode("utf-16-le")
    return encoded[start * 2 : end * 2].decode("utf-16-le")


def open_lexical_page(browser, init_script: str | None = None):
    page = browser.open_facebook("lexical.html", init_script)
    page.wait_for_function("window.__editorReady === true")
    page.evaluate(WATCH_EDITOR)
    return page


def type_draft(page, text: str) -> None:
    """Replaces the Lexical editor's text with `text`, typed as a user would."""
    page.locator("#editor").click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type(text)
    page.wait_for_function("(text) => window.__editorText() === text", arg=text)


def editor_state_text(page) -> str:
    return page.evaluate("window.__editorText()")


def indicator(page, name=re.compile(r"^Tactful")):
    return tactful_ui(page).role("button", name=name)


def suggestion_panel(page):
    return tactful_ui(page).role("dialog", name="Tactful")


# --- Tactful's UI, behind its closed shadow root ----------------------------------------------
#
# The indicator, panel and overlay live in a closed shadow root, so Playwright's locators (which
# walk open roots only) cannot see them, and neither can the page's scripts. The tests reach
# them the way DevTools does, without the page or the extension giving anything away: CDP's
# DOM.describeNode (pierce) finds the root, DOM.resolveNode hands it to an isolated world of the
# tests' own (Page.createIsolatedWorld), the queries run there, roles and accessible names come
# from the browser's accessibility tree (Accessibility.queryAXTree), and clicks are real mouse
# input at the element's centre through page.mouse (CDP Input events: trusted, as Playwright's
# own click() is). The page's world and the extension's are never touched.

TEST_WORLD = "tactful-e2e"
EXPECT_TIMEOUT = 5000  # ms, Playwright's default for expect()
ACTION_TIMEOUT = 10000  # ms

# Runs a locator's steps from the root (`this`); role steps pick from candidates the accessibility
# tree found, passed after `steps`. Elements come back in document order, without duplicates.
_RESOLVE = """function (steps, ...candidates) {
  const normalize = (text) => text.replace(/\\u200b/g, "").trim().replace(/\\s+/g, " ");
  const inOrder = (elements) =>
    [...new Set(elements)].sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  const run = (scopes, list) => {
    for (const step of list) {
      if (step.kind === "css") {
        scopes = inOrder(scopes.flatMap((scope) => [...scope.querySelectorAll(step.selector)]));
      } else if (step.kind === "role") {
        const pool = candidates.slice(step.start, step.start + step.count);
        scopes = inOrder(
          pool.filter((element) => scopes.some((scope) => scope !== element && scope.contains(element))),
        );
      } else if (step.kind === "nth") {
        scopes = step.index < 0 ? scopes.slice(step.index).slice(0, 1) : scopes.slice(step.index, step.index + 1);
      } else if (step.kind === "hasText") {
        const wanted = normalize(step.text).toLowerCase();
        scopes = scopes.filter((element) => normalize(element.textContent).toLowerCase().includes(wanted));
      } else if (step.kind === "has") {
        scopes = scopes.filter((element) => run([element], step.steps).length > 0);
      }
    }
    return scopes;
  };
  return run([this], steps);
}"""

# Calls `probe(elements, arg, root, host)` on a resolved list (`this`) and returns its value.
_PROBE = """function (arg, root, host) {
  const normalize = (text) => text.replace(/\\u200b/g, "").trim().replace(/\\s+/g, " ");
  const visible = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true })) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const probe = (%s);
  return probe([...this], arg, root, host);
}"""

_PROBES = {
    "count": "(elements) => elements.length",
    "visible": "(elements) => elements.map(visible)",
    "texts": "(elements) => elements.map((element) => normalize(element.textContent))",
    "inner_texts": "(elements) => elements.map((element) => element.innerText)",
    "attribute": "(elements, name) => elements.map((element) => element.getAttribute(name))",
    "css": "(elements, name) => elements.map((element) => getComputedStyle(element).getPropertyValue(name))",
    "focused": """(elements, arg, root, host) =>
        elements.length === 1 && root.activeElement === elements[0] && document.activeElement === host""",
    "box": """(elements) => {
      if (elements.length !== 1) return null;
      const rect = elements[0].getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }""",
    # Where a real click would land, Playwright's way: one visible, enabled element, scrolled into
    # view, not moving, and the element the point hits inside the root is it (or inside it).
    "click_point": """async (elements, arg, root) => {
      if (elements.length !== 1) return { wait: `${elements.length} elements match` };
      const [element] = elements;
      if (!visible(element)) return { wait: "not visible" };
      if (element.disabled) return { wait: "disabled" };
      element.scrollIntoView({ block: "nearest", inline: "nearest" });
      const before = element.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rect = element.getBoundingClientRect();
      if (rect.x !== before.x || rect.y !== before.y || rect.width !== before.width || rect.height !== before.height) {
        return { wait: "not stable" };
      }
      const x = rect.x + rect.width / 2;
      const y = rect.y + rect.height / 2;
      const hit = root.elementFromPoint(x, y);
      if (hit !== element && !element.contains(hit)) return { wait: `covered by ${hit?.outerHTML?.slice(0, 80)}` };
      return { x, y };
    }""",
}


class TactfulUi:
    """Tactful's UI in one page, reached through CDP (see above). Make one with tactful_ui(page)."""

    def __init__(self, page):
        self.page = page
        self.cdp = page.context.new_cdp_session(page)
        self._context_id = None
        self._groups = itertools.count()

    def css(self, selector: str, has_text: str | None = None) -> UiLocator:
        return UiLocator(self, ()).css(selector, has_text=has_text)

    def role(self, role: str, name: str | re.Pattern | None = None) -> UiLocator:
        return UiLocator(self, ()).role(role, name=name)

    # -- CDP plumbing

    def _world(self) -> int:
        if self._context_id is None:
            frame_id = self.cdp.send("Page.getFrameTree")["frameTree"]["frame"]["id"]
            world = self.cdp.send("Page.createIsolatedWorld", {"frameId": frame_id, "worldName": TEST_WORLD})
            self._context_id = world["executionContextId"]
        return self._context_id

    def _call(self, object_id: str, function: str, args: list, group: str, by_value: bool = True):
        reply = self.cdp.send(
            "Runtime.callFunctionOn",
            {
                "objectId": object_id,
                "functionDeclaration": function,
                "arguments": args,
                "objectGroup": group,
                "returnByValue": by_value,
                "awaitPromise": True,
            },
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(f"in the tests' world: {reply['exceptionDetails']}")
        return reply["result"].get("value") if by_value else reply["result"]["objectId"]

    def _host_and_root(self, group: str) -> tuple[str, str] | None:
        """Object ids (in the tests' world) of the element on <html> that holds a shadow root
        (Tactful's host), and of that root; None while Tactful has drawn nothing on this page."""
        try:
            html = self._evaluate_handle("document.documentElement", group)
        except Exception as error:  # the page navigated, and its worlds went with it: make a new one
            if "context" not in str(error).lower():
                raise
            self._context_id = None
            html = self._evaluate_handle("document.documentElement", group)
        tree = self.cdp.send("DOM.describeNode", {"objectId": html, "depth": 1, "pierce": True})["node"]
        hosts = [child for child in tree.get("children", []) if child.get("shadowRoots")]
        if not hosts:
            return None
        assert len(hosts) == 1, f"{len(hosts)} shadow hosts on <html>"
        host, root = hosts[0], hosts[0]["shadowRoots"][0]
        resolve = lambda node: self.cdp.send(  # noqa: E731
            "DOM.resolveNode",
            {"backendNodeId": node["backendNodeId"], "executionContextId": self._world(), "objectGroup": group},
        )["object"]["objectId"]
        return resolve(host), resolve(root)

    def _role_candidates(self, role: str, name, group: str) -> list[str]:
        """Elements of `role` in the page that the accessibility tree does not ignore (so not
        hidden), whose accessible name is `name` (exactly, after collapsing spaces) or matches it.
        (The query starts at the document: the host itself is not in the tree.) _RESOLVE keeps
        those inside the scope."""
        document = self._evaluate_handle("document", group)
        nodes = self.cdp.send("Accessibility.queryAXTree", {"objectId": document, "role": role})["nodes"]
        found = []
        for node in nodes:
            if node.get("ignored") or "backendDOMNodeId" not in node:
                continue
            accessible_name = " ".join(str((node.get("name") or {}).get("value", "")).split())
            if name is None or (
                name.search(accessible_name)
                if isinstance(name, re.Pattern)
                else accessible_name == " ".join(name.split())
            ):
                found.append(
                    self.cdp.send(
                        "DOM.resolveNode",
                        {
                            "backendNodeId": node["backendDOMNodeId"],
                            "executionContextId": self._world(),
                            "objectGroup": group,
                        },
                    )["object"]["objectId"]
                )
        return found

    def _elements(self, steps: tuple, group: str) -> tuple[str, str, str] | None:
        """(host, root, array of the matching elements) as object ids, or None with no UI yet."""
        found = self._host_and_root(group)
        if found is None:
            return None
        host, root = found
        candidates: list[str] = []

        def encode(step_list):
            encoded = []
            for step in step_list:
                if step[0] == "role":
                    pool = self._role_candidates(step[1], step[2], group)
                    encoded.append({"kind": "role", "start": len(candidates), "count": len(pool)})
                    candidates.extend(pool)
                elif step[0] == "has":
                    encoded.append({"kind": "has", "steps": encode(step[1])})
                elif step[0] == "css":
                    encoded.append({"kind": "css", "selector": step[1]})
                elif step[0] == "nth":
                    encoded.append({"kind": "nth", "index": step[1]})
                elif step[0] == "hasText":
                    encoded.append({"kind": "hasText", "text": step[1]})
            return encoded

        args = [{"value": encode(steps)}] + [{"objectId": candidate} for candidate in candidates]
        return host, root, self._call(root, _RESOLVE, args, group, by_value=False)

    def probe(self, steps: tuple, probe: str, arg=None):
        """Resolves `steps` now and runs a probe (a name in _PROBES, or JS source of the same
        shape) on the elements. With no UI on the page yet, the elements are an empty list."""
        group = f"{TEST_WORLD}-{next(self._groups)}"
        source = _PROBE % _PROBES.get(probe, probe)
        try:
            found = self._elements(steps, group)
            if found is None:
                return self._call(
                    self._evaluate_handle("[]", group),
                    source,
                    [{"value": arg}, {"value": None}, {"value": None}],
                    group,
                )
            host, root, elements = found
            return self._call(elements, source, [{"value": arg}, {"objectId": root}, {"objectId": host}], group)
        finally:
            self.cdp.send("Runtime.releaseObjectGroup", {"objectGroup": group})

    def _evaluate_handle(self, expression: str, group: str) -> str:
        reply = self.cdp.send(
            "Runtime.evaluate", {"expression": expression, "contextId": self._world(), "objectGroup": group}
        )
        return reply["result"]["objectId"]

    def accessible_name(self, steps: tuple) -> str | None:
        """The accessibility tree's name for the one element `steps` match (None otherwise)."""
        group = f"{TEST_WORLD}-{next(self._groups)}"
        try:
            found = self._elements(steps, group)
            if found is None:
                return None
            elements = self.cdp.send("Runtime.getProperties", {"objectId": found[2], "ownProperties": True})["result"]
            items = [item["value"]["objectId"] for item in elements if item["name"].isdigit()]
            if len(items) != 1:
                return None
            nodes = self.cdp.send("Accessibility.getPartialAXTree", {"objectId": items[0], "fetchRelatives": False})[
                "nodes"
            ]
            return nodes[0].get("name", {}).get("value") if nodes else None
        finally:
            self.cdp.send("Runtime.releaseObjectGroup", {"objectGroup": group})

    def wait_for(self, description: str, check, timeout: float):
        """Polls check() -> (done, seen) until done; fails with what was last seen."""
        deadline = time.monotonic() + timeout / 1000
        while True:
            done, seen = check()
            if done:
                return seen
            if time.monotonic() > deadline:
                raise AssertionError(f"{description}: after {timeout} ms, last seen {seen!r}")
            self.page.wait_for_timeout(50)


_UIS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def tactful_ui(page) -> TactfulUi:
    """The page's TactfulUi (one CDP session and test world per page)."""
    if page not in _UIS:
        _UIS[page] = TactfulUi(page)
    return _UIS[page]


class UiLocator:
    """A lazy query into Tactful's UI, like a Playwright Locator: css(), role(), nth(), filter()
    chain, and nothing is looked up until an action or an expect_ui() assertion runs."""

    def __init__(self, ui: TactfulUi, steps: tuple):
        self.ui = ui
        self.steps = steps

    def __repr__(self) -> str:
        return f"UiLocator({self.steps!r})"

    def _then(self, *steps) -> UiLocator:
        return UiLocator(self.ui, self.steps + steps)

    def css(self, selector: str, has_text: str | None = None) -> UiLocator:
        """Descendants matching a CSS selector (inside the shadow root)."""
        located = self._then(("css", selector))
        return located.filter(has_text=has_text) if has_text is not None else located

    def role(self, role: str, name: str | re.Pattern | None = None) -> UiLocator:
        """Descendants with this ARIA role and accessible name (a string matches exactly, a
        pattern by search), hidden ones left out: Playwright's get_by_role(), from the browser's
        own accessibility tree."""
        return self._then(("role", role, name))

    def nth(self, index: int) -> UiLocator:
        return self._then(("nth", index))

    @property
    def first(self) -> UiLocator:
        return self.nth(0)

    @property
    def last(self) -> UiLocator:
        return self.nth(-1)

    def filter(self, has: UiLocator | None = None, has_text: str | None = None) -> UiLocator:
        """Keeps the elements containing a match for `has` (its steps run from each element) and
        whose text contains `has_text` (case-insensitive, spaces collapsed), like Playwright's."""
        located = self
        if has is not None:
            located = located._then(("has", has.steps))
        if has_text is not None:
            located = located._then(("hasText", has_text))
        return located

    def count(self) -> int:
        return self.ui.probe(self.steps, "count")

    def all_inner_texts(self) -> list[str]:
        return self.ui.probe(self.steps, "inner_texts")

    def inner_text(self, timeout: float = ACTION_TIMEOUT) -> str:
        return self.ui.wait_for(
            f"{self} inner_text", lambda: self._single(self.ui.probe(self.steps, "inner_texts")), timeout
        )

    def bounding_box(self, timeout: float = ACTION_TIMEOUT) -> dict:
        return self.ui.wait_for(f"{self} bounding_box", lambda: self._found(self.ui.probe(self.steps, "box")), timeout)

    def click(self, timeout: float = ACTION_TIMEOUT) -> None:
        """A real left click (trusted mouse input) at the element's centre, once it can take one."""
        point = self.ui.wait_for(
            f"{self} click", lambda: self._ready(self.ui.probe(self.steps, "click_point")), timeout
        )
        self.ui.page.mouse.click(point["x"], point["y"])

    def evaluate_in_test_world(self, function: str, arg=None):
        """Runs `function(element, arg)` on the one matching element in the tests' isolated world:
        for doing what a page that had the element could do (dispatchEvent, click())."""
        self.ui.wait_for(f"{self} to match one element", lambda: ((seen := self.count()) == 1, seen), ACTION_TIMEOUT)
        return self.ui.probe(self.steps, f"(elements, arg) => ({function})(elements[0], arg)", arg)

    @staticmethod
    def _single(values):
        return (True, values[0]) if len(values) == 1 else (False, values)

    @staticmethod
    def _found(value):
        return value is not None, value

    @staticmethod
    def _ready(point):
        return "wait" not in point, point


def _text_matches(expected, actual: str) -> bool:
    if isinstance(expected, re.Pattern):
        return expected.search(actual) is not None
    return actual == " ".join(expected.split())


class UiExpect:
    """expect_ui(locator).to_...(): Playwright's web-first assertions for UiLocators, retried
    until they hold or the timeout (ms) runs out."""

    def __init__(self, locator: UiLocator):
        self.locator = locator
        self.ui = locator.ui

    def _wait(self, what: str, check, timeout):
        self.ui.wait_for(f"expected {self.locator} {what}", check, EXPECT_TIMEOUT if timeout is None else timeout)

    def _probe(self, name: str, arg=None):
        return self.ui.probe(self.locator.steps, name, arg)

    def to_be_visible(self, timeout=None):
        """Exactly one element, and it is visible (Playwright's strictness)."""
        self._wait("to be visible (one element)", lambda: ((seen := self._probe("visible")) == [True], seen), timeout)

    def to_be_hidden(self, timeout=None):
        """No element, or none of them visible."""
        self._wait("to be hidden", lambda: (not any(seen := self._probe("visible")), seen), timeout)

    def to_have_count(self, count: int, timeout=None):
        self._wait(f"to have count {count}", lambda: ((seen := self._probe("count")) == count, seen), timeout)

    def to_have_text(self, expected, timeout=None):
        """A string or pattern for one element, a list for all of them (same length, in order)."""

        def check():
            texts = self._probe("texts")
            if isinstance(expected, (list, tuple)):
                return len(texts) == len(expected) and all(map(_text_matches, expected, texts)), texts
            return len(texts) == 1 and _text_matches(expected, texts[0]), texts

        self._wait(f"to have text {expected!r}", check, timeout)

    def to_contain_text(self, expected: str, timeout=None):
        wanted = " ".join(expected.split())
        self._wait(
            f"to contain text {expected!r}",
            lambda: (len(texts := self._probe("texts")) == 1 and wanted in texts[0], texts),
            timeout,
        )

    def to_have_attribute(self, name: str, value: str, timeout=None):
        self._wait(
            f"to have {name}={value!r}", lambda: ((seen := self._probe("attribute", name)) == [value], seen), timeout
        )

    def to_have_css(self, name: str, value: str, timeout=None):
        self._wait(
            f"to have CSS {name}: {value}", lambda: ((seen := self._probe("css", name)) == [value], seen), timeout
        )

    def to_be_focused(self, timeout=None):
        self._wait("to be focused", lambda: (self._probe("focused"), None), timeout)

    def to_have_accessible_name(self, name: str, timeout=None):
        self._wait(
            f"to have accessible name {name!r}",
            lambda: ((seen := self.ui.accessible_name(self.locator.steps)) == name, seen),
            timeout,
        )


def expect_ui(locator: UiLocator) -> UiExpect:
    return UiExpect(locator)
