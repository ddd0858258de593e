"""Cutting the inputs into chunks: the unit of work, of output (one shard) and of resuming.

A chunk is a run of documents of one input file, cut after ``chunk_docs`` documents or once it
holds ``chunk_bytes``; consecutive page files (``.txt``) are grouped the same way. Where the
cuts fall depends only on the inputs and the run's configuration, never on ``--jobs`` or on
timing, so a chunk's key (input file index, chunk index) names the same documents in every
run of the same command, and its shard is byte-for-byte the same.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from collections.abc import Container, Iterator
from typing import NamedTuple

from .config import RunConfig
from .readers import (
    PAGE_KINDS,
    SUFFIXES,
    RawDoc,
    ReadError,
    Source,
    plain_jsonl,
    read_file,
    read_page,
)
from .streams import READ_ERRORS, Lines, failure, split_lines

#: Characters kept from an input file's name in its shards' names.
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
#: Shard names: input file index, chunk index, a readable stem of the input's name.
SHARD_NAME = re.compile(r"^\d{6,}-\d{6,}-[A-Za-z0-9._-]*\.(?:jsonl\.gz|parquet)$")
#: The ending of a shard's name, per output format (``--format``).
SHARD_ENDINGS = {"jsonl": ".jsonl.gz", "parquet": ".parquet"}


class Chunk(NamedTuple):
    key: str  # "000003-000012": index of the input file (the first page file), of the chunk
    shard: str  # the output file name
    source: str  # the input file (the first of a group of page files)
    docs: tuple[RawDoc, ...]
    errors: tuple[ReadError, ...]  # read failures found while reading these documents
    skipped: tuple[tuple[str, int], ...]  # WARC records that are not documents, per type
    file_bytes: int  # bytes of the input file(s) on disk this chunk covers: for progress
    done: bool = False  # finished by an earlier session: read past, not processed
    #: For each of ``errors``, how many of ``docs`` were read before it, so that errors.jsonl
    #: keeps input order; empty: after all of them (a read error ends its file).
    errors_after: tuple[int, ...] = ()
    #: A chunk of a plain JSON Lines file is not shipped: ``docs`` is empty and the worker
    #: reads its documents itself (:func:`span_docs`) from this part of ``source``.
    span: Span | None = None


class Span(NamedTuple):
    """Where a chunk's documents are in a plain (uncompressed) JSON Lines file."""

    start: int  # byte offset of the first line after the previous chunk's documents
    end: int  # byte offset just past the chunk's last document
    line: int  # the 1-based line number at ``start``
    docs: int  # how many documents (non-blank lines) it holds
    newline: bytes = b"\n"  # the file's line end (b"\r": old Mac line ends, see streams.Lines)


def chunk_key(source: Source, number: int) -> str:
    return f"{source.number:06d}-{number:06d}"


def key_order(key: str) -> tuple[tuple[int, int, str], ...]:
    """The input order of chunk keys, as a sort key: their numbers compared as numbers
    ("1000000-000000" comes after "999999-000000", which a string sort puts first)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in key.split("-"))


def shard_name(source: Source, number: int, output_format: str = "jsonl") -> str:
    name = os.path.basename(source.path)
    for suffix, _ in SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    stem = _UNSAFE.sub("_", name)[:40].strip("._-")
    return f"{chunk_key(source, number)}-{stem}{SHARD_ENDINGS[output_format]}"


def _chunk(source: Source, number: int, done: Container[str], docs: list[RawDoc],
           errors: list[ReadError], skipped: Counter[str], file_bytes: int,
           config: RunConfig, errors_after: list[int] | None = None,
           span: Span | None = None) -> Chunk:
    key = chunk_key(source, number)
    name = shard_name(source, number, config.output_format)
    if key in done:
        return Chunk(key, name, source.path, (), (), (), file_bytes, True)
    return Chunk(key, name, source.path, tuple(docs), tuple(errors),
                 tuple(sorted(skipped.items())), file_bytes,
                 errors_after=tuple(errors_after or ()), span=span)


def _span_chunks(source: Source, config: RunConfig, done: Container[str]) -> Iterator[Chunk]:
    """The chunks of a plain JSON Lines file, cut where :func:`_file_chunks` cuts them, as
    spans of the file: the lines are read here only to find the cuts, and each worker reads
    its chunk's lines again itself (from the page cache), so no document is shipped."""
    try:
        handle = open(source.path, "rb")  # noqa: SIM115 (closed below)
    except OSError as error:
        message = error.strerror or str(error)
        yield _chunk(source, 0, done, [], [ReadError(source.path, None, None, "unreadable_file",
                                                     message)], Counter(), 0, config)
        return
    docs = size = number = consumed = line = offset = 0
    start, start_line, end = 0, 1, 0
    errors: list[ReadError] = []
    lines = Lines(handle)
    with handle:
        try:
            for line, data in enumerate(lines, 1):
                offset += len(data)
                if not data.strip():
                    continue
                docs += 1
                size += len(data)
                end = offset
                if docs >= config.chunk_docs or size >= config.chunk_bytes:
                    yield _chunk(source, number, done, [], [], Counter(), end - consumed,
                                 config, span=Span(start, end, start_line, docs, lines.newline))
                    consumed = start = end
                    start_line = line + 1
                    docs = size = 0
                    number += 1
        except READ_ERRORS as error:
            errors.append(ReadError(source.path, line + 1, offset, failure(error), str(error)))
    if docs or errors or number == 0:
        rest = max((source.size or 0) - consumed, 0)
        yield _chunk(source, number, done, [], errors, Counter(), rest, config,
                     span=Span(start, end if docs else start, start_line, docs,
                               lines.newline))


