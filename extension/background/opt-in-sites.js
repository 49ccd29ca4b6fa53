// Sites beyond facebook.com and messenger.com are opt-in: the popup asks for the site's optional
// host permission, and this module registers the manifest's content scripts for every origin the
// user granted (and unregisters them when the permission is removed).
"use strict";

var TactfulOptInSites = (() => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const SCRIPT_ID = "tactful-opt-in";

  async function grantedOrigins() {
    const { origins = [] } = await ext.permissions.getAll();
    const builtIn = new Set(ext.runtime.getManifest().content_scripts.flatMap((entry) => entry.matches));
    const loopback = /^https?:\/\/(127\.0\.0\.1|localhost)\//;
    return origins.filter((origin) => !builtIn.has(origin) && !loopback.test(origin));
  }

  async function sync() {
    if (!ext.scripting?.registerContentScripts) return;
    const origins = await grantedOrigins();
    const existing = await ext.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length) await ext.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (!origins.length) return;
    const [manifestScripts] = ext.runtime.getManifest().content_scripts;
    await ext.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: origins,
        js: manifestScripts.js,
        css: manifestScripts.css,
        runAt: "document_idle",
        persistAcrossSessions: true,
      },
    ]);
  }

  function watch() {
    ext.permissions.onAdded.addListener(() => sync().catch(() => {}));
    ext.permissions.onRemoved.addListener(() => sync().catch(() => {}));
  }

  return { sync, watch };
})();
