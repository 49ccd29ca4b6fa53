// The allowlist of requests the service worker relays. Each entry validates its message and
// builds the server path itself: no message can name a URL, a path or a method (no open proxy).
// `pagesOnly` requests are refused from content scripts; only the extension's own pages
// (options, popup, drafts) may manage saved drafts and list or remove feedback. What each request
// sends is a pure function of the message and the settings (serverCall), so tests/js reads it
// without a browser or a server. Two requests are answered by the worker itself: `status` (which asks the
// server twice, see server-client.js) and `pair`, which saves the pairing code (background/pairing.js;
// pages only, and nothing hands the code back).
"use strict";

var TactfulRequests = (() => {
  const MAX_TEXT = TactfulDomain.max_text_chars; // shared/domain.js, generated from the engine
  const SURFACES = TactfulDomain.surfaces;
  const STYLES = ["introduction", "question", "value"];
  const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
  const VERDICTS = ["correct", "wrong"];
  const MAX_FEEDBACK_PAGE = 500;

  class InvalidRequest extends Error {}

  function text(message) {
    if (typeof message.text !== "string" || message.text.length > MAX_TEXT) {
      throw new InvalidRequest("text must be a string of at most 20,000 characters");
    }
    return message.text;
  }
  function surface(message) {
    return SURFACES.includes(message.surface) ? message.surface : undefined;
  }
  function draftId(message) {
    const id = String(message.id ?? "");
    if (!ID_PATTERN.test(id)) throw new InvalidRequest("bad draft id");
    return encodeURIComponent(id);
  }
  function feedbackId(value) {
    const id = typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
    if (typeof id !== "string" || !ID_PATTERN.test(id)) throw new InvalidRequest("bad feedback id");
    return encodeURIComponent(id);
  }
  // What the user says about a text: "wrong" without a category is "not pushy"; "wrong" with one
  // is "it is this kind instead" (a wrong category, or a push Tactful missed).
  function feedback(message) {
    const body = { text: text(message), verdict: message.verdict };
    if (!body.text.trim()) throw new InvalidRequest("feedback needs the text it is about");
    if (!VERDICTS.includes(body.verdict)) throw new InvalidRequest("verdict must be correct or wrong");
    if (message.category !== undefined && message.category !== null) {
      if (!TactfulCategories.isCategory(message.category)) throw new InvalidRequest("unknown category");
      body.category = message.category;
    }
    return body;
  }
  function profile(settings) {
    const result = {};
    if (settings.name) result.name = settings.name;
    if (settings.business) result.business = settings.business;
    if (settings.pageUrl) result.page_url = settings.pageUrl;
    return result;
  }

  /**
   * The one server call a request stands for: built from the message and the settings alone, so what is sent
   * can be read without sending it. Throws InvalidRequest when the message is not one to relay.
   * @typedef {{method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: object, timeoutMs?: number}} ServerCall
   * @typedef {Awaited<ReturnType<typeof TactfulSettings.load>> & {token: string}} Settings the settings and the
   *   pairing code
   */

  /**
   * One entry for each request type in shared/protocol.js but the worker's own (`status` and `pair`) and for
   * no other: the type check fails if they drift. `changesFeedback`: the reply is
   * null, and every open page is told to check again.
   * @type {{[K in Exclude<TactfulRequest["type"], WorkerRequestType>]: {
   *   pagesOnly?: boolean,
   *   changesFeedback?: boolean,
   *   build: (message: Extract<TactfulRequest, {type: K}>, settings: Settings) => ServerCall,
   * }}}
   */
  const CALLS = {
    check: {
      build: (message, settings) => ({
        method: "POST",
        path: "/v1/check",
        body: { text: text(message), surface: surface(message), sensitivity: settings.sensitivity },
      }),
    },
    rewrite: {
      build: (message, settings) => ({
        method: "POST",
        path: "/v1/rewrite",
        body: {
          text: text(message),
          surface: surface(message),
          profile: profile(settings),
          style: STYLES.includes(message.style) ? message.style : undefined,
          n: Number.isInteger(message.n) && message.n > 0 && message.n <= 5 ? message.n : 3,
        },
      }),
    },
    saveDraft: {
      build: (message) => ({
        method: "POST",
        path: "/v1/drafts",
        body: { text: text(message), surface: surface(message) },
      }),
    },
    listDrafts: {
      pagesOnly: true,
      build: (message) => {
        const query = new URLSearchParams();
        for (const name of ["limit", "offset"]) {
          if (Number.isInteger(message[name]) && message[name] >= 0) query.set(name, String(message[name]));
        }
        return { method: "GET", path: `/v1/drafts${query.size ? `?${query}` : ""}` };
      },
    },
    updateDraft: {
      pagesOnly: true,
      build: (message) => ({
        method: "PUT",
        path: `/v1/drafts/${draftId(message)}`,
        body: { text: text(message), surface: surface(message) },
      }),
    },
    deleteDraft: {
      pagesOnly: true,
      build: (message) => ({ method: "DELETE", path: `/v1/drafts/${draftId(message)}` }),
    },
    // From the panel (content scripts) and the drafts page.
    feedback: {
      changesFeedback: true,
      build: (message) => ({ method: "POST", path: "/v1/feedback", body: feedback(message) }),
    },
    listFeedback: {
      pagesOnly: true,
      build: (message) => {
        const query = new URLSearchParams();
        if (Number.isInteger(message.limit) && message.limit > 0 && message.limit <= MAX_FEEDBACK_PAGE) {
          query.set("limit", String(message.limit));
        }
        if (message.after !== undefined && message.after !== null) query.set("after", feedbackId(message.after));
        return { method: "GET", path: `/v1/feedback${query.size ? `?${query}` : ""}` };
      },
    },
    deleteFeedback: {
      pagesOnly: true,
      changesFeedback: true,
      build: (message) => ({ method: "DELETE", path: `/v1/feedback/${feedbackId(message.id)}` }),
    },
    checkDrafts: {
      pagesOnly: true,
      build: (message, settings) => ({
        method: "POST",
        path: "/v1/drafts/check",
        body: { sensitivity: settings.sensitivity },
        timeoutMs: 300000,
      }),
    },
  };

  /** @typedef {"status" | "pair"} WorkerRequestType */
  const WORKER_REQUESTS = { status: { pagesOnly: false }, pair: { pagesOnly: true } };
  const workerRequest = (type) => Object.hasOwn(WORKER_REQUESTS, type);
  const known = (type) => typeof type === "string" && (workerRequest(type) || Object.hasOwn(CALLS, type));

  // Why the worker will not relay `message` from `sender` at all, as a reply error; null when it may.
  // Only the extension's own pages (whose URLs start with `extensionOrigin`) may send pagesOnly requests.
  /** @returns {ReplyError | null} */
  function refusal(message, sender, extensionOrigin) {
    const type = message?.type;
    if (!known(type)) return { kind: "invalid", message: "unknown request type" };
    // The origin and the slash after it, so "chrome-extension://abc" does not also admit "chrome-extension://abcd/".
    const fromPage = typeof sender?.url === "string" && sender.url.startsWith(`${extensionOrigin}/`);
    const pagesOnly = workerRequest(type) ? WORKER_REQUESTS[type].pagesOnly : CALLS[type].pagesOnly;
    if (pagesOnly && !fromPage) {
      return { kind: "forbidden", message: "not allowed from web pages" };
    }
    return null;
  }

  // The server call for a known request type other than the worker's own (see CALLS); throws InvalidRequest.
  /** @returns {ServerCall} */
  function serverCall(message, settings) {
    if (!known(message?.type) || workerRequest(message.type)) throw new InvalidRequest("no server call for this type");
    return CALLS[message.type].build(message, settings);
  }

  // A failure as the reply error the pages and content scripts word (shared/request-errors.js).
  /** @returns {ReplyError} */
  function replyError(error) {
    if (error instanceof InvalidRequest) return { kind: "invalid", message: error.message };
    if (error instanceof TactfulServer.ServerError) {
      return { kind: error.kind, status: error.status, code: error.code, message: error.message };
    }
    return { kind: "error", message: String(error?.message ?? error) };
  }

  // The pairing code a `pair` request carries ("" forgets the saved one).
  function pairingCode(message) {
    const code = message.token;
    if (typeof code !== "string" || code.length > TactfulPairing.MAX_CODE) {
      throw new InvalidRequest("the pairing code must be a string of at most 2,000 characters");
    }
    return code; // TactfulPairing.save trims it
  }

  // What the worker and the server make of `message`; the pairing code is read only when a request needs it.
  async function answer(message) {
    if (message.type === "pair") {
      await TactfulPairing.save(pairingCode(message));
      return null;
    }
    const settings = { ...(await TactfulSettings.load()), token: await TactfulPairing.load() };
    if (message.type === "status") {
      return { state: await TactfulServer.connectionState(settings), paired: Boolean(settings.token) };
    }
    const { method, path, body, timeoutMs } = serverCall(message, settings);
    const data = await TactfulServer.call(settings, method, path, body, timeoutMs ? { timeoutMs } : {});
    if (!CALLS[message.type].changesFeedback) return data;
    await TactfulSettings.noteFeedbackChanged();
    return null;
  }

  // Returns {ok: true, data} or {ok: false, error: {kind, status, code, message}}; never throws.
  /** @returns {Promise<TactfulReply>} */
  async function handle(message, sender, extensionOrigin) {
    const refused = refusal(message, sender, extensionOrigin);
    if (refused) return { ok: false, error: refused };
    try {
      return { ok: true, data: await answer(message) };
    } catch (error) {
      return { ok: false, error: replyError(error) };
    }
  }

  return { handle, refusal, serverCall, replyError, InvalidRequest };
})();
