"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { changedSpans, kindLabel } = loadExtension("shared/rewrite-view.js").TactfulRewriteView;

// "Hi 😀 there": the emoji is two UTF-16 code units, at 3 and 4.
const TEXT = "Hi 😀 there";

test("spans are UTF-16 code units, as JavaScript indexes strings", () => {
  assert.deepEqual(changedSpans(TEXT, [{ start: 6, end: 11 }]), [[6, 11]]);
  assert.equal(TEXT.slice(6, 11), "there");
});

test("a span edge inside an emoji moves outward, so the emoji is never split", () => {
  assert.deepEqual(changedSpans(TEXT, [{ start: 4, end: 11 }]), [[3, 11]]);
  assert.deepEqual(changedSpans(TEXT, [{ start: 0, end: 4 }]), [[0, 5]]);
  assert.deepEqual(changedSpans(TEXT, [{ start: 4, end: 4 }]), [[3, 5]]);
});

test("a span given in code points (as a Python str counts) would cut the emoji, and is widened", () => {
  // In code points "there" starts at 5; in UTF-16 at 6. Offset 4 in code points is the space before "there".
  const codePoints = [...TEXT];
  assert.equal(codePoints.slice(5).join(""), "there");
  assert.deepEqual(changedSpans(TEXT, [{ start: 3, end: 4 }]), [[3, 5]]);
});

test("spans are sorted, overlapping and touching ones merged, and clamped to the text", () => {
  assert.deepEqual(
    changedSpans(TEXT, [
      { start: 9, end: 40 },
      { start: 0, end: 2 },
      { start: 1, end: 3 },
      { start: 7, end: 9 },
    ]),
    [
      [0, 3],
      [7, 11],
    ],
  );
  assert.deepEqual(changedSpans(TEXT, [{ start: -5, end: 1 }]), [[0, 1]]);
});

test("malformed spans are dropped", () => {
  const bad = [null, {}, { start: "1", end: 3 }, { start: 1.5, end: 3 }, { start: 5, end: 2 }, { start: 20, end: 30 }];
  assert.deepEqual(changedSpans(TEXT, bad), []);
  assert.deepEqual(changedSpans(TEXT, "0-3"), []);
  assert.deepEqual(changedSpans(TEXT, undefined), []);
});

test("each kind of rewrite has its label; an unknown kind none", () => {
  assert.equal(kindLabel("edit"), "Smallest edit");
  assert.equal(kindLabel("question"), "Question first");
  for (const other of ["value", "introduction", "toString", "", null]) assert.equal(kindLabel(other), "", String(other));
});
