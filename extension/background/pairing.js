// The pairing code, held by the background worker alone. It lives in an IndexedDB database of the
// extension's own origin, which a content script cannot open: a content script's indexedDB is the web
// page's, and storage.local (where every other setting lives) is readable from the content-script world,
// so a compromised renderer of facebook.com could read it there. The extension's pages set the code with a
// `pair` request (background/requests.js); nothing ever reads it back out of the worker. Every change bumps
// `pairingRevision` in storage.local, a counter with no secret in it, so open pages check again.
// A code saved by an older version in storage.local is moved here the first time it is needed, or as soon as
// one is written there.
"use strict";

var TactfulPairing = (() => {
  const ext = globalThis.browser ?? globalThis.chrome;
  const DATABASE = "tactful-pairing";
  const STORE = "secrets";
  const KEY = "token";
  const LEGACY_KEY = "token"; // storage.local's key before the move
  const MAX_CODE = 2000;

  /** @type {Promise<string> | null} the code, read once per worker life and kept up to date by save() */
  let cached = null;

  function request(/** @type {IDBRequest} */ pending) {
    return new Promise((resolve, reject) => {
      pending.onsuccess = () => resolve(pending.result);
      pending.onerror = () => reject(pending.error);
    });
  }

  /** @returns {Promise<IDBDatabase>} */
  function open() {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    return request(opening);
  }

  /** Runs `work` on the store in one transaction and resolves with its request's result once it is committed. */
  async function withStore(mode, work) {
    const database = await open();
    try {
      const transaction = database.transaction(STORE, mode);
      const result = request(work(transaction.objectStore(STORE)));
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
      return result;
    } finally {
      database.close();
    }
  }

  const clean = (value) => (typeof value === "string" ? value.trim().slice(0, MAX_CODE) : "");

  async function readCode() {
    const stored = clean(await withStore("readonly", (store) => store.get(KEY)));
    const legacy = await ext.storage.local.get(LEGACY_KEY);
    if (!Object.hasOwn(legacy, LEGACY_KEY)) return stored;
    // An older version kept the code in storage.local: move it, then remove it from there.
    const moved = stored || clean(legacy[LEGACY_KEY]);
    await withStore("readwrite", (store) => store.put(moved, KEY));
    await ext.storage.local.remove(LEGACY_KEY);
    return moved;
  }

  /** The saved pairing code, or "" when there is none. */
  function load() {
    cached ??= readCode().catch((error) => {
      cached = null; // try again next time
      throw error;
    });
    return cached;
  }

  /** Saves `code` ("" forgets it) and tells every open page to check again. */
  async function save(code) {
    const value = clean(code);
    await withStore("readwrite", (store) => store.put(value, KEY));
    cached = Promise.resolve(value);
    await ext.storage.local.remove(LEGACY_KEY);
    const { pairingRevision } = TactfulSettings.normalize(await ext.storage.local.get("pairingRevision"));
    await ext.storage.local.set({ pairingRevision: pairingRevision + 1 });
  }

  // A code written to storage.local (by an older version, or restored into it) is moved out at once.
  function watch() {
    ext.storage.onChanged.addListener((changes, area) => {
      if (area !== "local" || changes[LEGACY_KEY]?.newValue === undefined) return;
      cached = null;
      load().catch(() => {});
    });
  }

  return { load, save, watch, MAX_CODE };
})();
