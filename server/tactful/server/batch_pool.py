"""Large batches are checked in forked worker processes: both cores work, and the event loop stays free to
answer the keystroke checks that arrive meanwhile. Small batches are checked in place (no hand-off cost).

Workers are forked lazily, on the first large batch, from the process that already holds the loaded checker,
so no model is loaded twice and start-up time and idle memory are unchanged.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tactful.child_processes import die_with_parent
from tactful.engine.checker import Checker
from tactful.engine.results import CheckResultDict
from tactful.engine.suppression import Suppressions

PARALLEL_FROM = 200  # drafts; below this the hand-off costs more than the second core gains
IN_PLACE_SLICE = 16  # drafts checked between two yields to the event loop (about 10-20 ms of work)

_worker_checker: Checker | None = None  # set in the parent just before forking; inherited by the workers


def _check_chunk(texts: list[str], sensitivity: str, suppressions: Suppressions | None) -> list[CheckResultDict]:
    assert _worker_checker is not None
    results = _worker_checker.check_many(texts, sensitivity=sensitivity, suppressions=suppressions)
    return [result.to_dict() for result in results]


class BatchChecker:
    def __init__(self, checker: Checker, workers: int | None = None) -> None:
        self.checker = checker
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    async def check(
        self, texts: list[str], sensitivity: str, suppressions: Suppressions | None = None
    ) -> list[CheckResultDict]:
        """Check results as JSON dicts, in order; `suppressions` (the "not pushy" keys, sent to the workers as
        16-byte digests) leave out what the user's feedback silenced."""
        if len(texts) < PARALLEL_FROM or self.workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return await self._check_in_place(texts, sensitivity, suppressions)
        size = -(-len(texts) // self.workers)
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        loop = asyncio.get_running_loop()
        try:
            pool = self._start_pool()
            parts = await asyncio.gather(
                *(loop.run_in_executor(pool, _check_chunk, chunk, sensitivity, suppressions) for chunk in chunks)
            )
        except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh next time, answer in place now
            self.close()
            return await self._check_in_place(texts, sensitivity, suppressions)
        return [result for part in parts for result in part]

    async def _check_in_place(
        self, texts: list[str], sensitivity: str, suppressions: Suppressions | None
    ) -> list[CheckResultDict]:
        """On the event loop, a slice at a time, yielding between slices so keystroke checks are not kept waiting."""
        results: list[CheckResultDict] = []
        for start in range(0, len(texts), IN_PLACE_SLICE):
            if start:
                await asyncio.sleep(0)
            part = texts[start : start + IN_PLACE_SLICE]
            results += [
                r.to_dict() for r in self.checker.check_many(part, sensitivity=sensitivity, suppressions=suppressions)
            ]
        return results

    def _start_pool(self) -> ProcessPoolExecutor:
        global _worker_checker
        if self._pool is None:
            _worker_checker = self.checker
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
