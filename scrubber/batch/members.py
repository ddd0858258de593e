"""Gzip files read member by member, going on after a corrupt member.

WARC files are written one gzip member per record, and JSON Lines dumps are often gzip
members appended one after another. Through the gzip module, a corrupt member in the middle
ended the file with one error and lost every record after it. Here each member is
decompressed on its own (zlib checks its header, its CRC-32 and its length); a member that
fails is one :class:`Gap`, and reading goes on at the next gzip member header (``1f 8b 08``)
after the start of the bad one. A candidate header that fails too (those bytes inside
compressed data) belongs to the same gap.

A member's output is held until its CRC is checked, so that text decoded from corrupt data
is never read as a document. A member larger than :data:`HOLD` (a dump in one member) is
passed on as it is decoded, to keep memory flat: a failure at its end costs only what was
not passed on yet, and the search for the next header starts where it failed. A file cut
short inside a member passes on what was decoded before the cut, then raises ``EOFError``,
as the gzip module does. Zero bytes between members are padding, as for the gzip module.
"""

from __future__ import annotations

import io
import zlib
from collections import deque
from typing import IO, Any, NamedTuple

#: The first bytes of a gzip member: the magic number and the method (deflate).
MAGIC = b"\x1f\x8b\x08"
#: Decoded bytes of one member held until its CRC is checked; the compressed bytes kept to
#: search for the next header from the bad member's start.
HOLD = 1 << 23
#: Compressed bytes read at a time, and decoded bytes made at most by one step.
BLOCK = 1 << 16
STEP = 1 << 20


class Gap(NamedTuple):
    """A corrupt member (or bytes that are no member), skipped."""

    position: int  # decoded bytes passed on before it: where it stands in the stream
    offset: int  # byte offset in the file where the bad member starts
    message: str


class GzipMembers(io.RawIOBase):
    """The decoded bytes of a gzip file's good members; ``gaps`` lists the bad ones, in
    order, as they are met (see the module's docstring)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._data = b""  # compressed bytes read and not decoded yet
        self._base = 0  # the file offset of _data[0]
        self._inflate: Any = None  # the current member's decompressor; None: between members
        self._start = 0  # the file offset of the current member
        self._kept: list[bytes] | None = []  # its compressed bytes decoded (None: too many)
        self._kept_size = 0
        self._held: list[bytes] = []  # its decoded bytes, until its CRC is checked
        self._held_size = 0
        self._ready: deque[bytes] = deque()  # decoded pieces passed on, to be read
        self._out = memoryview(b"")  # the rest of the piece being read
        self._passed = 0  # decoded bytes made ready so far
        self._resync = False  # skipping to the next good member after a gap
        self._end = False
        self._cut: EOFError | None = None
        self.gaps: deque[Gap] = deque()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._out:
            if self._ready:
                self._out = memoryview(self._ready.popleft())
                continue
            if self._end:
                if self._cut is not None:
                    raise self._cut
                return 0
            if self._inflate is None:
                self._next_member()
            else:
                self._decode()
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _fill(self) -> bool:
        """Read one more block after ``_data``; False at the end of the file."""
        block = self._raw.read(BLOCK)
        self._data = self._data + block if self._data else block
        return bool(block)

    def _next_member(self) -> None:
        """Start the member at ``_data`` (after zero padding), or end, or fail."""
        while True:
            stripped = self._data.lstrip(b"\x00")
            self._base += len(self._data) - len(stripped)
            self._data = stripped
            if len(self._data) >= len(MAGIC) or not self._fill():
                break
        if not self._data:
            self._end = True
        elif self._data.startswith(MAGIC):
            self._inflate = zlib.decompressobj(31)  # 31: a gzip header and trailer
            self._start = self._base
            self._kept, self._kept_size = [], 0
        else:
            self._start, self._kept = self._base, []
            self._gap(f"not a gzip member (bytes {self._data[:4].hex(' ')})")

    def _decode(self) -> None:
        """Decode a step of the current member; at its end (CRC checked) pass it on."""
        if not self._data and not self._fill():
            self._cut_short()
            return
        data = self._data
        try:
            piece = self._inflate.decompress(data, STEP)
        except zlib.error as error:
            self._gap(str(error).replace("Error -3 while decompressing data: ", ""))
            return
        done = self._inflate.eof
        self._data = self._inflate.unused_data if done else self._inflate.unconsumed_tail
        self._keep(data[: len(data) - len(self._data)])
        self._base += len(data) - len(self._data)
        self._held.append(piece)
        self._held_size += len(piece)
        if done or self._held_size > HOLD:
            self._pass_on()
            self._resync = False
        if done:
            self._inflate = None

    def _keep(self, consumed: bytes) -> None:
        if self._kept is not None:
            self._kept.append(consumed)
            self._kept_size += len(consumed)
            if self._kept_size > HOLD:
                self._kept = None

    def _pass_on(self) -> None:
        self._ready.extend(piece for piece in self._held if piece)
        self._passed += self._held_size
        self._held, self._held_size = [], 0

    def _cut_short(self) -> None:
        """The file ends inside a member: what it decoded is passed on (but not a candidate
        header's after a gap), then reads raise EOFError. A member that ran over another
        member's header is corrupt (a damaged block length made zlib take the next members
        for its data), not cut: it is a gap, and the next member is read."""
        if not self._resync and self._kept is not None \
                and MAGIC in b"".join(self._kept)[1:]:
            self._gap("its data runs over the next member")
            return
        if not self._resync:
            self._pass_on()
            self._cut = EOFError("Compressed file ended before the end-of-stream marker "
                                 "was reached")
        self._inflate = None
        self._end = True

    def _gap(self, message: str) -> None:
        """The current member is bad: its held output is dropped, one gap is recorded (none
        more while looking for a good member), and the search for the next header starts
        just after its start (where it failed, when it was too large to keep)."""
        if not self._resync:
            self.gaps.append(Gap(self._passed, self._start,
                                 f"corrupt gzip member at byte {self._start}: {message}; "
                                 "read on from the next member"))
            self._resync = True
        self._held, self._held_size = [], 0
        self._inflate = None
        if self._kept is not None:  # _data: from the input of the step that failed on
            self._data = b"".join(self._kept) + self._data
            self._base = self._start
        self._data = self._data[1:]
        self._base += 1
        self._kept, self._kept_size = [], 0
        self._scan()

    def _scan(self) -> None:
        """Skip to the next gzip member header, or to the end of the file."""
        while (found := self._data.find(MAGIC)) < 0:
            keep = self._data[-(len(MAGIC) - 1):]  # may be the start of a header
            self._base += len(self._data) - len(keep)
            self._data = keep
            if not self._fill():
                self._base += len(self._data)
                self._data = b""
                self._end = True
                return
        self._base += found
        self._data = self._data[found:]


def gaps_of(stream: IO[bytes]) -> deque[Gap]:
    """The gaps of a stream :func:`.streams.decompressed` made (none but for gzip)."""
    gaps: deque[Gap] = getattr(getattr(stream, "raw", None), "gaps", deque())
    return gaps
