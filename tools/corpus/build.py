#!/usr/bin/env python3
"""Build Tactful's labelled corpus deterministically (stdlib only, fixed seed).

    python tools/corpus/build.py             # writes models/data/{train,heldout,language}.jsonl
    python tools/corpus/build.py --out DIR   # writes the same three files into DIR

Inputs (all under tools/corpus/):
  train_families.py       template families for the training split
  train_families_2.py     more training-only families (groups prefixed train2-)
  train_families_3.py     third batch of training-only families (groups prefixed train3-)
  heldout_families.py     separately written template families for the held-out split
  handwritten_train.jsonl   hand-written messages, training split only
  handwritten_train_3.jsonl third batch of hand-written messages, training split only
                            (groups handwritten-train3-NNN)
  handwritten_heldout.jsonl hand-written messages, held-out split only
  language_src.jsonl      hand-written drafts in many languages -> language.jsonl

Split rule: every group (template family, or one hand-written message) belongs to exactly
one file; held-out records whose normalised text also occurs in train are dropped.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import engine  # noqa: E402
import heldout_families  # noqa: E402
import train_families  # noqa: E402
import train_families_2  # noqa: E402
import train_families_3  # noqa: E402

SEED = 20240611
LABELS = ("none", "reciprocity_demand", "cold_pitch", "unearned_ask")
KINDS = ("positive", "hard_negative", "clean")
REPO = HERE.parent.parent


def load_handwritten(path: Path, split: str) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            text, label, span, kind = rec["text"], rec["label"], rec.get("span"), rec["kind"]
            if label not in LABELS or kind not in KINDS:
                raise ValueError(f"{path.name}:{n}: bad label/kind")
            if (label == "none") != (span is None):
                raise ValueError(f"{path.name}:{n}: span must be null exactly for label none")
            if span is not None and span not in text:
                raise ValueError(f"{path.name}:{n}: span {span!r} not in text")
            if (label == "none") == (kind == "positive"):
                raise ValueError(f"{path.name}:{n}: kind {kind} does not fit label {label}")
            out.append({"text": text, "label": label, "span": span,
                        "group": f"handwritten-{split}-{n:03d}", "kind": kind})
    return out


def dedupe(records: list[dict], seen: set[str], where: str) -> list[dict]:
    kept = []
    for r in records:
        key = engine.norm(r["text"])
        if key in seen:
            print(f"note: dropped duplicate in {where}: {r['text'][:60]!r}", file=sys.stderr)
            continue
        seen.add(key)
        kept.append(r)
    return kept


def finish(records: list[dict], prefix: str, seed: str) -> list[dict]:
    records = sorted(records, key=lambda r: (r["group"], r["text"]))
    random.Random(seed).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"{prefix}-{i:05d}", "text": r["text"], "label": r["label"],
                    "span": r["span"], "group": r["group"], "kind": r["kind"]})
    return out


def build() -> tuple[list[dict], list[dict], list[dict]]:
    # train: hand-written first so they win any collision with a generated text
    train_seen: set[str] = set()
    hw_train = dedupe(load_handwritten(HERE / "handwritten_train.jsonl", "train"), train_seen, "train")
    hw_train3 = dedupe(load_handwritten(HERE / "handwritten_train_3.jsonl", "train3"), train_seen, "train")
    gen_train = engine.generate(train_families.FAMILIES, train_families.SLOTS, SEED, train_seen,
                                train_families.VOICE)
    gen_train2 = engine.generate(train_families_2.FAMILIES, train_families_2.SLOTS, SEED, train_seen,
                                 train_families_2.VOICE)
    gen_train3 = engine.generate(train_families_3.FAMILIES, train_families_3.SLOTS, SEED, train_seen,
                                 train_families_3.VOICE)
    train = finish(hw_train + hw_train3 + gen_train + gen_train2 + gen_train3, "tr", f"{SEED}:train")

    train_keys = {engine.norm(r["text"]) for r in train}
    train_groups = {r["group"] for r in train}
    held_seen: set[str] = set(train_keys)  # anything already in train is unusable in held-out
    hw_held = dedupe(load_handwritten(HERE / "handwritten_heldout.jsonl", "heldout"), held_seen, "heldout")
    gen_held = engine.generate(heldout_families.FAMILIES, heldout_families.SLOTS, SEED + 1, held_seen,
                               heldout_families.VOICE)
    heldout = finish(hw_held + gen_held, "ho", f"{SEED}:heldout")
    shared = train_groups & {r["group"] for r in heldout}
    if shared:
        raise SystemExit(f"groups shared between train and heldout: {sorted(shared)}")

    language = []
    with (HERE / "language_src.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                language.append({"text": rec["text"], "language": rec["language"]})
    return train, heldout, language


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def stats(name: str, rows: list[dict]) -> str:
    lines = [f"{name}: {len(rows)} records, {len({r['group'] for r in rows})} groups"]
    by_label = Counter(r["label"] for r in rows)
    by_kind = Counter(r["kind"] for r in rows)
    by_lk = Counter((r["label"], r["kind"]) for r in rows)
    lines.append("  by label: " + ", ".join(f"{k}={by_label[k]}" for k in LABELS))
    lines.append("  by kind:  " + ", ".join(f"{k}={by_kind[k]}" for k in KINDS))
    lines.append("  label x kind: " + ", ".join(f"{l}/{k}={n}" for (l, k), n in sorted(by_lk.items())))
    hw = [r for r in rows if r["group"].startswith("handwritten-")]
    lines.append(f"  hand-written: {len(hw)} ("
                 + ", ".join(f"{k}={n}" for k, n in sorted(Counter(r['label'] for r in hw).items())) + ")")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "models" / "data",
                    help="output directory (default: models/data)")
    ap.add_argument("--quiet", action="store_true", help="do not print the counts")
    args = ap.parse_args(argv)
    train, heldout, language = build()
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "train.jsonl", train)
    write_jsonl(args.out / "heldout.jsonl", heldout)
    write_jsonl(args.out / "language.jsonl", language)
    if not args.quiet:
        print(stats("train.jsonl", train))
        print(stats("heldout.jsonl", heldout))
        langs = Counter(r["language"] for r in language)
        print(f"language.jsonl: {len(language)} records: "
              + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
