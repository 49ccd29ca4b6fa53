// The worker's requests (requests.js) sent by its server client (server-client.js) to the real Tactful server,
// started here on a free loopback port with its own TACTFUL_HOME, as the extension's worker would send them.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { loadExtension } = require("../load-extension.js");

const { TactfulServer, TactfulRequests, TactfulSettings } = loadExtension(
  "shared/categories.js",
  "shared/settings.js",
  "background/server-client.js",
  "background/requests.js",
);

const PYTHON = path.resolve(__dirname, "..", "..", "..", ".venv", "bin", "python");

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin, server) {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`tactful serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let server;
let home;
let settings;

before(async () => {
  assert.ok(fs.existsSync(PYTHON), "the Python environment is missing: run `make test-fast`, which builds .venv");
  home = fs.mkdtempSync(path.join(os.tmpdir(), "tactful-js-"));
  const port = await freePort();
  server = spawn(PYTHON, ["-m", "tactful", "serve", "--port", String(port)], {
    env: { ...process.env, TACTFUL_HOME: home },
    stdio: "ignore",
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin, server);
  const token = fs.readFileSync(path.join(home, "token"), "utf8").trim();
  settings = { ...TactfulSettings.normalize({ serverUrl: origin, sensitivity: "balanced" }), token };
});

after(() => {
  server?.kill();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

const send = (message) => {
  const { method, path: route, body, timeoutMs } = TactfulRequests.serverCall(message, settings);
  return TactfulServer.call(settings, method, route, body, timeoutMs ? { timeoutMs } : {});
};

test("a check answers with the issues, their offsets in UTF-16 code units", async () => {
  const text = "😀 I liked your page, now like mine!";
  const result = await send({ type: "check", text, surface: "comment" });
  assert.equal(result.flagged, true);
  assert.equal(result.category, "reciprocity_demand");
  for (const issue of result.issues) assert.equal(text.slice(issue.start, issue.end), issue.quote);
});

test("a draft saved, listed, updated and deleted through the worker's calls", async () => {
  const saved = await send({ type: "saveDraft", text: "Hello from the tests", surface: "post" });
  assert.match(saved.id, /^[A-Za-z0-9_-]{1,64}$/);
  const listed = await send({ type: "listDrafts", limit: 50, offset: 0 });
  assert.deepEqual(listed.drafts.map((draft) => draft.text), ["Hello from the tests"]);
  const updated = await send({ type: "updateDraft", id: saved.id, text: "New words", surface: "post" });
  assert.equal(updated.text, "New words");
  assert.equal(await send({ type: "deleteDraft", id: saved.id }), null);
  await assert.rejects(send({ type: "deleteDraft", id: saved.id }), { kind: "http", status: 404 });
});

test("the server's refusal comes back as a ServerError with its status and code", async () => {
  await assert.rejects(
    TactfulServer.call(settings, "POST", "/v1/check", { text: "Hi", surface: "wall" }),
    (error) => error instanceof TactfulServer.ServerError && error.kind === "http" && error.status === 422 &&
      error.code !== "" && !error.message.includes("Hi"),
  );
});

test("a wrong pairing code is 'unauthorized', no pairing code is 'unpaired'", async () => {
  assert.equal((await send({ type: "check", text: "Hi" })).flagged, false);
  const wrong = { ...settings, token: "not-the-code" };
  await assert.rejects(TactfulServer.call(wrong, "POST", "/v1/check", { text: "Hi" }), { kind: "unauthorized", status: 401 });
  await assert.rejects(TactfulServer.call({ ...settings, token: "" }, "GET", "/v1/drafts"), { kind: "unpaired" });
});

test("connectionState: connected, unauthorized, unpaired, down", async () => {
  assert.equal(await TactfulServer.connectionState(settings), "connected");
  assert.equal(await TactfulServer.connectionState({ ...settings, token: "wrong" }), "unauthorized");
  assert.equal(await TactfulServer.connectionState({ ...settings, token: "" }), "unpaired");
  const closed = `http://127.0.0.1:${await freePort()}`;
  assert.equal(await TactfulServer.connectionState({ ...settings, serverUrl: closed }), "down");
});

test("a server URL off this machine is never fetched", async () => {
  await assert.rejects(TactfulServer.call({ ...settings, serverUrl: "http://example.com" }, "GET", "/v1/health"), {
    kind: "down",
    message: "Server URL is not a local address",
  });
});
