"""`tactful` command line: each subcommand is a module here exposing `register(subparsers)`."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from tactful import __version__
from tactful.cli import check, drafts, rewrite, serve, train
from tactful.cli.exit_codes import ExitCode

COMMAND_MODULES = [serve, check, drafts, train, rewrite]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tactful", description="Local etiquette assistant for social-media outreach.")
    parser.add_argument("--version", action="version", version=f"tactful {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        return int(args.func(args))
    except OSError as exc:  # the system refused: a full disk, a closed terminal, a vanished folder
        print(f"tactful: could not finish: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return ExitCode.FAILED
    except Exception as exc:  # a bug: one line naming where (not the message, which may quote a draft), not exit 1
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        print(f"tactful: internal error ({type(exc).__name__} at {where}); please report it", file=sys.stderr)
        return ExitCode.FAILED
