// The drafts page: lists saved drafts with their verdict; edit, delete, copy and rewrite each;
// "Was this missed?" for a draft Tactful found clean; "Check all"; import from and export to JSON
// or CSV. All server calls go through the worker.
"use strict";

(() => {
  const ROW_HEIGHT = 72;
  const IMPORT_CONCURRENCY = 4;

  /**
   * The page's elements (drafts.html) by id, with their element types.
   * @typedef {{
   *   list: HTMLElement, status: HTMLElement, progress: HTMLProgressElement, summary: HTMLElement,
   *   "check-all": HTMLButtonElement, import: HTMLInputElement, "export-json": HTMLButtonElement,
   *   "export-csv": HTMLButtonElement, filter: HTMLInputElement, "edit-dialog": HTMLDialogElement,
   *   "edit-text": HTMLTextAreaElement, "rewrite-dialog": HTMLDialogElement, "rewrite-list": HTMLElement,
   *   "rewrite-close": HTMLButtonElement, "missed-dialog": HTMLDialogElement, "missed-text": HTMLElement,
   *   "missed-choices": HTMLElement, "missed-close": HTMLButtonElement,
   * }} PageElements
   */
  /** @type {<K extends keyof PageElements>(id: K) => PageElements[K]} */
  const $ = (id) => /** @type {any} */ (document.getElementById(id));
  const list = $("list");
  const status = $("status");
  const progress = $("progress");
  const summary = $("summary");
  let drafts = [];
  let filterText = "";

  // Through the shared client (shared/messaging.js): the answer's data, or a RequestError in the user's words.
  const request = TactfulMessaging.ask;

  function verdictOf(draft) {
    const check = draft.check;
    if (!check) return { verdict: "unchecked", label: "Not checked" };
    if (!check.flagged) return { verdict: "clean", label: "Clean" };
    return { verdict: "flagged", label: `Flagged: ${TactfulCategories.nameOf(check.category)}` };
  }

  function button(label, onClick, extra = {}) {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.addEventListener("click", onClick);
    Object.assign(element, extra);
    return element;
  }

  function renderRow(draft) {
    const row = document.createElement("div");
    row.className = "draft";
    row.setAttribute("role", "listitem");
    row.dataset.id = draft.id;
    const { verdict, label } = verdictOf(draft);
    const verdictCell = document.createElement("span");
    verdictCell.className = "verdict";
    verdictCell.dataset.verdict = verdict;
    verdictCell.textContent = label;
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = draft.text;
    text.title = draft.text;
    const actions = document.createElement("span");
    actions.className = "actions";
    actions.append(
      button("Edit", () => editDraft(draft)),
      button("Rewrite", () => rewriteDraft(draft)),
      button("Copy", () => copyText(draft.text)),
      button("Delete", () => deleteDraft(draft)),
    );
    // Only a draft that was checked and found clean can have been missed.
    if (verdict === "clean") actions.append(button("Was this missed?", () => reportMissed(draft)));
    row.append(verdictCell, text, actions);
    return row;
  }

  const virtualList = new TactfulVirtualList(list, { rowHeight: ROW_HEIGHT, renderRow });

  function show() {
    const needle = filterText.toLowerCase();
    const shown = needle ? drafts.filter((draft) => draft.text.toLowerCase().includes(needle)) : drafts;
    virtualList.setItems(shown);
    const flagged = drafts.filter((draft) => draft.check?.flagged).length;
    const checked = drafts.filter((draft) => draft.check).length;
    summary.textContent = drafts.length
      ? `${drafts.length} drafts · ${flagged} flagged · ${checked - flagged} clean · ${drafts.length - checked} not checked`
      : "No saved drafts yet. Use “Save draft” in Tactful's panel on Facebook, or import a file.";
  }

  // The server lists at most 10,000 drafts per request; larger stores come in pages.
  async function load() {
    const loaded = [];
    for (;;) {
      const page = await request({ type: "listDrafts", offset: loaded.length });
      loaded.push(...page.drafts);
      if (!page.drafts.length || loaded.length >= page.total) break;
      setBusy(`Loading drafts… ${loaded.length} of ${page.total}`, loaded.length, page.total);
    }
    drafts = loaded;
    show();
  }

  function setBusy(message, value, max) {
    status.textContent = message;
    progress.hidden = false;
    if (max) {
      progress.max = max;
      progress.value = value;
    } else {
      progress.removeAttribute("value"); // indeterminate
    }
  }

  function done(message) {
    progress.hidden = true;
    status.textContent = message;
  }

  async function guarded(task) {
    try {
      await task();
    } catch (error) {
      done(`Failed: ${error.message}.`);
    }
  }

  async function checkAll() {
    const checkButton = $("check-all");
    checkButton.disabled = true;
    setBusy(`Checking ${drafts.length} drafts…`);
    await guarded(async () => {
      await request({ type: "checkDrafts" });
      await load();
      const flagged = drafts.filter((draft) => draft.check?.flagged).length;
      done(`Checked ${drafts.length} drafts: ${flagged} flagged, ${drafts.length - flagged} clean.`);
    });
    checkButton.disabled = false;
  }

  function editDraft(draft) {
    const dialog = $("edit-dialog");
    const field = $("edit-text");
    field.value = draft.text;
    dialog.returnValue = "";
    dialog.onclose = () =>
      dialog.returnValue === "save" &&
      guarded(async () => {
        await request({ type: "updateDraft", id: draft.id, text: field.value, surface: draft.surface });
        await load();
        done("Draft saved.");
      });
    dialog.showModal();
  }

  async function deleteDraft(draft) {
    await guarded(async () => {
      await request({ type: "deleteDraft", id: draft.id });
      drafts = drafts.filter((other) => other.id !== draft.id);
      show();
      done("Draft deleted.");
      list.focus();
    });
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      done("Copied.");
    } catch {
      done("Could not copy: your browser refused clipboard access.");
    }
  }

  async function rewriteDraft(draft) {
    const dialog = $("rewrite-dialog");
    const container = $("rewrite-list");
    container.replaceChildren("Writing suggestions…");
    dialog.showModal();
    await guarded(async () => {
      const { rewrites } = await request({ type: "rewrite", text: draft.text, surface: draft.surface });
      container.replaceChildren(
        ...rewrites.map((rewrite) => {
          const item = document.createElement("section");
          item.className = "rewrite";
          item.append(
            ...TactfulRewriteView.rewriteParts(rewrite),
            button("Use this rewrite", () =>
              guarded(async () => {
                await request({ type: "updateDraft", id: draft.id, text: rewrite.text, surface: draft.surface });
                dialog.close();
                await load();
                done("Draft replaced with the rewrite.");
              }),
            ),
            button("Copy", () => copyText(rewrite.text)),
          );
          return item;
        }),
      );
    });
  }

  // The user says a clean draft is pushy after all, and of which kind: stored as feedback, for
  // when Tactful is retrained with it.
  function reportMissed(draft) {
    const dialog = $("missed-dialog");
    $("missed-text").textContent = draft.text;
    const choices = $("missed-choices");
    choices.replaceChildren(
      ...TactfulCategories.IDS.map((category) =>
        button(TactfulCategories.labelOf(category), () =>
          guarded(async () => {
            dialog.close();
            setBusy("Saving your feedback…");
            await request({ type: "feedback", text: draft.text, verdict: "wrong", category });
            done(TactfulCategories.savedAs(category));
          }),
        ),
      ),
    );
    dialog.showModal();
  }

  // Accepts a JSON array (of strings or {text, surface}), {drafts: [...]}, or CSV with a "text" column.
  function parseImport(name, content) {
    if (/\.csv$/i.test(name)) {
      const records = TactfulCsv.parseRecords(content);
      if (records.length && !("text" in records[0])) throw new Error("the CSV file has no “text” column");
      return records.map((record) => ({ text: record.text, surface: record.surface || undefined }));
    }
    let data;
    try {
      data = JSON.parse(content);
    } catch {
      throw new Error("the file is not valid JSON");
    }
    const items = Array.isArray(data) ? data : data?.drafts;
    if (!Array.isArray(items)) throw new Error("expected a JSON list of drafts");
    return items.map((item) => (typeof item === "string" ? { text: item } : { text: item?.text, surface: item?.surface }));
  }

  async function importFile(file) {
    await guarded(async () => {
      const items = parseImport(file.name, await file.text()).filter((item) => typeof item.text === "string" && item.text.trim());
      let next = 0;
      let saved = 0;
      const worker = async () => {
        while (next < items.length) {
          const item = items[next++];
          await request({ type: "saveDraft", text: item.text, surface: item.surface });
          setBusy(`Importing… ${++saved} of ${items.length}`, saved, items.length);
        }
      };
      setBusy(`Importing… 0 of ${items.length}`, 0, items.length);
      await Promise.all(Array.from({ length: IMPORT_CONCURRENCY }, worker));
      await load();
      done(`Imported ${saved} drafts.`);
    });
  }

  const EXPORT_COLUMNS = ["id", "text", "surface", "created_at", "updated_at", "flagged", "category"];
  function exportRecords() {
    return drafts.map((draft) => ({
      id: draft.id,
      text: draft.text,
      surface: draft.surface,
      created_at: draft.created_at,
      updated_at: draft.updated_at,
      flagged: draft.check ? Boolean(draft.check.flagged) : null,
      category: draft.check?.category ?? null,
    }));
  }

  function download(filename, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  $("check-all").addEventListener("click", checkAll);
  $("import").addEventListener("change", (/** @type {Event & {target: HTMLInputElement}} */ event) => {
    const [file] = event.target.files;
    event.target.value = "";
    if (file) importFile(file);
  });
  $("export-json").addEventListener("click", () =>
    download("tactful-drafts.json", "application/json", `${JSON.stringify(exportRecords(), null, 2)}\n`),
  );
  $("export-csv").addEventListener("click", () =>
    download("tactful-drafts.csv", "text/csv", TactfulCsv.format(EXPORT_COLUMNS, exportRecords())),
  );
  $("filter").addEventListener("input", (/** @type {Event & {target: HTMLInputElement}} */ event) => {
    filterText = event.target.value;
    show();
  });
  $("rewrite-close").addEventListener("click", () => $("rewrite-dialog").close());
  $("missed-close").addEventListener("click", () => $("missed-dialog").close());

  setBusy("Loading drafts…");
  guarded(async () => {
    await load();
    done("");
  });
})();
