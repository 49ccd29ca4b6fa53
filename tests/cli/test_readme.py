"""The README documents every command the CLI has, and opens with the two commands CI and users rely on."""

from pathlib import Path

from tactful.cli import build_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    missing = [name for name in commands if f"`tactful {name}" not in README]
    assert not missing, f"document these commands in README.md: {missing}"


def test_readme_opens_with_make_run_and_make_test():
    opening = README[:400]
    assert "make run" in opening and "make test" in opening
