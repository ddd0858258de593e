"""Batch faults that no input shows: a worker process killed mid-run, a full disk. Each ends the
run with a clear message and exit code 1; the same command then completes the corpus, and
stats.json accounts for every document, with the same output as a run that never failed."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

import scrubber.batch.runner as runner
from scrubber.batch.worker import process_chunk

from .test_batch import accounted, cli, jsonl, records, shards

DOCS = 60
CHUNK = "5"


class FailingChunk:
    """process_chunk, but the third chunk fails once (the marker file says it did). A
    module-level class, so that the pool can pickle it by reference."""

    def __init__(self, fault: str, marker: Path) -> None:
        self.fault, self.marker = fault, marker

    def __call__(self, chunk: Any, *args: Any, **kwargs: Any) -> Any:
        if "-000002-" in chunk.shard and not self.marker.exists():
            self.marker.write_text("failed once")
            if self.fault == "kill":
                os._exit(9)  # the worker dies: no exception, no clean-up
            raise OSError(errno.ENOSPC, "No space left on device")
        return process_chunk(chunk, *args, **kwargs)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl(records(DOCS)))
    return path


@pytest.mark.parametrize(("fault", "jobs"), [("kill", "2"), ("full_disk", "1"),
                                             ("full_disk", "2")])
def test_fault_then_same_command_completes(fault: str, jobs: str, corpus: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    reference = tmp_path / "reference"
    assert cli(capsys, str(corpus), "-o", str(reference), "--chunk-docs", CHUNK)[0] == 0

    out = tmp_path / "out"
    with monkeypatch.context() as patch:
        patch.setattr(runner, "process_chunk", FailingChunk(fault, tmp_path / "failed"))
        code, _, err = cli(capsys, str(corpus), "-o", str(out), "--jobs", jobs,
                           "--chunk-docs", CHUNK)
    assert code == 1
    assert "run the same command again to resume" in err
    assert not (out / "stats.json").exists() or '"complete": false' in \
        (out / "stats.json").read_text()

    code, _, err = cli(capsys, str(corpus), "-o", str(out), "--jobs", jobs,
                       "--chunk-docs", CHUNK)
    assert code == 0, err
    stats = accounted(out)
    assert stats["documents_in"] == DOCS
    assert shards(out) == shards(reference)
