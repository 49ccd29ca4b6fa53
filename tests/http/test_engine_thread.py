"""Checks and rewrites run on the engine thread: the event loop answers other requests while a long one is worked on."""

from __future__ import annotations

import asyncio
import threading

from tactful.http.engine_thread import THREAD_NAME, EngineThread

LONG_DRAFT = "please like my page and share it with your friends! " * 380  # ~19,800 characters


async def test_work_runs_on_the_engine_thread_not_the_event_loops():
    engine = EngineThread()
    try:
        name = await engine.run(lambda: threading.current_thread().name)
    finally:
        engine.close()
    assert name.startswith(THREAD_NAME) and name != threading.current_thread().name


async def test_health_is_answered_while_a_long_rewrite_is_being_made(api):
    """Ordering, not timing: the health reply arrives while the rewrite of a 20,000-character draft is in flight
    (with the rewrite on the event loop, health would wait for it to finish)."""
    finished: list[str] = []

    async def rewrite() -> None:
        response = await api.post("/v1/rewrite", json={"text": LONG_DRAFT, "n": 3})
        assert response.status == 200
        finished.append("rewrite")

    async def health() -> None:
        await asyncio.sleep(0.02)  # let the rewrite request reach the server first
        assert (await api.get("/v1/health")).status == 200
        finished.append("health")

    await asyncio.gather(rewrite(), health())
    assert finished == ["health", "rewrite"]


async def test_checks_queued_behind_a_long_one_keep_their_order_and_answers(api):
    short = "Like my page and I'll like yours"
    long_reply, short_reply = await asyncio.gather(
        api.post("/v1/check", json={"text": LONG_DRAFT}), api.post("/v1/check", json={"text": short})
    )
    assert (await long_reply.json())["flagged"] and (await short_reply.json())["flagged"]
