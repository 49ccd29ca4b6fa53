"""Large batches are checked in forked worker processes: both cores work, and the event loop stays free to
answer the keystroke checks that arrive meanwhile. Small batches are checked on the engine thread (no hand-off
to another process), a slice at a time, so keystroke checks queued meanwhile are answered between slices.

Workers are forked lazily, on the first large batch, from the process that already holds the loaded checker,
so no model is loaded twice and start-up time and idle memory are unchanged.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from tactful.child_processes import die_with_parent
from tactful.engine.checker import Checker
from tactful.engine.results import CheckResultDict
from tactful.engine.suppression import Suppressions
from tactful.server.engine_thread import EngineThread

PARALLEL_FROM = 200  # drafts; below this the hand-off costs more than the second core gains
IN_PLACE_SLICE = 16  # drafts checked between two yields to the event loop (about 10-20 ms of work)

_worker_checker: Checker | None = None  # set in the parent just before forking; inherited by the workers


def _ready() -> bool:
    return True


def _check_chunk(texts: list[str], sensitivity: str, suppressions: Suppressions | None) -> list[CheckResultDict]:
    assert _worker_checker is not None
    results = _worker_checker.check_many(texts, sensitivity=sensitivity, suppressions=suppressions)
    return [result.to_dict() for result in results]


class BatchChecker:
    def __init__(self, checker: Checker, engine: EngineThread, workers: int | None = None) -> None:
        self.checker = checker
        self.engine = engine
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
            pool = await self.engine.run(self._start_pool)  # forked from the engine thread, between two checks
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
        """On the engine thread, a slice at a time, so the keystroke checks queued meanwhile run between slices."""
        results: list[CheckResultDict] = []
        for start in range(0, len(texts), IN_PLACE_SLICE):
            part = texts[start : start + IN_PLACE_SLICE]
            results += await self.engine.run(partial(self._check_slice, part, sensitivity, suppressions))
        return results

    def _check_slice(
        self, texts: list[str], sensitivity: str, suppressions: Suppressions | None
    ) -> list[CheckResultDict]:
        return [r.to_dict() for r in self.checker.check_many(texts, sensitivity=sensitivity, suppressions=suppressions)]

    def _start_pool(self) -> ProcessPoolExecutor:
        """The worker pool, its processes forked now (on the engine thread, so never in the middle of a check:
        a child must not inherit the checker half-way through an update of its caches)."""
        global _worker_checker
        if self._pool is None:
            _worker_checker = self.checker
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
            self._pool.submit(_ready).result()  # with "fork", the first task starts every worker
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
