"""Issue #2's numbers: check compute, HTTP round-trip vs a trivial aiohttp endpoint, batch throughput,
start-up time and resident memory. Prints numbers; asserts nothing."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.drafts import drafts_of_length, percentile  # noqa: E402
from tests.cli.server_process import free_port, wait_for_health  # noqa: E402

ROUNDS = 6


def measure_compute(drafts: list[str]) -> None:
    from tactful.engine.checker import load_checker

    checker = load_checker()
    for text in drafts[:200]:
        checker.check(text)
    timings, flagged = [], 0
    for text in drafts:
        started = time.perf_counter()
        result = checker.check(text)
        timings.append((time.perf_counter() - started) * 1000)
        flagged += result.flagged
    print(
        f"check compute (in process, {len(drafts)} drafts of ~280 chars, {flagged} flagged): "
        f"p50 {percentile(timings, 50):.3f} ms  p99 {percentile(timings, 99):.3f} ms"
    )
    started = time.perf_counter()
    checker.check_many(drafts)
    elapsed = time.perf_counter() - started
    print(f"check_many (in process, one core): {len(drafts) / elapsed:,.0f} drafts/s")


def start(command: list[str], port: int, env: dict) -> tuple[subprocess.Popen, float]:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not wait_for_health(port, timeout=30):
        raise RuntimeError(f"{command} did not start")
    return process, time.perf_counter() - started


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def round_trips(port: int, headers: dict, drafts: list[str], concurrency: int, total: int) -> list[float]:
    timings: list[float] = []
    queue = iter(range(total))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector, headers=headers) as session:

        async def worker():
            for i in queue:
                started = time.perf_counter()
                async with session.post(
                    f"http://127.0.0.1:{port}/v1/check", json={"text": drafts[i % len(drafts)]}
                ) as response:
                    await response.read()
                    assert response.status == 200
                timings.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return timings


async def batch_throughput(port: int, headers: dict, drafts: list[str], rounds: int = 10) -> float:
    batch = {"drafts": [{"id": str(i), "text": t} for i, t in enumerate(drafts[:1000])]}
    async with aiohttp.ClientSession(headers=headers) as session:
        async with session.post(f"http://127.0.0.1:{port}/v1/check/batch", json=batch) as response:
            await response.read()
        started = time.perf_counter()
        for _ in range(rounds):
            async with session.post(f"http://127.0.0.1:{port}/v1/check/batch", json=batch) as response:
                assert response.status == 200
                await response.read()
        return rounds * len(batch["drafts"]) / (time.perf_counter() - started)


def main() -> None:
    drafts = drafts_of_length(2000)
    measure_compute(drafts)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TACTFUL_HOME": home}
        tactful_port, trivial_port = free_port(), free_port()
        tactful, startup = start(
            [sys.executable, "-m", "tactful", "serve", "--port", str(tactful_port)], tactful_port, env
        )
        trivial, _ = start(
            [sys.executable, str(ROOT / "bench" / "trivial_server.py"), str(trivial_port)], trivial_port, env
        )
        try:
            print(f"server start-up (process start → first /v1/health 200): {startup:.2f} s")
            print(f"resident memory after start-up: {rss_mb(tactful.pid):.0f} MB")
            headers = {"Authorization": f"Bearer {Path(home, 'token').read_text().strip()}"}
            # Alternate rounds of the two servers, so that noise from this shared machine hits both sides alike.
            for concurrency, per_round in ((1, 400), (16, 800)):
                asyncio.run(round_trips(trivial_port, {}, drafts, concurrency, 300))  # warm-up
                asyncio.run(round_trips(tactful_port, headers, drafts, concurrency, 300))
                base, ours = [], []
                for _ in range(ROUNDS):
                    base += asyncio.run(round_trips(trivial_port, {}, drafts, concurrency, per_round))
                    ours += asyncio.run(round_trips(tactful_port, headers, drafts, concurrency, per_round))
                b50, o50 = percentile(base, 50), percentile(ours, 50)
                print(
                    f"HTTP /v1/check, concurrency {concurrency:2d}: p50 {o50:.3f} ms  p99 {percentile(ours, 99):.3f} "
                    f"ms   "
                    f"| trivial endpoint p50 {b50:.3f} ms  p99 {percentile(base, 99):.3f} ms   | p50 "
                    f"ratio {o50 / b50:.2f}x "
                    f"({ROUNDS} alternating rounds of {per_round})"
                )
            rate = asyncio.run(batch_throughput(tactful_port, headers, drafts))
            print(f"/v1/check/batch (1,000 drafts per request, the mix above): {rate:,.0f} drafts/s")
            campaign = drafts_of_length(1000, pushy_share=0.3, seed=11)
            rate = asyncio.run(batch_throughput(tactful_port, headers, campaign))
            print(f"/v1/check/batch (1,000 drafts per request, 30% holding one pushy message): {rate:,.0f} drafts/s")
            print(f"resident memory after load: {rss_mb(tactful.pid):.0f} MB")
        finally:
            for process in (tactful, trivial):
                process.terminate()
                process.wait(timeout=10)


if __name__ == "__main__":
    main()
