"""The progress line a run shows on a terminal: documents, input MB, MB/s and an ETA.

Progress is measured in bytes of the input files on disk (compressed where they are), whose
total is known before the run starts; the speed counts only what this session processed, not
the chunks an earlier session had finished.
"""

from __future__ import annotations

import time
from typing import TextIO

from .config import MB

#: Seconds between two redraws of the line.
INTERVAL = 0.5


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Redraws one status line on ``stream``; ``total`` is the input bytes, when known;
    ``label`` starts the line (which pass this is)."""

    def __init__(self, stream: TextIO, total: int | None, label: str = "") -> None:
        self.stream = stream
        self.total = total
        self.label = label
        self.documents = 0
        self.done = 0  # input bytes behind us, including chunks finished earlier
        self.processed = 0  # input bytes processed by this session
        self.start = time.monotonic()
        self._shown = 0.0

    def skip(self, file_bytes: int) -> None:
        """A chunk an earlier session finished."""
        self.done += file_bytes
        self._draw()

    def advance(self, documents: int, file_bytes: int) -> None:
        self.documents += documents
        self.done += file_bytes
        self.processed += file_bytes
        self._draw()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.processed / MB / elapsed
        text = f"{self.label}{self.documents:,} docs  {self.done / MB:,.1f}"
        if self.total:
            text += f"/{self.total / MB:,.1f} MB"
            if rate > 0:
                left = max(self.total - self.done, 0) / MB
                text += f"  {rate:.2f} MB/s  ETA {_clock(left / rate)}"
        else:
            text += f" MB  {rate:.2f} MB/s"
        return text

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._shown >= INTERVAL:
            self._shown = now
            self.stream.write(f"\r\x1b[K{self.line()}")
            self.stream.flush()

    def close(self) -> None:
        self._draw(force=True)
        self.stream.write("\n")
        self.stream.flush()
