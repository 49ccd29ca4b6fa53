"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { TactfulRequests, TactfulSettings, TactfulServer } = loadExtension(
  "shared/categories.js",
  "shared/settings.js",
  "background/pairing.js",
  "background/server-client.js",
  "background/requests.js",
);
const { serverCall, refusal, replyError, InvalidRequest } = TactfulRequests;

const SETTINGS = {
  ...TactfulSettings.normalize({ name: "Ana", business: "", pageUrl: "https://shop.example/ana", sensitivity: "strict" }),
  token: "pairing-code",
};
const call = (message) => serverCall(message, SETTINGS);
const refusedWith = (message) => ({ name: "Error", message, constructor: InvalidRequest });

test("check sends the text, a known surface and the saved sensitivity", () => {
  assert.deepEqual(call({ type: "check", text: "Like my page", surface: "comment" }), {
    method: "POST",
    path: "/v1/check",
    body: { text: "Like my page", surface: "comment", sensitivity: "strict" },
  });
  assert.equal(call({ type: "check", text: "Hi", surface: "wall" }).body.surface, undefined);
});

test("a text is a string of at most 20,000 UTF-16 code units", () => {
  const refused = refusedWith("text must be a string of at most 20,000 characters");
  assert.equal(call({ type: "check", text: "a".repeat(20000) }).body.text.length, 20000);
  assert.throws(() => call({ type: "check", text: "a".repeat(20001) }), refused);
  // 10,001 emoji are 20,002 code units: too long, although only 10,001 code points.
  assert.throws(() => call({ type: "check", text: "😀".repeat(10001) }), refused);
  for (const text of [undefined, null, 5, ["Like my page"], { text: "x" }]) {
    assert.throws(() => call({ type: "check", text }), refused, String(text));
  }
});

test("rewrite sends the profile under the server's names, leaving out empty fields", () => {
  assert.deepEqual(call({ type: "rewrite", text: "Buy now", style: "question", n: 2 }).body, {
    text: "Buy now",
    surface: undefined,
    profile: { name: "Ana", page_url: "https://shop.example/ana" },
    style: "question",
    n: 2,
  });
});

test("rewrite asks for 1 to 5 rewrites (3 otherwise) and drops an unknown style", () => {
  const n = (value) => call({ type: "rewrite", text: "x", n: value }).body.n;
  assert.deepEqual([1, 5, 0, 6, 2.5, "4", -1, undefined].map(n), [1, 5, 3, 3, 3, 3, 3, 3]);
  assert.equal(call({ type: "rewrite", text: "x", style: "shouting" }).body.style, undefined);
});

test("draft ids are 1 to 64 letters, digits, _ or -; nothing else reaches the path", () => {
  assert.equal(call({ type: "deleteDraft", id: "a_B-9" }).path, "/v1/drafts/a_B-9");
  assert.equal(call({ type: "deleteDraft", id: 12 }).path, "/v1/drafts/12");
  assert.deepEqual(call({ type: "updateDraft", id: "x".repeat(64), text: "New words", surface: "post" }), {
    method: "PUT",
    path: `/v1/drafts/${"x".repeat(64)}`,
    body: { text: "New words", surface: "post" },
  });
  for (const id of ["../feedback", "a/b", "a b", "x".repeat(65), "", undefined, "%2e%2e", "id?limit=1"]) {
    assert.throws(() => call({ type: "deleteDraft", id }), refusedWith("bad draft id"), String(id));
  }
});

test("listing drafts passes only non-negative integer limit and offset", () => {
  assert.equal(call({ type: "listDrafts" }).path, "/v1/drafts");
  assert.equal(call({ type: "listDrafts", limit: 10, offset: 0 }).path, "/v1/drafts?limit=10&offset=0");
  assert.equal(call({ type: "listDrafts", limit: -1, offset: "20" }).path, "/v1/drafts");
  assert.equal(call({ type: "listDrafts", offset: 1.5, limit: 3 }).path, "/v1/drafts?limit=3");
});

test("feedback needs the text, a verdict, and a known category when it names one", () => {
  assert.deepEqual(call({ type: "feedback", text: "Like mine.", verdict: "wrong" }), {
    method: "POST",
    path: "/v1/feedback",
    body: { text: "Like mine.", verdict: "wrong" },
  });
  assert.deepEqual(call({ type: "feedback", text: "Sale!", verdict: "wrong", category: "cold_pitch" }).body, {
    text: "Sale!",
    verdict: "wrong",
    category: "cold_pitch",
  });
  assert.equal(call({ type: "feedback", text: "Hi", verdict: "correct", category: null }).body.category, undefined);
  assert.throws(() => call({ type: "feedback", text: " \n ", verdict: "wrong" }), refusedWith("feedback needs the text it is about"));
  assert.throws(() => call({ type: "feedback", text: "Hi", verdict: "maybe" }), refusedWith("verdict must be correct or wrong"));
  assert.throws(() => call({ type: "feedback", text: "Hi", verdict: "wrong", category: "spam" }), refusedWith("unknown category"));
  assert.throws(() => call({ type: "feedback", text: "Hi", verdict: "wrong", category: "toString" }), refusedWith("unknown category"));
});

