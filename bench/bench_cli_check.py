"""Issue #5's numbers: `tactful check` throughput on a 100,000-draft JSONL file (all cores and one core),
and how long POST /v1/drafts/check takes over 10,000 saved drafts. Prints numbers; asserts nothing."""

from __future__ import annotations

import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.drafts import HELDOUT  # noqa: E402

CLI_DRAFTS = int(os.environ.get("BENCH_CLI_DRAFTS", 100_000))
SAVED_DRAFTS = int(os.environ.get("BENCH_SAVED_DRAFTS", 10_000))
PUSHY_SHARE = 0.3  # a campaign file: most drafts are fine, some carry one pushy message


def campaign_drafts(count: int, length: int = 280, seed: int = 7) -> list[str]:
    """About `length` characters of held-out clean messages, with one held-out pushy message spliced
    in at a random place in PUSHY_SHARE of the drafts."""
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    clean = [row["text"] for row in rows if row["label"] == "none"]
    pushy = [row["text"] for row in rows if row["label"] != "none"]
    rng = random.Random(seed)
    drafts = []
    for _ in range(count):
        parts = [rng.choice(pushy)] if rng.random() < PUSHY_SHARE else []
        while sum(len(part) + 1 for part in parts) < length:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(clean))
        drafts.append(" ".join(parts))
    return drafts


def write_jsonl(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(campaign_drafts(count)):
            handle.write(json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False) + "\n")


def time_cli(path: Path, jobs: int | None) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (the command and its workers), result lines, the summary line."""
    command = [sys.executable, "-m", "tactful", "check", str(path), "--format", "ndjson"]
    if jobs:
        command += ["--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = finished.stdout.count("\n")
    return seconds, cpu, lines, finished.stderr.strip().splitlines()[-1] if finished.stderr.strip() else ""


def bench_cli() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drafts.jsonl"
        write_jsonl(path, CLI_DRAFTS)
        size_mb = path.stat().st_size / 1e6
        print(
            f"tactful check on {CLI_DRAFTS:,} drafts ({size_mb:.1f} MB JSONL, ~280 chars, {PUSHY_SHARE:.0%} with a "
            f"pushy message),"
            f" {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}:"
        )
        for jobs, label in ((None, "all cores"), (1, "one core ")):
            seconds, cpu, lines, summary = time_cli(path, jobs)
            print(
                f"  {label}: {seconds:6.2f} s wall  {CLI_DRAFTS / seconds:8,.0f} drafts/s"
                f"  ({cpu:.1f} CPU-s, {CLI_DRAFTS / cpu:,.0f} drafts per CPU-second; {lines:,} results; {summary})"
            )


async def bench_recheck() -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from tactful.engine.checker import load_checker
    from tactful.http.app import create_app
    from tactful.http.config import ServerConfig
    from tactful.paths import models_dir
    from tactful.store import DB_FILE, open_store

    checker = load_checker(models_dir())
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        store = open_store(home / DB_FILE)
        started = time.perf_counter()
        with store._write() as db:  # one transaction: this measures the re-check, not 10,000 fsyncs
            for text in campaign_drafts(SAVED_DRAFTS, seed=11):
                db.execute(
                    "INSERT INTO drafts (id, text, surface, created_at, updated_at) VALUES (hex(randomblob(6)), ?, "
                    "'other', 'now', 'now')",
                    (text,),
                )
        store.close()
        print(
            f"POST /v1/drafts/check over {SAVED_DRAFTS:,} saved drafts (seeded in {time.perf_counter() - started:.2f} "
            f"s):"
        )
        config = ServerConfig(home=home, token="bench", models=models_dir())
        client = TestClient(TestServer(create_app(config, checker=checker)), headers={"Authorization": "Bearer bench"})
        await client.start_server()
        try:
            runs = [
                ("none checked yet (as after a model update)", {}),
                ("all verdicts current", {}),
                ('"force": true', {"force": True}),
            ]
            for label, body in runs:
                started = time.perf_counter()
                response = await client.post("/v1/drafts/check", json=body)
                summary = await response.json()
                seconds = time.perf_counter() - started
                print(
                    f"  {label:<44} {seconds:6.2f} s  ({summary['rechecked']:,} checked again, "
                    f"{summary['flagged']:,} of {summary['checked']:,} flagged, HTTP {response.status})"
                )
            started = time.perf_counter()
            response = await client.get("/v1/drafts")
            listed = len((await response.json())["drafts"])
            print(f"  {'GET /v1/drafts (all of them)':<44} {time.perf_counter() - started:6.2f} s  ({listed:,} drafts)")
        finally:
            await client.close()


if __name__ == "__main__":
    bench_cli()
    asyncio.run(bench_recheck())
