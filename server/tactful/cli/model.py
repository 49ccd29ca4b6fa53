"""`tactful model status|reset`: which classifier `tactful serve` runs, and going back to the shipped one.

`reset` removes the personal model in $TACTFUL_HOME/models/personal (your feedback stays); a running server
keeps the model it loaded until it is started again. Exit codes: 0 success, 2 a usage or model error.
"""

from __future__ import annotations

import argparse
import json
import sys

from tactful.cli.exit_codes import ExitCode


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "model", help="show which model runs, or reset to the shipped one", description=__doc__.split("\n")[0]
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("status", help="which model `tactful serve` would load, and its figures")
    actions.add_parser("reset", help="remove the personal model: the shipped one runs from the next start")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tactful.active_model import REPORT_FILE, load_active_checker, reset_personal_model
    from tactful.engine.classifier import ModelIntegrityError
    from tactful.paths import models_dir, personal_model_dir, tactful_home

    home = tactful_home()
    if args.action == "reset":
        if reset_personal_model(home):
            print(
                f"removed the personal model in {personal_model_dir(home)}; the shipped model runs from the next start"
            )
        else:
            print("there is no personal model: the shipped model already runs")
        return ExitCode.OK
    try:
        checker, note = load_active_checker(models_dir(), home)
    except ModelIntegrityError as exc:
        print(f"tactful model: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    if note:
        print(f"tactful model: {note}", file=sys.stderr)
    print(f"{checker.model_source} model {checker.model_version}")
    report = personal_model_dir(home) / REPORT_FILE
    if checker.model_source == "personal" and report.exists():
        figures = json.loads(report.read_text(encoding="utf-8"))
        for name, after in figures["personal"].items():
            before = figures["shipped"][name]
            print(
                f"  {name}: F1 {after['f1']:.4f} (shipped {before['f1']:.4f}), "
                f"false alarms {after['false_alarms']:.2%} (shipped {before['false_alarms']:.2%})"
            )
    return ExitCode.OK
