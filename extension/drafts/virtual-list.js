// A list that renders only the rows in view, so ten thousand drafts scroll without freezing the
// tab. Rows have a fixed height; the list keeps the DOM down to a screenful plus a margin.
"use strict";

var TactfulVirtualList = class {
  // renderRow(item, index) returns an element for one row.
  constructor(container, { rowHeight, renderRow }) {
    this.container = container;
    this.rowHeight = rowHeight;
    this.renderRow = renderRow;
    this.items = [];
    this.spacer = document.createElement("div");
    this.spacer.className = "spacer";
    this.container.append(this.spacer);
    this.framePending = false;
    this.container.addEventListener("scroll", () => this.schedule(), { passive: true });
    addEventListener("resize", () => this.schedule(), { passive: true });
  }

  setItems(items) {
    this.items = items;
    this.range = null;
    this.spacer.style.height = `${items.length * this.rowHeight}px`;
    this.render();
  }

  schedule() {
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.render();
    });
  }

  render() {
    const margin = 5;
    const first = Math.max(0, Math.floor(this.container.scrollTop / this.rowHeight) - margin);
    const visible = Math.ceil(this.container.clientHeight / this.rowHeight) + 2 * margin;
    const last = Math.min(this.items.length, first + visible);
    // Scrolling within the rendered margin changes nothing (and keeps keyboard focus in place).
    if (this.range && this.range[0] === first && this.range[1] === last) return;
    this.range = [first, last];
    const rows = [];
    for (let index = first; index < last; index++) {
      const row = this.renderRow(this.items[index], index);
      row.style.top = `${index * this.rowHeight}px`;
      row.setAttribute("aria-posinset", String(index + 1));
      row.setAttribute("aria-setsize", String(this.items.length));
      rows.push(row);
    }
    this.spacer.replaceChildren(...rows);
  }
};
