"""requirements.lock agrees with pyproject.toml's pins, and this environment was installed from it."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        match = PIN.match(line.strip())
        assert match, f"requirements.lock: not an exact pin: {line!r}"
        pins[canonical(match.group(1))] = match.group(2)
    return pins


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    pins = {}
    for requirement in requirements:
        match = PIN.match(requirement)
        assert match, f"pyproject.toml: pin every dependency exactly (name==version), not {requirement!r}"
        pins[canonical(match.group(1))] = match.group(2)
    return pins


def test_every_pyproject_pin_is_in_the_lock_at_the_same_version():
    locked = lock_pins()
    drift = {
        name: (pinned, locked.get(name)) for name, pinned in pyproject_pins().items() if locked.get(name) != pinned
    }
    assert not drift, f"pyproject.toml and requirements.lock disagree (pyproject, lock): {drift}; run `make lock`"


def test_the_lock_holds_more_than_the_direct_pins():
    assert set(pyproject_pins()) < set(lock_pins())


def test_the_environment_has_every_locked_version():
    wrong = {}
    for name, pinned in lock_pins().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        if installed != pinned:
            wrong[name] = (pinned, installed)
    assert not wrong, f"installed packages differ from requirements.lock (locked, installed): {wrong}"
