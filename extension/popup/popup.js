// Popup: the connection status, an on/off switch for the current site and one for each kind of
// warning there, links to the drafts page and the options. facebook.com and messenger.com are on
// unless switched off; other sites are switched on by granting their optional host permission.
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
  const categorySwitches = document.getElementById("category-switches");

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

  // The site Tactful runs on in the active tab, as its content script names it (main.js); null
  // where Tactful does not run. (It answers only the extension, and needs no access to the URL.)
  async function tactfulSiteInActiveTab() {
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    if (!Number.isInteger(tab?.id)) return null;
    try {
      const reply = await ext.tabs.sendMessage(tab.id, { type: "tactfulSite" });
      return TactfulSettings.normalizeHostname(reply?.hostname);
    } catch {
      return null;
    }
  }

  // "Warnings on www.facebook.com": one checkbox per category, ticked while its warnings are shown,
  // for the site in the active tab when Tactful runs there.
  async function showCategorySwitches() {
    const hostname = await tactfulSiteInActiveTab();
    if (!hostname) return;
    const { hiddenCategories } = await TactfulSettings.load();
    const hidden = TactfulSettings.hiddenCategoriesFor(hiddenCategories, hostname);
    document.getElementById("category-legend").textContent = `Warnings on ${hostname}`;
    for (const category of TactfulCategories.IDS) {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `show-${category}`;
      box.checked = !hidden.has(category);
      box.addEventListener("change", () => TactfulSettings.setCategoryShown(hostname, category, box.checked));
      const boxLabel = document.createElement("label");
      boxLabel.htmlFor = box.id;
      boxLabel.textContent = TactfulCategories.labelOf(category);
      boxLabel.prepend(box, " ");
      categorySwitches.append(boxLabel);
    }
    categorySwitches.hidden = false;
  }

  // The registered scripts apply from the next page load; this starts Tactful in the open tab now.
  async function injectNow(tabId) {
    await ext.scripting.insertCSS({ target: { tabId }, files: manifestScripts.css }).catch(() => {});
    await ext.scripting.executeScript({ target: { tabId }, files: manifestScripts.js }).catch(() => {});
  }

  TactfulStatus.show(status);
  showSiteSwitch();
  showCategorySwitches();
})();
