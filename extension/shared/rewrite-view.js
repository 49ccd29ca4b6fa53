// How a proposed rewrite is shown, in the page's suggestion panel and on the drafts page: a label
// from its kind, its text with the words that are not the draft's own in <mark class="changed">,
// and the draft's words it took out in <del>. Built from DOM nodes only (the texts are never
// parsed as HTML). Classic script: it defines one global, TactfulRewriteView, so the content
// scripts (manifest.json) and the drafts page (a <script> tag) share it.
"use strict";

var TactfulRewriteView = (() => {
  const KIND_LABELS = Object.freeze({
    edit: "Smallest edit",
    question: "Question first",
  });

  const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
  const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;

  // The server's spans (UTF-16 code units, which is how JavaScript indexes strings) as sorted,
  // non-overlapping [start, end) pairs inside the text. Anything malformed is dropped, and a span
  // edge inside a surrogate pair moves outward so no emoji is split across two nodes.
  function changedSpans(text, changes) {
    if (!Array.isArray(changes)) return [];
    const spans = [];
    for (const change of changes) {
      let start = change?.start;
      let end = change?.end;
      if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
      start = Math.max(0, start);
      end = Math.min(text.length, end);
      if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1;
      if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
      if (start < end) spans.push([start, end]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const span of spans) {
      const last = merged.at(-1);
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push(span);
    }
    return merged;
  }

  // Text nodes for the draft's own words, <mark class="changed"> for the rest.
  function markedText(text, changes) {
    const nodes = [];
    let at = 0;
    for (const [start, end] of changedSpans(text, changes)) {
      if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement("mark");
      mark.className = "changed";
      mark.textContent = text.slice(start, end);
      nodes.push(mark);
      at = end;
    }
    if (at < text.length || !nodes.length) nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  const kindLabel = (kind) => (typeof kind === "string" && Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind] : "");

  // The elements showing one rewrite, in order: the kind's label (when the kind is known), the
  // text (a <p class="text"> whose textContent is exactly rewrite.text), and the "Removed:" line
  // (when something was removed). The caller adds its own buttons.
  function rewriteParts(rewrite) {
    const text = typeof rewrite?.text === "string" ? rewrite.text : "";
    const parts = [];
    const label = kindLabel(rewrite?.kind);
    if (label) {
      const heading = document.createElement("h3");
      heading.className = "kind";
      heading.textContent = label;
      parts.push(heading);
    }
    const body = document.createElement("p");
    body.className = "text";
    body.append(...markedText(text, rewrite?.changes));
    parts.push(body);
    const removed = Array.isArray(rewrite?.removed) ? rewrite.removed.filter((piece) => typeof piece === "string" && piece) : [];
    if (removed.length) {
      const line = document.createElement("p");
      line.className = "removed";
      line.append("Removed: ");
      removed.forEach((piece, index) => {
        if (index) line.append(" ");
        const del = document.createElement("del");
        del.textContent = piece;
        line.append(del);
      });
      parts.push(line);
    }
    return parts;
  }

  return { KIND_LABELS, changedSpans, markedText, kindLabel, rewriteParts };
})();
