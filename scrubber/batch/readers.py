"""Inputs of ``scrubber run``: which files, of which kind, and the raw documents they hold.

Readers only cut a file into documents (a JSON line, a page file, a WARC record's content) and
say where each came from; parsing and scrubbing happen in the workers. A read that fails ends
its file with a :class:`ReadError` saying where (line or byte offset), after the documents
read before the break: a truncated ``.gz`` loses only what was past the break.
"""

from __future__ import annotations

import glob
import os
import re
from collections import deque
from collections.abc import Iterator
from typing import IO, Any, NamedTuple

from ..extras import available, missing_message
from ..sniff import container
from .config import UsageError
from .members import Gap, gaps_of
from .streams import READ_ERRORS, Lines, UntilError, decompressed, failure

#: File name endings read, and the kind of input each is. Inside folders and globs other files
#: are skipped (and counted); named on the command line they are refused.
SUFFIXES = (
    (".txt", "txt"), (".html", "html"), (".htm", "html"),
    (".jsonl", "jsonl"), (".jsonl.gz", "jsonl"), (".jsonl.zst", "jsonl"),
    (".jsonl.bz2", "jsonl"), (".jsonl.xz", "jsonl"), (".json.gz", "jsonl"),
    (".ndjson", "jsonl"), (".ndjson.gz", "jsonl"),
    (".parquet", "parquet"),
    (".warc", "warc"), (".warc.gz", "warc"), (".wet", "warc"), (".wet.gz", "warc"),
)
#: Kinds whose file is one document (a page); consecutive page files share a chunk.
PAGE_KINDS = ("txt", "html")
#: WARC record types that are documents; other records (warcinfo, request, ...) are counted.
WARC_DOCUMENT_TYPES = ("conversion", "resource")
#: ... and ``response`` records whose HTTP body is of one of these types (HTML, turned into
#: text lines before scrubbing); other responses are counted.
WARC_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: What a WARC-Type is (warcinfo, response, conversion, ...): a name. Anything else means the
#: records were misread (a file with LF line ends reads as one header holding them all).
WARC_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


class Source(NamedTuple):
    """One input file, in the order of the run."""

    number: int  # its place in the run's order of files, from 0
    path: str
    kind: str  # "txt", "html", "jsonl", "parquet" or "warc"
    size: int | None  # None: the file could not be stat'ed (its read will fail and say why)
    mtime_ns: int | None


class RawDoc(NamedTuple):
    """One document as read, before parsing: where it came from and its bytes."""

    source: str
    line: int | None  # JSON Lines: 1-based line number
    offset: int | None  # byte offset of the line or WARC record in the (decompressed) stream
    end: int  # how far into the file on disk reading had got: progress in input bytes
    data: bytes  # the JSON line, the page file or the WARC record's content
    meta: tuple[tuple[str, str], ...] | None  # fields of a page or WARC record; None: a JSON line
    #: A record read already parsed (a Parquet row); ``data`` then holds its text's bytes, for
    #: counting only.
    record: dict[str, Any] | None = None
    #: The document is HTML (a .html file, a WARC response of type text/html): it is turned
    #: into text lines before scrubbing. False: HTML is recognised by its markup.
    html: bool = False
    #: A WARC response's HTTP Content-Encoding (gzip, deflate): ``data`` is decoded before
    #: scrubbing, in the worker. "": as is.
    content_encoding: str = ""
    #: ... and its Transfer-Encoding (chunked): the chunk sizes are removed first.
    transfer_encoding: str = ""


class ReadError(NamedTuple):
    """A file, or the rest of it, that could not be read."""

    source: str
    line: int | None
    offset: int | None
    error: str  # unreadable_file, truncated_file, corrupt_file
    message: str


class Skipped(NamedTuple):
    """A WARC record that is not a document (warcinfo, request, response, ...)."""

    record_type: str


Item = RawDoc | ReadError | Skipped


class SkippedFile(NamedTuple):
    """A file of the inputs that is not read, and why: ``unknown_kind`` (an ending not in
    :data:`SUFFIXES`), ``in_output_folder``, ``duplicate`` (the same file as an earlier
    input: named twice, or a link to it)."""

    path: str
    reason: str


def kind_of(path: str) -> str | None:
    name = path.lower()
    return next((kind for suffix, kind in SUFFIXES if name.endswith(suffix)), None)


