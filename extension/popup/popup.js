// Popup: the connection status, an on/off switch for the current site, links to the drafts page
// and the options. facebook.com and messenger.com are on unless switched off; other sites are
// switched on by granting their optional host permission.
"use strict";

(() => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const BUILT_IN = [/(^|\.)facebook\.com$/, /(^|\.)messenger\.com$/];
  const status = document.getElementById("status");
  const row = document.getElementById("site-row");
  const toggle = document.getElementById("site-switch");
  const label = document.getElementById("site-label");

  async function showConnection() {
    TactfulStatus.render(status, "checking");
    const reply = await ext.runtime.sendMessage({ type: "status" });
    TactfulStatus.render(status, reply?.ok ? reply.data.state : "error");
  }

  async function currentSite() {
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    try {
      const url = new URL(tab?.url ?? "");
      return url.protocol === "https:" || url.protocol === "http:" ? { tab, url } : null;
    } catch {
      return null;
    }
  }

  async function showSiteSwitch() {
    const site = await currentSite();
    if (!site) return;
    const { hostname, origin } = site.url;
    const builtIn = BUILT_IN.some((pattern) => pattern.test(hostname));
    const originPattern = `${origin}/*`;
    label.textContent = `Tactful on ${hostname}`;
    if (builtIn) {
      const { disabledSites } = await TactfulSettings.load();
      toggle.checked = !disabledSites.includes(hostname);
    } else {
      toggle.checked = await ext.permissions.contains({ origins: [originPattern] });
    }
    row.hidden = false;

    toggle.addEventListener("change", async () => {
      if (builtIn) {
        const { disabledSites } = await TactfulSettings.load();
        const others = disabledSites.filter((name) => name !== hostname);
        await TactfulSettings.save({ disabledSites: toggle.checked ? others : [...others, hostname] });
        return;
      }
      if (toggle.checked) {
        // Must run in the click's user gesture; the worker registers the scripts on onAdded.
        const granted = await ext.permissions.request({ origins: [originPattern] });
        toggle.checked = granted;
        if (granted) await injectNow(site.tab.id);
      } else {
        await ext.permissions.remove({ origins: [originPattern] });
      }
    });
  }

  // The registered scripts apply from the next page load; this starts Tactful in the open tab now.
  async function injectNow(tabId) {
    const [scripts] = ext.runtime.getManifest().content_scripts;
    await ext.scripting.insertCSS({ target: { tabId }, files: scripts.css }).catch(() => {});
    await ext.scripting.executeScript({ target: { tabId }, files: scripts.js }).catch(() => {});
  }

  showConnection();
  showSiteSwitch();
})();
