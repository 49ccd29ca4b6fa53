"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { sentenceBounds, sentencesAround } = loadExtension("content/sentences.js").Tactful.sentences;

const pieces = (text) => sentenceBounds(text).map(([start, end]) => text.slice(start, end));

test("sentences end after . ! ? or … with closing quotes or brackets, before white space", () => {
  const text = 'I liked your page! Now like mine… "Deal?" (Your turn.) Thanks';
  assert.deepEqual(pieces(text), ["I liked your page!", "Now like mine…", '"Deal?"', "(Your turn.)", "Thanks"]);
});

test("a title's stop is no boundary, as on the server", () => {
  assert.deepEqual(pieces("Hello Mr. John, thank you for coming. See you, dr. Patel! Best St. Mary's"), [
    "Hello Mr. John, thank you for coming.",
    "See you, dr. Patel!",
    "Best St. Mary's",
  ]);
});

test("line breaks end a sentence; blank lines and edge white space make none", () => {
  assert.deepEqual(pieces("  Hi there\n\n\nlike my page  \n"), ["Hi there", "like my page"]);
  assert.deepEqual(sentenceBounds("   \n "), []);
});

test("a full stop inside a word or number is no boundary", () => {
  assert.deepEqual(pieces("Visit shop.example for 2.5x deals. Bye"), ["Visit shop.example for 2.5x deals.", "Bye"]);
});

test("bounds are UTF-16 offsets: an emoji counts two", () => {
  assert.deepEqual(sentenceBounds("😀 Hi. Like mine!"), [
    [0, 6],
    [7, 17],
  ]);
});

test("sentencesAround gives every sentence a span touches, whole", () => {
  const text = "Hello Sam. I liked your page. Now like mine. See you";
  const start = text.indexOf("like mine");
  assert.equal(sentencesAround(text, start, start + 9), "Now like mine.");
  assert.equal(sentencesAround(text, text.indexOf("page"), start + 3), "I liked your page. Now like mine.");
});

test("offsets that do not fit the text give the span itself, trimmed, or nothing", () => {
  const text = "Like mine. Please";
  assert.equal(sentencesAround(text, 5, 40), "mine. Please");
  assert.equal(sentencesAround(text, 9, 4), "");
  assert.equal(sentencesAround(text, -3, 4), "Like");
  assert.equal(sentencesAround(text, 1.5, 4), "");
  assert.equal(sentencesAround(null, 0, 4), "");
});
