"""``scrubber run``: expand the inputs, check OUTDIR, push the chunks through the workers.

The main process reads the inputs and cuts them into chunks (reading is cheap next to
scrubbing); worker processes parse, scrub and write each chunk's shard; the main process
commits the results in input order. At most ``IN_FLIGHT_PER_JOB * jobs`` chunks are read and
not yet committed at any time, so memory stays flat whatever the size of the corpus, and the
committed chunks are always a prefix of the run's chunks plus nothing else.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, TextIO

from ..core import scrub
from ..extras import available, missing_message
from ..sites import SiteStats
from .config import MB, RunConfig, UsageError
from .outdir import (
    Committer,
    Resumed,
    committed,
    fingerprint,
    finish,
    finished,
    locked,
    prepare,
    resume,
)
from .plan import Chunk, plan
from .progress import Progress
from .readers import SUFFIXES, Source, expand_inputs, require_packages
from .sites import Counting, describe, given_stats, learned_stats
from .stats import run_stats
from .worker import ChunkResult, field_warnings, process_chunk

#: Chunks read and not yet committed, per worker: enough to keep every worker busy while the
#: oldest chunk, which must be committed first, is still running.
IN_FLIGHT_PER_JOB = 4
#: Seconds between a worker's checks that the main process is still there.
PARENT_POLL = 0.5

#: In a worker process: the run's site statistics, set once by the pool's initializer so that
#: they cross to each worker once (forked: not at all), never with a chunk's task. The only
#: process-wide state here; it is the run's explicit input, the same for every chunk.
_worker_site_stats: SiteStats | None = None


#: ``warn(message)``: told of a problem that does not stop the run (a field no record has).
Warn = Callable[[str], None]


@dataclass(frozen=True)
class Report:
    stats: dict[str, Any]  # the content of stats.json
    outdir: str
    already_complete: bool  # the run was complete before this call: nothing was done
    warnings: tuple[str, ...] = ()  # what ``warn`` was told


class Interrupted(KeyboardInterrupt):
    """The run was stopped (SIGINT, Ctrl-C) after ``chunks`` chunks holding ``documents``
    documents were committed; the same command resumes it."""

    def __init__(self, outdir: str, chunks: int, documents: int) -> None:
        super().__init__(f"{outdir}: {chunks:,} chunks ({documents:,} documents) committed")
        self.outdir, self.chunks, self.documents = outdir, chunks, documents


def _context() -> Any:
    """Fork where it is safe and cheap (Linux: workers start with the rules compiled, and their
    memory is counted in the parent's ``RUSAGE_CHILDREN``); spawn elsewhere. The pool forks
    before any thread of the executor starts."""
    method = "fork" if sys.platform == "linux" else "spawn"
    return multiprocessing.get_context(method)


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the main process is gone (a ``kill -9``). Orphaned workers
    would otherwise wait forever on the task queue, holding OUTDIR's lock."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _init_worker(parent: int, site_stats: SiteStats | None) -> None:
    """Pool initializer: keep the run's site statistics, and watch the main process. Workers
    ignore SIGINT: a Ctrl-C stops the main process, which then shuts the pool down."""
    global _worker_site_stats
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_site_stats = site_stats
    _watch_parent(parent)


def _worker_chunk(chunk: Chunk, config: RunConfig, outdir: str) -> ChunkResult:
    """A chunk's task in a worker: the statistics come from the initializer, not the task."""
    return process_chunk(chunk, config, outdir, _worker_site_stats)


def execute(chunks: Iterable[Chunk], config: RunConfig, outdir: str, jobs: int,
            site_stats: SiteStats | None = None) -> Iterator[ChunkResult]:
    """Process ``chunks`` on ``jobs`` processes; results come in input order."""
    if jobs == 1:
        for chunk in chunks:
            yield process_chunk(chunk, config, outdir, site_stats)
        return
    scrub("", config.options)  # compile the rule tables once, before the workers fork
    work = partial(_worker_chunk, config=config, outdir=outdir)
    pending: deque[Future[ChunkResult]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker,
                             initargs=(os.getpid(), site_stats)) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(work, chunk))
                if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _todo(chunks: Iterable[Chunk]) -> Iterator[Chunk]:
    """The chunks left to do (progress counted the finished ones from the manifest)."""
    return (chunk for chunk in chunks if not chunk.done)


def _process(sources: list[Source], config: RunConfig, outdir: str, jobs: int,
             state: Resumed, progress: Progress | None, site_stats: SiteStats | None,
             warn: Warn) -> None:
    committer = Committer(outdir, state, session=os.urandom(6).hex())
    start = time.monotonic()
    checked = False  # the fields of the first chunk with JSON records were checked
    try:
        chunks = _todo(plan(sources, config, frozenset(state.done), spans=True))
        for result in execute(chunks, config, outdir, jobs, site_stats):
            committer.commit(result, time.monotonic() - start)
            if progress is not None:
                progress.advance(result.tally.documents_in, result.file_bytes)
            if not checked and result.fields.records:
                checked = True
                for message in field_warnings(result.fields, config.fields):
                    warn(message)
    finally:
        committer.close()
        if progress is not None:
            progress.close()


def _outdir(path: str) -> str:
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as error:
        raise UsageError(f"scrubber run: {path}: cannot make the output folder "
                         f"({error.strerror or error})") from None
    return path


