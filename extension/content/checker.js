// Debounced checking of one composer's text: waits for a pause in typing, asks the worker,
// discards replies for text that has changed since, and remembers results per text.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});

  const CACHE_SIZE = 200;
  const cache = new Map(); // "surface\u0000text" -> check result, shared by all composers on the page

  function remember(key, result) {
    cache.delete(key);
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  }

  class DraftChecker {
    // onResult(text, result) gets the check result (null for blank text);
    // onError(error) gets {kind, ...} when the worker or the server could not answer.
    constructor({ surface, onResult, onError, delayMs = 250 }) {
      this.surface = surface;
      this.onResult = onResult;
      this.onError = onError;
      this.delayMs = delayMs;
      this.timer = 0;
      this.latest = null;
      this.generation = 0; // bumped by reset(): answers to requests sent before it are stale
    }

    update(text) {
      if (text === this.latest) return;
      this.latest = text;
      clearTimeout(this.timer);
      if (!text.trim()) {
        this.onResult(text, null);
        return;
      }
      const key = `${this.surface}\u0000${text}`;
      if (cache.has(key)) {
        this.onResult(text, cache.get(key));
        return;
      }
      this.timer = setTimeout(() => this.send(text, key), this.delayMs);
    }

    async send(text, key) {
      const generation = this.generation;
      const reply = await TactfulMessaging.send({ type: "check", text, surface: this.surface });
      if (generation !== this.generation) return; // asked before the settings or the feedback changed
      if (reply.ok) remember(key, reply.data);
      if (text !== this.latest) return; // the user typed on: this answer is stale
      if (reply.ok) this.onResult(text, reply.data);
      else this.onError(reply.error);
    }

    // Forget the current text so the next update() checks again (after settings or feedback change).
    reset() {
      clearTimeout(this.timer);
      this.latest = null;
      this.generation += 1;
    }

    stop() {
      clearTimeout(this.timer);
      this.latest = Symbol("stopped");
    }
  }

  T.DraftChecker = DraftChecker;
  T.clearCheckCache = () => cache.clear();
})();
