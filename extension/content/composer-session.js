// Tactful on the composer the user is in: watches its text, checks it, shows the indicator,
// highlights and panel, and carries out the panel's actions (rewrites, drafts, and the user's
// feedback on the verdicts). One session per page; it follows the user from composer to composer.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  const { readComposer, locateIssues, isTextField } = T.editorText;

  const issueKey = (issue) => `${issue.rule}\u0000${issue.quote}`;

  class ComposerSession {
    constructor(site, signal) {
      this.site = site;
      this.signal = signal;
      this.composer = null;
      this.result = null;
      this.dismissed = new Set(); // issueKey()s the user dismissed in this composer
      this.silenced = new Set(); // issueKey()s marked "not pushy", hidden until the server's next verdict
      this.hiddenCategories = new Set(); // categories the user switched off on this site
      this.painter = new T.HighlightPainter();
      this.indicator = null; // the indicator and the panel are made when the user first enters a composer
      this.panel = null;
      this.framePending = false;
      const reposition = () => this.schedulePosition();
      addEventListener("scroll", reposition, { capture: true, passive: true, signal });
      addEventListener("resize", reposition, { passive: true, signal });
      this.resizeObserver = new ResizeObserver(reposition);
      this.textObserver = new MutationObserver(() => this.onTextChanged());
    }

    attach(composer) {
      this.detach();
      this.createUi();
      this.composer = composer;
      this.dismissed.clear();
      this.silenced.clear();
      this.checker = new T.DraftChecker({
        surface: T.composers.surfaceFor(this.site, composer),
        onResult: (text, result) => this.onResult(result),
        onError: () => this.onServerUnavailable(),
      });
      this.listeners = new AbortController();
      const options = { signal: this.listeners.signal };
      if (isTextField(composer)) {
        composer.addEventListener("input", () => this.onTextChanged(), options);
      } else {
        // Rich editors change their DOM for every edit, including those that fire no input event
        // (Lexical cancels many beforeinput events and applies them itself). Observing only reads.
        this.textObserver.observe(composer, { characterData: true, childList: true, subtree: true });
      }
      composer.addEventListener("keydown", (event) => this.onComposerKeydown(event), options);
      this.resizeObserver.observe(composer);
      this.onTextChanged();
    }

    // "post" | "comment" | "message" | "other", from the site module's selectors (sites/*.js).
    surface() {
      return T.composers.surfaceFor(this.site, this.composer);
    }

    createUi() {
      if (this.indicator) return;
      this.indicator = new T.Indicator({ onActivate: () => this.togglePanel() });
      this.panel = new T.SuggestionPanel({
        rewrite: () => this.rewrite(),
        use: (text) => this.useRewrite(text),
        dismiss: (issue) => this.dismiss(issue),
        notPushy: (issue) => this.markNotPushy(issue),
        recategorize: (issue, category) => this.recategorize(issue, category),
        missed: (category) => this.reportMissed(category),
        saveDraft: () => this.saveDraft(),
        close: () => this.closePanel({ refocus: true }),
      });
    }

    detach() {
      if (!this.composer) return;
      this.checker.stop();
      this.textObserver.disconnect();
      this.resizeObserver.disconnect();
      this.listeners.abort();
      this.closePanel({ refocus: false });
      this.painter.clear();
      this.indicator.hide();
      this.composer = null;
      this.result = null;
    }

    onTextChanged() {
      if (!this.composer) return;
      const snapshot = readComposer(this.composer);
      this.checker.update(snapshot.text);
      // Until the new answer comes, keep the previous highlights on the words they flagged.
      if (this.result) this.render(snapshot);
    }

    onResult(result) {
      this.result = result;
      this.silenced.clear(); // a verdict that came after the feedback: the server applies it now
      if (!result) {
        this.closePanel({ refocus: false });
        this.painter.clear();
        this.indicator.hide();
        return;
      }
      this.render();
    }

    // Server not running or not paired: stay quiet in the page (the popup explains).
    onServerUnavailable() {
      this.result = null;
      this.painter.clear();
      this.indicator.hide();
    }

    currentIssues(snapshot) {
      return this.visibleIssues(snapshot).issues;
    }

    // The result's issues the user still sees, located in the text now, and how many are hidden:
    // by the server because of the user's feedback (result.suppressed), or by this site's switches.
    visibleIssues(snapshot) {
      const located = locateIssues(
        (this.result?.issues ?? []).filter(
          (issue) => !this.dismissed.has(issueKey(issue)) && !this.silenced.has(issueKey(issue)),
        ),
        snapshot.text,
      );
      const issues = located.filter((issue) => !this.hiddenCategories.has(issue.category));
      const suppressed = Array.isArray(this.result?.suppressed) ? this.result.suppressed : [];
      return { issues, hidden: { byFeedback: suppressed.length, bySite: located.length - issues.length } };
    }

    setHiddenCategories(categories) {
      this.hiddenCategories = new Set(categories);
      if (this.composer && this.result) this.render();
    }

    render(snapshot = readComposer(this.composer)) {
      const { issues, hidden } = this.visibleIssues(snapshot);
      this.painter.paint(this.composer, snapshot, issues);
      const wasHidden = this.indicator.hidden;
      this.indicator.show(issues);
      // Typing in a rich editor moves neither the indicator nor the highlights (ranges follow the
      // text); only text areas' overlay boxes need measuring again.
      if (wasHidden || isTextField(this.composer)) this.schedulePosition();
      if (this.panel.isOpen && !this.panel.busy) this.panel.showIssues(issues, hidden);
    }

    // One layout read per frame, however many scroll/resize/typing events came in.
    schedulePosition() {
      if (this.framePending || !this.composer) return;
      this.framePending = true;
      requestAnimationFrame(() => {
        this.framePending = false;
        if (!this.composer) return;
        this.indicator.place(this.composer.getBoundingClientRect());
        this.painter.reposition();
        if (this.panel.isOpen) this.panel.place(this.indicator.rect);
      });
    }

    onComposerKeydown(event) {
      // Alt+Shift+T opens the panel from the keyboard without leaving the composer first; the
      // composer is the page's, so a keydown its scripts dispatch there must not open it.
      if (!event.isTrusted) return;
      if (event.altKey && event.shiftKey && event.code === "KeyT" && this.result) {
        event.preventDefault();
        this.togglePanel();
      }
    }

    togglePanel() {
      if (this.panel.isOpen) return this.closePanel({ refocus: true });
      const { issues, hidden } = this.visibleIssues(readComposer(this.composer));
      this.panel.open(this.indicator.rect, issues, hidden);
      this.indicator.setExpanded(true);
    }

    closePanel({ refocus }) {
      if (!this.panel?.isOpen) return;
      this.panel.close();
      this.indicator.setExpanded(false);
      if (refocus) this.composer?.focus({ preventScroll: true });
    }

    dismiss(issue) {
      this.dismissed.add(issueKey(issue));
      this.render();
      if (!this.currentIssues(readComposer(this.composer)).length) this.closePanel({ refocus: true });
    }

    // "Not pushy — don't warn me about this": the sentence holding the warning goes to the server,
    // which stops flagging it (and near-copies of it) on this machine; then the draft is checked
    // again at once so the indicator clears.
    async markNotPushy(issue) {
      const { text } = readComposer(this.composer);
      const sentence = T.sentences.sentencesAround(text, issue.start, issue.end) || issue.quote;
      if (!(await this.sendFeedback({ text: sentence, verdict: "wrong" }))) return false;
      this.silenced.add(issueKey(issue));
      this.panel.setStatus("Thanks. Tactful won't warn you about this sentence again on this computer (undo it under “Your feedback” in Options).");
      this.recheck();
      return true;
    }

    // "Wrong category": the sentence is pushy, but of the kind the user chose.
    async recategorize(issue, category) {
      const { text } = readComposer(this.composer);
      const sentence = T.sentences.sentencesAround(text, issue.start, issue.end) || issue.quote;
      if (!(await this.sendFeedback({ text: sentence, verdict: "wrong", category }))) return false;
      this.panel.setStatus(TactfulCategories.savedAs(category));
      return true;
    }

    // "Was this missed?": nothing was flagged, and the user says the draft is pushy of this kind.
    async reportMissed(category) {
      const { text } = readComposer(this.composer);
      if (!(await this.sendFeedback({ text, verdict: "wrong", category }))) return false;
      this.panel.setStatus(TactfulCategories.savedAs(category));
      return true;
    }

    async sendFeedback(feedback) {
      const reply = await TactfulMessaging.send({ type: "feedback", ...feedback });
      if (!reply.ok) this.panel.setStatus(`Could not save your feedback: ${TactfulRequestErrors.reason(reply.error)}.`);
      return reply.ok;
    }

    async rewrite() {
      this.panel.busy = true;
      const reply = await TactfulMessaging.send({ type: "rewrite", text: readComposer(this.composer).text, surface: this.surface() });
      this.panel.busy = false;
      if (reply.ok) return reply.data.rewrites;
      this.panel.setStatus("Tactful could not reach its server. Is it running?");
      return null;
    }

    async useRewrite(text) {
      const composer = this.composer;
      this.closePanel({ refocus: false });
      const replaced = await T.replaceComposerText(composer, text);
      if (!replaced && this.composer === composer) {
        this.togglePanel();
        this.panel.setStatus("This editor did not accept the rewrite. Copy it from here instead.");
      }
    }

    async saveDraft() {
      const { text } = readComposer(this.composer);
      const reply = await TactfulMessaging.send({ type: "saveDraft", text, surface: this.surface() });
      if (!reply.ok) this.panel.setStatus(`Could not save the draft: ${TactfulRequestErrors.reason(reply.error)}.`);
      return reply.ok;
    }

    // Check the text again, whatever was remembered for it (settings or feedback changed).
    recheck() {
      T.clearCheckCache();
      this.checker?.reset();
      this.onTextChanged();
    }

    destroy() {
      this.detach();
      this.painter.clear();
      this.indicator?.remove();
      this.panel?.remove();
    }
  }

  T.ComposerSession = ComposerSession;
})();
