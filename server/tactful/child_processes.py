"""Forked worker processes that never outlive the process that forked them (Linux: the kernel kills them).

A server killed with SIGKILL cannot shut its worker pool down; without this, the workers kept the
inherited listening socket open, so connections hung and a new `tactful serve` found the port taken.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Call first thing in a forked worker: SIGKILL when the parent dies, and exit now if it already has."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # no prctl: the pool's own shutdown is all there is
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died between the fork and the prctl call
        os._exit(1)
