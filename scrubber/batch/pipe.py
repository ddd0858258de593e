"""``scrubber run ... -o -``: JSON Lines out on stdout, JSON Lines in from stdin (``-``).

For shell pipelines: ``zcat dump.jsonl.gz | scrubber run - -o - | jq ...``. The documents are
read, cut into chunks and scrubbed as in a run into OUTDIR (the same records, the same order,
on ``--jobs`` processes), and each written record is one line of stdout, in input order. There
is no OUTDIR, so there is nothing to resume: a stream that stops is run again from the start.
Dropped documents are counted; failed ones are reported on stderr, one line each with where
they came from; the summary goes to stderr at the end. Nothing is written to a folder, and
``-o -`` never makes one named ``-``.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import IO, Any, NamedTuple

from ..core import scrub
from ..sites import SiteStats
from . import runner
from .config import RunConfig, UsageError
from .plan import Chunk, plan
from .readers import RawDoc, ReadError, Source, expand_inputs, require_packages
from .records import json_line, record_line
from .sites import given_stats
from .stats import Tally, run_stats
from .streams import READ_ERRORS, Lines, failure
from .worker import FieldCheck, _ChunkWork, field_warnings, outputs

#: The name of standard input, as an INPUT and in ``origin.file``; of stdout as OUTDIR.
STDIN, STDIN_NAME, STDOUT = "-", "<stdin>", "-"


class Piece(NamedTuple):
    """What a chunk gives a stream: its output lines, counts, error entries, fields seen."""

    lines: bytes
    tally: Tally
    errors: list[dict[str, Any]]
    fields: FieldCheck = FieldCheck()


def scrub_piece(chunk: Chunk, config: RunConfig, site_stats: SiteStats | None) -> Piece:
    """Scrub one chunk into output lines (no shard file); its failures in input order."""
    work = _ChunkWork(config, site_stats)
    lines = [record_line(out) for out in outputs(work, chunk)]
    return Piece(b"".join(lines), work.tally, work.errors, work.field_check())


def _worker_piece(chunk: Chunk, config: RunConfig) -> Piece:
    return scrub_piece(chunk, config, runner._worker_site_stats)


def _stdin_chunks(stream: IO[bytes], config: RunConfig) -> Iterator[Chunk]:
    """Chunks of the JSON lines of ``stream``, cut as a file's are."""
    docs: list[RawDoc] = []
    size = offset = number = line = 0

    def chunk(errors: tuple[ReadError, ...] = ()) -> Chunk:
        return Chunk(f"stdin-{number:06d}", "", STDIN_NAME, tuple(docs), errors, (), size)

    try:
        for line, data in enumerate(Lines(stream), 1):
            if data.strip():
                docs.append(RawDoc(STDIN_NAME, line, offset, offset + len(data), data, None))
                size += len(data)
            offset += len(data)
            if len(docs) >= config.chunk_docs or size >= config.chunk_bytes:
                yield chunk()
                docs, size, number = [], 0, number + 1
    except READ_ERRORS as error:
        yield chunk((ReadError(STDIN_NAME, line + 1, offset, failure(error), str(error)),))
        return
    if docs:
        yield chunk()


def _files(inputs: list[str]) -> list[list[Source]]:
    """The files of each INPUT (none for ``-``), checked before anything is read: a missing
    file or package refuses the stream before its first line."""
    files = [[] if arg == STDIN else expand_inputs([arg], os.devnull)[0] for arg in inputs]
    require_packages([source for sources in files for source in sources])
    return files


def _chunks(inputs: list[str], files: list[list[Source]], config: RunConfig,
            stdin: IO[bytes]) -> Iterator[Chunk]:
    """The chunks of every INPUT in order; ``-`` is standard input."""
    for arg, sources in zip(inputs, files, strict=True):
        if arg == STDIN:
            yield from _stdin_chunks(stdin, config)
        else:
            yield from plan(sources, config, frozenset(), spans=True)


def _pieces(chunks: Iterable[Chunk], config: RunConfig, jobs: int,
            site_stats: SiteStats | None) -> Iterator[Piece]:
    """Scrub ``chunks`` on ``jobs`` processes; results in input order."""
    if jobs == 1:
        for chunk in chunks:
            yield scrub_piece(chunk, config, site_stats)
        return
    scrub("", config.options)  # compile the rule tables once, before the workers fork
    work = partial(_worker_piece, config=config)
    pending: deque[Future[Piece]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=runner._context(),
                             initializer=runner._init_worker,
                             initargs=(os.getpid(), site_stats)) as pool:
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if len(pending) >= runner.IN_FLIGHT_PER_JOB * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def check(inputs: list[str], config: RunConfig) -> None:
    """Refuse what a stream cannot do, before anything is read."""
    if inputs.count(STDIN) > 1:
        raise UsageError("scrubber run: '-' (stdin) can be read once")
    if config.output_format != "jsonl":
        raise UsageError("scrubber run: -o - writes JSON Lines; --format parquet needs OUTDIR")
    if config.sites is not None and config.sites.learn:
        raise UsageError("scrubber run: --learn-sites needs OUTDIR (it counts the inputs "
                         "first); with -o -, count with 'scrubber stats' and pass --site-stats")


def stream(inputs: list[str], config: RunConfig, *, jobs: int = 1,
           stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None,
           stderr: IO[str] | None = None,
           warn: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Scrub ``inputs`` (``-``: ``stdin``) into JSON Lines on ``stdout``; failed documents
    are reported on ``stderr``, and ``warn`` is told of a field no record of the first chunk
    with JSON records has (as in a run). Returns the run's statistics (as in ``stats.json``)."""
    check(inputs, config)
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout.buffer
    stderr = stderr if stderr is not None else sys.stderr
    files = _files(inputs)
    given = given_stats(config.sites)
    site_stats = given[0] if given else None
    total = Tally()
    start = time.monotonic()
    chunks = _chunks(inputs, files, config, stdin)
    checked = False
    for piece in _pieces(chunks, config, max(jobs, 1), site_stats):
        stdout.write(piece.lines)
        stdout.flush()
        total.add(piece.tally)
        if not checked and piece.fields.records:
            checked = True
            for message in field_warnings(piece.fields, config.fields):
                if warn is not None:
                    warn(message)
        for entry in piece.errors:
            stderr.write(f"scrubber run: error: {json_line(entry).decode('utf-8')}")
    return run_stats(total, time.monotonic() - start, complete=True, output=STDOUT)
