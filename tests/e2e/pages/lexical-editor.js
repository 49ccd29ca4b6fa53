// A plain-text Lexical editor with undo history, as Facebook's composers are; exposes the editor
// so the tests read its state through Lexical's API rather than the DOM.
import { $getRoot, createEditor } from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";

const editor = createEditor({
  namespace: "tactful-e2e",
  onError: (error) => {
    console.error(error);
  },
});
editor.setRootElement(document.getElementById("editor"));
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

window.__editor = editor;
window.__editorText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
window.__editorReady = true;
