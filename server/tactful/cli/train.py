"""`tactful train`: rebuild the classifier from models/data, reproducibly, and rewrite its metrics."""

from __future__ import annotations

import argparse

from tactful.cli.exit_codes import ExitCode


def register(subparsers) -> None:
    parser = subparsers.add_parser("train", help="rebuild the classifier from models/data (needs the 'train' extra)")
    parser.add_argument("--models", default=None, help="models folder (default: the shipped one)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tactful.paths import models_dir
    from tactful.training.train import train_and_export

    report = train_and_export(Path(args.models) if args.models else models_dir())
    print(report.summary())
    return ExitCode.OK
