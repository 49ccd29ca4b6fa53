// Settings shared by the service worker, the content scripts and the extension pages (options,
// popup, drafts). Classic script: it defines one global, TactfulSettings, so the worker can
// importScripts() it and the pages can load it with a <script> tag (after shared/categories.js). Whatever is in storage
// (an older version's values, or garbage) comes out of load() in the shapes below. The pairing code is not a
// setting: the worker alone holds it (background/pairing.js), out of reach of the content-script world.
"use strict";

var TactfulSettings = (() => {
  const ext = globalThis.browser ?? globalThis.chrome;

  /**
   * Every setting, in the shape load() returns.
   * @typedef {object} Settings
   * @property {string} serverUrl a loopback origin
   * @property {string} name
   * @property {string} business
   * @property {string} pageUrl
   * @property {"relaxed" | "balanced" | "strict"} sensitivity
   * @property {string[]} disabledSites
   * @property {Record<string, Issue["category"][]>} hiddenCategories
   * @property {number} feedbackRevision
   * @property {number} pairingRevision
   */
  /** @type {Readonly<Settings>} */
  const DEFAULTS = Object.freeze({
    serverUrl: "http://127.0.0.1:8787",
    name: "",
    business: "",
    pageUrl: "",
    sensitivity: TactfulDomain.default_sensitivity,
    // Hostnames where the user switched Tactful off (facebook.com and messenger.com are on by default).
    disabledSites: [],
    // Per hostname, the categories whose warnings the user switched off there:
    // {"www.facebook.com": ["cold_pitch"]}. A category not listed is shown.
    hiddenCategories: {},
    // Bumped by the worker whenever the user's feedback changes, so open pages check again.
    feedbackRevision: 0,
    // Bumped by the worker whenever the pairing code changes (the code itself is not here).
    pairingRevision: 0,
  });

  const SENSITIVITIES = TactfulDomain.sensitivities; // shared/domain.js, generated from the engine
  const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
  const TEXT_KEYS = ["name", "business", "pageUrl"];
  const REVISION_KEYS = ["feedbackRevision", "pairingRevision"];
  const MAX_SITES = 500;
  const MAX_TEXT = 2000;
  const CATEGORIES = TactfulCategories.IDS; // shared/categories.js, loaded first

  // The worker only ever talks to a server on this machine: the server URL must be a loopback origin.
  function normalizeServerUrl(value) {
    let url;
    try {
      url = new URL(String(value).trim());
    } catch {
      return null;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
    if (url.username || url.password) return null;
    return url.origin;
  }

  // A site as the user may type it ("www.facebook.com", "Shop.Example.com.", or a pasted address
  // such as "https://www.facebook.com/mypage") -> its hostname as location.hostname spells it
  // ("www.facebook.com", punycode for non-ASCII names), or null when it names no site.
  function normalizeHostname(value) {
    if (typeof value !== "string") return null;
    let text = value.trim().toLowerCase();
    if (!text || text.length > 300) return null;
    if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
    let url;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    const hostname = url.hostname.replace(/\.$/, "");
    if (!hostname || hostname.length > 253) return null;
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/.test(hostname) || hostname.startsWith(".") || hostname.includes("..")) {
      return null;
    }
    return hostname;
  }

  function normalizeSiteList(value) {
    if (!Array.isArray(value)) return [];
    const sites = new Set();
    for (const item of value) {
      const hostname = normalizeHostname(item);
      if (hostname) sites.add(hostname);
      if (sites.size >= MAX_SITES) break;
    }
    return [...sites];
  }

  // {hostname: [category, ...]} with known categories only, each once and in CATEGORIES order;
  // sites with nothing switched off are left out.
  function normalizeHiddenCategories(value) {
    const clean = {};
    if (!value || typeof value !== "object" || Array.isArray(value)) return clean;
    let count = 0;
    for (const [site, categories] of Object.entries(value)) {
      const hostname = normalizeHostname(site);
      if (!hostname || !Array.isArray(categories)) continue;
      const chosen = CATEGORIES.filter((category) => categories.includes(category));
      if (!chosen.length) continue;
      const merged = new Set([...(clean[hostname] ?? []), ...chosen]);
      if (!Object.hasOwn(clean, hostname)) {
        if (count >= MAX_SITES) continue;
        count += 1;
      }
      clean[hostname] = CATEGORIES.filter((category) => merged.has(category));
    }
    return clean;
  }

  // The categories switched off on `hostname` (a Set; empty when none).
  function hiddenCategoriesFor(hiddenCategories, hostname) {
    const clean = normalizeHiddenCategories(hiddenCategories);
    const site = normalizeHostname(hostname);
    return new Set(site && Object.hasOwn(clean, site) ? clean[site] : []);
  }

  const text = (value) => (typeof value === "string" ? value.slice(0, MAX_TEXT) : "");

  // Every setting in its shape, from whatever `stored` holds (missing keys get their defaults).
  function normalize(stored) {
    const source = stored && typeof stored === "object" ? stored : {};
    const has = (key) => Object.hasOwn(source, key);
    const settings = { ...DEFAULTS };
    settings.serverUrl = (has("serverUrl") && normalizeServerUrl(source.serverUrl)) || DEFAULTS.serverUrl;
    for (const key of TEXT_KEYS) if (has(key)) settings[key] = text(source[key]);
    settings.sensitivity = SENSITIVITIES.includes(source.sensitivity) ? source.sensitivity : DEFAULTS.sensitivity;
    settings.disabledSites = normalizeSiteList(source.disabledSites);
    settings.hiddenCategories = normalizeHiddenCategories(source.hiddenCategories);
    for (const key of REVISION_KEYS) {
      const revision = source[key];
      settings[key] = Number.isSafeInteger(revision) && revision >= 0 ? revision : 0;
    }
    return settings;
  }

  async function load() {
    return normalize(await ext.storage.local.get(Object.keys(DEFAULTS)));
  }

  // Stores the known keys of `changes` in their normalised shape. A server URL off this machine
  // is refused with an error the options page shows; any other bad value becomes its default.
  async function save(changes) {
    const known = Object.keys(changes ?? {}).filter((key) => Object.hasOwn(DEFAULTS, key));
    if (known.includes("serverUrl") && !normalizeServerUrl(changes.serverUrl)) {
      throw new Error("Server URL must be a local address such as http://127.0.0.1:8787");
    }
    const clean = normalize(changes);
    await ext.storage.local.set(Object.fromEntries(known.map((key) => [key, clean[key]])));
    return load();
  }

  // Switches the warnings of `category` on or off on `hostname`.
  async function setCategoryShown(hostname, category, shown) {
    const site = normalizeHostname(hostname);
    if (!site || !CATEGORIES.includes(category)) throw new Error("Not a site or not a category");
    const { hiddenCategories } = await load();
    const hidden = new Set(hiddenCategories[site] ?? []);
    if (shown) hidden.delete(category);
    else hidden.add(category);
    const next = { ...hiddenCategories, [site]: [...hidden] };
    if (!hidden.size) delete next[site];
    return save({ hiddenCategories: next });
  }

  // Tells every open page that the feedback changed (the worker calls it after a change).
  async function noteFeedbackChanged() {
    const { feedbackRevision } = await load();
    await ext.storage.local.set({ feedbackRevision: feedbackRevision + 1 });
  }

  return {
    DEFAULTS,
    SENSITIVITIES,
    CATEGORIES,
    normalize,
    normalizeServerUrl,
    normalizeHostname,
    normalizeHiddenCategories,
    hiddenCategoriesFor,
    load,
    save,
    setCategoryShown,
    noteFeedbackChanged,
  };
})();
