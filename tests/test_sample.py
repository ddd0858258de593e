"""The labelled sample shipped in tests/data/eval (pages written for the project) and the
benchmarks without ../shared: both work from a fresh clone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scrubber.evaluate import evaluate_file, load_records

from .conftest import ROOT

EVAL_DATA = ROOT / "tests" / "data" / "eval"
SAMPLE = EVAL_DATA / "sample.jsonl"


def test_sample_is_built_from_the_labelled_pages() -> None:
    check = subprocess.run([sys.executable, str(EVAL_DATA / "build_sample.py"), "--check"],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr


def test_sample_is_varied_and_scores() -> None:
    records = load_records(SAMPLE)
    assert {(r["lang"], r["style"]) for r in records} == {
        ("zh", "wet"), ("zh", "dump"), ("en", "wet"), ("en", "dump")}
    assert all(r["title_lines"] and 0 in r["labels"] and 1 in r["labels"] for r in records)
    report = evaluate_file(SAMPLE, jobs=1)
    assert report.summary.pages == len(records) >= 8
    assert 0 < report.summary.lines.f1 <= 1


def bundled_copy(tmp_path: Path) -> Path:
    """The project's bench/ and bundled pages, with no ../shared beside them."""
    project = tmp_path / "project"
    (project / "bench").mkdir(parents=True)
    (project / "tests").mkdir()
    for path in (ROOT / "bench").glob("*.py"):
        (project / "bench" / path.name).write_bytes(path.read_bytes())
    os.symlink(ROOT / "seeds", project / "seeds")
    os.symlink(ROOT / "tests" / "data", project / "tests" / "data")
    return project


def test_benchmarks_without_shared_use_the_bundled_pages(tmp_path: Path) -> None:
    project = bundled_copy(tmp_path)
    batch = subprocess.run([sys.executable, str(project / "bench" / "bench_batch.py"),
                            "--mb", "0.1", "--c-mb", "0.05"],
                           capture_output=True, text=True, check=True).stdout
    assert "eval pages absent" in batch and "not comparable with the targets" in batch
    assert "BELOW TARGET" not in batch and " ok" not in batch
    assert batch.count("not comparable (bundled pages only)") == 3
    sites = subprocess.run([sys.executable, str(project / "bench" / "bench_sites.py"),
                            "--siblings", "2", "--lines", "1000"],
                           capture_output=True, text=True, check=True).stdout
    assert "measuring on the bundled sample" in sites and "sample.jsonl         with" in sites
