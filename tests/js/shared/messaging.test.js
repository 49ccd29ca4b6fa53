"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

// No browser here, so no extension runtime: what an old content script meets after the extension reloads.
const { TactfulMessaging } = loadExtension("shared/request-errors.js", "shared/messaging.js");

test("without an extension runtime, send answers 'orphaned' and never throws", async () => {
  assert.deepEqual(await TactfulMessaging.send({ type: "check", text: "Hi" }), {
    ok: false,
    error: { kind: "orphaned" },
  });
});

test("ask throws the failure as a RequestError in request-errors.js's words", async () => {
  await assert.rejects(TactfulMessaging.ask({ type: "listDrafts" }), (error) => {
    assert.ok(error instanceof TactfulMessaging.RequestError);
    assert.equal(error.message, "Tactful was updated or reloaded; reload this page");
    assert.equal(error.kind, "orphaned");
    return true;
  });
});

test("a RequestError keeps the HTTP status the pages act on", () => {
  const error = new TactfulMessaging.RequestError({ kind: "http", status: 404, code: "not_found", message: "gone" });
  assert.equal(error.message, "it is no longer on the server");
  assert.equal(error.status, 404);
  assert.equal(error.kind, "http");
});
