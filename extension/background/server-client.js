// The one place that talks to the local Tactful server. Paths are fixed by the callers in
// requests.js; nothing here accepts a URL from a message.
"use strict";

var TactfulServer = (() => {
  const TIMEOUT_MS = 15000;

  class ServerError extends Error {
    // kind: "down" (no answer), "unpaired" (no token yet), "unauthorized" (401), "http" (any other status);
    // code: the server's error code ("feedback_full", "invalid", ...) when it sent one.
    constructor(kind, message, status = 0, code = "") {
      super(message);
      this.kind = kind;
      this.status = status;
      this.code = code;
    }
  }

  async function call(settings, method, path, body, { auth = true, timeoutMs = TIMEOUT_MS } = {}) {
    const origin = TactfulSettings.normalizeServerUrl(settings.serverUrl);
    if (!origin) throw new ServerError("down", "Server URL is not a local address");
    if (auth && !settings.token) throw new ServerError("unpaired", "No pairing code saved");
    const headers = { Accept: "application/json" };
    if (auth) headers.Authorization = `Bearer ${settings.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(origin + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
        cache: "no-store",
        redirect: "error",
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ServerError("down", `Server not reachable: ${error.name}`);
    }
    if (response.status === 401) throw new ServerError("unauthorized", "Pairing code wrong", 401);
    if (response.status === 204) return null;
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      const message = typeof data?.error?.message === "string" ? data.error.message : `HTTP ${response.status}`;
      const code = typeof data?.error?.code === "string" ? data.error.code : "";
      throw new ServerError("http", message, response.status, code);
    }
    return data;
  }

  // "connected" | "down" | "unpaired" | "unauthorized" | "error"
  async function connectionState(settings) {
    try {
      await call(settings, "GET", "/v1/health", undefined, { auth: false, timeoutMs: 3000 });
      // Health needs no token, so prove the pairing code with the cheapest authenticated call.
      await call(settings, "POST", "/v1/check", { text: "Hello" }, { timeoutMs: 5000 });
      return "connected";
    } catch (error) {
      return error instanceof ServerError && error.kind !== "http" ? error.kind : "error";
    }
  }

  return { call, connectionState, ServerError };
})();
