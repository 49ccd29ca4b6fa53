"""The server's batch checker: large batches go to forked worker processes (`tactful.batch_check`), so both cores
work and the event loop stays free to answer the keystroke checks that arrive meanwhile. Small batches are checked
on the engine thread (no hand-off to another process), a slice at a time, so keystroke checks queued meanwhile are
answered between slices.

Workers are forked lazily, on the first large batch, from the engine thread between two checks, so no model is
loaded twice and start-up time and idle memory are unchanged.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from tactful.batch_check import DraftChecks, ForkedWorkers, can_fork
from tactful.engine.checker import Checker
from tactful.engine.results import CheckResultDict
from tactful.engine.suppression import Suppressions
from tactful.http.engine_thread import EngineThread

PARALLEL_FROM = 200  # drafts; below this the hand-off costs more than the second core gains
IN_PLACE_SLICE = 16  # drafts checked between two yields to the event loop (about 10-20 ms of work)

ChunkRequest = tuple[list[str], str, Suppressions | None]  # texts, sensitivity, the "not pushy" keys


class ChunkJob:
    """What each forked worker runs: one chunk of a batch, as JSON dicts."""

    def __init__(self, checker: Checker) -> None:
        self.checks = DraftChecks(checker, limit=0)  # nothing kept between batches

    def __call__(self, request: ChunkRequest) -> list[CheckResultDict]:
        texts, sensitivity, suppressions = request
        return [result.to_dict() for result in self.checks.results(texts, sensitivity, suppressions)]


class BatchChecker:
    def __init__(self, checker: Checker, engine: EngineThread, workers: int | None = None) -> None:
        self.checker = checker
        self.engine = engine
        self.job = ChunkJob(checker)
        self._pool = ForkedWorkers(self.job, workers or os.cpu_count() or 1)

    @property
    def workers(self) -> int:
        return self._pool.workers

    @property
    def pool_started(self) -> bool:
        return self._pool.started

    async def check(
        self, texts: list[str], sensitivity: str, suppressions: Suppressions | None = None
    ) -> list[CheckResultDict]:
        """Check results as JSON dicts, in order; `suppressions` (the "not pushy" keys, sent to the workers as
        16-byte digests) leave out what the user's feedback silenced."""
        if len(texts) < PARALLEL_FROM or self.workers < 2 or not can_fork():
            return await self._check_in_place(texts, sensitivity, suppressions)
        size = -(-len(texts) // self.workers)
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        try:
            await self.engine.run(self._pool.start)  # forked from the engine thread, never in the middle of a check
            parts = await asyncio.gather(
                *(asyncio.wrap_future(self._pool.submit((chunk, sensitivity, suppressions))) for chunk in chunks)
            )
        except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh next time, answer in place now
            self.close()
            return await self._check_in_place(texts, sensitivity, suppressions)
        return [result for part in parts for result in part]

    async def _check_in_place(
        self, texts: list[str], sensitivity: str, suppressions: Suppressions | None
    ) -> list[CheckResultDict]:
        """On the engine thread, a slice at a time, so the keystroke checks queued meanwhile run between slices."""
        results: list[CheckResultDict] = []
        for start in range(0, len(texts), IN_PLACE_SLICE):
            part = texts[start : start + IN_PLACE_SLICE]
            results += await self.engine.run(partial(self.job, (part, sensitivity, suppressions)))
        return results

    def close(self) -> None:
        self._pool.close()
