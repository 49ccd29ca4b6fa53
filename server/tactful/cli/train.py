"""`tactful train`: rebuild the classifier from models/data, reproducibly, and rewrite its metrics; then the sentence
model the rewriter's edit planner uses (models/sentences).

`tactful train --with-feedback` instead trains a personal model from the same data plus the feedback in
$TACTFUL_HOME/tactful.db, and installs it in $TACTFUL_HOME/models/personal unless it is worse than the shipped
one on the held-out or blind sets (the rule is in tactful.training.personal and the README); models/ is not
touched. Exit codes: 0 installed (or rebuilt), 2 refused, nothing to train with, or a usage error.
"""

from __future__ import annotations

import argparse
import sys

from tactful.cli.exit_codes import ExitCode


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train",
        help=(
            "rebuild the classifier from models/data, or with --with-feedback a personal one (needs the 'train' extra)"
        ),
    )
    parser.add_argument("--models", default=None, help="models folder (default: the shipped one)")
    parser.add_argument(
        "--with-feedback",
        action="store_true",
        help="train a personal model with your feedback and install it in $TACTFUL_HOME/models/personal "
        "(refused, exit 2, if it is worse than the shipped model on the held-out or blind sets)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tactful.paths import models_dir

    models = Path(args.models) if args.models else models_dir()
    if args.with_feedback:
        return _train_personal(models)
    from tactful.training.sendable_model import train_sendable_model
    from tactful.training.sentence_model import train_sentence_model
    from tactful.training.train import train_and_export

    report = train_and_export(models)
    print(report.summary())
    print(train_sentence_model(models))
    print(train_sendable_model(models))  # its features read the sentence model's scores
    return ExitCode.OK


def _train_personal(models) -> int:
    from tactful.cli.user_data import open_user_store
    from tactful.feedback import FeedbackService
    from tactful.paths import tactful_home
    from tactful.store import DB_FILE
    from tactful.training.personal import NoFeedback, train_personal

    home = tactful_home()
    path = home / DB_FILE
    if not path.exists():
        print(f"tactful train: there is no feedback to train with ({path} does not exist)", file=sys.stderr)
        return ExitCode.USAGE
    store = open_user_store("train")
    if store is None:
        return ExitCode.USAGE
    try:
        entries = list(FeedbackService(store).entries())
    finally:
        store.close()
    try:
        report = train_personal(models, home, entries)
    except NoFeedback as exc:
        print(f"tactful train: {exc} (give some from the extension's panel first)", file=sys.stderr)
        return ExitCode.USAGE
    print(report.summary())
    return ExitCode.OK if report.installed else ExitCode.USAGE
