// Popup: the connection status, an on/off switch for the current site, links to the drafts page
// and the options. facebook.com and messenger.com are on unless switched off; other sites are
// switched on by granting their optional host permission.
"use strict";

(() => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const [manifestScripts] = ext.runtime.getManifest().content_scripts;

  // Whether the manifest's own content scripts run on `url` (facebook.com, messenger.com).
  function isBuiltIn(url) {
    return manifestScripts.matches.some((pattern) => {
      const [, scheme, host] = pattern.match(/^(\*|https?):\/\/([^/]+)\//) ?? [];
      if (!host || (scheme !== "*" && `${scheme}:` !== url.protocol)) return false;
      return host.startsWith("*.") ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
    });
  }

  const status = document.getElementById("status");
  const row = document.getElementById("site-row");
  const toggle = /** @type {HTMLInputElement} */ (document.getElementById("site-switch"));
  const label = document.getElementById("site-label");

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
    const builtIn = isBuiltIn(site.url);
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
    await ext.scripting.insertCSS({ target: { tabId }, files: manifestScripts.css }).catch(() => {});
    await ext.scripting.executeScript({ target: { tabId }, files: manifestScripts.js }).catch(() => {});
  }

  TactfulStatus.show(status);
  showSiteSwitch();
})();