test("listing feedback passes a limit of 1 to 500 and an integer or id cursor", () => {
  const path = (message) => call({ type: "listFeedback", ...message }).path;
  assert.equal(path({}), "/v1/feedback");
  assert.equal(path({ limit: 500, after: 17 }), "/v1/feedback?limit=500&after=17");
  assert.equal(path({ limit: 501, after: "abc_1" }), "/v1/feedback?after=abc_1");
  assert.equal(path({ limit: 0, after: null }), "/v1/feedback");
  for (const after of [-1, 1.5, "a/b", {}, ""]) {
    assert.throws(() => path({ after }), refusedWith("bad feedback id"), String(after));
  }
});

test("deleting feedback names it by id in the path", () => {
  assert.deepEqual(call({ type: "deleteFeedback", id: 3 }), { method: "DELETE", path: "/v1/feedback/3" });
  assert.throws(() => call({ type: "deleteFeedback", id: "3;drop" }), refusedWith("bad feedback id"));
});

test("checking every draft sends the sensitivity and waits up to five minutes", () => {
  assert.deepEqual(call({ type: "checkDrafts" }), {
    method: "POST",
    path: "/v1/drafts/check",
    body: { sensitivity: "strict" },
    timeoutMs: 300000,
  });
});

test("status, pair and unknown types have no single server call", () => {
  for (const type of ["status", "pair", "fetch", "toString", undefined]) {
    assert.throws(() => call({ type }), refusedWith("no server call for this type"), String(type));
  }
});

test("unknown request types are refused before anything else", () => {
  const invalid = { kind: "invalid", message: "unknown request type" };
  const page = { url: "chrome-extension://abc/drafts/drafts.html" };
  for (const message of [null, "check", {}, { type: "proxy" }, { type: "hasOwnProperty" }, { type: ["check"] }]) {
    assert.deepEqual(refusal(message, page, "chrome-extension://abc"), invalid, JSON.stringify(message));
  }
});

test("pages-only requests come only from the extension's own pages", () => {
  const origin = "chrome-extension://abc";
  const forbidden = { kind: "forbidden", message: "not allowed from web pages" };
  const listDrafts = { type: "listDrafts" };
  assert.equal(refusal(listDrafts, { url: "chrome-extension://abc/drafts/drafts.html" }, origin), null);
  assert.deepEqual(refusal(listDrafts, { url: "https://www.facebook.com/" }, origin), forbidden);
  assert.deepEqual(refusal(listDrafts, { url: "chrome-extension://abcd/drafts/drafts.html" }, origin), forbidden);
  assert.deepEqual(refusal(listDrafts, { url: "https://evil.example/chrome-extension://abc/" }, origin), forbidden);
  assert.deepEqual(refusal(listDrafts, {}, origin), forbidden);
  for (const type of ["pair", "listDrafts", "updateDraft", "deleteDraft", "checkDrafts", "listFeedback", "deleteFeedback"]) {
    assert.deepEqual(refusal({ type }, { url: "https://www.facebook.com/" }, origin), forbidden, type);
  }
});

test("content scripts may check, rewrite, save a draft, send feedback and ask for the status", () => {
  for (const type of ["status", "check", "rewrite", "saveDraft", "feedback"]) {
    assert.equal(refusal({ type }, { url: "https://www.facebook.com/groups/1" }, "chrome-extension://abc"), null, type);
  }
});

test("a pairing code is a string of at most 2,000 characters, refused before it is saved", async () => {
  const page = { url: "chrome-extension://abc/options/options.html" };
  const invalid = { kind: "invalid", message: "the pairing code must be a string of at most 2,000 characters" };
  for (const token of [undefined, null, 42, ["code"], "x".repeat(2001)]) {
    const reply = await TactfulRequests.handle({ type: "pair", token }, page, "chrome-extension://abc");
    assert.deepEqual(reply, { ok: false, error: invalid }, String(token).slice(0, 20));
  }
});

test("a failure becomes the reply error the pages word", () => {
  assert.deepEqual(replyError(new InvalidRequest("bad draft id")), { kind: "invalid", message: "bad draft id" });
  assert.deepEqual(replyError(new TactfulServer.ServerError("http", "too many", 409, "feedback_full")), {
    kind: "http",
    status: 409,
    code: "feedback_full",
    message: "too many",
  });
  assert.deepEqual(replyError(new TactfulServer.ServerError("down", "Server not reachable: TypeError")), {
    kind: "down",
    status: 0,
    code: "",
    message: "Server not reachable: TypeError",
  });
  assert.deepEqual(replyError(new TypeError("x is undefined")), { kind: "error", message: "x is undefined" });
  assert.deepEqual(replyError("thrown text"), { kind: "error", message: "thrown text" });
});

test("handle refuses an unknown type and a page-only request from a web page without a server", async () => {
  assert.deepEqual(await TactfulRequests.handle({ type: "eval" }, { url: "https://x.example/" }, "chrome-extension://abc"), {
    ok: false,
    error: { kind: "invalid", message: "unknown request type" },
  });
  assert.deepEqual(
    await TactfulRequests.handle({ type: "deleteDraft", id: "1" }, { url: "https://x.example/" }, "chrome-extension://abc"),
    { ok: false, error: { kind: "forbidden", message: "not allowed from web pages" } },
  );
});
