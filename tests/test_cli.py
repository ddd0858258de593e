"""The command line: clean, explain, --json, errors and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scrubber import Document, scrub
from scrubber.cli import main

from .conftest import SEED, SEEDS


def test_clean_prints_the_clean_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(SEED)]) == 0
    expected = (SEEDS / "000_c241330450b5e125.expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


def test_explain_lists_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--color", "never", str(SEED)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 + len(SEED.read_text(encoding="utf-8").split("\n"))
    assert "related_header" in out[24] and "\x1b[" not in "".join(out)


def test_explain_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--json", str(SEED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["label"] == "title" and rows[0]["number"] == 1
    assert {"number", "text", "label", "reason", "keep", "kept_text"} <= set(rows[0])


def test_missing_file_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "/no/such/page.txt"]) == 1
    assert "no such file" in capsys.readouterr().err


def test_python_dash_m_reads_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scrubber", "clean", "-"], input=SEED.read_bytes(),
        capture_output=True, check=True,
    )
    assert result.stdout.decode("utf-8").startswith("秀洲高新区光伏小镇")


@pytest.mark.parametrize("command", [["clean"], ["explain", "--color", "never"],
                                     ["explain", "--json"]])
def test_output_is_utf8_whatever_stdout_encodes(command: list[str]) -> None:
    # An ASCII stdout (PYTHONIOENCODING=ascii, a C locale on a pipe) raised UnicodeEncodeError
    # at the first Chinese character: nothing written, a traceback, exit status 1.
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "scrubber", *command, str(SEED)],
                            capture_output=True, env=env, check=False)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "秀洲高新区光伏小镇" in result.stdout.decode("utf-8")


def test_output_to_a_latin1_stdout_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    stdout = io.TextIOWrapper(buffer, encoding="latin-1")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["clean", str(SEED)]) == 0
    stdout.flush()
    expected = (SEEDS / "000_c241330450b5e125.expected.txt").read_text(encoding="utf-8")
    assert buffer.getvalue().decode("utf-8") == expected


def _bad_files(folder: Path) -> list[str]:
    """A missing file, a folder and a gzip file, between two good pages."""
    (folder / "dir").mkdir()
    (folder / "page.gz").write_bytes(gzip.compress(b"some text\n"))
    return [str(SEED), str(folder / "missing.txt"), str(folder / "dir"),
            str(folder / "page.gz"), str(SEED)]


@pytest.mark.parametrize("command", [["clean"], ["explain", "--json"]])
def test_a_bad_file_is_reported_and_the_others_go_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    # The first bad file stopped the command: the pages after it were never written.
    assert main([*command, str(SEED)]) == 0
    one = capsys.readouterr().out
    assert main([*command, *_bad_files(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == one * 2
    assert [line.split(": ")[1] for line in captured.err.splitlines()] == [
        str(tmp_path / name) for name in ("missing.txt", "dir", "page.gz")]


def test_a_page_whose_scrub_raises_is_reported(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    # A bug in scrub costs its own page, not the pages after it.
    (tmp_path / "boom.txt").write_text("BOOM", encoding="utf-8")
    def failing(data: str | bytes, *args: Any, **kwargs: Any) -> Document:
        if data == b"BOOM":
            raise RuntimeError("a bug")
        return scrub(data, *args, **kwargs)

    monkeypatch.setattr("scrubber.cli.scrub", failing)
    assert main(["clean", str(tmp_path / "boom.txt"), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("秀洲高新区光伏小镇")
    assert captured.err == f"scrubber: {tmp_path / 'boom.txt'}: cannot scrub: " \
                           "RuntimeError('a bug')\n"
