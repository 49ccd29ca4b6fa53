// Starts Tactful on this page when the site is enabled, and tears it down (one AbortSignal)
// when the user switches the site off in the popup; applies the categories switched off on this
// site, and checks again when the settings or the user's feedback change. Errors stay inside Tactful.
"use strict";

(() => {
  const T = globalThis.Tactful;
  const ext = globalThis.browser ?? globalThis.chrome;
  if (!T || T.started) return; // injected twice (opt-in registration plus executeScript)
  T.started = true;

  const site = T.siteFor(location.hostname);
  const hostname = TactfulSettings.normalizeHostname(location.hostname) ?? location.hostname;
  let running = null;

  // `hiddenCategories`: the categories switched off on this site.
  function start(hiddenCategories) {
    if (running) return running.session.setHiddenCategories(hiddenCategories);
    const controller = new AbortController();
    const session = new T.ComposerSession(site, controller.signal);
    session.setHiddenCategories(hiddenCategories);
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

  const SETTING_KEYS = ["disabledSites", "hiddenCategories"];

  function stop() {
    if (!running) return;
    running.controller.abort();
    running.session.destroy();
    T.uiHost.removeUiRoot();
    running = null;
  }

  async function applySettings() {
    try {
      const stored = await ext.storage.local.get(SETTING_KEYS);
      const { disabledSites, hiddenCategories } = TactfulSettings.normalize(stored);
      if (disabledSites.includes(hostname)) return stop();
      start(TactfulSettings.hiddenCategoriesFor(hiddenCategories, hostname));
    } catch {
      stop(); // the extension was reloaded under us
    }
  }

  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    if (SETTING_KEYS.some((key) => changes[key])) applySettings();
    if (changes.sensitivity || changes.pairingRevision || changes.serverUrl || changes.feedbackRevision) {
      running?.session.recheck();
    }
  });

  // The popup asks which site this is, to show its per-category switches (the extension's own
  // pages only: a web page cannot send to this listener).
  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== ext.runtime.id || sender.tab || message?.type !== "tactfulSite") return false;
    sendResponse({ hostname });
    return false;
  });

  applySettings();
})();
