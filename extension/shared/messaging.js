// The one client of the service worker: content scripts, the drafts page, the options page and the popup all
// send their requests (shared/protocol.js) through it; none calls runtime.sendMessage itself. Failures come
// back as {ok: false, error} and are never thrown into a web page; the extension's own pages may use ask(),
// which throws a RequestError worded by shared/request-errors.js (the one error mapping), loaded first.
// Classic script: it defines one global, TactfulMessaging.
"use strict";

var TactfulMessaging = (() => {
  const ext = globalThis.browser ?? globalThis.chrome;

  /** Why a request failed, in words for the user (its `message`), with the reply's error kind and HTTP status. */
  class RequestError extends Error {
    /** @param {ReplyError} error */
    constructor(error) {
      super(TactfulRequestErrors.reason(error));
      this.kind = error.kind;
      this.status = error.status;
    }
  }

  /** @type {<R extends TactfulRequest>(message: R) => Promise<TactfulReply<R["type"]>>} */
  async function send(message) {
    try {
      // After the extension is updated or reloaded, an old content script loses its runtime.
      if (!ext?.runtime?.id) return { ok: false, error: { kind: "orphaned" } };
      const reply = await ext.runtime.sendMessage(message);
      return reply ?? { ok: false, error: { kind: "down" } };
    } catch {
      return { ok: false, error: { kind: "orphaned" } };
    }
  }

  /** @type {<R extends TactfulRequest>(message: R) => Promise<Answers[R["type"]]>} */
  async function ask(message) {
    const reply = await send(message);
    if (reply.ok) return reply.data;
    throw new RequestError(reply.error ?? { kind: "error" });
  }

  return { send, ask, RequestError };
})();
