// Tactful's background: the only code that talks to the local server. In Chromium this file is
// the service worker and pulls in its helpers with importScripts(); Firefox loads the same files
// as background.scripts (see manifest.json), so the helpers are already defined there.
"use strict";

if (typeof importScripts === "function" && typeof TactfulRequests === "undefined") {
  importScripts(
    "../shared/domain.js",
    "../shared/categories.js",
    "../shared/settings.js",
    "pairing.js",
    "server-client.js",
    "requests.js",
    "opt-in-sites.js",
  );
}

{
  const ext = globalThis.browser ?? globalThis.chrome;
  const extensionOrigin = new URL(ext.runtime.getURL("/")).origin;

  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== ext.runtime.id) return false;
    TactfulRequests.handle(message, sender, extensionOrigin).then(sendResponse);
    return true; // the answer comes asynchronously
  });

  TactfulPairing.watch();
  TactfulOptInSites.watch();
  ext.runtime.onInstalled.addListener(() => TactfulOptInSites.sync().catch(() => {}));
}
