"""What ``scrubber run`` tells while it works: progress lines without a terminal, the resume
notice, SIGINT, warnings for fields no record has, the summary; and errors.jsonl's order."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scrubber.batch.progress import Progress
from scrubber.batch.stats import summary

from .conftest import SEED
from .test_batch import accounted, cli, entries, jsonl, page, records, shards


def scrubber_run(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """``scrubber run ARGV`` in a child process: stderr is a pipe, not a terminal."""
    return subprocess.run([sys.executable, "-m", "scrubber", "run", *argv],
                          capture_output=True, text=True, check=False, **kwargs)  # type: ignore


def seed_corpus(folder: Path, documents: int) -> Path:
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (folder / "a.jsonl").write_bytes(jsonl([{"id": i, "url": f"http://example.com/{i}",
                                             "text": text} for i in range(documents)]))
    return folder


def test_log_progress_writes_plain_lines_every_interval() -> None:
    stream = io.StringIO()
    shown = Progress(stream, 4_000_000, every=0.02, documents=10, done=1_000_000)
    shown.advance(5, 1_000_000)
    time.sleep(0.2)
    shown.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 3 and "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()
    assert all(line.startswith("progress: 15 docs  2.0/4.0 MB (50%)  ") for line in lines)
    assert "MB/s  ETA 0:" in lines[-1] and "elapsed 0:00:00" in lines[-1]


def test_terminal_progress_redraws_one_line() -> None:
    stream = io.StringIO()
    shown = Progress(stream, None)
    shown.advance(3, 2_000_000)
    shown.note("a warning")
    shown.close()
    text = stream.getvalue()
    assert text.startswith("\r\x1b[K3 docs  2.0 MB") and "\r\x1b[Ka warning\n" in text
    assert text.endswith("\n")


def test_run_without_a_terminal_logs_progress(tmp_path: Path) -> None:
    src = seed_corpus(tmp_path / "in", 40)
    done = scrubber_run(str(src), "-o", str(tmp_path / "out"), "-j", "1", "--chunk-docs", "5")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines and all(line.startswith("progress: ") for line in lines)
    assert lines[-1].startswith("progress: 40 docs  ") and "\x1b" not in done.stderr
    quiet = scrubber_run(str(src), "-o", str(tmp_path / "out2"), "-q")
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""


def test_resume_says_so_and_counts_the_whole_run(tmp_path: Path) -> None:
    src = seed_corpus(tmp_path / "in", 40)
    out = tmp_path / "out"
    args = [str(src), "-o", str(out), "-j", "1", "--chunk-docs", "5"]
    assert scrubber_run(*args).returncode == 0
    manifest = (out / "manifest.jsonl").read_bytes().splitlines(keepends=True)
    (out / "manifest.jsonl").write_bytes(b"".join(manifest[:3]))  # a crash after 3 commits
    os.remove(out / "stats.json")
    again = scrubber_run(*args)
    assert again.returncode == 0, again.stderr
    size = (src / "a.jsonl").stat().st_size
    done = sum(json.loads(line)["file_bytes"] for line in manifest[:3])
    lines = again.stderr.splitlines()
    assert lines[0] == (f"resuming: 3 chunks done by 1 earlier session (15 documents, "
                        f"{done / 1e6:,.1f} of {size / 1e6:,.1f} MB of input, "
                        f"{done / size:.0%})")
    assert lines[-1].startswith("progress: 40 docs  ")  # the whole run, not this session's 25
    assert accounted(out)["documents_in"] == 40


def test_sigint_stops_with_how_to_resume(tmp_path: Path) -> None:
    src = seed_corpus(tmp_path / "in", 800)
    out = tmp_path / "out"
    args = [str(src), "-o", str(out), "-j", "2", "--chunk-docs", "5"]
    child = subprocess.Popen([sys.executable, "-m", "scrubber", "run", *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 60
    while not (manifest.exists() and manifest.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, err
    assert "scrubber run: interrupted; " in err and "run the same command again to resume" in err
    assert "Traceback" not in err and not (out / "stats.json").exists()
    committed = len(manifest.read_bytes().splitlines())
    assert f"{committed:,} chunks (" in err
    again = scrubber_run(*args)
    assert again.returncode == 0 and "resuming: " in again.stderr
    stats = accounted(out)
    assert stats["documents_in"] == 800 and stats["sessions"] == 2


def test_field_no_record_has_is_warned_after_the_first_chunk(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl([{"id": i, "body": page(i)} for i in range(12)]))
    code, _, err = cli(capsys, str(src), "-o", str(tmp_path / "a"), "-q", "--chunk-docs", "5")
    assert code == 0
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert warnings == [
        "scrubber run: warning: none of the first 5 JSON records has a 'text' field "
        "(--text-field); fields seen: body, id",
        "scrubber run: warning: none of the first 5 JSON records has a 'url' field "
        "(--url-field); fields seen: body, id"]
    code, _, err = cli(capsys, str(src), "-o", str(tmp_path / "b"), "-q", "--text-field",
                       "body", "--url-field", "link")
    assert code == 0 and "'link' field (--url-field)" in err and "--text-field" not in err
    assert len(shards(tmp_path / "b")) == 12
    good = tmp_path / "good.jsonl"
    good.write_bytes(jsonl(records(3)))
    assert "warning" not in cli(capsys, str(good), "-o", str(tmp_path / "c"), "-q")[2]


def test_errors_keep_input_order_when_a_file_is_cut_short(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = gzip.compress(jsonl(records(2)) + b"{bad\n" + jsonl(records(400, 2)), mtime=0)
    (tmp_path / "in.jsonl.gz").write_bytes(data[: len(data) // 2])
    code, _, _ = cli(capsys, str(tmp_path / "in.jsonl.gz"), "-o", str(tmp_path / "out"))
    assert code == 0
    errors = entries(tmp_path / "out" / "errors.jsonl")
    assert [e["error"] for e in errors] == ["malformed_json", "truncated_file"]
    assert errors[0]["line"] == 3 and errors[1]["line"] > 3


def test_errors_keep_input_order_in_a_group_of_page_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], scrub_fails_on_boom: None) -> None:
    src = tmp_path / "pages"
    src.mkdir()
    (src / "a.txt").write_text("BOOM " + page(0), encoding="utf-8")
    (src / "b.txt").symlink_to(tmp_path / "missing.txt")  # unreadable
    (src / "c.txt").write_text(page(2), encoding="utf-8")
    code, _, _ = cli(capsys, str(src), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0
    errors = entries(tmp_path / "out" / "errors.jsonl")
    assert [(Path(e["file"]).name, e["error"]) for e in errors] == [
        ("a.txt", "scrub_failed"), ("b.txt", "unreadable_file")]


def test_summary_lists_every_failure_and_says_what_it_leaves_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = [b"{bad\n", b"[1]\n", b'{"id": 1}\n', b'{"text": 5}\n', b'{"text": "\xff"}\n']
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(bad) + jsonl(records(3)) + jsonl([{"text": "首页 | 新闻"}])
                    + jsonl([{"text": SEED.read_text(encoding="utf-8")}]))
    code, out, _ = cli(capsys, str(src), "-o", str(tmp_path / "out"))
    stats = accounted(tmp_path / "out")
    assert code == 0 and len(stats["failed_by_error"]) == 5
    row = next(line for line in out.splitlines() if line.startswith("failed"))
    for error in ("malformed_json", "not_an_object", "missing_text", "text_not_string",
                  "undecodable"):
        assert f"{error} 1" in row
    assert "no_content 1" in next(line for line in out.splitlines()
                                  if line.startswith("dropped"))
    reasons = next(line for line in out.splitlines() if line.startswith("reasons"))
    assert f"(+{len(stats['removed_by_reason']) - 5} more in stats.json)" in reasons
    assert summary(stats, str(tmp_path / "out")) == out


def test_site_counting_logs_progress_too(tmp_path: Path) -> None:
    src = seed_corpus(tmp_path / "in", 12)
    stats = subprocess.run([sys.executable, "-m", "scrubber", "stats", str(src), "-o",
                            str(tmp_path / "s.json.gz")], capture_output=True, text=True,
                           check=False)
    assert stats.returncode == 0, stats.stderr
    assert stats.stderr.splitlines()[-1].startswith("progress: counting sites  12 docs  ")
    learned = scrubber_run(str(src), "-o", str(tmp_path / "out"), "--learn-sites", "-j", "1")
    lines = learned.stderr.splitlines()
    assert learned.returncode == 0 and "\x1b" not in learned.stderr
    assert lines[0].startswith("progress: counting sites  12 docs  ")
    assert lines[-1].startswith("progress: 12 docs  ")


def test_a_failure_message_is_cut_to_a_readable_length(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """A UnicodeError's repr holds the whole text it failed on: errors.jsonl gives its start
    and how much more there was, not the page; the other documents are written."""
    import scrubber.batch.records as records_module

    real = records_module.scrub

    def failing(text: str | bytes, *args: object, **kwargs: object) -> object:
        if "BOOM" in str(text):
            raise UnicodeEncodeError("utf-8", str(text), 0, 1, "surrogates not allowed")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(records_module, "scrub", failing)
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl([{"text": "BOOM " + page(0) * 20}]) + jsonl(records(2)))
    code, _, _ = cli(capsys, str(src), "-o", str(tmp_path / "out"))
    assert code == 0
    [error] = entries(tmp_path / "out" / "errors.jsonl")
    assert error["error"] == "scrub_failed" and error["message"].startswith("UnicodeEncodeError(")
    assert len(error["message"]) < 600 and error["message"].endswith("more characters)")
    assert len(shards(tmp_path / "out")) == 2
