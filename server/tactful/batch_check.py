"""Batch checking on every core, for the server (`http/batch_pool.py`) and `tactful check` (`cli/check.py`).

`ForkedWorkers` forks its worker processes from the process that already holds the loaded checker, so no model is
loaded twice: each worker is handed a job (a `DraftChecks` or any callable) through the fork itself, never
pickled, and then only the job's small input and output cross the pipe. A worker dies with its parent
(PR_SET_PDEATHSIG, `child_processes.py`), so a server killed with SIGKILL leaves nothing listening.

No module-level state: each pool's job lives in its own workers. `DraftChecks` is the typed job both faces run.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from tactful.child_processes import die_with_parent
from tactful.engine.checker import Checker
from tactful.engine.results import CheckResult
from tactful.engine.suppression import Suppressions

In = TypeVar("In")
Out = TypeVar("Out")

SEEN_LIMIT = 50_000  # texts remembered per process by DraftChecks: exports repeat "Thanks!" and "ok" a lot


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


@dataclass
class DraftChecks:
    """Check texts with one checker: the vectorised `check_many`, each distinct text once per process."""

    checker: Checker
    limit: int = SEEN_LIMIT

    def __post_init__(self) -> None:
        self._seen: dict[tuple[str, str, str], CheckResult] = {}  # (sensitivity, feedback, text) → result

    def results(
        self, texts: Sequence[str], sensitivity: str, suppressions: Suppressions | None = None
    ) -> list[CheckResult]:
        feedback = suppressions.fingerprint if suppressions is not None else ""
        if len(self._seen) + len(texts) > self.limit:
            self._seen.clear()
        new = list(dict.fromkeys(t for t in texts if (sensitivity, feedback, t) not in self._seen))
        checked = self.checker.check_many(new, sensitivity=sensitivity, suppressions=suppressions)
        self._seen.update(((sensitivity, feedback, text), result) for text, result in zip(new, checked, strict=True))
        return [self._seen[(sensitivity, feedback, text)] for text in texts]


class ForkedWorkers(Generic[In, Out]):
    """`workers` processes forked on `start()`, each running `job(item)` for every item submitted to it."""

    def __init__(self, job: Callable[[In], Out], workers: int, *, ignore_ctrl_c: bool = False) -> None:
        self.job = job
        self.workers = workers
        self.ignore_ctrl_c = ignore_ctrl_c  # the CLI: Ctrl+C reaches the process group, and the parent handles it
        self._pool: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> None:
        """Fork every worker now (the caller picks the moment: never half-way through a check)."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_become_worker,
                initargs=(self.job, os.getpid(), self.ignore_ctrl_c),  # inherited through the fork, not pickled
            )
            self._pool.submit(_ready).result()  # with "fork", the first task starts every worker

    def submit(self, item: In) -> Future[Out]:
        self.start()
        assert self._pool is not None
        return cast("Future[Out]", self._pool.submit(_run_job, item))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class _Worker:
    """The job of the worker process this is imported in; set once, by `_become_worker`, in the worker only."""

    job: Callable[[Any], Any] | None = None


def _become_worker(job: Callable[[Any], Any], parent_pid: int, ignore_ctrl_c: bool) -> None:
    die_with_parent(parent_pid)
    if ignore_ctrl_c:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _Worker.job = job


def _ready() -> bool:
    return True


def _run_job(item: object) -> object:
    assert _Worker.job is not None, "run only in a worker forked by ForkedWorkers"
    return _Worker.job(item)
