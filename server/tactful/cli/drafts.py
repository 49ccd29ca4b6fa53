"""`tactful drafts list|add|check|rm`: the saved drafts, straight from $TACTFUL_HOME/tactful.db (no server needed).

The work is the saved-drafts service's (`tactful.saved_drafts`), the one behind /v1/drafts: `add` saves a draft
unchecked, as POST /v1/drafts does, and `check` brings every verdict up to date, as POST /v1/drafts/check does.

Exit codes: `check` returns 0 when nothing is flagged and 1 when something is; `list`, `add` and `rm`
return 0 on success; all return 2 on a usage error or an unknown draft id.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tactful.cli.exit_codes import ExitCode
from tactful.cli.output import FORMATS, Formatter
from tactful.engine.domain import CATEGORIES, MAX_TEXT_CHARS, SENSITIVITIES, SURFACES
from tactful.engine.results import CheckResultDict
from tactful.engine.suppression import Suppressions
from tactful.saved_drafts import SavedDrafts

UNCHECKED: dict[str, object] = {
    "flagged": False,
    "score": None,
    "category": None,
    "issues": [],
    "language": None,
    "model_version": None,
}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "drafts", help="list, add, check or remove saved drafts", description=__doc__.split("\n")[0]
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list saved drafts, newest first")
    listing.add_argument("--only-flagged", action="store_true", help="only drafts whose last check flagged them")
    _output_options(listing)

    add = actions.add_parser("add", help="save a draft (unchecked: `drafts check` checks it) and print it")
    add.add_argument("text", nargs="+", help="the draft's text, or - to read it from stdin")
    add.add_argument("--surface", choices=SURFACES, default="other", help="where it will be posted (default: other)")
    _output_options(add)

    check = actions.add_parser("check", help="bring every saved draft's verdict up to date, store and print them")
    check.add_argument("--sensitivity", choices=SENSITIVITIES, default="balanced")
    check.add_argument("--force", action="store_true", help="check again even drafts whose verdict is current")
    check.add_argument("--only-flagged", action="store_true", help="print flagged drafts only")
    check.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    _output_options(check)

    remove = actions.add_parser("rm", help="delete saved drafts by id")
    remove.add_argument("ids", nargs="+", metavar="ID")
    parser.set_defaults(func=run)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")


def run(args: argparse.Namespace) -> int:
    from tactful.cli.user_data import open_user_store
    from tactful.store import StoreUnavailable

    store = open_user_store("drafts")
    if store is None:
        return ExitCode.USAGE
    from tactful.engine.classifier import ModelIntegrityError

    try:
        return ACTIONS[args.action](SavedDrafts(store), args)
    except ModelIntegrityError as exc:
        print(f"tactful drafts: cannot load the model: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except StoreUnavailable as exc:
        print(f"tactful drafts: {exc}; nothing was changed", file=sys.stderr)
        return ExitCode.USAGE
    finally:
        store.close()


def list_drafts(drafts: SavedDrafts, args: argparse.Namespace) -> int:
    _print_drafts(drafts.listing(only_flagged=args.only_flagged), args.format)
    return ExitCode.OK


def add_draft(drafts: SavedDrafts, args: argparse.Namespace) -> int:
    """Saved unchecked, as POST /v1/drafts does: `tactful drafts check` gives it a verdict."""
    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    if not text.strip():
        print("tactful drafts add: the draft is empty", file=sys.stderr)
        return ExitCode.USAGE
    if len(text) > MAX_TEXT_CHARS:
        print(f"tactful drafts add: the draft is longer than {MAX_TEXT_CHARS:,} characters", file=sys.stderr)
        return ExitCode.USAGE
    _print_drafts([drafts.add(text, args.surface)], args.format)
    return ExitCode.OK


def check_drafts(drafts: SavedDrafts, args: argparse.Namespace) -> int:
    from tactful.feedback import FeedbackService

    checker = _load_checker()

    def check_texts(texts: list[str], sensitivity: str, suppressions: Suppressions) -> list[CheckResultDict]:
        return [r.to_dict() for r in checker.check_many(texts, sensitivity=sensitivity, suppressions=suppressions)]

    summary = drafts.recheck(
        check_texts,
        model_version=checker.model_version,
        sensitivity=args.sensitivity,
        suppressions=FeedbackService(drafts.store).suppressions(),  # the same "not pushy" feedback the server applies
        force=args.force,
    )
    _print_drafts(drafts.listing(only_flagged=args.only_flagged), args.format)
    if not args.quiet:
        detail = ", ".join(
            f"{category} {summary.counts[category]:,}" for category in CATEGORIES if summary.counts[category]
        )
        print(
            f"{summary.total:,} saved drafts ({summary.rechecked:,} checked again): {summary.flagged:,} flagged"
            + (f" ({detail})" if detail else ""),
            file=sys.stderr,
        )
    return ExitCode.FLAGGED if summary.flagged else ExitCode.OK


def remove_drafts(drafts: SavedDrafts, args: argparse.Namespace) -> int:
    missing = [draft_id for draft_id in args.ids if not drafts.delete(draft_id)]
    for draft_id in missing:
        print(f"tactful drafts rm: no saved draft with id {draft_id!r}", file=sys.stderr)
    return ExitCode.USAGE if missing else ExitCode.OK


ACTIONS = {"list": list_drafts, "add": add_draft, "check": check_drafts, "rm": remove_drafts}


def _load_checker():
    from tactful.cli.user_data import checker_in_use

    return checker_in_use("drafts")


def draft_record(draft) -> dict[str, Any]:
    check = {key: value for key, value in (draft.check or UNCHECKED).items() if key != "checked_at"}
    return {
        "id": draft.id,
        "surface": draft.surface,
        "created_at": draft.created_at,
        "updated_at": draft.updated_at,
        "checked_at": (draft.check or {}).get("checked_at"),
        "text": draft.text,
        **check,
    }


def _print_drafts(drafts, format_name: str) -> None:
    formatter = Formatter(format_name)
    body = formatter.format([draft_record(draft) for draft in drafts])
    sys.stdout.write(formatter.header() + body + formatter.footer(bool(body)))
