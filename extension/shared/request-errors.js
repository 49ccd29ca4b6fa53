// Why a request through the service worker failed, in words for the user: the {ok: false, error}
// replies of background/requests.js ({kind, status, code, message}) turned into the end of a
// sentence such as "Could not save your feedback: <reason>." One list for the panel, the drafts
// page and the options page. Classic script: it defines one global, TactfulRequestErrors.
"use strict";

var TactfulRequestErrors = (() => {
  // The server's error codes that need their own words; the rest go by HTTP status.
  const BY_CODE = Object.freeze({
    feedback_full: "your feedback list is full; remove some under “Your feedback” in Tactful's options",
  });

  const BY_STATUS = Object.freeze({
    404: "it is no longer on the server",
    409: "the server's store is full",
    413: "the text is too long for the server",
    503: "the server is busy; try again in a moment",
  });

  const BY_KIND = Object.freeze({
    down: "the Tactful server is not running (start it with make run)",
    unauthorized: "the pairing code is missing or wrong (see Options)",
    unpaired: "the pairing code is missing or wrong (see Options)",
    orphaned: "Tactful was updated or reloaded; reload this page",
    forbidden: "this page may not do that",
  });

  // The server's messages never repeat the draft (DESIGN.md), so a 422's message is safe to show.
  function reason(error) {
    const kind = error?.kind;
    if (kind === "http") {
      if (typeof error.code === "string" && Object.hasOwn(BY_CODE, error.code)) return BY_CODE[error.code];
      if (Object.hasOwn(BY_STATUS, error.status)) return BY_STATUS[error.status];
      if (error.status === 422 && typeof error.message === "string" && error.message) {
        return `the server refused it (${error.message})`;
      }
      return `the server answered with an error (HTTP ${error.status || "?"})`;
    }
    if (typeof kind === "string" && Object.hasOwn(BY_KIND, kind)) return BY_KIND[kind];
    if (kind === "invalid" && typeof error.message === "string") return error.message;
    return "something went wrong inside Tactful";
  }

  return { reason };
})();
