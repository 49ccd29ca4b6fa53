"""`tactful` command line: each subcommand is a module here exposing `register(subparsers)`."""

from __future__ import annotations

import argparse
import sys

from tactful import __version__
from tactful.cli import check, drafts, feedback, model, rewrite, serve, train
from tactful.cli.exit_codes import ExitCode

COMMAND_MODULES = [serve, check, drafts, feedback, train, model, rewrite]


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
    return int(args.func(args))
