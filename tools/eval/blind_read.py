"""A blind read of rewrites: export a reading sheet for outside readers, then summarise their scores.

    .venv/bin/python tools/eval/blind_read.py export DRAFTS.jsonl SHEET.jsonl [--seed 7] [--ungated]
    .venv/bin/python tools/eval/blind_read.py score SHEET.jsonl SCORES.jsonl [--system NAME]

`export` rewrites every draft (without a profile, and with its profile when it has one; n = 3) and writes one line
per rewrite, shuffled, carrying only what a reader needs: the surface, who the reader is, the profile shown to the
writer, the draft and the rewrite. The reader answers one line per item: {"item", "sendable": bool, "natural",
"keeps", "etiquette", "invents": 1-5, "why": str}. `score` prints the sendable share and the four averages, apart
for with/without a profile and for messages/comments/posts, and the worst items verbatim.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
from collections import defaultdict
from pathlib import Path

CRITERIA = ("natural", "keeps", "etiquette", "invents")


def export(drafts_path: Path, sheet_path: Path, seed: int, gated: bool = True) -> None:
    from tactful.engine.checker import load_checker
    from tactful.paths import models_dir
    from tactful.rewrite.engine import build_rewriter
    from tactful.rewrite.profile import Profile

    checker = load_checker(models_dir())
    rewriter = build_rewriter(checker, models_dir(), gated=gated)
    items, without = [], 0
    for line in drafts_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        draft = json.loads(line)
        profiles = [None] + ([draft["profile"]] if draft.get("profile") else [])
        for profile in profiles:
            rewrites = rewriter.rewrite(
                draft["text"],
                profile=Profile.from_mapping(profile) if profile else Profile(),
                n=3,
                surface=draft["surface"],
            )
            without += not rewrites
            for rewrite in rewrites:
                items.append(
                    {
                        "draft_id": draft["id"],
                        "surface": draft["surface"],
                        "reader": draft["reader"],
                        "profile": profile,
                        "kind": rewrite.kind,
                        "draft": draft["text"],
                        "rewrite": rewrite.text,
                    }
                )
    random.Random(seed).shuffle(items)
    with sheet_path.open("w", encoding="utf-8") as out:
        for number, item in enumerate(items, 1):
            out.write(json.dumps({"item": number, **item}, ensure_ascii=False) + "\n")
    print(f"{len(items)} rewrites to read; {without} draft runs got no rewrite")


def score(sheet_path: Path, scores_path: Path, system: str | None = None) -> None:
    sheet = {item["item"]: item for item in map(json.loads, sheet_path.read_text(encoding="utf-8").splitlines())}
    if system is not None:  # a sheet mixing two rewriters' rewrites: only the ones this one made
        sheet = {number: item for number, item in sheet.items() if system in item.get("systems", ())}
    scores = [json.loads(line) for line in scores_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    groups: dict[str, list[dict]] = defaultdict(list)
    for answer in scores:
        if answer["item"] not in sheet:
            continue
        item = sheet[answer["item"]]
        answer = {**answer, **item}
        groups["all"].append(answer)
        groups["with profile" if item["profile"] else "without profile"].append(answer)
        groups[f"surface {item['surface']}"].append(answer)
        groups[f"kind {item['kind']}"].append(answer)
    for name in sorted(groups, key=lambda n: (n != "all", n)):
        rows = groups[name]
        share = sum(bool(r["sendable"]) for r in rows) / len(rows)
        means = " ".join(f"{c} {statistics.mean(r[c] for r in rows):.2f}" for c in CRITERIA)
        print(f"{name:18} n={len(rows):3}  sendable {share:6.1%}  {means}")
    worst = sorted(groups["all"], key=lambda r: (bool(r["sendable"]), sum(r[c] for c in CRITERIA)))[:10]
    print("\nThe 10 worst:")
    for r in worst:
        print(f"- [{r['surface']}, {r['reader']}, {'profile' if r['profile'] else 'no profile'}] {r['rewrite']!r}")
        print(f"    draft: {r['draft']!r}\n    reader: {r.get('why', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    export_command = commands.add_parser("export")
    export_command.add_argument("drafts", type=Path)
    export_command.add_argument("sheet", type=Path)
    export_command.add_argument("--seed", type=int, default=7)
    export_command.add_argument(
        "--ungated", action="store_true", help="every rewrite the planner makes, before the sendable gate (to train it)"
    )
    score_command = commands.add_parser("score")
    score_command.add_argument("sheet", type=Path)
    score_command.add_argument("scores", type=Path)
    score_command.add_argument(
        "--system", help="in a sheet mixing rewriters (items list their 'systems'), only this one's"
    )
    args = parser.parse_args()
    if args.command == "export":
        export(args.drafts, args.sheet, args.seed, gated=not args.ungated)
    else:
        score(args.sheet, args.scores, args.system)


if __name__ == "__main__":
    main()
