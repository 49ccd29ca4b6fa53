// Composer discovery: follows which draft box the user is in as the single-page app adds,
// focuses and removes editors. Watches the page (focus events and a MutationObserver) rather
// than querying it once.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});

  // The composer containing `node` for this site, or null.
  function composerFor(site, node) {
    let element = node instanceof Element ? node : node?.parentElement;
    if (!element) return null;
    const composer = element.closest(site.composers.join(","));
    if (!composer || !composer.isConnected) return null;
    if (composer instanceof HTMLTextAreaElement && (composer.readOnly || composer.disabled)) return null;
    if (site.ignored.some((selector) => composer.matches(selector))) return null;
    return composer;
  }

  function surfaceFor(site, composer) {
    for (const { surface, selectors } of site.surfaces) {
      if (selectors.some((selector) => composer.matches(selector))) return surface;
    }
    return "other";
  }

  // Calls onEnter(composer) when the user moves into a composer, onLeave() when they move to
  // something else on the page, and onRemoved(composer) when the active one leaves the DOM.
  // `isOwnUi(node)` tells apart Tactful's own indicator and panel, which do not count as leaving.
  function watchComposers({ site, isOwnUi, onEnter, onLeave, onRemoved, signal }) {
    let active = null;

    const enter = (composer) => {
      if (composer === active) return;
      active = composer;
      onEnter(composer);
    };

    document.addEventListener(
      "focusin",
      (event) => {
        const target = event.composedPath()[0] ?? event.target;
        if (isOwnUi(event.target)) return;
        const composer = composerFor(site, target);
        if (composer) {
          enter(composer);
        } else if (active) {
          active = null;
          onLeave();
        }
      },
      { capture: true, signal },
    );

    // Facebook mounts and unmounts composers constantly (dialogs, comment threads, chat heads).
    const observer = new MutationObserver(() => {
      if (active && !active.isConnected) {
        const gone = active;
        active = null;
        onRemoved(gone);
      }
      if (!active) {
        const composer = composerFor(site, document.activeElement);
        if (composer) enter(composer);
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener("abort", () => observer.disconnect());

    const initial = composerFor(site, document.activeElement);
    if (initial) enter(initial);
  }

  T.composers = { composerFor, surfaceFor, watchComposers };
})();
