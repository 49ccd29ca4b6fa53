// The suggestion panel (role="dialog"): each warning's message and why, with "Dismiss", "Not
// pushy — don't warn me about this" and "Wrong category" (which offers the three categories);
// "Was this missed?" when nothing is flagged; how many warnings the user's feedback or this
// site's switches hide; "Rewrite", "Save draft", and after "Rewrite" the proposals (kind, changed
// words marked, removed words), each with "Use this rewrite".
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

  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

  // What the panel shows, as one string: the same issues and counts need no redraw (which would
  // close an open category choice and move the focus).
  const signature = (issues, hidden) =>
    JSON.stringify([
      issues.map((issue) => [issue.category, issue.severity, issue.message, issue.why, issue.quote, issue.start, issue.end]),
      hidden.byFeedback,
      hidden.bySite,
    ]);

  class SuggestionPanel {
    // actions: {rewrite(), use(text), dismiss(issue), notPushy(issue), recategorize(issue, category),
    // missed(category), saveDraft(), close()}; each may return a promise. The feedback actions
    // resolve to true when the feedback was saved (they report their own errors).
    constructor(actions) {
      const { root } = T.uiHost.ensureUiRoot();
      this.actions = actions;
      this.root = root;
      this.shown = null; // signature() of what the body shows
      this.busy = false; // true while rewrites are being fetched: new check results must not redraw the panel
      this.sending = false; // true while feedback is being saved: one at a time
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

    open(anchorRect, issues, hidden) {
      this.shown = null;
      this.showIssues(issues, hidden);
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

    // `hidden`: {byFeedback, bySite}, how many warnings the user's feedback and this site's
    // category switches keep out of `issues`.
    showIssues(issues, hidden = { byFeedback: 0, bySite: 0 }) {
      const drawn = signature(issues, hidden);
      if (drawn === this.shown) return;
      this.shown = drawn;
      const hadFocus = this.body.contains(this.root.activeElement);
      const items = issues.map((issue) => this.issueSection(issue));
      if (!items.length) items.push(element("p", {}, "Nothing to flag in this draft."), ...this.missedControls());
      if (hidden.byFeedback > 0) {
        items.push(element("p", { class: "hidden-note" }, `${plural(hidden.byFeedback, "warning")} hidden by your feedback`));
      }
      if (hidden.bySite > 0) {
        items.push(element("p", { class: "hidden-note" }, `${plural(hidden.bySite, "warning")} switched off on this site`));
      }
      this.body.replaceChildren(
        ...items,
        element(
          "div",
          { class: "actions body-actions" },
          element("button", { type: "button", class: "primary", onclick: () => this.runRewrite() }, "Rewrite"),
          element("button", { type: "button", onclick: () => this.runSaveDraft() }, "Save draft"),
        ),
      );
      // The button that had the focus is gone: keep it in the panel rather than lose it to the page.
      if (hadFocus) this.body.querySelector("button:not([disabled])")?.focus();
    }

    issueSection(issue) {
      const wrongCategory = this.categoryMenu("Wrong category", "Which kind is it?", issue.category, (category) =>
        this.actions.recategorize(issue, category),
      );
      return element(
        "section",
        { class: `issue ${issue.severity}` },
        element("p", { class: "message" }, issue.message),
        element("p", { class: "why" }, issue.why),
        element("p", {}, "In your draft: ", element("q", {}, issue.quote)),
        element(
          "div",
          { class: "actions" },
          element("button", { type: "button", onclick: () => this.actions.dismiss(issue) }, "Dismiss"),
          element(
            "button",
            { type: "button", onclick: () => this.sendFeedback(() => this.actions.notPushy(issue)) },
            "Not pushy — don't warn me about this",
          ),
          wrongCategory.toggle,
        ),
        wrongCategory.group,
      );
    }

    // "Was this missed?" for a draft with nothing flagged: the user names the kind it is.
    missedControls() {
      const missed = this.categoryMenu("Was this missed?", "What kind of push is it?", null, (category) =>
        this.actions.missed(category),
      );
      return [element("div", { class: "actions" }, missed.toggle), missed.group];
    }

    // A button (`label`) that shows and hides a group asking `question` with one button per
    // category; the one Tactful guessed (`current`) cannot be chosen. Choosing one calls
    // choose(category), and once the feedback is saved the group closes.
    categoryMenu(label, question, current, choose) {
      const group = element("div", { class: "choices", role: "group", "aria-label": question, hidden: true });
      const toggle = element("button", { type: "button", "aria-expanded": "false" }, label);
      const setOpen = (open) => {
        group.hidden = !open;
        toggle.setAttribute("aria-expanded", String(open));
      };
      toggle.addEventListener(
        "click",
        trustedOnly(() => {
          setOpen(group.hidden);
          if (!group.hidden) group.querySelector("button:not([disabled])")?.focus();
        }),
      );
      const choice = (category) =>
        element(
          "button",
          {
            type: "button",
            disabled: category === current,
            onclick: async () => {
              if (!(await this.sendFeedback(() => choose(category)))) return;
              setOpen(false);
              toggle.focus();
            },
          },
          category === current ? `${TactfulCategories.labelOf(category)} (Tactful's guess)` : TactfulCategories.labelOf(category),
        );
      group.append(element("p", { class: "question" }, question), ...TactfulCategories.IDS.map(choice));
      return { toggle, group };
    }

    // One feedback request at a time; the action sets the status line when it is done.
    async sendFeedback(run) {
      if (this.sending) return false;
      this.sending = true;
      this.setStatus("Saving your feedback…");
      try {
        return Boolean(await run());
      } finally {
        this.sending = false;
      }
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
        const buttons = [...this.dialog.querySelectorAll("button")].filter(
          (button) => !button.disabled && !button.closest("[hidden]"),
        );
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
