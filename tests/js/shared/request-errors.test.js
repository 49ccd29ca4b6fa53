"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { reason } = loadExtension("shared/request-errors.js").TactfulRequestErrors;

test("a server error code with its own words wins over the status", () => {
  assert.equal(
    reason({ kind: "http", status: 409, code: "feedback_full", message: "full" }),
    "your feedback list is full; remove some under “Your feedback” in Tactful's options",
  );
});

test("an unknown code (even one every object inherits) goes by the status", () => {
  assert.equal(reason({ kind: "http", status: 409, code: "constructor" }), "the server's store is full");
  assert.equal(reason({ kind: "http", status: 404, code: "not_found" }), "it is no longer on the server");
  assert.equal(reason({ kind: "http", status: 413 }), "the text is too long for the server");
  assert.equal(reason({ kind: "http", status: 503 }), "the server is busy; try again in a moment");
});

test("a 422 shows the server's message (which never repeats the draft), or the status without one", () => {
  assert.equal(
    reason({ kind: "http", status: 422, code: "invalid", message: "surface must be one of post, comment" }),
    "the server refused it (surface must be one of post, comment)",
  );
  assert.equal(reason({ kind: "http", status: 422, message: "" }), "the server answered with an error (HTTP 422)");
});

test("any other HTTP status is named; a missing one is a question mark", () => {
  assert.equal(reason({ kind: "http", status: 400, message: "bad json" }), "the server answered with an error (HTTP 400)");
  assert.equal(reason({ kind: "http" }), "the server answered with an error (HTTP ?)");
});

test("failures before the server answered go by kind", () => {
  assert.equal(reason({ kind: "down" }), "the Tactful server is not running (start it with make run)");
  assert.equal(reason({ kind: "unpaired" }), "the pairing code is missing or wrong (see Options)");
  assert.equal(reason({ kind: "unauthorized", status: 401 }), "the pairing code is missing or wrong (see Options)");
  assert.equal(reason({ kind: "orphaned" }), "Tactful was updated or reloaded; reload this page");
  assert.equal(reason({ kind: "forbidden", message: "not allowed from web pages" }), "this page may not do that");
});

test("an invalid request says what was wrong with it", () => {
  assert.equal(reason({ kind: "invalid", message: "bad draft id" }), "bad draft id");
});

test("anything else, or no error at all, is 'something went wrong'", () => {
  for (const error of [{ kind: "invalid" }, { kind: "error", message: "TypeError" }, { kind: "toString" }, {}, null,
    undefined, "down"]) {
    assert.equal(reason(error), "something went wrong inside Tactful", JSON.stringify(error));
  }
});
