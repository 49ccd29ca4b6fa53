"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { TactfulCategories } = loadExtension("shared/categories.js");

test("the three categories, in the server's order", () => {
  assert.deepEqual([...TactfulCategories.IDS], ["reciprocity_demand", "cold_pitch", "unearned_ask"]);
});

test("isCategory knows only those three (not what every object inherits)", () => {
  assert.equal(TactfulCategories.isCategory("cold_pitch"), true);
  for (const other of ["Cold_pitch", "toString", "__proto__", "", null, 1]) {
    assert.equal(TactfulCategories.isCategory(other), false, String(other));
  }
});

test("nameOf gives the words shown; an unknown id as it is, and 'warning' for no id", () => {
  assert.equal(TactfulCategories.nameOf("reciprocity_demand"), "like-for-like demand");
  assert.equal(TactfulCategories.nameOf("unearned_ask"), "unearned ask");
  assert.equal(TactfulCategories.nameOf("future_kind"), "future_kind");
  assert.equal(TactfulCategories.nameOf("constructor"), "constructor");
  for (const none of ["", null, undefined, 4]) assert.equal(TactfulCategories.nameOf(none), "warning");
});

test("labelOf capitalises the name for labels and buttons", () => {
  assert.equal(TactfulCategories.labelOf("cold_pitch"), "Cold pitch");
  assert.equal(TactfulCategories.labelOf("reciprocity_demand"), "Like-for-like demand");
  assert.equal(TactfulCategories.labelOf(undefined), "Warning");
});

test("savedAs names the category the user chose", () => {
  assert.equal(
    TactfulCategories.savedAs("unearned_ask"),
    "Thanks: saved on this computer as “Unearned ask”, for when you retrain Tactful with your feedback.",
  );
});
