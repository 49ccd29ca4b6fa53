"""Rewrite speed: rewrites per second in process, per-request latency on the held-out pushy drafts and on the
blind review set (longer, realistic drafts), and POST /v1/rewrite latency against the real server
(`python -m tactful serve` in a subprocess). Prints numbers; asserts nothing. Target (issue 9): p50 <= 5 ms
for n = 3, including the re-check."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
PROFILE = {"name": "Dana", "business": "Sweet Crumbs Bakery", "page_url": "https://facebook.com/sweetcrumbs"}
REQUESTS = 2_000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def pushy_drafts() -> list[str]:
    from tactful.paths import models_dir

    path = models_dir() / "data" / "heldout.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in records if r["label"] != "none"]


def measure_in_process(drafts: list[str]) -> None:
    from tactful.engine.checker import load_checker
    from tactful.paths import models_dir
    from tactful.rewrite.engine import rewriter_for
    from tactful.rewrite.profile import Profile

    checker = load_checker(models_dir())
    rewriter = rewriter_for(checker, models_dir())
    profile = Profile(**PROFILE)
    originals = checker.check_many(drafts)
    for text, original in zip(drafts[:100], originals, strict=False):
        rewriter.rewrite(text, original=original)

    started = time.perf_counter()
    made = 0
    for text, original in zip(drafts, originals, strict=True):
        made += len(rewriter.rewrite(text, profile=profile, n=3, original=original, verify=False))
    elapsed = time.perf_counter() - started
    print(
        f"rewrite engine alone (in process, {len(drafts)} pushy drafts, n=3, no verification): "
        f"{made / elapsed:,.0f} rewrites/s ({len(drafts) / elapsed:,.0f} requests/s)"
    )

    timings = []
    made = 0
    for text in drafts:
        started = time.perf_counter()
        original = checker.check(text)
        made += len(rewriter.rewrite(text, profile=profile, n=3, original=original))
        timings.append((time.perf_counter() - started) * 1000)
    total = sum(timings) / 1000
    print(
        f"what /v1/rewrite computes (check + rewrite n=3 + verification): {made / total:,.0f} rewrites/s, "
        f"p50 {percentile(timings, 50):.3f} ms  p99 {percentile(timings, 99):.3f} ms per request"
    )


def measure_review_set() -> None:
    from tactful.engine.checker import load_checker
    from tactful.paths import models_dir
    from tactful.rewrite.engine import rewriter_for
    from tactful.rewrite.profile import Profile
    from tactful.training.rewrite_review import read_review_set

    checker = load_checker(models_dir())
    rewriter = rewriter_for(checker, models_dir())
    records = read_review_set(models_dir() / "eval")
    timings = []
    for _ in range(3):
        for record in records:
            started = time.perf_counter()
            original = checker.check(record["text"])
            rewriter.rewrite(
                record["text"],
                profile=Profile.from_mapping(record.get("profile")),
                n=3,
                surface=record["surface"],
                original=original,
            )
            timings.append((time.perf_counter() - started) * 1000)
    print(
        f"blind review set ({len(records)} drafts x 3, check + rewrite n=3 + verification and retries): "
        f"p50 {percentile(timings, 50):.3f} ms  p99 {percentile(timings, 99):.3f} ms  worst {max(timings):.1f} ms per "
        f"request"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def wait_for_health(port: int, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    async with aiohttp.ClientSession() as session:
        while time.perf_counter() < deadline:
            try:
                async with session.get(f"http://127.0.0.1:{port}/v1/health") as response:
                    if response.status == 200:
                        return True
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
    return False


async def measure_http(drafts: list[str]) -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TACTFUL_HOME=home, PYTHONPATH=str(ROOT / "server"))
        process = subprocess.Popen(
            [sys.executable, "-m", "tactful", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            if not await wait_for_health(port, timeout=60):
                print("/v1/rewrite: the server did not start")
                return
            token = (Path(home) / "token").read_text(encoding="ascii").strip()
            headers = {"Authorization": f"Bearer {token}"}
            async with aiohttp.ClientSession(headers=headers) as session:
                for text in drafts[:50]:  # warm up: the rewriter is built on the first request
                    async with session.post(f"http://127.0.0.1:{port}/v1/rewrite", json={"text": text}) as response:
                        await response.read()
                for label, path, make_body in (
                    ("/v1/health (no body, for scale)", "/v1/health", None),
                    ("/v1/check (same drafts, for scale)", "/v1/check", lambda text: {"text": text}),
                    (
                        "/v1/rewrite (n=3, with a profile)",
                        "/v1/rewrite",
                        lambda text: {"text": text, "profile": PROFILE, "n": 3},
                    ),
                ):
                    timings = await time_requests(session, f"http://127.0.0.1:{port}{path}", drafts, make_body)
                    if timings is None:
                        print(f"{path} did not answer 200")
                        return
                    print(
                        f"{label}: HTTP round trip, real server, concurrency 1, {REQUESTS} requests: "
                        f"p50 {percentile(timings, 50):.3f} ms  p99 {percentile(timings, 99):.3f} ms"
                    )
        finally:
            process.terminate()
            process.wait(timeout=10)


async def time_requests(session: aiohttp.ClientSession, url: str, drafts: list[str], make_body) -> list[float] | None:
    timings = []
    for i in range(REQUESTS):
        started = time.perf_counter()
        if make_body is None:
            response = await session.get(url)
        else:
            response = await session.post(url, json=make_body(drafts[i % len(drafts)]))
        async with response:
            await response.read()
        timings.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            return None
    return timings


def main() -> None:
    sys.path.insert(0, str(ROOT / "server"))
    drafts = pushy_drafts()
    measure_in_process(drafts)
    measure_review_set()
    asyncio.run(measure_http(drafts))


if __name__ == "__main__":
    main()
