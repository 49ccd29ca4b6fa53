"""`tactful check PATH...`: check drafts in files, folders (recursing) and stdin (`-`).

Results go to stdout (--format table|json|ndjson|csv), in input order; notes, progress and the summary
go to stderr. Exit codes: 0 nothing flagged, 1 something flagged, 2 usage or input error. An input
error (missing file, bad JSON line, wrong encoding, missing column) is reported with file:line, the
rest of the batch still runs, and the exit code is 2 even if drafts were flagged.

Large batches use every core: the checker is loaded once, then forked worker processes check chunks
of drafts with the vectorised `check_many` and format their own output; the parent reads input and
writes output in order.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, TextIO

from tactful.batch_check import DraftChecks, ForkedWorkers, can_fork
from tactful.cli.exit_codes import ExitCode
from tactful.cli.output import FORMATS, Formatter
from tactful.engine.domain import CATEGORIES, SENSITIVITIES

if TYPE_CHECKING:
    from tactful.engine.checker import Checker
    from tactful.engine.suppression import Suppressions

CHUNK_SIZE = 1_000
PARALLEL_FROM_CHUNKS = 3  # fewer drafts than this many chunks: checking inline beats starting workers
PROGRESS_EVERY_S = 0.2
PROGRESS_BAR_WIDTH = 24


def register(subparsers) -> None:
    from tactful.readers import FORMATS as INPUT_FORMATS

    parser = subparsers.add_parser(
        "check",
        help="check drafts in files, folders or stdin",
        description="Check drafts in .txt (blank-line separated), .jsonl, .csv and Facebook export .json files.",
        epilog="exit codes: 0 nothing flagged, 1 something flagged, 2 usage or input error (the rest still runs)",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a file, a folder (searched recursively) or - for stdin"
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--only-flagged", action="store_true", help="output flagged drafts only")
    parser.add_argument(
        "--column", default="text", metavar="NAME", help="CSV column / JSON field holding the draft (default: text)"
    )
    parser.add_argument(
        "--sender", metavar="NAME", help="Facebook messages: keep this person's (default: the export's owner, inferred)"
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="read every input as this format (default: by file suffix; stdin is sniffed)",
    )
    parser.add_argument(
        "--sensitivity", choices=SENSITIVITIES, default="balanced", help="how readily to flag (default: balanced)"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="no notes, progress or summary on stderr (errors still shown)"
    )
    parser.add_argument(
        "--ignore-feedback",
        action="store_true",
        help="flag what your feedback marked not pushy too (by default it is left out, as in the extension)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Workers split the cores between them; a BLAS thread pool in each would only oversubscribe them.
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    from tactful.cli.user_data import checker_in_use, saved_suppressions
    from tactful.engine.classifier import ModelIntegrityError
    from tactful.engine.suppression import EMPTY
    from tactful.readers import ReadOptions, read_drafts

    report = Report(sys.stderr, quiet=args.quiet)
    if args.jobs < 1:
        report.error("--jobs must be at least 1")
        return ExitCode.USAGE
    options = ReadOptions(
        column=args.column,
        sender=args.sender,
        input_format=args.input_format,
        notify=report.note,
        progress=report.set_share_read if report.interactive else None,
    )
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 10_000
    formatter = Formatter(args.format, only_flagged=args.only_flagged, width=width)
    try:
        checker = checker_in_use("check")
    except ModelIntegrityError as exc:
        report.error(f"cannot load the model: {exc}")
        return ExitCode.USAGE
    suppressions = EMPTY if args.ignore_feedback else saved_suppressions("check")
    try:
        check_drafts(
            read_drafts(args.paths, options),
            checker,
            formatter,
            args.sensitivity,
            args.jobs,
            sys.stdout,
            report,
            suppressions,
        )
    except BrokenPipeError:  # `tactful check ... | head`: stop quietly, like other Unix tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:
        report.finish_progress()
        return 130
    except BrokenProcessPool:  # a worker died (out of memory, killed): the output would have a hole
        report.error("a worker process died; the results above are incomplete (try --jobs 1)")
    report.summary()
    return report.exit_code()


class Report:
    """Counts, errors, notes and the progress line, all on stderr."""

    def __init__(self, stream: TextIO, quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.checked = 0
        self.flagged: Counter[str] = Counter()
        self.errors = 0
        self.started = time.perf_counter()
        self.share_read: float | None = None  # of the input files, when known
        self._progress_shown = False
        self._last_progress = 0.0
        self.interactive = not quiet and stream.isatty()

    def note(self, message: str) -> None:
        if not self.quiet:
            self._write(f"tactful check: {message}")

    def error(self, message: str) -> None:
        self.errors += 1
        self._write(f"tactful check: error: {message}")

    def set_share_read(self, share: float) -> None:
        self.share_read = share

    def add(self, checked: int, flagged: Counter[str]) -> None:
        self.checked += checked
        self.flagged.update(flagged)
        now = time.perf_counter()
        if (
            self.interactive
            and self.checked >= PARALLEL_FROM_CHUNKS * CHUNK_SIZE
            and now - self._last_progress >= PROGRESS_EVERY_S
        ):
            self._last_progress = now
            self.stream.write("\r" + self.progress_line(now))
            self.stream.flush()
            self._progress_shown = True

    def progress_line(self, now: float) -> str:
        rate = self.checked / max(now - self.started, 1e-9)
        counts = f"{self.checked:,} drafts checked, {sum(self.flagged.values()):,} flagged, {rate:,.0f}/s"
        if self.share_read is None:
            return counts
        filled = int(PROGRESS_BAR_WIDTH * self.share_read)
        return f"[{'#' * filled}{'.' * (PROGRESS_BAR_WIDTH - filled)}] {self.share_read:4.0%}  {counts}"

    def finish_progress(self) -> None:
        if self._progress_shown:
            self.stream.write("\r\x1b[K")
            self._progress_shown = False

    def summary(self) -> None:
        self.finish_progress()
        if self.quiet:
            return
        total_flagged = sum(self.flagged.values())
        by_category = ", ".join(
            f"{category} {self.flagged[category]:,}" for category in CATEGORIES if self.flagged[category]
        )
        seconds = time.perf_counter() - self.started
        line = (
            f"checked {self.checked:,} draft{'s' if self.checked != 1 else ''} in {seconds:.1f}s: "
            f"{total_flagged:,} flagged"
        )
        if by_category:
            line += f" ({by_category})"
        if self.errors:
            line += f"; {self.errors:,} input error{'s' if self.errors != 1 else ''} (listed above)"
        self.stream.write(line + "\n")

    def exit_code(self) -> ExitCode:
        if self.errors:
            return ExitCode.USAGE
        return ExitCode.FLAGGED if sum(self.flagged.values()) else ExitCode.OK

    def _write(self, line: str) -> None:
        self.finish_progress()
        self.stream.write(line + "\n")
        self.stream.flush()


Chunk = list[tuple[str, str, int | None, str | None]]  # (text, source, line, id) of each draft
CheckedChunk = tuple[str, int, Counter[str]]  # formatted output, drafts checked, flagged per category


@dataclass
class ChunkJob:
    """What each worker runs on a chunk of drafts: check, then format its own output. Handed to the workers
    through the fork, so it is never pickled; each process keeps its own memo of texts already checked."""

    checker: Checker
    formatter: Formatter
    sensitivity: str
    suppressions: Suppressions | None = None  # the user's "not pushy" keys

    def __post_init__(self) -> None:
        self.checks = DraftChecks(self.checker)

    def __call__(self, chunk: Chunk) -> CheckedChunk:
        results = self.checks.results([draft[0] for draft in chunk], self.sensitivity, self.suppressions)
        records = []
        flagged: Counter[str] = Counter()
        for (text, source, line, draft_id), result in zip(chunk, results, strict=True):
            record: dict[str, object] = {"source": source, "line": line}
            if draft_id is not None:
                record["id"] = draft_id
            record["text"] = text
            record.update(result.to_dict())
            records.append(record)
            if result.flagged and result.category is not None:  # a flagged result always names its category
                flagged[result.category] += 1
        return self.formatter.format(records), len(chunk), flagged


def check_drafts(
    entries: Iterable,
    checker: Checker,
    formatter: Formatter,
    sensitivity: str,
    jobs: int,
    out: TextIO,
    report: Report,
    suppressions: Suppressions | None = None,
) -> None:
    """Check every InputDraft in `entries`, write formatted results to `out` in input order, report InputErrors.
    With `suppressions`, what the user's feedback marked "not pushy" is left out."""
    job = ChunkJob(checker, formatter, sensitivity, suppressions)
    out.write(formatter.header())
    wrote_any = False
    for text, checked, flagged in _checked_chunks(job, _chunks(entries, report), jobs):
        if text:
            out.write((formatter.separator() if wrote_any else "") + text)
            wrote_any = True
        report.add(checked, flagged)
    out.write(formatter.footer(wrote_any))
    out.flush()


def _chunks(entries: Iterable, report: Report) -> Iterator[Chunk]:
    """Drafts as (text, source, line, id) tuples in lists of CHUNK_SIZE; errors go to the report as they come."""
    chunk: Chunk = []
    for entry in entries:
        text = getattr(entry, "text", None)
        if text is None:
            report.error(str(entry))
            continue
        chunk.append((text, entry.source, entry.line, entry.id))
        if len(chunk) == CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _checked_chunks(job: ChunkJob, chunks: Iterator[Chunk], jobs: int) -> Iterator[CheckedChunk]:
    head = list(islice(chunks, PARALLEL_FROM_CHUNKS))
    if jobs == 1 or len(head) < PARALLEL_FROM_CHUNKS or not can_fork():
        for chunk in chain(head, chunks):
            yield job(chunk)
        return
    # forked: the workers start with the already-loaded checker, so no model is loaded twice.
    workers = ForkedWorkers(job, jobs, ignore_ctrl_c=True)
    try:
        pending: deque[Future[CheckedChunk]] = deque()
        for chunk in chain(head, chunks):
            pending.append(workers.submit(chunk))
            if len(pending) >= 2 * jobs:  # bounded: input is read only a little ahead of the checking
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        workers.close()
