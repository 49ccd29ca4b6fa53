// What each connection state says to the user; the options page and the popup show the same words.
// Loaded after shared/request-errors.js and shared/messaging.js.
"use strict";

var TactfulStatus = (() => {
  const MESSAGES = {
    connected: { text: "Connected" },
    down: { text: "Server not running — start it with ", code: "make run" },
    unauthorized: { text: "Pairing code wrong" },
    unpaired: { text: "Not paired yet — paste the pairing code in Options" },
    error: { text: "The server answered with an error" },
    checking: { text: "Checking…" },
  };

  // Fills `element` with the message for `state`, with the command as <code>.
  function render(element, state) {
    const message = MESSAGES[state] ?? MESSAGES.error;
    element.textContent = message.text;
    if (message.code) {
      const code = document.createElement("code");
      code.textContent = message.code;
      element.append(code);
    }
    element.dataset.state = state;
  }

  // Asks the service worker how the server is doing (through shared/messaging.js) and shows it in
  // `element`. When the worker itself could not answer, says why in shared/request-errors.js's words.
  // Only the latest request per element is shown: an answer about settings that were saved over since (the status
  // asked for when the page opened, arriving after the one asked for by "Save") is dropped.
  /** @type {WeakMap<HTMLElement, number>} */
  const latest = new WeakMap();

  // Resolves with the worker's StatusData, or null when it could not answer or a later request superseded this one.
  /** @returns {Promise<StatusData | null>} */
  async function show(element) {
    const asked = (latest.get(element) ?? 0) + 1;
    latest.set(element, asked);
    render(element, "checking");
    const reply = await TactfulMessaging.send({ type: "status" });
    if (latest.get(element) !== asked) return null;
    if (!reply.ok) {
      renderFailure(element, reply.error);
      return null;
    }
    render(element, reply.data.state);
    return reply.data;
  }

  // "Could not ask Tactful: <reason>." for a status request that got no state back.
  function renderFailure(element, error) {
    element.textContent = `Could not ask Tactful: ${TactfulRequestErrors.reason(error)}.`;
    element.dataset.state = "error";
  }

  return { MESSAGES, render, show };
})();
