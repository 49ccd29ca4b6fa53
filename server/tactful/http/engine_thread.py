"""One thread runs every check and rewrite the server makes.

The event loop only waits for it, so a long draft never holds up the loop: health, keystroke checks and other
connections keep being answered while it is worked on (the loop gets the interpreter back at least every
`sys.getswitchinterval()`, 5 ms). One thread, not several, because the engine (spaCy's tokenizer and its caches)
is not written for concurrent use: checks and rewrites run one after another, in arrival order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

THREAD_NAME = "tactful-engine"


class EngineThread:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_NAME)

    async def run(self, work: Callable[[], T]) -> T:
        """`work()` on the engine thread; the caller's coroutine waits, the event loop does not."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
