// The three kinds of push Tactful warns about, with the words the extension shows for each. One
// list for the panel, the popup, the options page and the drafts page. Classic script: it
// defines one global, TactfulCategories, for the content scripts (manifest.json), the worker
// (importScripts) and the pages (a <script> tag).
"use strict";

var TactfulCategories = (() => {
  // The words for each of the engine's categories (shared/domain.js, generated, loaded first).
  const NAMES = Object.freeze({
    reciprocity_demand: "like-for-like demand",
    cold_pitch: "cold pitch",
    unearned_ask: "unearned ask",
  });
  const IDS = TactfulDomain.categories; // in the order the server's documentation lists them

  const isCategory = (value) => typeof value === "string" && Object.hasOwn(NAMES, value);

  // "cold pitch"; an unknown id comes back as it is (or "warning" when it is not a string).
  const nameOf = (id) => (isCategory(id) ? NAMES[id] : typeof id === "string" && id ? id : "warning");

  // "Cold pitch", for labels and buttons.
  const labelOf = (id) => {
    const name = nameOf(id);
    return name.charAt(0).toUpperCase() + name.slice(1);
  };

  // What the panel and the drafts page say once the user's "it is this kind" is stored.
  const savedAs = (id) =>
    `Thanks: saved on this computer as “${labelOf(id)}”, for when you retrain Tactful with your feedback.`;

  return { NAMES, IDS, isCategory, nameOf, labelOf, savedAs };
})();
