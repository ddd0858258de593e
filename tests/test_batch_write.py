"""Shards are compressed on a thread of their own, in blocks: the same bytes as line by line."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import Any

import pytest

from scrubber.batch import worker


def lines(n: int) -> list[bytes]:
    return [f'{{"id":{i},"text":"第{i}段：{"正文内容" * (i % 50)}"}}\n'.encode() for i in range(n)]


def line_by_line(data: list[bytes], level: int) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile("", "wb", level, buffer, mtime=0) as shard:
        for line in data:
            shard.write(line)
    return buffer.getvalue()


@pytest.mark.parametrize("block", [1, 700, 1 << 18])
@pytest.mark.parametrize("level", [1, 6])
def test_block_writes_give_the_bytes_of_line_writes(tmp_path: Path, block: int, level: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = lines(400)
    monkeypatch.setattr(worker, "WRITE_BLOCK", block)
    monkeypatch.setattr(worker, "record_line", lambda out: out)
    path = tmp_path / "shard.jsonl.gz"
    assert worker._write_jsonl(str(path), iter(data), level) == len(data)  # type: ignore[arg-type]
    assert path.read_bytes() == line_by_line(data, level)


def test_an_error_of_the_writing_thread_is_raised_by_close() -> None:
    seen: list[bytes] = []

    def write(block: bytes) -> None:
        if len(seen) == 1:
            raise OSError(28, "No space left on device")
        seen.append(block)

    background = worker._Background(write)
    for i in range(3 * worker.WRITE_QUEUE):  # more than the queue holds: put never blocks
        background.put(bytes([i]))
    with pytest.raises(OSError, match="No space"):
        background.close()
    assert seen == [b"\x00"]


def test_a_failing_record_stream_still_stops_the_thread(tmp_path: Path) -> None:
    def records() -> Any:
        yield {"id": 1}
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        worker._write_jsonl(str(tmp_path / "s.gz"), records(), 1)
