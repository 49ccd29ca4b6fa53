// The shadow root that holds everything Tactful draws on a page (indicator, panel, overlay
// boxes, the textarea mirror). It hangs off <html>, outside any editor, so the page's CSS cannot
// reach in and the editors' DOM is never touched. The root is closed and only this isolated
// world holds it (T.ui): the page's scripts see an empty <tactful-ui> whose shadowRoot is null,
// so they cannot walk to the warnings, quotes and rewrites or to the buttons (and the controls
// act on trusted input only). Chromium's window.find() does still match text rendered in a
// closed root, so what the open panel shows is hidden from the page's DOM, not secret from it.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});

  const STYLES = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
    .box { position: fixed; pointer-events: none; border-bottom: 2px solid #d93025; background: rgba(217, 48, 37, 0.12); border-radius: 2px; }
    .box.advice { border-bottom-color: #1a73e8; background: rgba(26, 115, 232, 0.1); }
    .mirror { position: fixed; visibility: hidden; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; pointer-events: none; }
    .indicator {
      position: fixed; z-index: 2147483647; pointer-events: auto;
      display: inline-flex; align-items: center; gap: 4px; min-width: 24px; height: 24px; padding: 0 7px;
      border-radius: 12px; border: 1px solid #c5c9d0; background: #fff; color: #1f2328; cursor: pointer;
      font: 600 12px/1 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.2);
    }
    .indicator[data-state="warning"] { background: #d93025; border-color: #d93025; color: #fff; }
    .indicator[data-state="advice"] { background: #1a73e8; border-color: #1a73e8; color: #fff; }
    .indicator:focus-visible, .panel button:focus-visible { outline: 3px solid #fbbc04; outline-offset: 2px; }
    .panel {
      position: fixed; z-index: 2147483647; pointer-events: auto; width: min(380px, calc(100vw - 16px));
      max-height: min(480px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px;
      background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px;
      box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
    }
    .panel h2 { margin: 0 0 8px; font-size: 15px; }
    .panel .issue { margin: 0 0 10px; padding: 8px 10px; border-left: 3px solid #d93025; background: rgba(217,48,37,.06); border-radius: 4px; }
    .panel .issue.advice { border-left-color: #1a73e8; background: rgba(26,115,232,.06); }
    .panel .message { margin: 0 0 4px; font-weight: 600; }
    .panel .why { margin: 0 0 6px; }
    .panel q { font-style: italic; }
    .panel .rewrite { margin: 0 0 10px; padding: 8px 10px; border: 1px solid #d0d7de; border-radius: 4px; }
    .panel .rewrite p { margin: 0 0 6px; white-space: pre-wrap; }
    .panel .rewrite .kind { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #59636e; }
    .panel mark.changed { background: #fff8c5; color: inherit; border-bottom: 2px solid #bf8700; border-radius: 2px; padding: 0 1px; }
    .panel .rewrite .removed { font-size: 13px; color: #59636e; }
    .panel .removed del { text-decoration-color: #d93025; background: rgba(217, 48, 37, 0.08); border-radius: 2px; padding: 0 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
    .panel .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
    .panel button {
      font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
      border: 1px solid #d0d7de; background: #f6f8fa; color: inherit;
    }
    .panel button.primary { background: #1f883d; border-color: #1f883d; color: #fff; }
    .panel button:disabled { cursor: default; opacity: .6; }
    .panel .choices { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .panel .choices[hidden] { display: none; }
    .panel .choices .question { margin: 0; flex-basis: 100%; font-size: 13px; }
    .panel .hidden-note { margin: 0 0 8px; font-size: 13px; color: #59636e; }
    .panel .close { position: absolute; top: 8px; right: 8px; border: none; background: transparent; font-size: 16px; line-height: 1; }
    .panel .status { margin: 6px 0 0; color: #59636e; }
    @media (prefers-color-scheme: dark) {
      .indicator { background: #262c36; color: #f0f6fc; border-color: #3d444d; }
      .panel { background: #151b23; color: #f0f6fc; border-color: #3d444d; }
      .panel button { background: #262c36; border-color: #3d444d; }
      .panel .rewrite { border-color: #3d444d; }
      .panel .rewrite .kind, .panel .rewrite .removed { color: #9198a1; }
      .panel mark.changed { background: rgba(187, 128, 9, 0.35); color: #f0f6fc; border-bottom-color: #d29922; }
      .panel .removed del { text-decoration-color: #f85149; background: rgba(248, 81, 73, 0.12); }
      .panel .status, .panel .hidden-note { color: #9198a1; }
    }
  `;

  // A page that defined tactful-ui as a custom element before Tactful came would have its own
  // constructor run on the host, and that element's ElementInternals (attachInternals()) can read
  // even a closed root attached afterwards. A plain <div> can never be a page's custom element.
  function createHost() {
    const host = document.createElement("tactful-ui");
    return host.matches(":defined") ? document.createElement("div") : host;
  }

  // Creates the host on first use; returns {host, root, layer}. Never put the root (or anything
  // inside it) where the page can reach it: on the host, on window, in a page-visible event.
  function ensureUiRoot() {
    if (T.ui?.host.isConnected) return T.ui;
    const host = createHost();
    const root = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLES;
    const layer = document.createElement("div");
    layer.className = "layer";
    root.append(style, layer);
    document.documentElement.append(host);
    T.ui = { host, root, layer };
    return T.ui;
  }

  function removeUiRoot() {
    T.ui?.host.remove();
    T.ui = null;
  }

  const isOwnUi = (node) => Boolean(T.ui && node === T.ui.host);

  T.uiHost = { ensureUiRoot, removeUiRoot, isOwnUi };
})();
