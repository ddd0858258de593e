"""``scrubber run - -o -``: JSON Lines from stdin to stdout, for shell pipelines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .test_batch import cli, jsonl, records, shards


def scrubber_run(*argv: str, data: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "scrubber", "run", *argv], input=data,
                          capture_output=True, cwd=cwd, timeout=120, check=False)


def without_origin(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for item in items:
        item["scrubber"].pop("origin")
    return items


def test_stdin_to_stdout_matches_a_run(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    items = records(40)
    items[5]["text"] = "© 2024 示例网"  # dropped: nothing left
    data = jsonl(items) + b"{not json\n"
    result = scrubber_run("-", "-o", "-", "--chunk-docs", "7", "-j", "2", data=data,
                          cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    streamed = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert not (tmp_path / "-").exists()  # -o - never makes a folder named '-'
    assert [r["scrubber"]["origin"]["line"] for r in streamed[:3]] == [1, 2, 3]
    assert streamed[0]["scrubber"]["origin"]["file"] == "<stdin>"
    # the same records as a run into OUTDIR (only the origin's file name differs)
    (tmp_path / "a.jsonl").write_bytes(data)
    assert cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"))[0] == 0
    assert without_origin(streamed) == without_origin(shards(tmp_path / "out"))
    err = result.stderr.decode("utf-8")
    assert '"error": "malformed_json"' in err and '"line": 41' in err
    assert "in 41  out 39  dropped 1  failed 1" in err


def test_stream_composes_and_is_quiet(tmp_path: Path) -> None:
    data = jsonl(records(3))
    first = scrubber_run("-", "-o", "-", "-q", data=data, cwd=tmp_path)
    assert first.returncode == 0 and first.stderr == b""
    again = scrubber_run("-", "-o", "-", "-q", "-j", "1", data=first.stdout, cwd=tmp_path)
    texts = [json.loads(line)["text"] for line in again.stdout.splitlines()]
    assert texts == [json.loads(line)["text"] for line in first.stdout.splitlines()]


def test_files_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl(records(2)))
    result = scrubber_run(str(tmp_path / "a.jsonl"), "-o", "-", "-q", data=b"", cwd=tmp_path)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(("argv", "message"), [
    (["-", "-o", "OUT"], "only with -o -"),
    (["-", "-o", "-", "--format", "parquet"], "--format parquet needs OUTDIR"),
    (["-", "-o", "-", "--learn-sites"], "--learn-sites needs OUTDIR"),
])
def test_stream_refusals(tmp_path: Path, argv: list[str], message: str) -> None:
    result = scrubber_run(*argv, data=jsonl(records(1)), cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr.decode("utf-8")
    assert result.stdout == b"" and not (tmp_path / "OUT").exists()


def test_stream_keeps_stdout_for_records_and_warns_on_stderr(tmp_path: Path) -> None:
    """Progress never goes to stdout (even when asked for); a field no record has is warned
    about on stderr, as in a run into OUTDIR; scrub options apply to the stream too."""
    items = records(30)
    result = scrubber_run("-", "-o", "-", "--progress-every", "0.001", "--url-field", "link",
                          "--no-keep-title", "--chunk-docs", "7", data=jsonl(items),
                          cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    streamed = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(streamed) == 30  # every stdout line is a record: no progress line among them
    err = result.stderr.decode("utf-8")
    assert err.count("scrubber run: warning: none of the first 7 JSON records has a 'link' "
                     "field (--url-field)") == 1
    (tmp_path / "a.jsonl").write_bytes(jsonl(items))
    run_dir = tmp_path / "out"
    done = scrubber_run(str(tmp_path / "a.jsonl"), "-o", str(run_dir), "-q", "--url-field",
                        "link", "--no-keep-title", "--chunk-docs", "7", data=b"", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert without_origin(streamed) == without_origin(shards(run_dir))


def test_stream_reports_errors_in_input_order(tmp_path: Path, scrub_fails_on_boom: None
                                             ) -> None:
    """An unreadable page file after one whose scrub fails: their errors come in input order
    on the stream's stderr, as in errors.jsonl (tests/test_batch_progress.py)."""
    import io

    from scrubber.batch import RunConfig
    from scrubber.batch.pipe import stream

    src = tmp_path / "pages"
    src.mkdir()
    (src / "a.txt").write_text("BOOM " + records(1)[0]["text"], encoding="utf-8")
    (src / "b.txt").symlink_to(tmp_path / "missing.txt")  # unreadable
    (src / "c.txt").write_text(records(1)[0]["text"], encoding="utf-8")
    out, err = io.BytesIO(), io.StringIO()
    stats = stream([str(src)], RunConfig(), stdin=io.BytesIO(), stdout=out, stderr=err)
    assert stats["documents_failed"] == 2 and len(out.getvalue().splitlines()) == 1
    failed = [json.loads(line.split("error: ", 1)[1]) for line in err.getvalue().splitlines()]
    assert [(Path(e["file"]).name, e["error"]) for e in failed] == [
        ("a.txt", "scrub_failed"), ("b.txt", "unreadable_file")]
