"""The entity rules' file, `models/patterns/entities.jsonl`: token patterns with ids, read into spaCy form.

`define` lines name a reusable token spec (`NAME`, `ORG`, `URL`…); pattern lines use it as `{"$ref": "NAME"}`,
and say how much of the match is context (`cue` tokens before, `tail` after), whose the entity is (`role`),
and where it may match (`at_start`, `at_end`, `sentence_start`, `lowercase_only`, `caps_ok`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tactful.engine.token_regex import TokenSpec

# Between overlapping matches of one length, the most specific rule wins: named roles beat guesses.
DEFAULT_PRIORITY = {"recipient": 0, "sender": 0, "mine": 1, "theirs": 1, "auto": 2}


@dataclass(frozen=True, slots=True)
class EntityPattern:
    id: str
    label: str
    role: str
    cue: int  # leading context tokens that are not part of the entity
    tail: int  # trailing context tokens that are not part of the entity
    at_end: bool  # only counts at the end of the draft (signatures)
    at_start: bool  # only counts at the very start of the draft ("Siobhán! ...")
    priority: int  # lower wins between overlapping matches of the same length
    lowercase_only: bool  # only for drafts written all in lower case
    next_not_capitalised: bool  # in an ALL CAPS draft, the word after must not be a capitalised word
    caps_ok: bool  # trusted in an ALL CAPS draft
    sentence_start: bool  # the match must open a sentence ("Hi Maria", not "a proper hello instead")
    strip: str  # extra characters to strip from the entity's edges
    needs_support: bool  # only kept when another pattern overlaps it


def read_entity_patterns(path: Path) -> tuple[list[EntityPattern], dict[str, list[list[TokenSpec]]]]:
    """Read `entities.jsonl`: `define` lines name reusable token specs, other lines are patterns using `$ref`."""
    defines: dict[str, TokenSpec] = {}
    patterns: list[EntityPattern] = []
    token_patterns: dict[str, list[list[TokenSpec]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if "define" in record:
                defines[record["define"]] = record["token"]
                continue
            if record["id"] in token_patterns:
                raise ValueError(f"{path}:{line_no}: duplicate pattern id {record['id']!r}")
            patterns.append(
                EntityPattern(
                    id=record["id"],
                    label=record["label"],
                    role=record["role"],
                    cue=int(record.get("cue", 0)),
                    tail=int(record.get("tail", 0)),
                    at_end=bool(record.get("at_end", False)),
                    at_start=bool(record.get("at_start", False)),
                    priority=int(record.get("priority", DEFAULT_PRIORITY.get(record["role"], 2))),
                    lowercase_only=bool(record.get("lowercase_only", False)),
                    next_not_capitalised=bool(record.get("next_not_capitalised", False)),
                    caps_ok=bool(record.get("caps_ok", record["role"] != "auto")),
                    sentence_start=bool(record.get("sentence_start", False)),
                    strip=record.get("strip", ""),
                    needs_support=bool(record.get("needs_support", False)),
                )
            )
            token_patterns[record["id"]] = [[_expand(token, defines, path, line_no) for token in record["pattern"]]]
    return patterns, token_patterns


def _expand(token: TokenSpec, defines: dict[str, TokenSpec], path: Path, line_no: int) -> TokenSpec:
    if "$ref" not in token:
        return token
    name = token["$ref"]
    if name not in defines:
        raise ValueError(f"{path}:{line_no}: unknown token definition {name!r}")
    merged = dict(defines[name])
    merged.update({key: value for key, value in token.items() if key != "$ref"})
    return merged
