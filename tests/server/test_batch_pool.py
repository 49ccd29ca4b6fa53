"""The batch checker: a batch too small for the worker pool still lets other requests in while it runs."""

from __future__ import annotations

import asyncio

from tactful.server.batch_pool import IN_PLACE_SLICE, PARALLEL_FROM, BatchChecker


async def test_a_small_batch_yields_to_the_event_loop_between_slices(checker):
    batch = BatchChecker(checker, workers=1)
    texts = [f"Please like my page {i}!" for i in range(PARALLEL_FROM - 1)]
    order: list[str] = []

    async def keystroke_check() -> None:
        await asyncio.sleep(0)
        order.append("keystroke")

    async def run_batch() -> None:
        results = await batch.check(texts, "balanced")
        assert len(results) == len(texts) and all(r["flagged"] for r in results)
        order.append("batch")

    await asyncio.gather(run_batch(), keystroke_check())
    assert order == ["keystroke", "batch"]  # it ran while the batch was still going
    assert len(texts) > 2 * IN_PLACE_SLICE
