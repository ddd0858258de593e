"""Finding one record of an input file again: by where a run read it, or by its id.

A run records where each document came from (``scrubber.origin``: file, line, offset); the
report and ``scrubber explain FILE --line N / --offset N / --id ID`` read those records back
with the run's own readers (``scrubber.batch.readers``), so a record is found exactly as the
run saw it. A plain ``.jsonl`` file is read from the recorded offset directly; compressed and
WARC files are read from the start up to the last record asked for, once per file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..batch.config import Fields
from ..batch.readers import RawDoc, ReadError, kind_of, read_file, read_page
from ..batch.readers import Source as _Source
from ..batch.records import RecordError, input_record


@dataclass(frozen=True)
class Where:
    """Where a document was read: a page file, a JSON line or a WARC record's offset."""

    file: str
    line: int | None = None
    offset: int | None = None

    @classmethod
    def from_origin(cls, origin: dict[str, Any]) -> Where:
        return cls(str(origin.get("file")), origin.get("line"), origin.get("offset"))

    def label(self) -> str:
        """``file``, ``file:LINE`` or ``file@OFFSET``, as the report shows it."""
        if self.line is not None:
            return f"{self.file}:{self.line}"
        return self.file if self.offset is None else f"{self.file}@{self.offset}"

    def explain_args(self) -> list[str]:
        """The ``scrubber explain`` arguments that show this document."""
        if self.line is not None:
            return [self.file, "--line", str(self.line)]
        return [self.file] if self.offset is None else [self.file, "--offset", str(self.offset)]


class NotFound(Exception):
    """The record asked for is not in the file (or the file cannot be read)."""


def _source(path: str) -> _Source:
    kind = kind_of(path)
    if kind is None:
        raise NotFound(f"{path}: not a file scrubber reads")
    return _Source(0, path, kind, None, None)


def _seek_plain_jsonl(where: Where) -> RawDoc | None:
    """A line of an uncompressed ``.jsonl`` file read at its recorded offset; None when the
    line there is not the one recorded (the file changed): the caller reads from the start."""
    if not where.file.lower().endswith(".jsonl") or where.offset is None or where.line is None:
        return None
    try:
        with open(where.file, "rb") as handle:
            handle.seek(where.offset)
            data = handle.readline()
    except OSError:
        return None
    if not data.strip():
        return None
    return RawDoc(where.file, where.line, where.offset, where.offset + len(data), data, None)


def read_back(wanted: Iterable[Where]) -> dict[Where, RawDoc | str]:
    """Each wanted document as read from its input, or why it could not be found.

    One pass per input file (stopping after the last wanted document), whatever the number of
    documents wanted in it.
    """
    found: dict[Where, RawDoc | str] = {}
    by_file: dict[str, set[Where]] = {}
    for where in wanted:
        by_file.setdefault(where.file, set()).add(where)
    for path, group in sorted(by_file.items()):
        if not os.path.exists(path):
            found.update((w, f"{path}: input not found") for w in group)
            continue
        left = set(group)
        for where in sorted(group, key=lambda w: (w.line or 0, w.offset or 0)):
            raw = _seek_plain_jsonl(where)
            if raw is not None:
                found[where] = raw
                left.discard(where)
        if left:
            found.update(_scan(path, left))
    return found


def _scan(path: str, wanted: set[Where]) -> dict[Where, RawDoc | str]:
    found: dict[Where, RawDoc | str] = {}
    try:
        source = _source(path)
    except NotFound as error:
        return dict.fromkeys(wanted, str(error))
    if source.kind == "txt":
        page = read_page(path)
        why = f"{path}: {page.message}" if isinstance(page, ReadError) else f"{path}: not read"
        return {w: page if isinstance(page, RawDoc) else why for w in wanted}
    left = {(w.line, w.offset): w for w in wanted}
    for item in read_file(source):
        if isinstance(item, ReadError):
            break
        if not isinstance(item, RawDoc):
            continue
        key = (item.line, item.offset) if item.line is not None else (None, item.offset)
        where = left.pop(key, None)
        if where is not None:
            found[where] = item
        if not left:
            break
    found.update((w, f"{w.label()}: no such record in the file") for w in left.values())
    return found


def _same_id(value: Any, wanted: str) -> bool:
    if value is None:
        return False
    text = str(value)
    return text == wanted or text.strip("<>") == wanted.strip("<>")


def find_record(path: str, *, line: int | None = None, offset: int | None = None,
                record_id: str | None = None, fields: Fields | None = None) -> RawDoc:
    """One record of a JSON Lines or WARC file, by line, offset or id (``--id-field`` for
    JSON Lines, ``WARC-Record-ID`` for WARC, with or without its angle brackets)."""
    fields = fields or Fields()
    source = _source(path)
    if source.kind == "txt":
        raise NotFound(f"{path}: a page file is one document; --id, --line and --offset "
                       "name a record of a JSON Lines or WARC file")
    if not os.path.exists(path):
        raise NotFound(f"{path}: no such file")
    for item in read_file(source):
        if isinstance(item, ReadError):
            raise NotFound(f"{path}: {item.error} ({item.message})")
        if not isinstance(item, RawDoc):
            continue
        if line is not None and item.line == line:
            return item
        if offset is not None and item.offset == offset:
            return item
        if record_id is not None and _matches_id(item, record_id, fields):
            return item
    what = (f"line {line}" if line is not None else f"offset {offset}" if offset is not None
            else f"id {record_id!r}")
    raise NotFound(f"{path}: no record at {what}")


def _matches_id(item: RawDoc, record_id: str, fields: Fields) -> bool:
    if item.meta is not None:
        return _same_id(dict(item.meta).get("id"), record_id)
    if record_id.isascii() and record_id.encode() not in item.data:
        return False  # cheap test first: most lines do not hold the id at all
    try:
        return _same_id(input_record(item, fields).get(fields.id), record_id)
    except RecordError:
        return False
