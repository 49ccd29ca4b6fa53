#!/usr/bin/env python3
"""Add reviewed records to one corpus file, keeping every corpus rule.

    python tools/corpus/add.py CANDIDATES.jsonl --to models/data/train.jsonl [--writer W] [--family F] [--group G]

Drafts by outside helper writers go to models/data/train_outside.jsonl, the rest of the training corpus to
train.jsonl (training reads both).

Each candidate needs text, label, span and kind; --writer/--family/--group fill in provenance the
candidates lack (group defaults to the family). Records are validated, given ids derived from their
text, and refused when the same normalised text is already in any corpus file (train, held-out, the
blind sets), so nothing leaks across splits, and, when adding to a training file, when they are near
copies of a blind-set record (Jaccard similarity of their 3-word shingles 0.5 or more). The target is rewritten
sorted by id.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "server"))

from tactful.training.corpus import (  # noqa: E402
    CorpusError,
    normalised_key,
    read_records,
    validate_record,
    write_records,
)

NEAR_COPY_OVERLAP = 0.5


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = normalised_key(text).split()
    return frozenset(zip(words, words[1:], words[2:], strict=False)) if len(words) >= 3 else frozenset({tuple(words)})


def near_copy_finder(paths: list[Path]):
    """A function telling whether a text's shingles have a Jaccard similarity of NEAR_COPY_OVERLAP or more with
    those of some record of `paths`."""
    index: dict[tuple[str, ...], list[int]] = {}
    sets: list[frozenset] = []
    for path in paths:
        for row in read_records(path):
            sets.append(shingles(row["text"]))
            for shingle in sets[-1]:
                index.setdefault(shingle, []).append(len(sets) - 1)

    def is_near_copy(text: str) -> bool:
        mine = shingles(text)
        counts: dict[int, int] = {}
        for shingle in mine:
            for other in index.get(shingle, ()):
                counts[other] = counts.get(other, 0) + 1
        return any(n >= NEAR_COPY_OVERLAP * (len(mine) + len(sets[other]) - n) for other, n in counts.items())

    return is_near_copy


def corpus_files() -> list[Path]:
    return sorted((REPO / "models" / "data").glob("*.jsonl")) + sorted((REPO / "models" / "eval").glob("*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", type=Path)
    parser.add_argument("--to", type=Path, required=True, help="the corpus file to add to")
    parser.add_argument("--writer")
    parser.add_argument("--family")
    parser.add_argument("--group")
    args = parser.parse_args(argv)
    target = args.to.resolve()
    existing = read_records(target) if target.exists() else []
    taken = {
        normalised_key(row["text"])
        for path in corpus_files()
        if path.name != "language.jsonl"
        for row in read_records(path)
    }
    evaluation = sorted((REPO / "models" / "eval").glob("*.jsonl"))
    is_near_copy = near_copy_finder(evaluation) if target not in evaluation else (lambda text: False)
    added, skipped, near, errors = [], 0, 0, 0
    for number, row in enumerate(read_records(args.candidates), 1):
        row.setdefault("writer", args.writer)
        row.setdefault("family", args.family)
        row.setdefault("group", args.group or row.get("family"))
        row["text"] = row["text"].strip()
        try:
            validate_record(row, f"{args.candidates.name}:{number}")
        except CorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            errors += 1
            continue
        key = normalised_key(row["text"])
        if key in taken:
            skipped += 1
            continue
        if is_near_copy(row["text"]):
            near += 1
            continue
        taken.add(key)
        added.append(row)
    write_records(target, existing + added)
    print(
        f"added {len(added)} to {target.name}; {skipped} already in the corpus; {near} near copies of a blind-set "
        f"record; "
        f"{errors} invalid",
        file=sys.stderr,
    )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
