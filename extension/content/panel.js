// The suggestion panel (role="dialog"): each warning's message and why, "Rewrite", "Dismiss",
// "Save draft", and after "Rewrite" the proposals (kind, changed words marked, removed words),
// each with "Use this rewrite".
// Keyboard: it takes focus when opened, Tab cycles inside, Escape closes.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  let panelCount = 0;

  // Every handler on the panel's controls runs for the user's own input only: an event the page's
  // scripts made (click(), dispatchEvent) has isTrusted false and does nothing.
  const trustedOnly = (handler) => (event) => {
    if (!event.isTrusted) return;
    handler(event);
  };

  function element(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), trustedOnly(value));
      else if (key === "role" || key.includes("-")) node.setAttribute(key, value);
      else node[key] = value;
    }
    node.append(...children);
    return node;
  }

  class SuggestionPanel {
    // actions: {rewrite(), use(text), dismiss(issue), saveDraft(), close()}; each may return a promise.
    constructor(actions) {
      const { root } = T.uiHost.ensureUiRoot();
      this.actions = actions;
      this.busy = false; // true while rewrites are being fetched: new check results must not redraw the panel
      const titleId = `tactful-panel-title-${++panelCount}`;
      this.dialog = element("div", { class: "panel", role: "dialog", "aria-labelledby": titleId, hidden: true });
      this.title = element("h2", { id: titleId }, "Tactful");
      this.body = element("div");
      this.status = element("p", { class: "status", role: "status" });
      this.dialog.append(
        this.title,
        element("button", { type: "button", class: "close", "aria-label": "Close", onclick: () => this.actions.close() }, "×"),
        this.body,
        this.status,
      );
      this.dialog.addEventListener("keydown", trustedOnly((event) => this.onKeydown(event)));
      root.append(this.dialog);
    }

    get isOpen() {
      return !this.dialog.hidden;
    }

    open(anchorRect, issues) {
      this.showIssues(issues);
      this.dialog.hidden = false;
      this.place(anchorRect);
      this.body.querySelector("button")?.focus();
    }

    close() {
      this.dialog.hidden = true;
      this.setStatus("");
    }

    // Below the indicator when there is room, else above it; always inside the viewport.
    place(anchorRect) {
      const width = this.dialog.offsetWidth;
      const height = this.dialog.offsetHeight;
      const left = Math.min(Math.max(8, anchorRect.right - width), window.innerWidth - width - 8);
      let top = anchorRect.bottom + 6;
      if (top + height > window.innerHeight - 8) top = Math.max(8, anchorRect.top - height - 6);
      this.dialog.style.left = `${left}px`;
      this.dialog.style.top = `${top}px`;
    }

    showIssues(issues) {
      const items = issues.map((issue) =>
        element(
          "section",
          { class: `issue ${issue.severity}` },
          element("p", { class: "message" }, issue.message),
          element("p", { class: "why" }, issue.why),
          element("p", {}, "In your draft: ", element("q", {}, issue.quote)),
          element("button", { type: "button", onclick: () => this.actions.dismiss(issue) }, "Dismiss"),
        ),
      );
      if (!items.length) items.push(element("p", {}, "Nothing to flag in this draft."));
      this.body.replaceChildren(
        ...items,
        element(
          "div",
          { class: "actions body-actions" },
          element("button", { type: "button", class: "primary", onclick: () => this.runRewrite() }, "Rewrite"),
          element("button", { type: "button", onclick: () => this.runSaveDraft() }, "Save draft"),
        ),
      );
    }

    async runRewrite() {
      this.setStatus("Writing suggestions…");
      const rewrites = await this.actions.rewrite();
      if (!rewrites) return; // the action reported its own error
      this.setStatus(rewrites.length ? "" : "No rewrite to suggest for this draft.");
      // Each proposal shows its kind, its new words marked and the draft's removed words (shared/rewrite-view.js).
      const items = rewrites.map((rewrite) =>
        element(
          "section",
          { class: "rewrite" },
          ...TactfulRewriteView.rewriteParts(rewrite),
          element("button", { type: "button", class: "primary", onclick: () => this.actions.use(rewrite.text) }, "Use this rewrite"),
        ),
      );
      this.body.querySelector(".rewrites")?.remove();
      const list = element("div", { class: "rewrites", "aria-label": "Suggested rewrites", role: "group" }, ...items);
      this.body.append(list);
      list.querySelector("button")?.focus();
    }

    async runSaveDraft() {
      this.setStatus("Saving…");
      this.setStatus((await this.actions.saveDraft()) ? "Draft saved." : this.status.textContent);
    }

    setStatus(text) {
      this.status.textContent = text;
    }

    onKeydown(event) {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        this.actions.close();
      } else if (event.key === "Tab") {
        const buttons = [...this.dialog.querySelectorAll("button")].filter((button) => !button.disabled);
        const first = buttons[0];
        const last = buttons.at(-1);
        const current = this.dialog.getRootNode().activeElement;
        if (event.shiftKey && current === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && current === last) {
          event.preventDefault();
          first.focus();
        }
      }
      // Keys typed in the panel must not reach the page's shortcuts.
      event.stopPropagation();
    }

    remove() {
      this.dialog.remove();
    }
  }

  T.SuggestionPanel = SuggestionPanel;
})();
