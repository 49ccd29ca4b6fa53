"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { TactfulCsv } = loadExtension("drafts/csv.js");

test("a cell a spreadsheet would run as a formula starts with an apostrophe", () => {
  const records = [
    { text: "=HYPERLINK(\"http://x.invalid\")" },
    { text: "+1 for your shop" },
    { text: "-20% today" },
    { text: "@everyone look" },
    { text: "\tindented" },
    { text: "plain words" },
  ];
  assert.equal(
    TactfulCsv.format(["text"], records),
    'text\r\n"\'=HYPERLINK(""http://x.invalid"")"\r\n\'+1 for your shop\r\n\'-20% today\r\n' +
      "'@everyone look\r\n'\tindented\r\nplain words\r\n",
  );
});

test("a carriage return first is neutralised and, being a line break, quoted", () => {
  assert.equal(TactfulCsv.format(["text"], [{ text: "\rcmd" }]), "text\r\n\"'\rcmd\"\r\n");
});

test("a formula character later in the cell is left alone", () => {
  assert.equal(TactfulCsv.format(["text"], [{ text: "price = 5" }]), "text\r\nprice = 5\r\n");
});

test("numbers are written as they are: only text can be a formula", () => {
  assert.equal(TactfulCsv.format(["id", "score"], [{ id: 7, score: -0.25 }]), "id,score\r\n7,-0.25\r\n");
});

test("commas, quotes and newlines are quoted, and quotes doubled", () => {
  const line = TactfulCsv.format(["text"], [{ text: 'She said "hi", then\nleft' }]).split("\r\n")[1];
  assert.equal(line, '"She said ""hi"", then\nleft"');
});

test("missing and null cells are empty", () => {
  assert.equal(TactfulCsv.format(["id", "text"], [{ id: "a" }, { id: "b", text: null }]), "id,text\r\na,\r\nb,\r\n");
});

test("what format writes, parse reads back (less the formula guard)", () => {
  const records = [{ id: "1", text: 'Two lines,\r\nand "quotes"' }, { id: "2", text: "" }];
  assert.deepEqual(TactfulCsv.parseRecords(TactfulCsv.format(["id", "text"], records)), records);
});

test("parse reads quoted fields, doubled quotes, CRLF, LF and a byte-order mark", () => {
  const source = '\uFEFFa,b\r\n"x, y","say ""no"""\n"multi\nline",last';
  assert.deepEqual(TactfulCsv.parse(source), [
    ["a", "b"],
    ["x, y", 'say "no"'],
    ["multi\nline", "last"],
  ]);
});

test("blank lines are skipped and a last line without a newline is kept", () => {
  assert.deepEqual(TactfulCsv.parse("a\n\n,\nb"), [["a"], ["b"]]);
});

test("parseRecords keys rows by the trimmed, lower-cased header and fills short rows", () => {
  assert.deepEqual(TactfulCsv.parseRecords(" Text ,Surface\nhello\nhi there,comment\n"), [
    { text: "hello", surface: "" },
    { text: "hi there", surface: "comment" },
  ]);
});

test("a file with only a header has no records", () => {
  assert.deepEqual(TactfulCsv.parseRecords("text,surface\r\n"), []);
});
