// Names the extension's scripts use that neither the DOM library nor @types/chrome declares.

// Firefox's promise-based WebExtension namespace; Tactful uses only the part it shares with Chrome's
// (`globalThis.browser ?? globalThis.chrome`).
declare var browser: typeof chrome | undefined;

// The content scripts' shared namespace (each script adds its part: `globalThis.Tactful ??= {}`). Only the
// request function is typed, so every message a content script sends is checked against shared/protocol.js.
declare var Tactful: {
  request?: <R extends TactfulRequest>(message: R) => Promise<TactfulReply<R["type"]>>;
  [member: string]: any;
};
