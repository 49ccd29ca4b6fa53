"use strict";

// The extension takes its categories, surfaces, sensitivities and text limit from shared/domain.js, which
// `make domain` generates from tactful.engine.domain (tests/engine/test_domain.py fails when the two disagree).
// Here: each part of the extension really follows it.
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { TactfulDomain, TactfulCategories, TactfulSettings, TactfulRequests } = loadExtension(
  "shared/categories.js",
  "shared/settings.js",
  "background/server-client.js",
  "background/requests.js",
);
const call = (message) => TactfulRequests.serverCall(message, { ...TactfulSettings.normalize({}), token: "t" });

test("every category the engine knows has words, and only those", () => {
  assert.deepEqual([...TactfulCategories.IDS], [...TactfulDomain.categories]);
  assert.deepEqual(Object.keys(TactfulCategories.NAMES).sort(), [...TactfulDomain.categories].sort());
});

test("the sensitivities and the default are the engine's", () => {
  assert.deepEqual([...TactfulSettings.SENSITIVITIES], [...TactfulDomain.sensitivities]);
  assert.equal(TactfulSettings.DEFAULTS.sensitivity, TactfulDomain.default_sensitivity);
});

test("every surface the engine knows is sent, and nothing else", () => {
  for (const surface of TactfulDomain.surfaces) {
    assert.equal(call({ type: "check", text: "Hi", surface }).body.surface, surface);
  }
  assert.equal(call({ type: "check", text: "Hi", surface: "wall" }).body.surface, undefined);
});

test("the text limit is the engine's", () => {
  const limit = TactfulDomain.max_text_chars;
  assert.equal(call({ type: "check", text: "a".repeat(limit) }).body.text.length, limit);
  assert.throws(() => call({ type: "check", text: "a".repeat(limit + 1) }));
});
