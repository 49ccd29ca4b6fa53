// Options page, "Warnings switched off on a site": each kind of warning the user switched off on
// a site, with "Switch on", and a form to switch one off (settings.hiddenCategories). Content
// scripts apply the change at once (they watch the setting).
"use strict";

(() => {
  const list = document.getElementById("switch-list");
  const empty = document.getElementById("no-switches");
  const form = document.getElementById("add-switch");
  const siteField = /** @type {HTMLInputElement} */ (document.getElementById("switch-site"));
  const categoryField = /** @type {HTMLSelectElement} */ (document.getElementById("switch-category"));
  const message = document.getElementById("switch-message");

  function say(text, state = "done") {
    message.textContent = text;
    message.dataset.state = state;
  }

  function item(site, category) {
    const li = document.createElement("li");
    const label = document.createElement("span");
    label.textContent = `${TactfulCategories.labelOf(category)} warnings are off on ${site}`;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Switch on";
    button.setAttribute("aria-label", `Switch on ${TactfulCategories.nameOf(category)} warnings for ${site}`);
    button.addEventListener("click", async () => {
      await TactfulSettings.setCategoryShown(site, category, true);
      say(`${TactfulCategories.labelOf(category)} warnings are on again on ${site}.`);
    });
    li.append(label, button);
    return li;
  }

  async function show() {
    const { hiddenCategories } = await TactfulSettings.load();
    const items = Object.keys(hiddenCategories)
      .sort()
      .flatMap((site) => hiddenCategories[site].map((category) => item(site, category)));
    list.replaceChildren(...items);
    list.hidden = !items.length;
    empty.hidden = Boolean(items.length);
  }

  categoryField.replaceChildren(
    ...TactfulCategories.IDS.map((category) => new Option(TactfulCategories.labelOf(category), category)),
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const site = TactfulSettings.normalizeHostname(siteField.value);
    if (!site) {
      say("Type a site's name, such as www.facebook.com, or paste its address.", "error");
      return;
    }
    await TactfulSettings.setCategoryShown(site, categoryField.value, false);
    siteField.value = "";
    say(`${TactfulCategories.labelOf(categoryField.value)} warnings are off on ${site}.`);
  });

  // The popup (or another options tab) may switch them too.
  (globalThis.browser ?? globalThis.chrome).storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes.hiddenCategories) show();
  });

  show();
})();
