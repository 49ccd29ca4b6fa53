// Settings shared by the service worker and the extension pages (options, popup, drafts).
// Classic script: it defines one global, TactfulSettings, so the worker can importScripts() it
// and the pages can load it with a <script> tag.
"use strict";

var TactfulSettings = (() => {
  const ext = globalThis.browser ?? globalThis.chrome;

  const DEFAULTS = Object.freeze({
    serverUrl: "http://127.0.0.1:8787",
    token: "",
    name: "",
    business: "",
    pageUrl: "",
    sensitivity: "balanced",
    // Hostnames where the user switched Tactful off (facebook.com and messenger.com are on by default).
    disabledSites: [],
  });

  const SENSITIVITIES = ["relaxed", "balanced", "strict"];
  const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

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

  async function load() {
    const stored = await ext.storage.local.get(Object.keys(DEFAULTS));
    return { ...DEFAULTS, ...stored };
  }

  async function save(changes) {
    const clean = {};
    for (const [key, value] of Object.entries(changes)) {
      if (!(key in DEFAULTS)) continue;
      clean[key] = value;
    }
    if ("serverUrl" in clean) {
      const origin = normalizeServerUrl(clean.serverUrl);
      if (!origin) throw new Error("Server URL must be a local address such as http://127.0.0.1:8787");
      clean.serverUrl = origin;
    }
    if ("sensitivity" in clean && !SENSITIVITIES.includes(clean.sensitivity)) {
      clean.sensitivity = DEFAULTS.sensitivity;
    }
    if ("token" in clean) clean.token = String(clean.token).trim();
    await ext.storage.local.set(clean);
    return load();
  }

  return { DEFAULTS, SENSITIVITIES, normalizeServerUrl, load, save };
})();
