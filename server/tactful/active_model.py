"""Which classifier runs: the shipped one (models/classifier) or the user's personal one, trained with their
feedback by `tactful train --with-feedback` and installed in $TACTFUL_HOME/models/personal.

A personal model is loaded exactly like the shipped one (SHA-256 of the arrays checked, no pickle, finite
numbers, sane thresholds). One trained from another shipped model than the one installed now (Tactful was
upgraded since) is not used: the shipped model runs, and the caller gets a note saying why.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tactful.engine import checker as engine_checker
from tactful.engine.classifier import MANIFEST, ModelIntegrityError
from tactful.paths import personal_model_dir

BASE_VERSION_FIELD = "base_model_version"  # in a personal model's model.json: the shipped model it grew from
REPORT_FILE = "report.json"  # beside it: the figures of the shipped and the personal model when it was installed


def load_active_checker(models: Path, home: Path) -> tuple[engine_checker.Checker, str | None]:
    """The checker to serve with, and a note for the user when a personal model was found but not used."""
    personal = personal_model_dir(home)
    if not (personal / MANIFEST).exists():
        return engine_checker.load_checker(models), None
    base = _manifest_field(personal, BASE_VERSION_FIELD)
    shipped = _manifest_field(models / "classifier", "version")
    if base != shipped:
        note = (
            f"the personal model in {personal} grew from model {base}, not from the shipped {shipped}: using the "
            "shipped model (run `tactful train --with-feedback` again, or `tactful model reset`)"
        )
        return engine_checker.load_checker(models), note
    try:
        return engine_checker.load_checker(models, classifier=personal), None
    except ModelIntegrityError as exc:
        raise ModelIntegrityError(f"{exc} (`tactful model reset` removes the personal model)") from exc


def reset_personal_model(home: Path) -> bool:
    """Remove the personal model; the shipped one runs from the next start. False if there was none."""
    personal = personal_model_dir(home)
    if not personal.exists():
        return False
    shutil.rmtree(personal)
    return True


def _manifest_field(folder: Path, field: str) -> str | None:
    try:
        value = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get(field)
    except (OSError, ValueError, AttributeError) as exc:
        raise ModelIntegrityError(f"cannot read {folder / MANIFEST}: {exc}") from exc
    return value if isinstance(value, str) else None
