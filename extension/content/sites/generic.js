// Selectors for sites the user opted in to (optional host permissions): any rich-text editor or
// text area. Also the fallback when no specific site module matches the hostname.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  T.sites ??= {};

  T.sites.generic = {
    id: "generic",
    hosts: [],
    composers: [
      // Rich-text editors that announce themselves as text boxes (Lexical, ProseMirror, Draft.js).
      '[contenteditable="true"][role="textbox"]',
      // Lexical editors without a role.
      '[contenteditable="true"][data-lexical-editor="true"]',
      // Plain multi-line text fields.
      "textarea",
    ],
    ignored: [
      // Search fields and autocomplete boxes.
      '[role="combobox"]',
      '[aria-label*="Search" i]',
    ],
    surfaces: [],
  };

  // The site module for a hostname: the first whose hosts match, else the generic one.
  T.siteFor = (hostname) =>
    Object.values(T.sites).find((site) => site.hosts.some((pattern) => pattern.test(hostname))) ?? T.sites.generic;
})();
