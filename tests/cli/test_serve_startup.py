"""Every start-up failure of `tactful serve` is one clear line on stderr and exit code 2, before any pairing code."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tactful.paths import models_dir
from tests.cli.server_process import free_port


def serve(env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "tactful", "serve", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def assert_refused(done: subprocess.CompletedProcess, words: str) -> None:
    assert done.returncode == 2
    assert "Pairing code" not in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("tactful serve: ") and words in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_garbage_database_is_refused(tmp_path):
    (tmp_path / "tactful.db").write_bytes(b"this is not an sqlite file at all, just bytes" * 100)
    assert_refused(serve({"TACTFUL_HOME": str(tmp_path)}), "damaged or not a Tactful database")


def test_a_database_from_a_newer_tactful_is_refused(tmp_path):
    with sqlite3.connect(tmp_path / "tactful.db") as db:
        db.execute("PRAGMA user_version = 999")
    assert_refused(serve({"TACTFUL_HOME": str(tmp_path)}), "newer than this Tactful understands")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only folder")
def test_a_read_only_home_is_refused(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o500)
    try:
        assert_refused(serve({"TACTFUL_HOME": str(home)}), "permission denied")
    finally:
        home.chmod(0o700)


@pytest.mark.parametrize(
    "thresholds", [{"relaxed": 0.75, "balanced": float("nan"), "strict": 0.35}, {"relaxed": 0.75, "strict": 0.35}]
)
def test_a_model_with_a_bad_or_missing_threshold_is_refused_at_load(tmp_path, thresholds):
    models = tmp_path / "models"
    shutil.copytree(models_dir(), models, ignore=shutil.ignore_patterns("data", "eval"))
    manifest_path = models / "classifier" / "model.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["thresholds"] = thresholds
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert_refused(serve({"TACTFUL_HOME": str(tmp_path / "home"), "TACTFUL_MODELS": str(models)}), "threshold")


def test_an_existing_home_open_to_others_is_tightened(tmp_path):
    from tactful.http.token import load_or_create_token

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    load_or_create_token(home)
    assert home.stat().st_mode & 0o777 == 0o700
