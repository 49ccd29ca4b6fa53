// Options page: the server address, the pairing code, the profile used in rewrites and the
// sensitivity; "Save" stores them and shows whether the server answers with that code. The pairing
// code goes to the worker (a `pair` request), which keeps it; this page never reads it back, so the
// field stays empty and its placeholder says whether a code is saved.
"use strict";

(() => {
  const form = /** @type {HTMLFormElement & {elements: {sensitivity: RadioNodeList}}} */ (document.getElementById("options"));
  const status = document.getElementById("status");
  const formError = document.getElementById("form-error");
  const pairingCode = /** @type {HTMLInputElement} */ (form.elements.namedItem("token"));
  const SETTING_FIELDS = ["serverUrl", "name", "business", "pageUrl"];
  const PLACEHOLDERS = {
    saved: "Saved — paste a new code to replace it",
    missing: "The code `make run` printed",
  };

  async function fill() {
    const settings = await TactfulSettings.load();
    for (const name of SETTING_FIELDS) form.elements[name].value = settings[name];
    /** @type {HTMLInputElement} */ (form.querySelector(`input[name="sensitivity"][value="${settings.sensitivity}"]`)).checked = true;
  }

  async function showStatus() {
    const answer = await TactfulStatus.show(status);
    if (answer) pairingCode.placeholder = answer.paired ? PLACEHOLDERS.saved : PLACEHOLDERS.missing;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    formError.textContent = "";
    const changes = Object.fromEntries(SETTING_FIELDS.map((name) => [name, form.elements[name].value.trim()]));
    changes.sensitivity = form.elements.sensitivity.value;
    try {
      await TactfulSettings.save(changes);
      // An empty field keeps the saved code.
      if (pairingCode.value.trim()) await TactfulMessaging.ask({ type: "pair", token: pairingCode.value });
    } catch (error) {
      formError.textContent = error.message;
      return;
    }
    pairingCode.value = "";
    await fill();
    document.dispatchEvent(new Event("tactful-settings-saved"));
    await showStatus();
  });

  fill().then(showStatus);
})();
