// Content scripts never call the server: they send one of the known request types to the
// service worker. Failures come back as {ok: false, error} and are never thrown into the page.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  const ext = globalThis.browser ?? globalThis.chrome;

  /** @type {<R extends TactfulRequest>(message: R) => Promise<TactfulReply<R["type"]>>} */
  T.request = async (message) => {
    try {
      // After the extension is updated or reloaded, this old content script loses its runtime.
      if (!ext?.runtime?.id) return { ok: false, error: { kind: "orphaned" } };
      const reply = await ext.runtime.sendMessage(message);
      return reply ?? { ok: false, error: { kind: "down" } };
    } catch {
      return { ok: false, error: { kind: "orphaned" } };
    }
  };
})();
