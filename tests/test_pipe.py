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
