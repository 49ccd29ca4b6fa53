"""`tactful rewrite TEXT`: introduction-style rewrites of one draft, offline.

The rewrites go to stdout (`--format text`: one per line, numbered; `--format json`: the same object as
`POST /v1/rewrite`); the draft's verdict goes to stderr unless `--quiet`. Exit codes: 0 rewrites were
written, 2 usage or input error (for example an empty draft).
"""

from __future__ import annotations

import argparse
import json
import sys

from tactful.cli.exit_codes import ExitCode

FORMATS = ("text", "json")


def register(subparsers) -> None:
    from tactful.engine.domain import SURFACES
    from tactful.rewrite.engine import DEFAULT_N, DEFAULT_STYLE, MAX_N, STYLES

    parser = subparsers.add_parser(
        "rewrite",
        help="propose rewrites of a draft that keep its fine sentences and change what pushes",
        description="Rewrite a pushy draft: its fine sentences stay word for word; the pushy part goes, and an "
        "introduction or a question is added where one is missing.",
        epilog="exit codes: 0 rewrites written, 2 usage or input error",
    )
    parser.add_argument("text", metavar="TEXT", help="the draft (use - to read it from stdin)")
    parser.add_argument("--name", help="your name, used to introduce you")
    parser.add_argument("--business", help="your business or page name")
    parser.add_argument("--page-url", help="a link to your page, mentioned politely")
    parser.add_argument(
        "--surface",
        choices=SURFACES,
        default="other",
        help="where the draft goes: a comment stays short (default: other)",
    )
    parser.add_argument(
        "--style", choices=STYLES, default=DEFAULT_STYLE, help=f"kind of rewrite (default: {DEFAULT_STYLE})"
    )
    parser.add_argument(
        "--n", type=int, default=DEFAULT_N, metavar="N", help=f"how many rewrites, 1 to {MAX_N} (default: {DEFAULT_N})"
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no verdict on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tactful.cli.user_data import checker_in_use, saved_suppressions
    from tactful.paths import models_dir
    from tactful.rewrite.engine import MAX_N, rewriter_for
    from tactful.rewrite.profile import Profile

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        print("tactful rewrite: the draft is empty; give the text to rewrite (or - to read stdin).", file=sys.stderr)
        return ExitCode.USAGE
    if not 1 <= args.n <= MAX_N:
        print(f"tactful rewrite: --n must be from 1 to {MAX_N}.", file=sys.stderr)
        return ExitCode.USAGE
    try:
        profile = Profile.from_mapping({"name": args.name, "business": args.business, "page_url": args.page_url})
    except ValueError as exc:
        print(f"tactful rewrite: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    checker = checker_in_use("rewrite")
    suppressions = saved_suppressions("rewrite")  # what the user marked "not pushy" is left as it is
    original = checker.check(text, suppressions=suppressions)
    rewrites = rewriter_for(checker, models_dir()).rewrite(
        text,
        profile=profile,
        style=args.style,
        n=args.n,
        surface=args.surface,
        original=original,
        suppressions=suppressions,
    )
    if not args.quiet:
        if original.flagged and not rewrites:
            print(
                f"Flagged as {original.category} (score {original.score:.2f}); every part of it pushes, so nothing is "
                f"left to keep: "
                "write it afresh, saying who you are and asking about them.",
                file=sys.stderr,
            )
        elif original.flagged:
            print(
                f"Flagged as {original.category} (score {original.score:.2f}); rewritten as '{args.style}':",
                file=sys.stderr,
            )
        elif rewrites:
            print("Not flagged; what is missing added:", file=sys.stderr)
        else:
            print("Not flagged, and nothing is missing: no rewrite to suggest.", file=sys.stderr)
    if args.format == "json":
        json.dump(
            {"rewrites": [r.to_dict() for r in rewrites], "original": original.to_dict()},
            sys.stdout,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    else:
        for number, rewrite in enumerate(rewrites, 1):
            print(f"{number}. {rewrite.text}")
    return ExitCode.OK
