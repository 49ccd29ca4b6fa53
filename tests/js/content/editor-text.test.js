// The editor text model without a DOM: positionAt maps an offset of a composer snapshot to a text node and an
// offset within it (reading only each node's `data`), and locateIssues places the server's UTF-16 spans in the
// text as it is now. readComposer and rangeFor walk real DOM nodes: tests/e2e covers them on the Lexical page.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { positionAt, locateIssues, normalizeText } = loadExtension("content/editor-text.js").Tactful.editorText;

// The pieces readComposer makes of <p>😀 Hi</p><p>like <b>mine</b></p>: text "😀 Hi\nlike mine", where the
// newline between the blocks has no node. Each piece's `start` is a UTF-16 offset into that text.
const first = { data: "😀 Hi" };
const second = { data: "like " };
const third = { data: "mine" };
const PIECES = [
  { node: first, start: 0 },
  { node: second, start: 6 },
  { node: third, start: 11 },
];
const TEXT = "😀 Hi\nlike mine";

test("the pieces' starts are where their text sits in the snapshot", () => {
  for (const { node, start } of PIECES) assert.equal(TEXT.slice(start, start + node.data.length), node.data);
});

test("an offset maps to its node and the UTF-16 offset within it", () => {
  assert.deepEqual(positionAt(PIECES, 3, false), { node: first, offset: 3 });
  assert.deepEqual(positionAt(PIECES, 8, false), { node: second, offset: 2 });
  assert.deepEqual(positionAt(PIECES, 15, false), { node: third, offset: 4 });
});

test("a span's start at a node's end moves to the next node; its end stays", () => {
  assert.deepEqual(positionAt(PIECES, 11, true), { node: third, offset: 0 });
  assert.deepEqual(positionAt(PIECES, 11, false), { node: third, offset: 0 });
  assert.deepEqual(positionAt(PIECES, 5, false), { node: first, offset: 5 });
});

test("the newline between blocks has no node: a span ending there ends its block, one starting there the next", () => {
  assert.deepEqual(positionAt(PIECES, 5, false), { node: first, offset: 5 });
  assert.deepEqual(positionAt(PIECES, 5, true), { node: second, offset: 0 });
});

test("an offset past the text is clamped to the last node's end", () => {
  assert.deepEqual(positionAt(PIECES, 40, false), { node: third, offset: 4 });
  assert.deepEqual(positionAt(PIECES, 40, true), { node: third, offset: 4 });
});

test("no pieces, no position; before the first piece is its start", () => {
  assert.equal(positionAt([], 3, false), null);
  assert.deepEqual(positionAt([{ node: second, start: 2 }], 0, true), { node: second, offset: 0 });
});

test("issues whose quote is still at the server's offsets are kept as they are", () => {
  const issue = { category: "reciprocity_demand", start: 6, end: 15, quote: "like mine" };
  assert.deepEqual(locateIssues([issue], TEXT), [issue]);
});

test("offsets counted in code points (one short per emoji before them) are found again in UTF-16", () => {
  const issue = { start: 5, end: 14, quote: "like mine" };
  assert.equal([...TEXT].slice(5, 14).join(""), "like mine");
  assert.deepEqual(locateIssues([issue], TEXT), [{ start: 6, end: 15, quote: "like mine" }]);
});

test("after typing ahead of the quote, it is found again where it moved", () => {
  const typed = `Hey! ${TEXT}`;
  assert.deepEqual(locateIssues([{ start: 6, end: 15, quote: "like mine" }], typed), [
    { start: 11, end: 20, quote: "like mine" },
  ]);
});

test("issues whose words are gone, or that have no quote, are dropped", () => {
  assert.deepEqual(locateIssues([{ start: 6, end: 15, quote: "like mine" }], "😀 Hi\nfollow me"), []);
  assert.deepEqual(locateIssues([{ start: 6, end: 9, quote: "" }], TEXT), []);
});

test("the quote is looked for from 200 code units before the old start, not further back", () => {
  const text = `like mine ${"x".repeat(300)}`;
  assert.deepEqual(locateIssues([{ start: 305, end: 314, quote: "like mine" }], text), []);
  assert.deepEqual(locateIssues([{ start: 150, end: 159, quote: "like mine" }], text), [
    { start: 0, end: 9, quote: "like mine" },
  ]);
});

test("normalizeText collapses white space so paragraphs read back compare equal", () => {
  assert.equal(normalizeText("  Hi Sam,\n\nI run\ta bakery.  "), "Hi Sam, I run a bakery.");
});
