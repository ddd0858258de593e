"""Decompressing input streams that say when a file is cut short.

A truncated gzip file raises ``EOFError`` from the standard library; zstandard's own stream
reader ends quietly at a cut, so zstd frames are decompressed here with a check that the last
frame was finished. :class:`UntilError` turns a failing read into a clean end and keeps the
error, for readers (FastWARC) that read ahead in large blocks: every record before the break
is still parsed, and the error is reported after them.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from collections.abc import Iterator
from typing import IO, Any, cast

from .members import GzipMembers

#: Read size for compressed input, and the buffer a decompressed stream is read through.
BLOCK = 1 << 16
BUFFER = 1 << 20


class ZstdStream(io.RawIOBase):
    """zstd frames, one after another; ``EOFError`` when the file ends inside a frame."""

    def __init__(self, raw: IO[bytes]) -> None:
        import zstandard

        self._raw = raw
        self._new: Any = zstandard.ZstdDecompressor().decompressobj
        self._frame: Any = self._new()
        self._in_frame = False  # data went into the current frame and its end is not seen yet
        self._out = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._out:
            chunk = self._raw.read(BLOCK)
            if not chunk:
                if self._in_frame:
                    raise EOFError("zstd stream ended before the end of a frame")
                return 0
            self._out = memoryview(self._feed(chunk))
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _feed(self, chunk: bytes) -> bytes:
        parts = []
        while chunk:
            if self._frame.eof:
                self._frame = self._new()
            parts.append(self._frame.decompress(chunk))
            self._in_frame = not self._frame.eof
            chunk = self._frame.unused_data if self._frame.eof else b""
        return b"".join(parts)


def decompressed(path: str, raw: IO[bytes]) -> IO[bytes]:
    """``raw`` decompressed according to the file name's ending (``.gz``, ``.zst``, ``.bz2``,
    ``.xz``); a corrupt gzip member is skipped and listed (:func:`.members.gaps_of`)."""
    name = path.lower()
    if name.endswith(".gz"):  # member by member, going on after a corrupt one
        return io.BufferedReader(GzipMembers(raw), BUFFER)
    if name.endswith(".bz2"):
        return cast(IO[bytes], bz2.BZ2File(raw, mode="rb"))
    if name.endswith(".xz"):
        return cast(IO[bytes], lzma.LZMAFile(raw, mode="rb"))
    if name.endswith(".zst"):
        return io.BufferedReader(ZstdStream(raw), BUFFER)
    return raw


def line_end(head: bytes) -> bytes:
    """The line end of a JSON Lines stream, from its first block: ``\\r`` when the block holds
    a CR before its last byte and no LF at all (old Mac line ends: read as one line, every
    record was lost in one ``malformed_json`` error), else ``\\n`` (LF and CRLF files, whose
    lines keep their ``\\r``). A CR as the block's last byte may be half of a CRLF."""
    return b"\r" if b"\n" not in head and b"\r" in head[:-1] else b"\n"


def split_lines(stream: IO[bytes], newline: bytes, head: bytes = b"") -> Iterator[bytes]:
    """The lines of ``head`` and then of ``stream``, each with its line end (``newline``)
    kept; the last one may have none. LF lines are the stream's own iteration (the fast
    path); CR lines are cut from blocks, so memory stays flat on a long line."""
    if newline == b"\n":
        *pieces, last = io.BytesIO(head).readlines() or [b""]
        yield from pieces  # before the next read, which may fail (a truncated file)
        if last.endswith(b"\n"):
            yield last
        elif last + (rest := stream.readline()):
            yield last + rest
        yield from stream
        return
    pending: list[bytes] = []
    block = head or stream.read(BLOCK)
    while block:
        *ended, rest = block.split(b"\r")
        for part in ended:
            pending.append(part)
            yield b"".join(pending) + b"\r"
            pending = []
        if rest:
            pending.append(rest)
        block = stream.read(BLOCK)
    if pending:
        yield b"".join(pending)