def _stat(path: str) -> tuple[int | None, int | None]:
    try:
        st = os.stat(path)
    except OSError:
        return None, None
    return st.st_size, st.st_mtime_ns


def _descend(path: str, root: str, exclude: str, seen: set[str]) -> bool:
    """Whether the walk of ``root`` goes into the folder ``path``: not the output folder; a
    link to a folder only when that folder is outside ``root`` (inside, it is walked as
    itself) and not walked yet (a folder linked twice, a link loop)."""
    real = os.path.realpath(path)
    if real == exclude or real in seen:
        return False
    if os.path.islink(path) and (real == root or real.startswith(root + os.sep)):
        return False
    seen.add(real)
    return True


def _walk(folder: str, exclude: str) -> list[str]:
    """The files under ``folder``, sorted; links to folders are followed (see _descend):
    os.walk's default left their files out without a word."""
    found = []
    root = os.path.realpath(folder)
    seen = {root}
    for top, dirs, files in os.walk(folder, followlinks=True):
        dirs.sort()  # which of two links to one folder is walked must not depend on the disk
        dirs[:] = [d for d in dirs if _descend(os.path.join(top, d), root, exclude, seen)]
        found += [os.path.join(top, f) for f in files]
    return sorted(found, key=lambda p: os.path.relpath(p, folder).split(os.sep))


def _inside(path: str, folder: str) -> bool:
    return os.path.realpath(path).startswith(folder + os.sep)


