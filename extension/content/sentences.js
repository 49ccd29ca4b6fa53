// The sentence(s) of a draft that hold a flagged span: what "Not pushy" sends as feedback, so the
// server silences those sentences (and near-copies of them) rather than the whole draft. The
// server silences an issue when every sentence it touches is one the user marked, splitting
// texts its own way (server/tactful/engine/sentences.py); the breaks here are the same, so each
// sentence sent is one the server finds in the draft: after . ! ? or … (with any closing quotes
// or brackets) followed by white space, and at line breaks; not after a title's stop ("Mr.").
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});

  const BOUNDARY = /(?<=[.!?…])(?<!\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]x|[Dd]r|[Pp]rof|[Rr]ev|[Ff]r|[Ss]t)\.)(["'”’)\]]*)\s+|\n+/gu;

  // [start, end) of each non-blank sentence of `text` (UTF-16 offsets, white space trimmed).
  function sentenceBounds(text) {
    const bounds = [];
    const add = (start, end) => {
      const piece = text.slice(start, end);
      const from = start + (piece.length - piece.trimStart().length);
      const to = end - (piece.length - piece.trimEnd().length);
      if (to > from) bounds.push([from, to]);
    };
    let start = 0;
    for (const boundary of text.matchAll(BOUNDARY)) {
      add(start, boundary.index + (boundary[1] ?? "").length);
      start = boundary.index + boundary[0].length;
    }
    add(start, text.length);
    return bounds;
  }

  // The sentences of `text` that overlap [start, end), from the first one's start to the last
  // one's end; the span itself when no sentence holds it or the offsets do not fit the text.
  function sentencesAround(text, start, end) {
    if (typeof text !== "string" || !Number.isInteger(start) || !Number.isInteger(end)) return "";
    const span = text.slice(Math.max(0, start), Math.max(0, end)).trim();
    if (start < 0 || end > text.length || end <= start) return span;
    const touching = sentenceBounds(text).filter(([from, to]) => from < end && to > start);
    if (!touching.length) return span;
    return text.slice(touching[0][0], touching.at(-1)[1]);
  }

  T.sentences = { sentenceBounds, sentencesAround };
})();
