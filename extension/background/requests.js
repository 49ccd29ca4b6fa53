// The allowlist of requests the service worker relays. Each entry validates its message and
// builds the server path itself: no message can name a URL, a path or a method (no open proxy).
// `pagesOnly` requests are refused from content scripts; only the extension's own pages
// (options, popup, drafts) may manage saved drafts and list or remove feedback.
"use strict";

var TactfulRequests = (() => {
  const MAX_TEXT = 20000;
  const SURFACES = ["post", "comment", "message", "other"];
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

  const { call, connectionState } = TactfulServer;

  /**
   * One entry for each request type in shared/protocol.js and for no other: the type check fails if they drift.
   * @typedef {Awaited<ReturnType<typeof TactfulSettings.load>>} Settings
   * @type {{[K in TactfulRequest["type"]]: {
   *   pagesOnly?: boolean,
   *   run: (message: Extract<TactfulRequest, {type: K}>, settings: Settings) => Promise<Answers[K]>,
   * }}}
   */
  const HANDLERS = {
    status: { run: async (message, settings) => ({ state: await connectionState(settings) }) },
    check: {
      run: (message, settings) =>
        call(settings, "POST", "/v1/check", {
          text: text(message),
          surface: surface(message),
          sensitivity: settings.sensitivity,
        }),
    },
    rewrite: {
      run: (message, settings) =>
        call(settings, "POST", "/v1/rewrite", {
          text: text(message),
          surface: surface(message),
          profile: profile(settings),
          style: STYLES.includes(message.style) ? message.style : undefined,
          n: Number.isInteger(message.n) && message.n > 0 && message.n <= 5 ? message.n : 3,
        }),
    },
    saveDraft: {
      run: (message, settings) =>
        call(settings, "POST", "/v1/drafts", { text: text(message), surface: surface(message) }),
    },
    listDrafts: {
      pagesOnly: true,
      run: (message, settings) => {
        const query = new URLSearchParams();
        for (const name of ["limit", "offset"]) {
          if (Number.isInteger(message[name]) && message[name] >= 0) query.set(name, String(message[name]));
        }
        return call(settings, "GET", `/v1/drafts${query.size ? `?${query}` : ""}`);
      },
    },
    updateDraft: {
      pagesOnly: true,
      run: (message, settings) =>
        call(settings, "PUT", `/v1/drafts/${draftId(message)}`, { text: text(message), surface: surface(message) }),
    },
    deleteDraft: {
      pagesOnly: true,
      run: (message, settings) => call(settings, "DELETE", `/v1/drafts/${draftId(message)}`),
    },
    // From the panel (content scripts) and the drafts page. Every open page checks again after it.
    feedback: {
      run: async (message, settings) => {
        await call(settings, "POST", "/v1/feedback", feedback(message));
        await TactfulSettings.noteFeedbackChanged();
        return null;
      },
    },
    listFeedback: {
      pagesOnly: true,
      run: (message, settings) => {
        const query = new URLSearchParams();
        if (Number.isInteger(message.limit) && message.limit > 0 && message.limit <= MAX_FEEDBACK_PAGE) {
          query.set("limit", String(message.limit));
        }
        if (message.after !== undefined && message.after !== null) query.set("after", feedbackId(message.after));
        return call(settings, "GET", `/v1/feedback${query.size ? `?${query}` : ""}`);
      },
    },
    deleteFeedback: {
      pagesOnly: true,
      run: async (message, settings) => {
        await call(settings, "DELETE", `/v1/feedback/${feedbackId(message.id)}`);
        await TactfulSettings.noteFeedbackChanged();
        return null;
      },
    },
    checkDrafts: {
      pagesOnly: true,
      run: (message, settings) => call(settings, "POST", "/v1/drafts/check", { sensitivity: settings.sensitivity }, { timeoutMs: 300000 }),
    },
  };

  // Returns {ok: true, data} or {ok: false, error: {kind, status, message}}; never throws.
  /** @returns {Promise<TactfulReply>} */
  async function handle(message, sender, extensionOrigin) {
    const type = message?.type;
    const handler = typeof type === "string" && Object.hasOwn(HANDLERS, type) ? HANDLERS[type] : null;
    if (!handler) return { ok: false, error: { kind: "invalid", message: "unknown request type" } };
    const fromPage = (sender.url ?? "").startsWith(extensionOrigin);
    if (handler.pagesOnly && !fromPage) {
      return { ok: false, error: { kind: "forbidden", message: "not allowed from web pages" } };
    }
    try {
      const settings = await TactfulSettings.load();
      return { ok: true, data: await handler.run(message, settings) };
    } catch (error) {
      if (error instanceof InvalidRequest) return { ok: false, error: { kind: "invalid", message: error.message } };
      if (error instanceof TactfulServer.ServerError) {
        return { ok: false, error: { kind: error.kind, status: error.status, code: error.code, message: error.message } };
      }
      return { ok: false, error: { kind: "error", message: String(error?.message ?? error) } };
    }
  }

  return { handle };
})();
