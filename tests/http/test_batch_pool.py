"""The batch checker: a batch too small for the worker pool still lets other requests in while it runs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from tactful.http.batch_pool import IN_PLACE_SLICE, PARALLEL_FROM, BatchChecker
from tactful.http.engine_thread import EngineThread


@pytest.fixture
def engine() -> Iterator[EngineThread]:
    thread = EngineThread()
    yield thread
    thread.close()


async def test_a_small_batch_yields_to_the_event_loop_between_slices(checker, engine):
    batch = BatchChecker(checker, engine, workers=1)
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


async def test_the_worker_pool_and_the_event_loop_apply_the_same_suppressions(checker, engine):
    from tactful.engine.suppression import Suppressions, sentence_keys

    suppressions = Suppressions.from_keys({3: sentence_keys("Please like my page!")})
    texts = [("Please like my page!!" if i % 2 else f"Follow me back, friend {i}?") for i in range(PARALLEL_FROM)]
    pool = BatchChecker(checker, engine, workers=2)
    try:
        in_workers = await pool.check(texts, "balanced", suppressions)
        assert pool.pool_started  # the batch really went to forked workers
    finally:
        pool.close()
    in_place = await BatchChecker(checker, engine, workers=1).check(texts, "balanced", suppressions)
    assert in_workers == in_place
    assert [r["flagged"] for r in in_workers] == [i % 2 == 0 for i in range(PARALLEL_FROM)]
    assert all(r["suppressed"][0]["feedback_id"] == 3 for r in in_workers[1::2])
