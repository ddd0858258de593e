"""The progress a run shows: documents, input MB, MB/s and an ETA.

On a terminal one status line is redrawn in place. Elsewhere (``nohup``, a scheduler, a cluster
job: stderr is a file or a pipe) a plain line is written every ``every`` seconds, so that a log
shows the run is alive and how far it got, without control characters.

Progress is measured in bytes of the input files on disk (compressed where they are), whose
total is known before the run starts. Documents and bytes count the whole run, chunks finished
by earlier sessions included; the speed counts only what this session processed.
"""

from __future__ import annotations

import threading
import time
from typing import TextIO

from .config import MB

#: Seconds between two redraws of the line on a terminal.
INTERVAL = 0.5
#: Seconds between two progress lines when stderr is not a terminal (``--progress-every``).
EVERY = 30.0


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Progress of one pass on ``stream``; ``total`` is the input bytes, when known; ``label``
    starts the line (which pass this is). ``every``: write a plain line every so many seconds
    (a log) instead of redrawing one line (a terminal). ``documents`` and ``done`` (input
    bytes) start where earlier sessions of the run left off."""

    def __init__(self, stream: TextIO, total: int | None, label: str = "", *,
                 every: float | None = None, documents: int = 0, done: int = 0) -> None:
        self.stream = stream
        self.total = total
        self.label = label
        self.every = every
        self.documents = documents
        self.done = done  # input bytes behind us, including chunks finished earlier
        self.processed = 0  # input bytes processed by this session
        self.start = time.monotonic()
        self._shown = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def skip(self, file_bytes: int) -> None:
        """A chunk an earlier session finished, not counted in ``done`` at the start."""
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
            share = min(self.done / self.total, 1.0)
            text += f"/{self.total / MB:,.1f} MB ({share:.0%})"
            if rate > 0:
                left = max(self.total - self.done, 0) / MB
                text += f"  {rate:.2f} MB/s  ETA {_clock(left / rate)}"
        else:
            text += f" MB  {rate:.2f} MB/s"
        if self.every is not None:
            text += f"  elapsed {_clock(elapsed)}"
        return text

    def note(self, text: str) -> None:
        """Write a message line (a warning, the resume notice) without garbling the status."""
        with self._lock:
            self.stream.write(("\r\x1b[K" if self.every is None else "") + text + "\n")
            self.stream.flush()
            self._shown = 0.0

    def _draw(self, force: bool = False) -> None:
        if self.every is not None:
            # A log: the ticker writes the lines. It starts at the first advance, after a
            # pool of worker processes has been forked (never fork with a thread running).
            if self._ticker is None and not self._stop.is_set():
                self._ticker = threading.Thread(target=self._tick, daemon=True)
                self._ticker.start()
            return
        now = time.monotonic()
        if force or now - self._shown >= INTERVAL:
            with self._lock:
                self._shown = now
                self.stream.write(f"\r\x1b[K{self.line()}")
                self.stream.flush()

    def _tick(self) -> None:
        assert self.every is not None
        while not self._stop.wait(self.every):
            self._write_line()

    def _write_line(self) -> None:
        with self._lock:
            self.stream.write(f"progress: {self.line()}\n")
            self.stream.flush()

    def close(self) -> None:
        """Stop the ticker and show the last figures."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        if self.every is not None:
            self._write_line()
            return
        self._draw(force=True)
        with self._lock:
            self.stream.write("\n")
            self.stream.flush()
