"use strict";

// The extension's copies of the engine's domain constants against extension/shared/domain.json, which
// `make domain` generates from tactful.engine.domain (tests/engine/test_domain.py checks that side): a category,
// surface, sensitivity or limit changed in the engine and not in the extension fails here.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { loadExtension } = require("../load-extension.js");

const DOMAIN = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "..", "extension", "shared", "domain.json"), "utf8"),
);
const { TactfulCategories, TactfulSettings, TactfulRequests } = loadExtension(
  "shared/categories.js",
  "shared/settings.js",
  "background/server-client.js",
  "background/requests.js",
);
const call = (message) => TactfulRequests.serverCall(message, TactfulSettings.normalize({ token: "t" }));

test("the categories are the engine's, in its order", () => {
  assert.deepEqual([...TactfulCategories.IDS], DOMAIN.categories);
});

test("the sensitivities and the default are the engine's", () => {
  assert.deepEqual([...TactfulSettings.SENSITIVITIES], DOMAIN.sensitivities);
  assert.equal(TactfulSettings.DEFAULTS.sensitivity, DOMAIN.default_sensitivity);
});

test("every surface the engine knows is sent, and nothing else", () => {
  for (const surface of DOMAIN.surfaces) {
    assert.equal(call({ type: "check", text: "Hi", surface }).body.surface, surface);
  }
  assert.equal(call({ type: "check", text: "Hi", surface: "wall" }).body.surface, undefined);
});

test("the text limit is the engine's", () => {
  const limit = DOMAIN.max_text_chars;
  assert.equal(call({ type: "check", text: "a".repeat(limit) }).body.text.length, limit);
  assert.throws(() => call({ type: "check", text: "a".repeat(limit + 1) }));
});
