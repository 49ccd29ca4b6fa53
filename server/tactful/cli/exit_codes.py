"""Exit codes shared by every command (documented in the README)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # nothing flagged / success
    FLAGGED = 1  # at least one draft was flagged
    USAGE = 2  # usage or input error (argparse also exits 2)
    FAILED = 3  # could not finish (the system refused, e.g. a full disk, or a bug): never mistaken for "flagged"
