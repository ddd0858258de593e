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
from operator import attrgetter
from typing import Any, NamedTuple

from ..core import Template
from ..document import Document
from ..fields import get_field
from ..sites import SiteStats, site_of
from .config import Fields, RunConfig
from .plan import Chunk
from .readers import RawDoc, ReadError
from .records import RecordError, drop_reason, input_record, json_line, scrub_record
from .stats import Tally


class ChunkResult(NamedTuple):
    key: str
    shard: str | None  # None: the chunk wrote no record
    source: str
    file_bytes: int
    tally: Tally
    dropped: list[dict[str, Any]]
    errors: list[dict[str, Any]]


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


def _count(tally: Tally, doc: Document, labels: dict[str, int]) -> None:
    """Add a document's lines to the tally (``labels``: its lines per label)."""
    tally.lines_by_label.update(labels)
    tally.lines_by_reason.update(map(_REASON, doc.lines))
    tally.removed_by_reason.update(map(_REASON, doc.removed()))
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
            template, outcome = self.template(record)
            out, doc = scrub_record(record, self.config.options, fields, template, raw.html)
            _count(self.tally, doc, out["scrubber"]["labels"])
            if outcome is not None:
                self.tally.site_templates[outcome] += 1
            reason = drop_reason(doc)
            if reason is not None and not self.config.keep_empty:
                self.tally.dropped(reason)
                self.dropped.append({**_where(raw, record, fields), "reason": reason})
                return None
            out["scrubber"]["origin"] = {"file": raw.source, "line": raw.line,
                                         "offset": raw.offset}
        except RecordError as error:
            self.fail(_where(raw, record, fields), error.kind, str(error))
            return None
        except Exception as error:  # a bug in scrub must cost one document, not the run
            self.fail(_where(raw, record, fields), "scrub_failed", repr(error))
            return None
        self.tally.documents_out += 1
        text = get_field(out, fields.text)
        self.tally.bytes_out += len(text.encode("utf-8", "backslashreplace"))
        return out


def _write_jsonl(temp: str, work: _ChunkWork, docs: tuple[RawDoc, ...], level: int) -> int:
    """Scrub ``docs`` into a gzip JSON Lines shard at ``temp``; how many records it holds."""
    written = 0
    with open(temp, "wb") as handle:
        with gzip.GzipFile("", "wb", level, handle, mtime=0) as shard:
            for raw in docs:
                out = work.record(raw)
                if out is not None:
                    shard.write(json_line(out))
                    written += 1
        handle.flush()
        os.fsync(handle.fileno())
    return written


def _write_parquet(temp: str, work: _ChunkWork, docs: tuple[RawDoc, ...]) -> int:
    """Scrub ``docs`` into a Parquet shard at ``temp`` (none when no record is written)."""
    from .parquet import write_shard

    records = [out for out in map(work.record, docs) if out is not None]
    if records:
        write_shard(temp, records)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
    return len(records)


def process_chunk(chunk: Chunk, config: RunConfig, outdir: str,
                  site_stats: SiteStats | None = None) -> ChunkResult:
    """Scrub a chunk's documents (each with its site's template when ``site_stats`` is given)
    and write its shard; in a worker process, or in-process."""
    work = _ChunkWork(config, site_stats)
    for failure in chunk.errors:  # each counts as one document in, and failed
        work.tally.documents_in += 1
        work.fail(_where(failure, None, config.fields), failure.error, failure.message)
    work.tally.records_skipped.update(dict(chunk.skipped))
    final = os.path.join(outdir, chunk.shard)
    temp = f"{final}.{os.getpid()}.tmp"
    if config.output_format == "parquet":
        written = _write_parquet(temp, work, chunk.docs)
    else:
        written = _write_jsonl(temp, work, chunk.docs, config.gzip_level)
    if written:
        os.replace(temp, final)
        fsync_dir(outdir)
    elif os.path.exists(temp):
        os.remove(temp)
    return ChunkResult(chunk.key, chunk.shard if written else None, chunk.source,
                       chunk.file_bytes, work.tally, work.dropped, work.errors)
