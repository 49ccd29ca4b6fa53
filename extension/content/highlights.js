// Draws the flagged spans without touching the editor: the CSS Custom Highlight API over Ranges
// for rich editors, and positioned boxes (from getClientRects()) for text areas, through a
// mirror element, or where the Highlight API is missing.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  const NAMES = { warning: "tactful-warning", advice: "tactful-advice" };
  const MIRRORED_STYLES = [
    "boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
    "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle",
    "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch", "lineHeight",
    "letterSpacing", "wordSpacing", "textTransform", "textIndent", "textAlign", "tabSize", "direction",
    "whiteSpace", "overflowWrap", "wordBreak",
  ];

  const supportsHighlightApi = () => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

  class HighlightPainter {
    constructor() {
      this.composer = null;
      this.snapshot = null;
      this.issues = [];
      this.boxes = [];
      this.mirror = null;
    }

    // Shows `issues` (already located in `snapshot.text`) over `composer`.
    paint(composer, snapshot, issues) {
      this.composer = composer;
      this.snapshot = snapshot;
      this.issues = issues;
      if (!T.editorText.isTextField(composer) && supportsHighlightApi()) {
        this.clearBoxes();
        this.paintWithHighlightApi();
      } else {
        this.clearHighlightApi();
        this.reposition();
      }
    }

    paintWithHighlightApi() {
      for (const [severity, name] of Object.entries(NAMES)) {
        const ranges = this.issues
          .filter((issue) => issue.severity === severity)
          .map((issue) => T.editorText.rangeFor(this.snapshot, issue.start, issue.end))
          .filter(Boolean);
        if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
        else CSS.highlights.delete(name);
      }
    }

    // Recomputes overlay boxes (scroll, resize, new text). Highlight API ranges follow by themselves.
    reposition() {
      if (!this.composer || !this.issues.length) return this.clearBoxes();
      if (!T.editorText.isTextField(this.composer) && supportsHighlightApi()) return;
      const clip = this.composer.getBoundingClientRect();
      const boxes = [];
      for (const issue of this.issues) {
        for (const rect of this.rectsFor(issue)) {
          const left = Math.max(rect.left, clip.left);
          const right = Math.min(rect.right, clip.right);
          const top = Math.max(rect.top, clip.top);
          const bottom = Math.min(rect.bottom, clip.bottom);
          if (right > left && bottom > top) boxes.push({ left, top, width: right - left, height: bottom - top, issue });
        }
      }
      this.drawBoxes(boxes);
    }

    rectsFor(issue) {
      if (T.editorText.isTextField(this.composer)) return this.textFieldRects(issue.start, issue.end);
      const range = T.editorText.rangeFor(this.snapshot, issue.start, issue.end);
      return range ? [...range.getClientRects()] : [];
    }

    // A hidden copy of the text area with the same box and font, laid out in Tactful's shadow root;
    // the flagged span's rectangles there are where the words are in the text area.
    textFieldRects(start, end) {
      const field = this.composer;
      const { layer } = T.uiHost.ensureUiRoot();
      if (!this.mirror) {
        this.mirror = document.createElement("div");
        this.mirror.className = "mirror";
        layer.append(this.mirror);
      }
      const mirror = this.mirror;
      const style = getComputedStyle(field);
      for (const property of MIRRORED_STYLES) mirror.style[property] = style[property];
      if (field instanceof HTMLInputElement) mirror.style.whiteSpace = "pre";
      const rect = field.getBoundingClientRect();
      mirror.style.left = `${rect.left}px`;
      mirror.style.top = `${rect.top}px`;
      mirror.style.overflowY = field.scrollHeight > field.clientHeight ? "scroll" : "hidden";
      const value = field.value;
      const span = document.createElement("span");
      span.textContent = value.slice(start, end);
      mirror.replaceChildren(value.slice(0, start), span, `${value.slice(end)}\u200b`);
      mirror.scrollTop = field.scrollTop;
      mirror.scrollLeft = field.scrollLeft;
      return [...span.getClientRects()];
    }

    drawBoxes(boxes) {
      const { layer } = T.uiHost.ensureUiRoot();
      while (this.boxes.length > boxes.length) this.boxes.pop().remove();
      while (this.boxes.length < boxes.length) {
        const element = document.createElement("div");
        layer.append(element);
        this.boxes.push(element);
      }
      boxes.forEach((box, index) => {
        const element = this.boxes[index];
        element.className = `box ${box.issue.severity}`;
        element.dataset.quote = box.issue.quote;
        Object.assign(element.style, {
          left: `${box.left}px`,
          top: `${box.top}px`,
          width: `${box.width}px`,
          height: `${box.height}px`,
        });
      });
    }

    clearBoxes() {
      for (const box of this.boxes) box.remove();
      this.boxes = [];
    }

    clearHighlightApi() {
      if (!supportsHighlightApi()) return;
      for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
    }

    clear() {
      this.issues = [];
      this.clearBoxes();
      this.clearHighlightApi();
      this.mirror?.remove();
      this.mirror = null;
    }
  }

  T.HighlightPainter = HighlightPainter;
})();
