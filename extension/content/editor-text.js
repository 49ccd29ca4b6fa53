// Reads the text of a composer as Tactful checks it, and maps the server's UTF-16 offsets back to
// DOM Ranges over the editor's own text nodes. Only reads the DOM; never changes it.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});

  const BLOCKS = new Set(["P", "DIV", "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6"]);

  function isTextField(element) {
    return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
  }

  // A snapshot: `text` plus, for rich editors, `pieces` = [{node, start}] for each text node, where
  // `start` is the node's offset into `text`. Newlines between blocks are not backed by a node.
  function readComposer(element) {
    if (isTextField(element)) return { text: element.value, pieces: null };
    const pieces = [];
    let text = "";
    const visit = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data) {
            pieces.push({ node: child, start: text.length });
            text += child.data;
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.tagName === "BR") {
            // Lexical renders an empty line as <p><br></p> and a soft break as a <br> between texts.
            if (child.nextSibling || !child.previousSibling) text += "\n";
            continue;
          }
          const block = BLOCKS.has(child.tagName);
          if (block && text && !text.endsWith("\n")) text += "\n";
          visit(child);
        }
      }
    };
    visit(element);
    return { text: text.replace(/\n+$/, ""), pieces };
  }

  // The DOM position of `offset` in a snapshot: the text node holding it and the offset within.
  function positionAt(pieces, offset, preferNext) {
    let low = 0;
    let high = pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (pieces[mid].start <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) return pieces.length ? { node: pieces[0].node, offset: 0 } : null;
    const piece = pieces[found];
    const within = offset - piece.start;
    if (within >= piece.node.data.length && preferNext && pieces[found + 1]) {
      return { node: pieces[found + 1].node, offset: 0 };
    }
    return { node: piece.node, offset: Math.min(within, piece.node.data.length) };
  }

  // A Range over [start, end) of a rich editor's snapshot, or null.
  function rangeFor(snapshot, start, end) {
    if (!snapshot.pieces?.length || end <= start) return null;
    const from = positionAt(snapshot.pieces, start, true);
    const to = positionAt(snapshot.pieces, end, false);
    if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  }

  // Where each issue's quote sits in `text` now. The server's offsets are trusted when the quote
  // is still there; after further typing the quote is looked for again nearby. Issues whose words
  // are gone are dropped.
  function locateIssues(issues, text) {
    const located = [];
    for (const issue of issues) {
      const { start, end, quote } = issue;
      if (text.slice(start, end) === quote) {
        located.push(issue);
        continue;
      }
      if (!quote) continue;
      const near = Math.max(0, start - 200);
      const at = text.indexOf(quote, near);
      if (at >= 0) located.push({ ...issue, start: at, end: at + quote.length });
    }
    return located;
  }

  // Collapses whitespace so a rewrite read back from paragraphs compares equal to the one inserted.
  const normalizeText = (text) => text.replace(/\s+/g, " ").trim();

  T.editorText = { isTextField, readComposer, positionAt, rangeFor, locateIssues, normalizeText };
})();
