"""`tactful feedback list|delete|export`: the feedback in $TACTFUL_HOME/tactful.db, without a browser.

The same service as GET/DELETE /v1/feedback: deleting "not pushy" feedback brings its warning back, in a
running server too, from its next check. `export` writes every entry as JSON Lines (stdout by default) so you
can read it, keep it, or send it to the Tactful developers if you choose; nothing is ever sent by itself.
Exit codes: 0 success, 2 a usage error or an unknown id.
"""

from __future__ import annotations

import argparse
import sys

from tactful.cli.exit_codes import ExitCode
from tactful.cli.output import one_line


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "feedback", help="list, delete or export your feedback", description=__doc__.split("\n")[0]
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every entry, oldest first: id, verdict, category, whether it silences, text")
    delete = actions.add_parser("delete", help="delete entries by id (a warning they silenced comes back)")
    delete.add_argument("ids", nargs="+", metavar="ID")
    export = actions.add_parser("export", help="every entry as JSON Lines")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tactful.cli.user_data import open_user_store
    from tactful.feedback import FeedbackService
    from tactful.store import StoreUnavailable

    store = open_user_store("feedback")
    if store is None:
        return ExitCode.USAGE
    try:
        return ACTIONS[args.action](FeedbackService(store), args)
    except StoreUnavailable as exc:
        print(f"tactful feedback: {exc}; nothing was changed", file=sys.stderr)
        return ExitCode.USAGE
    finally:
        store.close()


def list_feedback(service, args: argparse.Namespace) -> int:
    for entry in service.entries():
        silences = "not pushy" if entry.suppresses else ""
        sys.stdout.write(
            f"{entry.id}\t{entry.verdict}\t{entry.category or ''}\t{silences}\t{entry.created_at}\t"
            f"{one_line(entry.text)}\n"
        )
    return ExitCode.OK


def delete_feedback(service, args: argparse.Namespace) -> int:
    missing = [raw for raw in args.ids if not (raw.isascii() and raw.isdigit() and service.delete(int(raw)))]
    for raw in missing:
        print(f"tactful feedback delete: there is no feedback with id {one_line(raw)!r}", file=sys.stderr)
    return ExitCode.USAGE if missing else ExitCode.OK


def export_feedback(service, args: argparse.Namespace) -> int:
    if args.out is None:
        service.write_jsonl(sys.stdout)
        return ExitCode.OK
    try:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            count = service.write_jsonl(out)
    except OSError as exc:
        print(f"tactful feedback export: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.USAGE
    print(f"wrote {count:,} feedback entries to {args.out}", file=sys.stderr)
    return ExitCode.OK


ACTIONS = {"list": list_feedback, "delete": delete_feedback, "export": export_feedback}
