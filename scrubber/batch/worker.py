"""What a worker does with one chunk: parse, scrub, and write the chunk's shard atomically.

The shard is written to a temporary name, flushed to disk and renamed, so a shard file either
is complete or does not exist. Every document ends in exactly one of: a line of the shard, an
entry of ``dropped`` (no content left), or an entry of ``errors`` (with where it came from).
Nothing here is shared between chunks: a worker's result depends on its chunk alone (and on
the run's site statistics, the same for every chunk, when the run has them).
"""

from __future__ import annotations

import gzip
import os
import queue
import threading
from collections.abc import Callable, Iterator
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from ..core import Template
from ..document import Document
from ..fields import get_field, has_field
from ..sites import SiteStats, site_of
from .config import Fields, RunConfig
from .plan import Chunk, span_docs
from .readers import RawDoc, ReadError
from .records import (
    RecordError,
    drop_reason,
    failure_message,
    input_record,
    record_line,
    scrub_record,
)
from .stats import Tally


class FieldCheck(NamedTuple):
    """Which fields the JSON records of a chunk have: for the warning a run gives after its
    first chunk when ``--text-field`` or ``--url-field`` names a field no record has."""

    records: int = 0  # JSON objects parsed (page files and WARC records are not counted)
    with_text: int = 0
    with_url: int = 0
    names: tuple[str, ...] = ()  # field names seen, sorted, at most FIELDS_SHOWN


#: Field names a warning lists, at most.
FIELDS_SHOWN = 12


def field_warnings(check: FieldCheck, fields: Fields) -> list[str]:
    """The warnings a chunk's field counts call for: a text or URL field that none of its
    JSON records has."""
    if not check.records:
        return []
    seen = ", ".join(check.names) or "none"
    return [f"none of the first {check.records:,} JSON records has a {name!r} field "
            f"({option}); fields seen: {seen}"
            for count, name, option in ((check.with_text, fields.text, "--text-field"),
                                        (check.with_url, fields.url, "--url-field"))
            if count == 0]


class ChunkResult(NamedTuple):
    key: str
    shard: str | None  # None: the chunk wrote no record
    source: str
    file_bytes: int
    tally: Tally
    dropped: list[dict[str, Any]]
    errors: list[dict[str, Any]]
    fields: FieldCheck = FieldCheck()


def fsync_dir(path: str) -> None:
    """Make a rename in ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _where(raw: RawDoc | ReadError, record: dict[str, Any] | None,
           fields: Fields) -> dict[str, Any]:
    """Where a dropped or failed document came from, and its id and URL when known."""
    found: dict[str, Any] = dict(raw.meta or ()) if isinstance(raw, RawDoc) else {}
    if record is not None:
        found = {"id": get_field(record, fields.id), "url": get_field(record, fields.url)}
    return {"file": raw.source, "line": raw.line, "offset": raw.offset,
            "id": found.get("id"), "url": found.get("url")}


_REASON = attrgetter("reason")
_REMOVED_REASON = itemgetter("reason")


def _count(tally: Tally, doc: Document, scrubbed: dict[str, Any]) -> None:
    """Add a document's lines to the tally (``scrubbed``: the ``scrubber`` object of its
    output record: its lines per label and its removed lines)."""
    tally.lines_by_label.update(scrubbed["labels"])
    tally.lines_by_reason.update(map(_REASON, doc.lines))
    tally.removed_by_reason.update(map(_REMOVED_REASON, scrubbed["removed"]))
    if doc.warnings:
        tally.documents_with_warnings += 1


class _ChunkWork:
    """The documents of one chunk, turned into shard lines, dropped and error entries."""

    def __init__(self, config: RunConfig, site_stats: SiteStats | None) -> None:
        self.config = config
        self.site_stats = site_stats
        self.tally = Tally()
        self.dropped: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []
        #: The template of each site met in this chunk: built once per site, not per page.
        self._templates: dict[str | None, Template | None] = {}
        self.json_records = self.with_text = self.with_url = 0
        self.names: set[str] = set()

    def check_fields(self, record: dict[str, Any]) -> None:
        """Count a parsed JSON record's text and URL fields (see :class:`FieldCheck`)."""
        fields = self.config.fields
        self.json_records += 1
        self.with_text += has_field(record, fields.text)
        self.with_url += has_field(record, fields.url)
        if len(self.names) < 4 * FIELDS_SHOWN:
            self.names.update(map(str, record))

    def field_check(self) -> FieldCheck:
        return FieldCheck(self.json_records, self.with_text, self.with_url,
                          tuple(sorted(self.names)[:FIELDS_SHOWN]))

    def template(self, record: dict[str, Any]) -> tuple[Template | None, str | None]:
        """The site template for ``record`` (or None) and the outcome counted in
        ``site_templates`` (None when the run has no site statistics)."""
        if self.site_stats is None or self.config.sites is None:
            return None, None
        site = site_of(record, self.config.fields.url, self.config.sites.group_field)
        if site not in self._templates:
            self._templates[site] = self.site_stats.template_for(site)
        template = self._templates[site]
        if site is None:
            return None, "no_site"
        return template, "no_template" if template is None else "template"

    def fail(self, where: dict[str, Any], error: str, message: str) -> None:
        self.tally.failed(error)
        self.errors.append({**where, "error": error, "message": message})

    def record(self, raw: RawDoc) -> dict[str, Any] | None:
        """The output record of one document, or ``None`` when it is dropped or fails."""
        fields = self.config.fields
        self.tally.documents_in += 1
        self.tally.bytes_in += len(raw.data)
        record = None
        try:
            record = input_record(raw, fields)
            if raw.meta is None:
                self.check_fields(record)
            template, outcome = self.template(record)
            out, doc = scrub_record(record, self.config.options, fields, template, raw.html)
            scrubbed = out["scrubber"]
            _count(self.tally, doc, scrubbed)
            if outcome is not None:
                self.tally.site_templates[outcome] += 1
            text = get_field(out, fields.text)
            reason = drop_reason(doc, text)
            if reason is not None and not self.config.keep_empty:
                self.tally.dropped(reason)
                self.dropped.append({**_where(raw, record, fields), "reason": reason})
                return None
            scrubbed["origin"] = {"file": raw.source, "line": raw.line, "offset": raw.offset}
        except RecordError as error:
            self.fail(_where(raw, record, fields), error.kind, str(error))
            return None
        except Exception as error:  # a bug in scrub must cost one document, not the run
            self.fail(_where(raw, record, fields), "scrub_failed", failure_message(error))
            return None
        self.tally.documents_out += 1
        self.tally.bytes_out += len(text.encode("utf-8", "backslashreplace"))
        return out