def span_docs(path: str, span: Span) -> tuple[tuple[RawDoc, ...], tuple[ReadError, ...]]:
    """The documents of a chunk's span, as :func:`.readers.read_jsonl` reads them; when the
    file cannot be read or no longer holds them, one read error per document."""
    docs: list[RawDoc] = []
    try:
        with open(path, "rb") as handle:
            handle.seek(span.start)
            data = handle.read(span.end - span.start)
    except OSError as error:
        problem, message = "unreadable_file", error.strerror or str(error)
    else:
        offset = span.start
        for line, text in enumerate(split_lines(io.BytesIO(data), span.newline), span.line):
            if text.strip():
                docs.append(RawDoc(path, line, offset, offset + len(text), text, None))
            offset += len(text)
        if len(docs) == span.docs and offset == span.end:
            return tuple(docs), ()
        problem, message = "unreadable_file", "the file changed during the run"
    return (), tuple(ReadError(path, span.line, span.start, problem, message)
                     for _ in range(span.docs))


def _file_chunks(source: Source, config: RunConfig, done: Container[str],
                 spans: bool = False) -> Iterator[Chunk]:
    """The chunks of one JSON Lines or WARC file; always at least one (an empty file's).
    ``spans``: those of a plain JSON Lines file as spans (see :class:`Span`)."""
    if spans and plain_jsonl(source):
        yield from _span_chunks(source, config, done)
        return
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    after: list[int] = []  # where each error stands among the docs (a Parquet row group)
    skipped: Counter[str] = Counter()
    size = number = consumed = 0
    for item in read_file(source, config.fields.text):
        if isinstance(item, RawDoc):
            docs.append(item)
            size += len(item.data)
        elif isinstance(item, ReadError):
            errors.append(item)
            after.append(len(docs))
        else:
            skipped[item.record_type] += 1
        if len(docs) >= config.chunk_docs or size >= config.chunk_bytes:
            yield _chunk(source, number, done, docs, errors, skipped, docs[-1].end - consumed,
                         config, after)
            consumed = docs[-1].end
            docs, errors, after, skipped, size = [], [], [], Counter(), 0
            number += 1
    if docs or errors or skipped or number == 0:
        rest = max((source.size or 0) - consumed, 0)
        yield _chunk(source, number, done, docs, errors, skipped, rest, config, after)


def _page_groups(pages: list[Source], config: RunConfig) -> Iterator[list[Source]]:
    group: list[Source] = []
    size = 0
    for page in pages:
        group.append(page)
        size += page.size or 0
        if len(group) >= config.chunk_docs or size >= config.chunk_bytes:
            yield group
            group, size = [], 0
    if group:
        yield group


def _page_chunks(pages: list[Source], config: RunConfig,
                 done: Container[str]) -> Iterator[Chunk]:
    """Consecutive page files, grouped by their sizes on disk: a finished group is not read."""
    for group in _page_groups(pages, config):
        file_bytes = sum(page.size or 0 for page in group)
        if chunk_key(group[0], 0) in done:
            yield _chunk(group[0], 0, done, [], [], Counter(), file_bytes, config)
            continue
        docs: list[RawDoc] = []
        errors: list[ReadError] = []
        after: list[int] = []
        for item in (read_page(page.path, html=page.kind == "html") for page in group):
            if isinstance(item, RawDoc):
                docs.append(item)
            elif isinstance(item, ReadError):
                errors.append(item)
                after.append(len(docs))
        yield _chunk(group[0], 0, done, docs, errors, Counter(), file_bytes, config, after)


def plan(sources: list[Source], config: RunConfig, done: Container[str],
         spans: bool = False) -> Iterator[Chunk]:
    """All chunks of a run, in input order; those whose key is in ``done`` come marked done.
    ``spans``: the chunks of plain JSON Lines files carry where their documents are, not the
    documents (:class:`Span`; :func:`.worker.outputs` reads them); else every chunk carries
    its documents."""
    start = 0
    while start < len(sources):
        if sources[start].kind not in PAGE_KINDS:
            yield from _file_chunks(sources[start], config, done, spans)
            start += 1
            continue
        end = start
        while end < len(sources) and sources[end].kind in PAGE_KINDS:
            end += 1
        yield from _page_chunks(sources[start:end], config, done)
        start = end
