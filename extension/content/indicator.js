// The indicator: a button by the focused composer whose name says "Tactful" and how many
// warnings the draft has. Clicking it (or Alt+Shift+T in the composer) opens the panel.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});

  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

  // "Tactful: 1 warning", "Tactful: 2 warnings, 1 suggestion", "Tactful: no warnings".
  function describe(issues) {
    const warnings = issues.filter((issue) => issue.severity !== "advice").length;
    const suggestions = issues.length - warnings;
    const parts = [];
    if (warnings) parts.push(plural(warnings, "warning"));
    if (suggestions) parts.push(plural(suggestions, "suggestion"));
    return {
      label: `Tactful: ${parts.length ? parts.join(", ") : "no warnings"}`,
      badge: issues.length ? String(issues.length) : "✓",
      state: warnings ? "warning" : suggestions ? "advice" : "clean",
    };
  }

  class Indicator {
    constructor({ onActivate }) {
      const { root } = T.uiHost.ensureUiRoot();
      this.button = document.createElement("button");
      this.button.type = "button";
      this.button.className = "indicator";
      this.button.hidden = true;
      this.button.setAttribute("aria-haspopup", "dialog");
      this.button.setAttribute("aria-expanded", "false");
      this.button.setAttribute("aria-keyshortcuts", "Alt+Shift+T");
      // Only the user's own clicks (and Enter/Space on the button): the page's scripts can
      // dispatch a click on the host, but an untrusted one does nothing.
      this.button.addEventListener("click", (event) => {
        if (!event.isTrusted) return;
        onActivate();
      });
      root.append(this.button);
    }

    show(issues) {
      const { label, badge, state } = describe(issues);
      this.button.setAttribute("aria-label", label);
      this.button.title = label;
      this.button.textContent = badge;
      this.button.dataset.state = state;
      this.button.hidden = false;
    }

    get hidden() {
      return this.button.hidden;
    }

    hide() {
      this.button.hidden = true;
    }

    // Bottom-right corner of the composer, inside it, like a spell checker's badge.
    place(composerRect) {
      const size = 26;
      const left = Math.min(composerRect.right - size - 4, window.innerWidth - size - 4);
      const top = Math.min(composerRect.bottom - size - 2, window.innerHeight - size - 4);
      this.button.style.left = `${Math.max(4, left)}px`;
      this.button.style.top = `${Math.max(4, top)}px`;
    }

    setExpanded(expanded) {
      this.button.setAttribute("aria-expanded", String(expanded));
    }

    get rect() {
      return this.button.getBoundingClientRect();
    }

    remove() {
      this.button.remove();
    }
  }

  T.Indicator = Indicator;
  T.describeIssues = describe;
})();
