"""What the end-to-end tests do in pages: type into composers, read Lexical's state and Tactful's
highlights, watch the editor for foreign nodes."""

from __future__ import annotations

import re

FLAGGED = "Hi Maria! I liked your page, now like mine 😊"
CLEAN = "Hi Maria! Thanks for liking my page, it made my day. How long have you been baking?"
# A cold pitch with a discount code and a call to action: its rewrites mark added words and list removed ones.
PUSHY = "Love your page! 😊 Want to buy my soy candles? Use code GLOW10 for 10% off, DM me!"

ONE_WARNING = re.compile(r"Tactful: 1 warning\b")
SOME_WARNINGS = re.compile(r"Tactful: \d+ warnings?\b")
NO_WARNINGS = re.compile(r"Tactful: no warnings")

# The panel's label for each rewrite kind the server reports.
KIND_LABELS = {"edit": "Smallest edit", "introduction": "Warm introduction", "question": "Question first"}

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
        if (owner && owner !== editor && !fromLexical(owner)) window.__foreignNodes.push(owner.outerHTML ?? String(owner));
      }
    }
  }).observe(editor, { childList: true, subtree: true });
}"""


def utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] with offsets in UTF-16 code units, as the server reports them."""
    encoded = text.encode("utf-16-le")
    return encoded[start * 2 : end * 2].decode("utf-16-le")


def open_lexical_page(browser):
    page = browser.open_facebook("lexical.html")
    page.wait_for_function("window.__editorReady === true")
    page.evaluate(WATCH_EDITOR)
    return page


def editor_state_text(page) -> str:
    return page.evaluate("window.__editorText()")


def indicator(page, name=re.compile(r"^Tactful")):
    return page.get_by_role("button", name=name)