def _named(arg: str, exclude: str) -> tuple[list[str], bool]:
    """The files an INPUT argument names, and whether it named them one by one (strict)."""
    if os.path.isdir(arg):
        return _walk(arg, exclude), False
    if os.path.lexists(arg):
        return [arg], True
    if glob.has_magic(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            raise UsageError(f"scrubber run: {arg}: no file matches")
        files: list[str] = []
        for match in matches:
            files += _walk(match, exclude) if os.path.isdir(match) else [match]
        return files, False
    raise UsageError(f"scrubber run: {arg}: no such file or directory")


def expand_inputs(args: list[str], exclude: str) -> tuple[list[Source], list[SkippedFile]]:
    """The input files of ``args`` in run order, and the files skipped: in folders or globs,
    an unknown kind of file or one in the output folder; anywhere, a file read already.

    Folders are walked recursively and globs expanded, both sorted; ``exclude`` (the output
    folder) is never read from. A file is read once, under the first of its names in that
    order: files are told apart by their real path, so that a link to a file of the inputs
    (or two links to one file) does not read it twice; the others are skipped as
    ``duplicate``.
    """
    exclude = os.path.realpath(exclude)
    sources: list[Source] = []
    seen: set[str] = set()
    skipped: list[SkippedFile] = []
    for arg in args:
        files, strict = _named(arg, exclude)
        for path in files:
            kind = kind_of(path)
            if _inside(path, exclude):
                reason, problem = "in_output_folder", "is in the output folder"
            elif kind is None:
                reason, problem = "unknown_kind", "unknown kind of file (read: " + ", ".join(
                    s for s, _ in SUFFIXES) + ")"
            elif (real := os.path.realpath(path)) in seen:
                skipped.append(SkippedFile(path, "duplicate"))
                continue
            else:
                seen.add(real)
                sources.append(Source(len(sources), path, kind, *_stat(path)))
                continue
            if strict:
                raise UsageError(f"scrubber run: {path}: {problem}")
            skipped.append(SkippedFile(path, reason))
    return sources, skipped


def require_packages(sources: list[Source]) -> None:
    """Refuse the run up front when an input needs an optional package that is missing."""
    needed = set()
    for source in sources:
        needed.add({"warc": "fastwarc", "parquet": "pyarrow", "html": "resiliparse"}
                   .get(source.kind, ""))
        if source.path.lower().endswith(".zst"):
            needed.add("zstandard")
    for package in sorted(needed - {""}):
        if not available(package):
            raise UsageError(f"scrubber run: {missing_message(package)}")


def _open(path: str) -> IO[bytes] | ReadError:
    try:
        return open(path, "rb")
    except OSError as error:
        return ReadError(path, None, None, "unreadable_file", error.strerror or str(error))


def read_jsonl(path: str) -> Iterator[Item]:
    """Each non-blank line of a JSON Lines file (plain, gzip or zstd), unparsed; lines end
    in LF, or in CR in a file whose first block has no LF (:class:`.streams.Lines`)."""
    raw = _open(path)
    if isinstance(raw, ReadError):
        yield raw
        return
    line = offset = 0
    gaps: deque[Gap] = deque()
    with raw:
        try:
            with decompressed(path, raw) as stream:
                gaps = gaps_of(stream)
                for line, data in enumerate(Lines(stream), 1):
                    if gaps:  # corrupt gzip members skipped before this line's end
                        yield from _gap_errors(path, gaps, offset + len(data), line)
                    if data.strip():
                        # progress: past this line in a plain file (the reads run a block
                        # ahead), the compressed bytes read so far in another
                        end = offset + len(data) if stream is raw else raw.tell()
                        yield RawDoc(path, line, offset, end, data, None)
                    offset += len(data)
        except READ_ERRORS as error:
            yield from _gap_errors(path, gaps, None, line + 1)
            yield ReadError(path, line + 1, offset, failure(error), str(error))
        else:
            yield from _gap_errors(path, gaps, None, line + 1)


def _gap_errors(path: str, gaps: deque[Gap], before: int | None,
                line: int | None = None) -> Iterator[ReadError]:
    """One ``corrupt_file`` error per corrupt gzip member skipped before the decoded offset
    ``before`` (None: all of them)."""
    while gaps and (before is None or gaps[0].position < before):
        gap = gaps.popleft()
        yield ReadError(path, line, gap.position, "corrupt_file", gap.message)


def read_page(path: str, html: bool = False) -> Item:
    """A page file: the whole file is one document, its id is its path; ``html``: an HTML
    file, turned into text lines before scrubbing. A file that is no page's text (compressed
    data, JSON Lines, WARC, Parquet, PDF, an image: :func:`scrubber.sniff.container`) is a
    ``not_text`` error."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return ReadError(path, None, None, "unreadable_file", error.strerror or str(error))
    what = container(data)
    if what is not None:  # as 'scrubber clean' refuses it: scrubbed, it came out as garbage
        endings = ", ".join(s for s, kind in SUFFIXES if kind not in PAGE_KINDS)
        return ReadError(path, None, None, "not_text",
                         f"this is {what}, not a page's text; a page file holds one page "
                         f"(JSON Lines, Parquet, WARC and compressed files are read by their "
                         f"endings: {endings})")
    return RawDoc(path, None, None, len(data), data, (("id", path),), html=html)


def _warc_meta(headers: Any) -> tuple[tuple[str, str], ...]:
    names = (("id", "WARC-Record-ID"), ("url", "WARC-Target-URI"), ("warc_date", "WARC-Date"))
    return tuple((key, headers.get(name)) for key, name in names if headers.get(name))


def _warc_document(record: Any) -> tuple[bool, bool]:
    """(whether a WARC record is a document, whether it is HTML)."""
    record_type = str(record.headers.get("WARC-Type") or "")
    if record_type in WARC_DOCUMENT_TYPES:
        return True, False
    html = (record_type == "response" and record.is_http
            and str(record.http_content_type or "").lower() in WARC_HTML_TYPES)
    return html, html


def _warc_records(records: Iterator[Any]) -> Iterator[Any | OSError]:
    """The records of a FastWARC iterator, then the ``OSError`` it raised, if any: FastWARC
    raises one for a record it cannot parse ("Invalid WARC header": junk between records, a
    wrong Content-Length), which must end the file, not the run."""
    try:
        yield from records
    except OSError as error:
        yield error


def _unparsed(path: str, stream: UntilError, error: OSError, after: int | None) -> ReadError:
    """The read error for a WARC file FastWARC stopped parsing (``after``: the offset of the
    last record read): a failing read of the file itself, or a corrupt record."""
    if stream.error is not None:
        return ReadError(path, None, stream.position, failure(stream.error), str(stream.error))
    where = "at the start" if after is None else f"after the record at byte {after}"
    return ReadError(path, None, after, "corrupt_file",
                     f"WARC record cannot be parsed {where}: {error}")


def _warc_items(path: str, raw: IO[bytes], stream: UntilError
                ) -> Iterator[tuple[int | None, Item]]:
    """The items of a WARC stream, each with the decoded offset where it starts: a record's
    (a record cut short, or with an invalid WARC-Type, ends the file), the end of the stream
    (its read error), None for a record that cannot be parsed (somewhere after the last)."""
    from fastwarc.warc import ArchiveIterator

    offset = None
    for record in _warc_records(iter(ArchiveIterator(stream, parse_http=True))):
        if isinstance(record, OSError):
            yield None, _unparsed(path, stream, record, offset)
            return
        offset = int(record.stream_pos)
        data = record.reader.read()
        if len(data) != int(record.content_length):
            error = stream.error or EOFError("WARC record cut short")
            yield offset, ReadError(path, None, offset, failure(error), str(error))
            return
        record_type = str(record.headers.get("WARC-Type") or "")
        if record_type and not WARC_TYPE.fullmatch(record_type):
            yield offset, ReadError(path, None, offset, "corrupt_file",
                                    f"WARC record with an invalid WARC-Type {record_type[:60]!r}")
            return
        document, html = _warc_document(record)
        if document:
            http = record.http_headers if html else {}
            yield offset, RawDoc(path, None, offset, raw.tell(), data,
                                 _warc_meta(record.headers), html=html,
                                 content_encoding=str(http.get("Content-Encoding") or ""),
                                 transfer_encoding=str(http.get("Transfer-Encoding") or ""))
        else:
            yield offset, Skipped(record_type)
    if stream.error is not None:
        yield stream.position, ReadError(path, None, stream.position, failure(stream.error),
                                         str(stream.error))


def _settled(path: str, pending: Item | None, start: int | None,
             gaps: deque[Gap]) -> Iterator[Item]:
    """The record read before the item at decoded offset ``start``, unless a corrupt gzip
    member skipped inside it (its content then runs on into the next member: a glued record
    is no document), then the errors of the members skipped up to ``start`` (None: an
    unknown place after the record: any member skipped after its start cut it)."""
    begun = pending.offset if isinstance(pending, RawDoc) else None
    limit = start if start is not None else float("inf")
    cut = any(begun is not None and begun < gap.position < limit for gap in gaps)
    if pending is not None and not cut:
        yield pending
    yield from _gap_errors(path, gaps, None if start is None else start + 1)


def read_warc(path: str) -> Iterator[Item]:
    """The content of each conversion (WET) or resource record of a WARC file, and the HTTP
    body of each ``response`` record holding HTML, via FastWARC.

    FastWARC reads ahead in blocks, so the stream it reads ends cleanly at a read error, and
    the error is reported after the records before it; a record cut short is reported, not
    read, and so is a record FastWARC cannot parse or whose WARC-Type is not a name (LF line
    ends glue records into one header): the file ends there. A corrupt gzip member (a record
    of a ``.warc.gz``) is one error, and the records after it are read; each record waits
    for the next one to be read, to know that no corrupt member was skipped inside it.
    """
    raw = _open(path)
    if isinstance(raw, ReadError):
        yield raw
        return
    with raw:
        inner = decompressed(path, raw)
        gaps = gaps_of(inner)
        pending: Item | None = None
        for start, item in _warc_items(path, raw, UntilError(inner)):
            if gaps or pending is not None:
                yield from _settled(path, pending, start, gaps)
                pending = None
            if gaps and not isinstance(item, ReadError):
                pending = item  # a member skipped after its start may cut it
            else:
                yield item  # the usual case: nothing skipped, no need to wait
        yield from _settled(path, pending, None, gaps)


def plain_jsonl(source: Source) -> bool:
    """Whether ``source`` is an uncompressed JSON Lines file (read by byte ranges)."""
    return source.kind == "jsonl" and not source.path.lower().endswith(
        (".gz", ".zst", ".bz2", ".xz"))


def read_file(source: Source, text_field: str = "text") -> Iterator[Item]:
    """The documents of one container file (JSON Lines, Parquet or WARC); ``text_field``
    names the text of a Parquet row (what is counted as bytes read)."""
    if source.kind == "warc":
        return read_warc(source.path)
    if source.kind == "parquet":
        from .parquet import read_parquet

        return read_parquet(source.path, text_field)
    return read_jsonl(source.path)
