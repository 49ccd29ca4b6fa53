// Replaces a composer's whole text through the editor's own input path, so the editor's state,
// its undo history and the page's send button all see the new text: select everything, let the
// editor notice the selection, then insertText (falling back to a paste event). Reads back and
// reports whether the composer now holds the text.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  const { readComposer, normalizeText, isTextField } = T.editorText;

  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  // Lexical syncs its selection on `selectionchange`; an insertText that arrives before that
  // event returns true and changes nothing, so wait for it (bounded).
  function selectionSettled() {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        document.removeEventListener("selectionchange", done);
        setTimeout(resolve, 0);
      };
      const timer = setTimeout(done, 100);
      document.addEventListener("selectionchange", done);
    });
  }

  async function selectAll(composer) {
    composer.focus({ preventScroll: true });
    if (isTextField(composer)) {
      composer.select();
      return nextTask();
    }
    const settled = selectionSettled();
    const range = document.createRange();
    range.selectNodeContents(composer);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return settled;
  }

  const holds = (composer, text) => normalizeText(readComposer(composer).text) === normalizeText(text);

  function pasteEvent(text) {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    return new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  }

  async function replaceComposerText(composer, text) {
    await selectAll(composer);
    document.execCommand("insertText", false, text);
    if (isTextField(composer)) {
      // A field's value changes synchronously; checking now (not after a tick) cannot mistake
      // the user's next Ctrl+Z for a failed insert.
      if (holds(composer, text)) return true;
      // Last resort for fields that refuse execCommand: set the value as the page's own code would.
      composer.setRangeText(text, 0, composer.value.length, "end");
      composer.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: text }));
      return holds(composer, text);
    }
    await nextTask(); // Lexical renders its new state in a microtask
    if (holds(composer, text)) return true;

    await selectAll(composer);
    composer.dispatchEvent(pasteEvent(text));
    await nextTask();
    return holds(composer, text);
  }

  T.replaceComposerText = replaceComposerText;
})();
