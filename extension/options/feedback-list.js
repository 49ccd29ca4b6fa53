// Options page, "Your feedback": what the user told Tactful (GET /v1/feedback, a page at a time,
// through the worker), each with "Remove", which deletes it on the server and so undoes it.
"use strict";

(() => {
  const PAGE_SIZE = 50;
  const list = document.getElementById("feedback-list");
  const summary = document.getElementById("feedback-summary");
  const more = /** @type {HTMLButtonElement} */ (document.getElementById("feedback-more"));
  const message = document.getElementById("feedback-message");
  let total = 0;
  let nextAfter = null;
  let itemCount = 0; // for the ids that tie each "Remove" to its text

  function say(text, state = "done") {
    message.textContent = text;
    message.dataset.state = state;
  }

  // Through the shared client (shared/messaging.js): the answer's data, or a RequestError (with the HTTP
  // status, when the server sent one) in the user's words.
  const request = TactfulMessaging.ask;

  // What the user said, in words: "Not pushy", "Pushy: cold pitch", "Warning was right".
  function verdictText(feedback) {
    const category = TactfulCategories.isCategory(feedback.category) ? TactfulCategories.nameOf(feedback.category) : "";
    if (feedback.verdict === "wrong") return category ? `Pushy: ${category}` : "Not pushy: don't warn about this";
    return category ? `Warning was right: ${category}` : "Warning was right";
  }

  function dateText(value) {
    const date = new Date(typeof value === "number" && value < 1e12 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? "" : ` · ${date.toLocaleString()}`;
  }

  function showSummary() {
    summary.textContent = total
      ? `${total} ${total === 1 ? "item" : "items"}`
      : "No feedback yet. Use “Not pushy” or “Wrong category” in Tactful's panel to teach it.";
    more.hidden = nextAfter === null || list.children.length >= total;
  }

  function item(feedback) {
    const li = document.createElement("li");
    const about = document.createElement("span");
    about.className = "about";
    const text = document.createElement("q");
    text.id = `feedback-text-${++itemCount}`;
    text.textContent = typeof feedback.text === "string" ? feedback.text : "";
    const verdict = document.createElement("span");
    verdict.className = "verdict";
    verdict.textContent = verdictText(feedback) + dateText(feedback.created_at);
    about.append(text, verdict);
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Remove";
    remove.setAttribute("aria-describedby", text.id); // which one, for screen readers
    remove.addEventListener("click", async () => {
      remove.disabled = true;
      try {
        await request({ type: "deleteFeedback", id: feedback.id });
        say(feedback.verdict === "wrong" && !feedback.category ? "Removed. Tactful warns about that sentence again." : "Removed.");
      } catch (error) {
        if (error.status !== 404) {
          remove.disabled = false;
          say(`Could not remove it: ${error.message}.`, "error");
          return;
        }
        say("Removed (it was already gone from the server).");
      }
      li.remove();
      total = Math.max(0, total - 1);
      showSummary();
    });
    li.append(about, remove);
    return li;
  }

  async function loadPage() {
    const page = await request({ type: "listFeedback", limit: PAGE_SIZE, after: nextAfter ?? undefined });
    const items = Array.isArray(page?.feedback) ? page.feedback : [];
    list.append(...items.map(item));
    total = Number.isInteger(page?.total) ? page.total : list.children.length;
    nextAfter = items.length && page?.next_after !== undefined ? page.next_after : null;
    showSummary();
  }

  async function reload() {
    list.replaceChildren();
    nextAfter = null;
    total = 0;
    summary.textContent = "Loading…";
    try {
      await loadPage();
    } catch (error) {
      summary.textContent = "";
      say(`Could not load your feedback: ${error.message}.`, "error");
    }
  }

  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      await loadPage();
    } catch (error) {
      say(`Could not load more: ${error.message}.`, "error");
    }
    more.disabled = false;
  });

  // After "Save" (a new server or pairing code) the list is another server's.
  document.addEventListener("tactful-settings-saved", () => reload());

  reload();
})();
