"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadExtension } = require("../load-extension.js");

const { TactfulSettings } = loadExtension("shared/categories.js", "shared/settings.js");
const { normalize, normalizeServerUrl, normalizeHostname, normalizeHiddenCategories, hiddenCategoriesFor } =
  TactfulSettings;

test("nothing stored, or garbage instead of an object, gives every default", () => {
  for (const stored of [undefined, null, "token", 42, true, ["serverUrl"]]) {
    assert.deepEqual(normalize(stored), { ...TactfulSettings.DEFAULTS }, String(stored));
  }
});

test("the server URL must be a loopback origin; anything else falls back to the default", () => {
  const url = (serverUrl) => normalize({ serverUrl }).serverUrl;
  assert.equal(url(" http://localhost:9000/v1/health?x=1 "), "http://localhost:9000");
  assert.equal(url("https://[::1]:8787"), "https://[::1]:8787");
  assert.equal(url("http://127.0.0.1"), "http://127.0.0.1");
  for (const bad of ["http://evil.example:8787", "http://127.0.0.2:8787", "ftp://127.0.0.1", "file:///etc/passwd",
    "http://user:secret@127.0.0.1:8787", "http://localhost.evil.example", "not a url", "", 8787, null]) {
    assert.equal(url(bad), "http://127.0.0.1:8787", String(bad));
  }
});

test("normalizeServerUrl says null for a URL off this machine", () => {
  assert.equal(normalizeServerUrl("http://192.168.1.10:8787"), null);
  assert.equal(normalizeServerUrl("HTTP://LOCALHOST:8787/"), "http://localhost:8787");
});

test("text settings are strings of at most 2,000 characters; a pairing code is not a setting", () => {
  const settings = normalize({ token: "  abc123\n", name: "x".repeat(2500), business: 17, pageUrl: { href: "x" } });
  assert.equal(Object.hasOwn(settings, "token"), false);
  assert.equal(settings.name.length, 2000);
  assert.equal(settings.business, "");
  assert.equal(settings.pageUrl, "");
});

test("an unknown sensitivity is balanced", () => {
  assert.equal(normalize({ sensitivity: "strict" }).sensitivity, "strict");
  assert.equal(normalize({ sensitivity: "relaxed" }).sensitivity, "relaxed");
  for (const bad of ["STRICT", "paranoid", 2, null]) assert.equal(normalize({ sensitivity: bad }).sensitivity, "balanced");
});

test("the feedback and pairing revisions are non-negative safe integers, or 0", () => {
  for (const key of ["feedbackRevision", "pairingRevision"]) {
    assert.equal(normalize({ [key]: 12 })[key], 12);
    for (const bad of [-1, 1.5, "3", Number.MAX_SAFE_INTEGER + 1, NaN, null]) {
      assert.equal(normalize({ [key]: bad })[key], 0, `${key} ${bad}`);
    }
  }
});

test("disabled sites become hostnames, each once, and what names no site is dropped", () => {
  const settings = normalize({
    disabledSites: ["Shop.Example.com.", "https://www.facebook.com/mypage", "shop.example.com", "", 7, null,
      "ftp://files.example.com", "a..b", "bücher.example"],
  });
  assert.deepEqual(settings.disabledSites, ["shop.example.com", "www.facebook.com", "xn--bcher-kva.example"]);
  assert.deepEqual(normalize({ disabledSites: "www.facebook.com" }).disabledSites, []);
});

test("at most 500 disabled sites are kept", () => {
  const sites = Array.from({ length: 600 }, (_, index) => `site${index}.example`);
  const kept = normalize({ disabledSites: sites }).disabledSites;
  assert.equal(kept.length, 500);
  assert.equal(kept.at(-1), "site499.example");
});

test("normalizeHostname: a typed or pasted site as location.hostname spells it, or null", () => {
  assert.equal(normalizeHostname("  WWW.Facebook.COM "), "www.facebook.com");
  assert.equal(normalizeHostname("http://[::1]:8080/x"), "[::1]");
  assert.equal(normalizeHostname("localhost:3000"), "localhost");
  assert.equal(normalizeHostname(".example.com"), null);
  assert.equal(normalizeHostname("javascript://alert(1)"), null);
  assert.equal(normalizeHostname("x".repeat(301)), null);
  assert.equal(normalizeHostname(["www.facebook.com"]), null);
});

test("hidden categories keep known categories on real sites, in the list's order, merged per hostname", () => {
  const clean = normalizeHiddenCategories({
    "WWW.Facebook.com": ["unearned_ask", "spam", "cold_pitch"],
    "www.facebook.com.": ["reciprocity_demand", "cold_pitch"],
    "shop.example": [],
    "blog.example": "cold_pitch",
    "not a site!": ["cold_pitch"],
    "toString": ["toString"],
  });
  assert.deepEqual(clean, { "www.facebook.com": ["reciprocity_demand", "cold_pitch", "unearned_ask"] });
});

test("hidden categories from garbage are none", () => {
  for (const bad of [null, [], "cold_pitch", 3]) assert.deepEqual(normalizeHiddenCategories(bad), {});
});

test("hiddenCategoriesFor reads one site's switched-off categories however the site is spelled", () => {
  const stored = { "www.facebook.com": ["cold_pitch", "made_up"] };
  assert.deepEqual([...hiddenCategoriesFor(stored, "WWW.FACEBOOK.COM")], ["cold_pitch"]);
  assert.deepEqual([...hiddenCategoriesFor(stored, "m.facebook.com")], []);
  assert.deepEqual([...hiddenCategoriesFor("garbage", "www.facebook.com")], []);
});
