"""Cutting the inputs into chunks: the unit of work, of output (one shard) and of resuming.

A chunk is a run of documents of one input file, cut after ``chunk_docs`` documents or once it
holds ``chunk_bytes``; consecutive page files (``.txt``) are grouped the same way. Where the
cuts fall depends only on the inputs and the run's configuration, never on ``--jobs`` or on
timing, so a chunk's key (input file index, chunk index) names the same documents in every
run of the same command, and its shard is byte-for-byte the same.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Container, Iterator
from typing import NamedTuple

from .config import RunConfig
from .readers import PAGE_KINDS, SUFFIXES, RawDoc, ReadError, Source, read_file, read_page

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


def chunk_key(source: Source, number: int) -> str:
    return f"{source.number:06d}-{number:06d}"


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
           config: RunConfig, errors_after: list[int] | None = None) -> Chunk:
    key = chunk_key(source, number)
    name = shard_name(source, number, config.output_format)
    if key in done:
        return Chunk(key, name, source.path, (), (), (), file_bytes, True)
    return Chunk(key, name, source.path, tuple(docs), tuple(errors),
                 tuple(sorted(skipped.items())), file_bytes,
                 errors_after=tuple(errors_after or ()))


def _file_chunks(source: Source, config: RunConfig, done: Container[str]) -> Iterator[Chunk]:
    """The chunks of one JSON Lines or WARC file; always at least one (an empty file's)."""
    docs: list[RawDoc] = []
    errors: list[ReadError] = []
    skipped: Counter[str] = Counter()
    size = number = consumed = 0
    for item in read_file(source, config.fields.text):
        if isinstance(item, RawDoc):
            docs.append(item)
            size += len(item.data)
        elif isinstance(item, ReadError):
            errors.append(item)
        else:
            skipped[item.record_type] += 1
        if len(docs) >= config.chunk_docs or size >= config.chunk_bytes:
            yield _chunk(source, number, done, docs, errors, skipped, docs[-1].end - consumed,
                         config)
            consumed = docs[-1].end
            docs, errors, skipped, size, number = [], [], Counter(), 0, number + 1
    if docs or errors or skipped or number == 0:
        rest = max((source.size or 0) - consumed, 0)
        yield _chunk(source, number, done, docs, errors, skipped, rest, config)


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


def plan(sources: list[Source], config: RunConfig, done: Container[str]) -> Iterator[Chunk]:
    """All chunks of a run, in input order; those whose key is in ``done`` come marked done."""
    start = 0
    while start < len(sources):
        if sources[start].kind not in PAGE_KINDS:
            yield from _file_chunks(sources[start], config, done)
            start += 1
            continue
        end = start
        while end < len(sources) and sources[end].kind in PAGE_KINDS:
            end += 1
        yield from _page_chunks(sources[start:end], config, done)
        start = end