def _site_stats(sources: list[Source], config: RunConfig, outdir: str,
                given: tuple[SiteStats, str] | None,
                progress: Callable[[], Progress] | None, count: Counting | None = None
                ) -> tuple[SiteStats | None, dict[str, Any]]:
    """The run's site statistics (given, learned now, or learned by an earlier session) and
    the ``site_stats`` entry of ``stats.json`` (none without statistics)."""
    if config.sites is None:
        return None, {}
    stats, digest = given or learned_stats(sources, config.sites, config.fields, outdir,
                                           progress, count)
    return stats, {"site_stats": describe(stats, digest, config.sites)}


#: Another engine (``--engine ray``): processes the chunks the manifest does not list and
#: commits them into ``state``: ``engine(sources, config, outdir, state, site_stats, warn)``.
Engine = Callable[[list[Source], RunConfig, str, Resumed, SiteStats | None, Warn], None]


def _session(sources: list[Source], config: RunConfig, outdir: str, jobs: int,
             state: Resumed, given: tuple[SiteStats, str] | None,
             make: Callable[..., Progress] | None, warn: Warn,
             engine: Engine | None = None, count_sites: Counting | None = None
             ) -> dict[str, Any]:
    """This session's work: say what earlier ones did, get the site statistics, process the
    chunks left (here, or with ``engine``). Returns the ``site_stats`` entry of
    ``stats.json``."""
    if make is not None and state.done:
        notice = make()
        notice.note(resume_notice(state, notice.total or 0))
    site_stats, site_entry = _site_stats(
        sources, config, outdir, given,
        None if make is None else partial(make, label="counting sites  "), count_sites)
    if engine is not None:
        engine(sources, config, outdir, state, site_stats, warn)
        return site_entry
    shown = None if make is None else make(documents=state.total.documents_in,
                                           done=state.done_bytes)
    _process(sources, config, outdir, jobs, state, shown, site_stats, warn)
    return site_entry


def resume_notice(state: Resumed, total: int) -> str:
    """What a resumed run says before it goes on. (The number of chunks still to do is not
    known before the inputs are read: chunks are cut by documents and bytes.)"""
    sessions = len(state.sessions)
    share = f", {state.done_bytes / total:.0%}" if total else ""
    return (f"resuming: {len(state.done):,} chunks done by {sessions} earlier "
            f"session{'s' if sessions != 1 else ''} ({state.total.documents_in:,} documents, "
            f"{state.done_bytes / MB:,.1f} of {total / MB:,.1f} MB of input{share})")


def run(inputs: list[str], outdir: str, config: RunConfig | None = None, *, jobs: int = 1,
        overwrite: bool = False, progress: TextIO | None = None,
        progress_every: float | None = None, warn: Warn | None = None,
        engine: Engine | None = None, count_sites: Counting | None = None) -> Report:
    """Clean every document of ``inputs`` into shards in ``outdir``; see ``docs/batch.md``.

    Resumes a run of the same command in ``outdir``; refuses a different one unless
    ``overwrite``. ``progress``: a stream to show progress on: a line redrawn in place (a
    terminal), or with ``progress_every``, a plain line every so many seconds (a log).
    ``warn`` is told of problems that do not stop the run (they are in the report too).
    With ``config.sites``, pages are scrubbed with their site's template (``docs/sites.md``).
    A KeyboardInterrupt (SIGINT) raises :class:`Interrupted`: what was committed stays.
    ``engine``: process the chunks elsewhere than on local processes, ``count_sites``: count
    the sites for ``--learn-sites`` elsewhere than in this process (``docs/ray.md``).
    """
    config = config or RunConfig()
    sources, skipped = expand_inputs(inputs, outdir)
    if not sources:
        known = ", ".join(suffix for suffix, _ in SUFFIXES)
        raise UsageError(f"scrubber run: no input files (read: {known})")
    require_packages(sources)
    if config.output_format == "parquet" and not available("pyarrow"):
        raise UsageError(f"scrubber run: --format parquet: {missing_message('pyarrow')}")
    given = given_stats(config.sites)  # a bad --site-stats file is refused before OUTDIR
    fp = fingerprint(inputs, sources, config, given[1] if given else None)
    with locked(_outdir(outdir)):
        prepare(outdir, fp, overwrite)
        stats = finished(outdir)
        if stats is not None:
            return Report(stats, outdir, already_complete=True)
        state = resume(outdir)
        warnings: list[str] = []

        def told(message: str) -> None:
            warnings.append(message)
            if warn is not None:
                warn(message)

        make = None if progress is None else partial(
            Progress, progress, sum(s.size or 0 for s in sources), every=progress_every)
        try:
            site_entry = _session(sources, config, outdir, max(jobs, 1), state, given, make,
                                  told, engine, count_sites)
        except KeyboardInterrupt:
            raise Interrupted(outdir, *committed(outdir)) from None
        stats = run_stats(state.total, sum(state.sessions.values()), complete=True,
                          files=len(sources), files_skipped=len(skipped),
                          files_skipped_names=[file.path for file in skipped],
                          files_skipped_by_reason=dict(sorted(
                              Counter(file.reason for file in skipped).items())),
                          shards=len(state.shards), sessions=len(state.sessions),
                          **site_entry)
        finish(outdir, state, stats)
    return Report(stats, outdir, already_complete=False, warnings=tuple(warnings))
