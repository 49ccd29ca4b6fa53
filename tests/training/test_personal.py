"""`tactful train --with-feedback`: a personal model, reproducible byte for byte, refused when worse than the shipped
one on the held-out or blind sets, loaded by `tactful serve` when installed (and named by /v1/health), and reset.

Each personal training takes a few seconds (one warm-started fit and two evaluations); this file runs four."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import urllib.request

import pytest

from tactful.active_model import load_active_checker
from tactful.engine.classifier import MANIFEST, WEIGHTS, ModelIntegrityError
from tactful.feedback import FeedbackService
from tactful.paths import models_dir, personal_model_dir
from tactful.store import DB_FILE, open_store
from tactful.training.corpus import BLIND_DEV_FILE, read_corpus, read_training_corpus
from tests.cli.cli_runner import run_cli
from tests.cli.server_process import free_port, start_server

pytest.importorskip("sklearn")

MISSED_PITCH = "Pop over to my shop this weekend, everything is half price"
FEEDBACK = [  # what one user might say over a few weeks; written for this test
    ("Loved your pottery class! I'll check out your page for the next one.", "wrong", None),
    ("Go follow the library's page, they post the story-time dates there.", "wrong", None),
    ("Share this with anyone who lost a grey cat near Elm Street please!", "wrong", None),
    ("My sister just opened a bakery, check out her page!", "wrong", None),
    ("Subscribe to the council newsletter if you want the bin schedule.", "wrong", None),
    (MISSED_PITCH, "wrong", "cold_pitch"),  # a push the shipped model missed
    ("like4like anyone?", "correct", None),  # the shipped verdict was right
]


def give(home, feedback) -> None:
    home.mkdir(parents=True, exist_ok=True)
    store = open_store(home / DB_FILE)
    try:
        service = FeedbackService(store)
        for text, verdict, category in feedback:
            service.give(text, verdict, category, None)
    finally:
        store.close()


def entries(home):
    store = open_store(home / DB_FILE)
    try:
        return list(FeedbackService(store).entries())
    finally:
        store.close()


def folder_bytes(folder) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def folder_digest(folder) -> str:
    digest = hashlib.sha256()
    for name, data in folder_bytes(folder).items():
        digest.update(name.encode() + b"\0" + data)
    return digest.hexdigest()


@pytest.fixture(scope="module")
def blind_text() -> str:
    return read_corpus(models_dir() / "eval" / BLIND_DEV_FILE)[0].text


@pytest.fixture(scope="module")
def trained(tmp_path_factory, blind_text):
    """One personal model trained from FEEDBACK (plus a blind-set text, which must be left out)."""
    from tactful.training.personal import train_personal

    home = tmp_path_factory.mktemp("personal") / "home"
    give(home, [*FEEDBACK, (blind_text, "wrong", None)])
    shipped_before = folder_digest(models_dir())
    report = train_personal(models_dir(), home, entries(home))
    return home, report, shipped_before


def test_the_personal_model_is_installed_beside_the_shipped_one_which_is_untouched(trained):
    home, report, shipped_before = trained
    assert report.installed and not report.worse, report.summary()
    folder = personal_model_dir(home)
    assert folder == home / "models" / "personal" and report.folder == folder
    assert sorted(folder_bytes(folder)) == ["model.json", "report.json", "weights.npz"]
    assert not list((home / "models").glob(".personal-*"))  # no staging left behind
    assert folder_digest(models_dir()) == shipped_before
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    shipped = json.loads((models_dir() / "classifier" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["source"] == "personal" and manifest["base_model_version"] == shipped["version"]
    assert manifest["version"] == report.version != shipped["version"]
    assert report.examples == {"confirmed": 1, "not_pushy": 5, "should_be_category": 1} and report.left_out == 1


def test_the_before_figures_are_the_shipped_models_own(trained):
    """ "Before" is measured, not copied: it matches models/metrics.json, written when the shipped model was trained."""
    _home, report, _ = trained
    metrics = json.loads((models_dir() / "metrics.json").read_text(encoding="utf-8"))
    held_out = report.before["held-out (in-family)"]
    assert held_out.f1 == metrics["default"]["binary"]["f1"]
    assert held_out.false_alarms == metrics["default"]["false_positive_rate"]["all_unflagged_labels"]
    for name, file in (("blind dev", "blind_dev.jsonl"), ("blind final", "blind_final.jsonl")):
        assert report.before[name].f1 == metrics["blind"][file]["binary"]["f1"]
    stored = json.loads((report.folder / "report.json").read_text(encoding="utf-8"))
    assert stored["personal"]["blind final"]["f1"] == report.after["blind final"].f1
    assert set(stored["shipped"]) == {"held-out (in-family)", "blind dev", "blind interim", "blind final", "never flag"}


def test_the_personal_model_learned_the_missed_push(trained):
    home, report, _ = trained
    shipped, _ = load_active_checker(models_dir(), home.parent / "nobody")
    personal, note = load_active_checker(models_dir(), home)
    assert note is None and personal.model_source == "personal" and personal.model_version == report.version
    assert not shipped.check(MISSED_PITCH).flagged
    assert personal.check(MISSED_PITCH).category == "cold_pitch"


def test_the_same_feedback_trains_the_same_bytes(trained, tmp_path, blind_text):
    from tactful.training.personal import train_personal

    home, report, _ = trained
    again = tmp_path / "home"
    give(again, list(reversed([*FEEDBACK, (blind_text, "wrong", None)])))  # other ids, other order, same feedback
    second = train_personal(models_dir(), again, entries(again))
    assert second.installed and second.version == report.version
    assert folder_bytes(personal_model_dir(again)) == folder_bytes(personal_model_dir(home))


def test_a_model_made_worse_by_contradictory_feedback_is_refused_and_nothing_changes(
    trained, tmp_path, capsys, monkeypatch
):
    """Hundreds of real pushy training drafts marked "not pushy": the model really gets worse, and says so."""
    home, _report, _ = trained
    worse_home = tmp_path / "home"
    shutil.copytree(home, worse_home)  # a personal model is installed already: a refusal must leave it alone
    installed_before = folder_bytes(personal_model_dir(worse_home))
    pushy = [d.text for d in read_training_corpus(models_dir() / "data") if d.label != "none"][::20][:300]
    give(worse_home, [(text, "wrong", None) for text in pushy])
    monkeypatch.setenv("TACTFUL_HOME", str(worse_home))
    code, out, err = run_cli(capsys, "train", "--with-feedback")
    assert code == 2, out + err
    assert "refused" in out and "nothing was installed" in out
    [held_out] = [line for line in out.splitlines() if line.startswith("held-out (in-family) ")]
    f1_shipped, f1_personal = (float(x) for x in held_out.split()[3:5])
    assert f1_personal < f1_shipped - 0.005  # the figures printed are the real drop
    assert "held-out (in-family): F1" in out  # and the reason names it
    assert folder_bytes(personal_model_dir(worse_home)) == installed_before
    assert not list((worse_home / "models").glob(".personal-*"))


def health(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=5) as response:
        return json.load(response)


def check(server, text: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{server.port}/v1/check",
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {server.token}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def test_serve_runs_the_personal_model_until_it_is_reset(trained, tmp_path, capsys, monkeypatch):
    home, report, _ = trained
    served_home = tmp_path / "home"
    shutil.copytree(home, served_home)
    with start_server(served_home) as server:
        assert health(server.port)["model"] == {"source": "personal", "version": report.version}
        result = check(server, MISSED_PITCH)
        assert result["model_version"] == report.version and result["category"] == "cold_pitch"
        assert "personal model" in server.stdout_text()
    monkeypatch.setenv("TACTFUL_HOME", str(served_home))
    code, out, _ = run_cli(capsys, "model", "status")
    assert code == 0 and out.startswith(f"personal model {report.version}") and "blind final" in out
    code, out, _ = run_cli(capsys, "model", "reset")
    assert code == 0 and "removed the personal model" in out
    assert not personal_model_dir(served_home).exists()
    assert (served_home / DB_FILE).exists()  # the feedback stays
    assert run_cli(capsys, "model", "reset")[1].startswith("there is no personal model")
    with start_server(served_home) as server:
        shipped = health(server.port)["model"]
        assert shipped["source"] == "shipped" and shipped["version"] != report.version
        assert not check(server, MISSED_PITCH)["flagged"]


def test_a_personal_model_grown_from_another_shipped_model_is_not_used(trained, tmp_path):
    home, _report, _ = trained
    upgraded = tmp_path / "home"
    shutil.copytree(home, upgraded)
    manifest_path = personal_model_dir(upgraded) / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["base_model_version"] = "lr-000000000000"  # as if Tactful shipped a new model since
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    checker, note = load_active_checker(models_dir(), upgraded)
    assert checker.model_source == "shipped" and "lr-000000000000" in note and "tactful model reset" in note


def test_a_tampered_personal_model_stops_serve_with_one_line(trained, tmp_path):
    home, _report, _ = trained
    tampered = tmp_path / "home"
    shutil.copytree(home, tampered)
    weights = personal_model_dir(tampered) / WEIGHTS
    blob = bytearray(weights.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    weights.write_bytes(bytes(blob))
    with pytest.raises(ModelIntegrityError, match="tactful model reset"):
        load_active_checker(models_dir(), tampered)
    done = subprocess.run(
        [sys.executable, "-m", "tactful", "serve", "--port", str(free_port())],
        env={**os.environ, "TACTFUL_HOME": str(tampered)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "Pairing code" not in done.stdout
    [line] = [line for line in done.stderr.splitlines() if line.strip()]
    assert line.startswith("tactful serve: ") and "SHA-256" in line and "tactful model reset" in line


def test_training_with_no_feedback_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TACTFUL_HOME", str(tmp_path / "home"))
    code, _out, err = run_cli(capsys, "train", "--with-feedback")
    assert code == 2 and "no feedback" in err
    give(tmp_path / "home", [])
    code, _out, err = run_cli(capsys, "train", "--with-feedback")
    assert code == 2 and "no feedback" in err
    assert not (tmp_path / "home" / "models").exists()