def outputs(work: _ChunkWork, chunk: Chunk) -> Iterator[dict[str, Any]]:
    """The output records of a chunk's documents, in order; its read failures are recorded
    where they were met in the input (each counts as one document in, and failed)."""
    docs, errors, after = chunk.docs, chunk.errors, chunk.errors_after
    if chunk.span is not None:  # read here, not shipped (see plan.Span)
        docs, unread = span_docs(chunk.source, chunk.span)
        errors = unread + errors
    after = after or (len(docs),) * len(errors)
    failures = sorted(zip(after, range(len(after)), errors, strict=True))
    for index, raw in enumerate(docs):
        failures = _read_failures(work, failures, index)
        out = work.record(raw)
        if out is not None:
            yield out
    _read_failures(work, failures, len(docs))


#: A shard's lines go to the compressing thread in blocks of about this many bytes.
WRITE_BLOCK = 1 << 18
#: Blocks waiting for the compressing thread, at most (memory stays bounded).
WRITE_QUEUE = 4


class _Background:
    """``write(block)`` on a thread of its own: zlib and the file system release the GIL, so a
    shard is compressed and written while the next documents are scrubbed (in a run with
    ``--jobs 1`` on a machine with another core, compression is off the critical path). The
    blocks are written in order; an error of ``write`` is raised by ``close``."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._queue: queue.Queue[bytes | None] = queue.Queue(WRITE_QUEUE)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            if self._error is None:  # after an error, drain the queue: put never blocks
                try:
                    self._write(block)
                except BaseException as error:  # raised again by close, in the caller
                    self._error = error

    def put(self, block: bytes) -> None:
        self._queue.put(block)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def _write_jsonl(temp: str, records: Iterator[dict[str, Any]], level: int) -> int:
    """Write ``records`` into a gzip JSON Lines shard at ``temp``; how many it holds. The
    bytes are those of writing the lines one by one: deflate's output does not depend on how
    its input is cut (no flush in between)."""
    written = 0
    with open(temp, "wb") as handle:
        with gzip.GzipFile("", "wb", level, handle, mtime=0) as shard:
            background = _Background(shard.write)
            try:
                block: list[bytes] = []
                size = 0
                for out in records:
                    line = record_line(out)
                    block.append(line)
                    size += len(line)
                    written += 1
                    if size >= WRITE_BLOCK:
                        background.put(b"".join(block))
                        block, size = [], 0
                if block:
                    background.put(b"".join(block))
            finally:
                background.close()
        handle.flush()
        os.fsync(handle.fileno())
    return written


def _write_parquet(temp: str, records: Iterator[dict[str, Any]]) -> int:
    """Write ``records`` into a Parquet shard at ``temp`` (none when there is no record)."""
    from .parquet import write_shard

    rows = list(records)
    if rows:
        write_shard(temp, rows)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
    return len(rows)


def _read_failures(work: _ChunkWork, failures: list[tuple[int, int, ReadError]],
                   position: int) -> list[tuple[int, int, ReadError]]:
    """Record the read failures that come before document ``position`` of the chunk (each
    counts as one document in, and failed), in input order; the others are returned."""
    while failures and failures[0][0] <= position:
        failure = failures.pop(0)[2]
        work.tally.documents_in += 1
        work.fail(_where(failure, None, work.config.fields), failure.error, failure.message)
    return failures


def process_chunk(chunk: Chunk, config: RunConfig, outdir: str,
                  site_stats: SiteStats | None = None) -> ChunkResult:
    """Scrub a chunk's documents (each with its site's template when ``site_stats`` is given)
    and write its shard; in a worker process, or in-process."""
    work = _ChunkWork(config, site_stats)
    work.tally.records_skipped.update(dict(chunk.skipped))
    final = os.path.join(outdir, chunk.shard)
    temp = f"{final}.{os.getpid()}.tmp"
    records = outputs(work, chunk)
    if config.output_format == "parquet":
        written = _write_parquet(temp, records)
    else:
        written = _write_jsonl(temp, records, config.gzip_level)
    if written:
        os.replace(temp, final)
        fsync_dir(outdir)
    elif os.path.exists(temp):
        os.remove(temp)
    return ChunkResult(chunk.key, chunk.shard if written else None, chunk.source,
                       chunk.file_bytes, work.tally, work.dropped, work.errors,
                       work.field_check())
