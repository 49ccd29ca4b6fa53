// Runs the extension's own classic scripts (the real files, not copies) in this test process, in the order a
// page or the manifest loads them, so each defines its globals (TactfulCsv, Tactful.editorText, ...) here as it
// does in the browser. node --test runs every test file in a process of its own, so no file sees another's.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const EXTENSION = path.resolve(__dirname, "..", "..", "extension");

/** Loads each script (a path under extension/) into this process's global scope and returns globalThis. */
function loadExtension(...scripts) {
  // shared/domain.js (generated from the engine) comes first everywhere the extension loads its scripts.
  for (const script of ["shared/domain.js", ...scripts.filter((name) => name !== "shared/domain.js")]) {
    const file = path.join(EXTENSION, script);
    vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
  }
  return globalThis;
}

module.exports = { loadExtension, EXTENSION };
