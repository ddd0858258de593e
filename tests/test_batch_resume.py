"""``scrubber run`` resumes a killed run, refuses a different one, and starts over on demand."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_batch import accounted, cli, jsonl, page, records, shards

KEPT = ("errors.jsonl", "dropped.jsonl")


def corpus(folder: Path) -> Path:
    """Two JSON Lines files with a bad line and an empty page each, and three page files."""
    folder.mkdir()
    for name, start in (("a.jsonl", 0), ("b.jsonl", 100)):
        items = [*records(10, start), {"id": f"{name}-empty", "text": "首页 | 新闻"}]
        (folder / name).write_bytes(jsonl(items) + b"{bad\n")
    for i in range(3):
        (folder / f"p{i}.txt").write_text(page(i), encoding="utf-8")
    return folder


def snapshot(outdir: Path) -> dict[str, bytes]:
    """The output that must not depend on how the run went: shards, errors, dropped."""
    return {p.name: p.read_bytes() for p in outdir.iterdir()
            if p.name.endswith(".jsonl.gz") or p.name in KEPT}


def test_resume_after_simulated_crash(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "in")
    args = [str(src), "-o", str(tmp_path / "out"), "--chunk-docs", "4", "-j", "1"]
    assert cli(capsys, *args)[0] == 0
    out = tmp_path / "out"
    expected, stats = snapshot(out), accounted(out)
    # A crash after the 3rd commit: the later chunks' shards half there, appended entries not
    # committed, a torn manifest line, a temporary file, no stats.json.
    manifest = (out / "manifest.jsonl").read_bytes().splitlines(keepends=True)
    committed = [json.loads(line) for line in manifest[:3]]
    (out / "manifest.jsonl").write_bytes(b"".join(manifest[:3]) + manifest[3][:25])
    later = [json.loads(line)["shard"] for line in manifest[3:]]
    os.remove(out / next(s for s in later if s))
    for name in KEPT:
        with open(out / name, "ab") as handle:
            handle.write(b'{"uncommitted": true}\n')
    (out / "000000-000009-a.jsonl.gz.123.tmp").write_bytes(b"half a shard")
    os.remove(out / "stats.json")
    code, summary, _ = cli(capsys, *args)
    assert code == 0 and "already complete" not in summary
    assert snapshot(out) == expected
    again = accounted(out)
    assert again["sessions"] == 2 and not list(out.glob("*.tmp"))
    for key in ("documents_in", "documents_out", "documents_dropped", "documents_failed",
                "lines_by_reason", "failed_by_error", "dropped_by_reason"):
        assert again[key] == stats[key]
    chunks = [json.loads(line)["chunk"] for line in (out / "manifest.jsonl").open()]
    assert chunks[:3] == [c["chunk"] for c in committed] and len(chunks) == len(set(chunks))


def kill_9_after_three_chunks(command: list[str], out: Path) -> None:
    """Start ``command`` (a ``scrubber run`` into ``out``) and ``kill -9`` its main process
    once three chunks are committed; its workers must go too."""
    process = subprocess.Popen(command, start_new_session=True)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (out / "stats.json").exists(), "the run ended before it could be killed"


def test_kill_9_then_same_command_completes(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    src.write_bytes(jsonl(records(1200)))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "scrubber", "run", str(src), "-o", str(out), "-j", "2",
               "--chunk-docs", "10", "-q"]
    kill_9_after_three_chunks(command, out)
    done = subprocess.run(command, timeout=60)
    assert done.returncode == 0
    got = [r["id"] for r in shards(out)]
    assert got == list(range(1200))  # none missing, none twice, in input order
    assert accounted(out)["documents_out"] == 1200


def test_finished_run_is_a_no_op(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "in")
    args = [str(src), "-o", str(src / "out"), "-j", "1"]  # OUTDIR inside an input folder
    assert cli(capsys, *args)[0] == 0
    before = {p.name: p.stat().st_mtime_ns for p in (src / "out").iterdir()}
    code, summary, _ = cli(capsys, *args)
    assert code == 0 and "already complete" in summary
    assert {p.name: p.stat().st_mtime_ns for p in (src / "out").iterdir()} == before


def test_different_command_refused_then_overwrite(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert cli(capsys, str(src), "-o", str(out))[0] == 0
    (out / "notes.txt").write_text("mine")
    before = snapshot(out)
    code, _, err = cli(capsys, str(src), "-o", str(out), "--text-field", "body")
    assert code == 2 and "holds a different run" in err and "fields" in err
    code, _, err = cli(capsys, str(src / "a.jsonl"), "-o", str(out))
    assert code == 2 and "inputs" in err and "--overwrite" in err
    (src / "p0.txt").write_text(page(0) + "\n更多内容", encoding="utf-8")
    os.utime(src / "p0.txt", ns=(1, 1))
    code, _, err = cli(capsys, str(src), "-o", str(out))
    assert code == 2 and "input files changed" in err
    assert snapshot(out) == before
    code, _, _ = cli(capsys, str(src / "a.jsonl"), "-o", str(out), "--overwrite")
    assert code == 0
    assert {r["id"] for r in shards(out)} == set(range(10))
    assert accounted(out)["files"] == 1
    assert (out / "notes.txt").read_text() == "mine"  # only scrubber's own files go


def test_foreign_folder_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "in")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "thesis.tex").write_text("precious")
    code, _, err = cli(capsys, str(src), "-o", str(tmp_path / "out"), "--overwrite")
    assert code == 2 and "holds no scrubber run" in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["thesis.tex"]


def test_output_folder_is_never_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert cli(capsys, str(src), "-o", str(out))[0] == 0
    shard = sorted(out.glob("*.jsonl.gz"))[0]
    code, _, err = cli(capsys, str(shard), "-o", str(out))
    assert code == 2 and "is in the output folder" in err
    code, _, err = cli(capsys, str(out / "*.jsonl.gz"), "-o", str(out))
    assert code == 2 and "no input files" in err
