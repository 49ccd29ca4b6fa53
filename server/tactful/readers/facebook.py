"""Facebook "Download Your Information" JSON: message threads, your comments, and plain lists of drafts.

- `messages/inbox/<thread>/message_N.json`: {"participants": [{"name"}], "messages": [{"sender_name",
  "content", ...}]}. Only the account owner's own messages are drafts: `--sender NAME`, else the owner
  is inferred (the export's profile name, or the one person in every conversation).
- `comments/comments.json`: {"comments_v2": [{"data": [{"comment": {"comment", "author"}}]}]}.
- Anything else that is a JSON list of drafts (strings or objects with a `text` field), or
  {"drafts": [...]} as the extension exports them.

Facebook writes text as UTF-8 bytes each escaped as a code point (\\u00c3\\u00a9 for "é"); `fix_mojibake`
undoes that when, and only when, the string round-trips.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from json import JSONDecodeError
from pathlib import Path

from tactful.readers.base import InputDraft, InputError
from tactful.readers.line_numbered_json import LinedDict, LinedList, loads_with_lines

NOT_A_DRAFT_FILE = object()  # yielded for a .json found in a folder that holds no drafts (skipped, counted)

_MESSAGE_FILE = re.compile(r"^message_\d+\.json$")
_PROFILE_FILES = (
    Path("profile_information/profile_information.json"),
    Path("personal_information/profile_information/profile_information.json"),
)
_SKIPPED_MESSAGE_TYPES = frozenset({"Call", "Subscribe", "Unsubscribe"})


@dataclass(frozen=True, slots=True)
class Owner:
    name: str | None
    reason: str  # how we know ("--sender", "the export's profile", ...) or, with no name, why not


def fix_mojibake(text: str) -> str:
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def looks_like_message_file(path: str) -> bool:
    return bool(_MESSAGE_FILE.match(Path(path).name))


def infer_owner(message_files: list[str]) -> Owner:
    profile_name = _profile_name(message_files)
    if profile_name:
        return Owner(profile_name, "the export's profile name")
    common: set[str] | None = None
    everyone: set[str] = set()
    for path in message_files:
        try:
            participants = _participant_names(json.loads(Path(path).read_bytes()))
        except (OSError, ValueError):
            continue  # reported properly when the file itself is read
        if participants:
            everyone |= participants
            common = participants if common is None else common & participants
    if common and len(common) == 1:
        return Owner(next(iter(common)), "the one person in every conversation")
    candidates = ", ".join(sorted(common or everyone)) or "none found"
    return Owner(None, f"cannot tell which participant is you (candidates: {candidates}); pass --sender NAME")


def _profile_name(message_files: list[str]) -> str | None:
    folders_seen: set[Path] = set()
    for path in message_files:
        for folder in list(Path(path).resolve().parents)[:6]:
            if folder in folders_seen:
                continue
            folders_seen.add(folder)
            for relative in _PROFILE_FILES:
                try:
                    profile = json.loads((folder / relative).read_bytes())
                    name = (profile.get("profile_v2") or profile.get("profile") or {})["name"]["full_name"]
                except (OSError, ValueError, KeyError, TypeError, AttributeError):
                    continue
                if isinstance(name, str) and name.strip():
                    return fix_mojibake(name.strip())
    return None


def _participant_names(thread) -> set[str]:
    if not isinstance(thread, dict) or not isinstance(thread.get("participants"), list):
        return set()
    return {
        fix_mojibake(person["name"])
        for person in thread["participants"]
        if isinstance(person, dict) and isinstance(person.get("name"), str)
    }


def read(text: str, source: str, field: str, owner: Owner, *, explicit: bool) -> Iterator:
    try:
        document = loads_with_lines(text)
    except JSONDecodeError as exc:
        yield InputError(source, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
        return
    if isinstance(document, LinedDict) and isinstance(document.get("messages"), list) and "participants" in document:
        yield from _read_messages(document, source, owner)
    elif isinstance(document, LinedDict) and isinstance(document.get("comments_v2", document.get("comments")), list):
        yield from _read_comments(document, source, owner)
    elif isinstance(document, LinedList) or (isinstance(document, dict) and isinstance(document.get("drafts"), list)):
        yield from _read_draft_list(document if isinstance(document, list) else document["drafts"], source, field)
    elif explicit:
        yield InputError(source, 1, "not a Facebook message or comment file, nor a list of drafts")
    else:
        yield NOT_A_DRAFT_FILE


def _read_messages(thread: LinedDict, source: str, owner: Owner) -> Iterator[InputDraft | InputError]:
    participants = _participant_names(thread)
    if owner.name is None:
        yield InputError(source, None, owner.reason or "cannot tell which participant is you; pass --sender NAME")
        return
    wanted = owner.name.casefold()
    if participants and wanted not in {name.casefold() for name in participants}:
        shown = ", ".join(sorted(participants))
        yield InputError(
            source, thread.line, f"{owner.name} is not in this conversation (participants: {shown}); check --sender"
        )
        return
    for message in thread["messages"]:
        if (
            not isinstance(message, LinedDict)
            or message.get("is_unsent")
            or message.get("type") in _SKIPPED_MESSAGE_TYPES
        ):
            continue
        sender, content = message.get("sender_name"), message.get("content")
        if not isinstance(sender, str) or not isinstance(content, str):
            continue
        if fix_mojibake(sender).casefold() == wanted and content.strip():
            yield InputDraft(fix_mojibake(content), source, message.key_lines["content"])


def _read_comments(document: LinedDict, source: str, owner: Owner) -> Iterator[InputDraft]:
    only_author = owner.name.casefold() if owner.name and owner.reason == "--sender" else None
    for entry in document.get("comments_v2", document.get("comments")) or []:  # a list: read() checked
        data = entry.get("data") if isinstance(entry, dict) else None
        for item in data if isinstance(data, list) else []:
            comment = item.get("comment") if isinstance(item, dict) else None
            if not isinstance(comment, LinedDict) or not isinstance(comment.get("comment"), str):
                continue
            author = comment.get("author")
            if only_author and isinstance(author, str) and fix_mojibake(author).casefold() != only_author:
                continue
            if comment["comment"].strip():
                yield InputDraft(fix_mojibake(comment["comment"]), source, comment.key_lines["comment"])


def _read_draft_list(items: LinedList, source: str, field: str) -> Iterator[InputDraft | InputError]:
    for index, item in enumerate(items):
        line = items.item_lines[index]
        if isinstance(item, str):
            if item.strip():
                yield InputDraft(item, source, line)
        elif isinstance(item, LinedDict) and isinstance(item.get(field), str):
            if item[field].strip():
                draft_id = item.get("id")
                yield InputDraft(
                    item[field], source, item.key_lines[field], None if draft_id is None else str(draft_id)
                )
        else:
            yield InputError(source, line, f"expected a string or an object with a '{field}' string")
