"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { describeIssues } = loadExtension("content/indicator.js").Tactful;

const warning = { severity: "warning" };
const advice = { severity: "advice" };

test("no issues: the indicator says so and shows a tick", () => {
  assert.deepEqual(describeIssues([]), { label: "Tactful: no warnings", badge: "✓", state: "clean" });
});

test("warnings and suggestions are counted apart, in the singular for one", () => {
  assert.deepEqual(describeIssues([warning, advice, advice]), {
    label: "Tactful: 1 warning, 2 suggestions",
    badge: "3",
    state: "warning",
  });
  assert.deepEqual(describeIssues([warning, warning]), { label: "Tactful: 2 warnings", badge: "2", state: "warning" });
});

test("only advice is the advice state", () => {
  assert.deepEqual(describeIssues([advice]), { label: "Tactful: 1 suggestion", badge: "1", state: "advice" });
});

test("an issue without a known severity counts as a warning", () => {
  assert.equal(describeIssues([{}, { severity: "note" }]).label, "Tactful: 2 warnings");
});