class Lines:
    """The lines of a JSON Lines stream, LF- or CR-separated as its first block says
    (:func:`line_end`); ``newline`` holds the line end once the first line is read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.newline = b"\n"

    def __iter__(self) -> Iterator[bytes]:
        read = getattr(self._stream, "read1", self._stream.read)
        head = read(BLOCK)
        self.newline = line_end(head)
        return split_lines(self._stream, self.newline, head)


#: What a broken read raises: OSError (gzip.BadGzipFile too), EOFError at a cut, zlib.error;
#: zstandard's ZstdError is an Exception only.
READ_ERRORS: tuple[type[Exception], ...] = (OSError, EOFError, zlib.error, lzma.LZMAError)
try:
    from zstandard import ZstdError

    READ_ERRORS += (ZstdError,)
except ImportError:
    pass


def failure(error: BaseException) -> str:
    """The stable name of a read failure: ``truncated_file``, ``corrupt_file`` or
    ``unreadable_file``."""
    if isinstance(error, EOFError):
        return "truncated_file"
    if isinstance(error, gzip.BadGzipFile | zlib.error | lzma.LZMAError) \
            or type(error).__name__ == "ZstdError":
        return "corrupt_file"
    return "unreadable_file"


class UntilError(io.RawIOBase):
    """``stream`` up to its first read error, which ends it cleanly and is kept in ``error``;
    ``position`` counts the bytes read before it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.error: Exception | None = None
        self.position = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer: Any) -> int:
        if self.error is not None:
            return 0
        try:
            # read1: a buffered read(n) drops what it got when a later read in it fails
            data = self._stream.read1(len(buffer))  # type: ignore[attr-defined]
        except READ_ERRORS as error:
            self.error = error
            return 0
        buffer[: len(data)] = data
        self.position += len(data)
        return len(data)


#: HTTP Content-Encodings decoded (a WARC response keeps the body as the server sent it), and
#: the zlib window of each: gzip or zlib headers, found by zlib.
_CONTENT_WBITS = {"gzip": 47, "x-gzip": 47, "deflate": 47}
_GZIP_MAGIC = b"\x1f\x8b"


def _inflate(data: bytes, name: str) -> bytes:
    """One layer of gzip or deflate; "deflate" is also sent as bare deflate, without zlib's
    header (servers differ)."""
    for wbits in (_CONTENT_WBITS[name], -15) if name == "deflate" else (_CONTENT_WBITS[name],):
        inflate = zlib.decompressobj(wbits)
        try:
            out = inflate.decompress(data) + inflate.flush()
        except zlib.error:
            continue
        if inflate.eof:
            return out
    raise ValueError(f"the body is not complete {name} data (Content-Encoding: {name})")


def decode_content(data: bytes, encoding: str) -> bytes:
    """An HTTP body decoded by its ``Content-Encoding`` (``gzip``, ``x-gzip``, ``deflate``,
    ``identity``; several are undone last first). A gzip body without gzip's magic bytes was
    decoded by the WARC writer already and is kept. Raises ``ValueError`` for another
    encoding or a body that does not decode."""
    for name in reversed([n.strip().lower() for n in encoding.split(",") if n.strip()]):
        if name == "identity" or (name in ("gzip", "x-gzip")
                                  and not data.startswith(_GZIP_MAGIC)):
            continue
        if name not in _CONTENT_WBITS:
            raise ValueError(f"Content-Encoding {name!r} is not decoded (gzip, deflate)")
        data = _inflate(data, name)
    return data


def dechunk(data: bytes) -> bytes:
    """An HTTP body sent with ``Transfer-Encoding: chunked`` without its chunk sizes; a body
    that is not in chunks (many WARC writers store it dechunked and keep the header) is
    returned as it is."""
    parts: list[bytes] = []
    position = 0
    while True:
        end = data.find(b"\r\n", position)
        try:
            size = int(data[position:end].split(b";")[0], 16) if end >= 0 else -1
        except ValueError:
            return data
        if size < 0 or end + 2 + size > len(data):
            return data
        if size == 0:
            return b"".join(parts)
        parts.append(data[end + 2:end + 2 + size])
        position = end + 2 + size
        if data[position:position + 2] != b"\r\n":
            return data
        position += 2
