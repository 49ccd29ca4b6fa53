// Names the extension's scripts use that neither the DOM library nor @types/chrome declares.

// Firefox's promise-based WebExtension namespace; Tactful uses only the part it shares with Chrome's
// (`globalThis.browser ?? globalThis.chrome`).
declare var browser: typeof chrome | undefined;

// The content scripts' shared namespace (each script adds its part: `globalThis.Tactful ??= {}`). Their
// messages to the worker go through shared/messaging.js, typed against shared/protocol.js.
declare var Tactful: {
  [member: string]: any;
};
