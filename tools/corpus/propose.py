#!/usr/bin/env python3
"""Propose candidate records from a template module, for review before they join the corpus.

    python tools/corpus/propose.py families_core --out /tmp/candidates.jsonl [--seed N]

The template modules (`families_*.py` beside this file) expand into drafts with labels and spans. Nothing
here writes models/data: review the candidates, keep the good ones, then add them with `add.py`.
Texts already in any corpus file are skipped, so a proposal never repeats a record.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "server"))

import engine  # noqa: E402
from tactful.training.corpus import read_records  # noqa: E402

DEFAULT_SEED = 20240611


def existing_keys() -> set[str]:
    keys: set[str] = set()
    for path in sorted((REPO / "models" / "data").glob("*.jsonl")) + sorted((REPO / "models" / "eval").glob("*.jsonl")):
        keys.update(engine.norm(row["text"]) for row in read_records(path))
    return keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", help="template module beside this script, e.g. families_core")
    parser.add_argument("--out", type=Path, required=True, help="candidate JSONL to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    module = importlib.import_module(args.module)
    records = engine.generate(module.FAMILIES, module.SLOTS, args.seed, existing_keys(), module.VOICE)
    with args.out.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            record.update(family=record["group"], writer="templates")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} candidates from {args.module} -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
