// Starts Tactful on this page when the site is enabled, and tears it down (one AbortSignal)
// when the user switches the site off in the popup. Errors stay inside Tactful.
"use strict";

(() => {
  const T = globalThis.Tactful;
  const ext = globalThis.browser ?? globalThis.chrome;
  if (!T || T.started) return; // injected twice (opt-in registration plus executeScript)
  T.started = true;

  const site = T.siteFor(location.hostname);
  let running = null;

  function start() {
    if (running) return;
    const controller = new AbortController();
    const session = new T.ComposerSession(site, controller.signal);
    T.composers.watchComposers({
      site,
      isOwnUi: T.uiHost.isOwnUi,
      onEnter: (composer) => session.attach(composer),
      onLeave: () => session.detach(),
      onRemoved: () => session.detach(),
      signal: controller.signal,
    });
    running = { controller, session };
  }

  function stop() {
    if (!running) return;
    running.controller.abort();
    running.session.destroy();
    T.uiHost.removeUiRoot();
    running = null;
  }

  async function applySettings() {
    try {
      const { disabledSites = [] } = /** @type {{disabledSites?: string[]}} */ (await ext.storage.local.get("disabledSites"));
      if (disabledSites.includes(location.hostname)) stop();
      else start();
    } catch {
      stop(); // the extension was reloaded under us
    }
  }

  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    if (changes.disabledSites) applySettings();
    if (changes.sensitivity || changes.token || changes.serverUrl) {
      T.clearCheckCache();
      running?.session.recheck();
    }
  });

  applySettings();
})();
