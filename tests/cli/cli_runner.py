"""Run the `tactful` command line in-process and capture what it prints (shared by the CLI tests)."""

from __future__ import annotations

from tactful.cli import main


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `tactful ARGV...`; argparse usage errors count as their exit code."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err
