// CSV for importing and exporting drafts (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
"use strict";

var TactfulCsv = (() => {
  function parse(source) {
    const rows = [];
    let row = [];
    let field = "";
    let quoted = false;
    const text = source.replace(/^\uFEFF/, "");
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (quoted) {
        if (char === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') {
          quoted = false;
        } else {
          field += char;
        }
      } else if (char === '"') {
        quoted = true;
      } else if (char === ",") {
        row.push(field);
        field = "";
      } else if (char === "\n" || char === "\r") {
        if (char === "\r" && text[i + 1] === "\n") i++;
        row.push(field);
        rows.push(row);
        row = [];
        field = "";
      } else {
        field += char;
      }
    }
    if (field || row.length) {
      row.push(field);
      rows.push(row);
    }
    return rows.filter((cells) => cells.some((cell) => cell !== ""));
  }

  // Rows of objects keyed by the header row.
  function parseRecords(source) {
    const [header = [], ...rows] = parse(source);
    const names = header.map((name) => name.trim().toLowerCase());
    return rows.map((cells) => Object.fromEntries(names.map((name, index) => [name, cells[index] ?? ""])));
  }

  // A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) starts with ' instead.
  const neutralise = (text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

  const quote = (value) => {
    const text = value == null ? "" : typeof value === "string" ? neutralise(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };

  function format(columns, records) {
    const lines = [columns.join(",")];
    for (const record of records) lines.push(columns.map((column) => quote(record[column])).join(","));
    return `${lines.join("\r\n")}\r\n`;
  }

  return { parse, parseRecords, format };
})();
