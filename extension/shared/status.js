// What each connection state says to the user; the options page and the popup show the same words.
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

  // Asks the service worker how the server is doing and shows it in `element`.
  async function show(element) {
    render(element, "checking");
    const ext = globalThis.browser ?? globalThis.chrome;
    const reply = await ext.runtime.sendMessage({ type: "status" });
    render(element, reply?.ok ? reply.data.state : "error");
  }

  return { MESSAGES, render, show };
})();
