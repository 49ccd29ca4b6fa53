// Options page: the server address, the pairing code, the profile used in rewrites and the
// sensitivity; "Save" stores them and shows whether the server answers with that code.
"use strict";

(() => {
  const form = /** @type {HTMLFormElement & {elements: {sensitivity: RadioNodeList}}} */ (document.getElementById("options"));
  const status = document.getElementById("status");
  const formError = document.getElementById("form-error");
  const TEXT_FIELDS = ["serverUrl", "token", "name", "business", "pageUrl"];

  async function fill() {
    const settings = await TactfulSettings.load();
    for (const name of TEXT_FIELDS) form.elements[name].value = settings[name];
    /** @type {HTMLInputElement} */ (form.querySelector(`input[name="sensitivity"][value="${settings.sensitivity}"]`)).checked = true;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    formError.textContent = "";
    const changes = Object.fromEntries(TEXT_FIELDS.map((name) => [name, form.elements[name].value.trim()]));
    changes.sensitivity = form.elements.sensitivity.value;
    try {
      await TactfulSettings.save(changes);
    } catch (error) {
      formError.textContent = error.message;
      return;
    }
    await fill();
    document.dispatchEvent(new Event("tactful-settings-saved"));
    await TactfulStatus.show(status);
  });

  fill().then(() => TactfulStatus.show(status));
})();
