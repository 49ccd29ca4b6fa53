"""Input readers for batch checks: one module per format behind `read_drafts`.

`read_drafts(paths)` walks files and folders (recursing, in name order) and `-` for stdin, and yields,
in input order, an `InputDraft` for each draft and an `InputError` for each problem (bad JSON line,
wrong encoding, missing column, unreadable file). A problem never stops the rest of the batch.

Formats by suffix: `.txt` (drafts separated by blank lines), `.jsonl`/`.ndjson` (one object per line
with a `text` field), `.csv` (a `text` column), `.json` (Facebook "Download Your Information" message
and comment files, or a list of drafts such as the extension's export).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tactful.engine.domain import MAX_TEXT_CHARS
from tactful.readers import csvfile, facebook, jsonl, txt
from tactful.readers.base import DecodeFailure, InputDraft, InputError, decode_bytes

__all__ = ["FORMATS", "InputDraft", "InputError", "ReadOptions", "read_drafts"]

STDIN = "-"
STDIN_NAME = "<stdin>"
FORMATS = ("txt", "jsonl", "csv", "json")
SUFFIX_FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".json": "json"}


@dataclass
class ReadOptions:
    column: str = "text"  # CSV column or JSON field holding the draft
    sender: str | None = None  # Facebook messages: keep only this person's; None = infer the export's owner
    input_format: str | None = None  # force a format (needed for stdin only when sniffing guesses wrong)
    notify: Callable[[str], None] = field(default=lambda message: None)  # one-line notes for stderr
    progress: Callable[[float], None] | None = None  # share of the input read so far, 0..1 (files only, not stdin)


@dataclass(frozen=True, slots=True)
class _Input:
    path: str
    explicit: bool  # named on the command line (not found by walking a folder)


def read_drafts(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[InputDraft | InputError]:
    options = options or ReadOptions()
    inputs: list[_Input] = []
    for path in paths:
        if path != STDIN and not os.path.exists(path):
            yield InputError(path, None, "no such file or folder")
        else:
            found = list(_expand(path))
            if not found:
                options.notify(f"{path}: no .txt, .jsonl, .ndjson, .csv or .json files in this folder")
            inputs.extend(found)
    skipped_json = 0
    owner = _resolve_owner(inputs, options)
    sizes = [_size(item.path) for item in inputs]
    total_bytes = sum(sizes) if options.progress and STDIN not in (item.path for item in inputs) else 0
    done_bytes = 0
    for item, size in zip(inputs, sizes, strict=True):
        file_lines = [1]  # set by _read_one once it has decoded the file
        for count, entry in enumerate(_read_one(item, options, owner, file_lines), start=1):
            if entry is facebook.NOT_A_DRAFT_FILE:
                skipped_json += 1
            elif isinstance(entry, InputDraft) and len(entry.text) > MAX_TEXT_CHARS:
                yield InputError(entry.source, entry.line, f"draft is longer than {MAX_TEXT_CHARS:,} characters")
            else:
                yield entry
            if options.progress and total_bytes and count % 500 == 0 and getattr(entry, "line", None):
                options.progress((done_bytes + size * min(entry.line / file_lines[0], 1.0)) / total_bytes)
        done_bytes += size
        if options.progress and total_bytes:
            options.progress(done_bytes / total_bytes)
    if skipped_json:
        options.notify(
            f"skipped {skipped_json} .json file(s) that are neither Facebook messages/comments nor a list of drafts"
        )


def _expand(path: str) -> Iterator[_Input]:
    if path == STDIN or not os.path.isdir(path):
        yield _Input(path, explicit=True)
        return
    for folder, subfolders, files in os.walk(path):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIX_FORMATS:
                yield _Input(os.path.join(folder, name), explicit=False)


def _resolve_owner(inputs: list[_Input], options: ReadOptions) -> facebook.Owner:
    if options.sender:
        return facebook.Owner(options.sender, reason="--sender")
    message_files = [item.path for item in inputs if facebook.looks_like_message_file(item.path)]
    if not message_files:
        return facebook.Owner(None, reason="")
    owner = facebook.infer_owner(message_files)
    if owner.name:
        options.notify(
            f"Facebook messages: keeping those sent by {owner.name} ({owner.reason}); use --sender NAME to choose"
        )
    return owner


def _size(path: str) -> int:
    try:
        return 0 if path == STDIN else os.path.getsize(path)
    except OSError:
        return 0


def _read_one(item: _Input, options: ReadOptions, owner: facebook.Owner, file_lines: list[int]) -> Iterator:
    source = STDIN_NAME if item.path == STDIN else item.path
    try:
        data = sys.stdin.buffer.read() if item.path == STDIN else Path(item.path).read_bytes()
    except OSError as exc:
        yield InputError(source, None, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode_bytes(data)
    except DecodeFailure as failure:
        yield InputError(source, failure.line, failure.message)
        return
    file_lines[0] = text.count("\n") + 1
    fmt = options.input_format or _format_of(item.path, text)
    if fmt is None:
        yield InputError(source, None, "unknown file type; name it .txt, .jsonl, .csv or .json, or pass --input-format")
    elif fmt == "txt":
        yield from txt.read(text, source)
    elif fmt == "jsonl":
        yield from jsonl.read(text, source, options.column)
    elif fmt == "csv":
        yield from csvfile.read(text, source, options.column)
    else:
        yield from facebook.read(text, source, options.column, owner, explicit=item.explicit)


def _format_of(path: str, text: str) -> str | None:
    if path != STDIN:
        return SUFFIX_FORMATS.get(Path(path).suffix.lower())
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":  # one object per line, or one pretty-printed object (a Facebook file piped in)
        first_line = text.lstrip().split("\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith("}") else "json"
    return "txt"
