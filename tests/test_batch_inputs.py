"""Inputs that lost documents without a crash: old Mac line ends (CR only), corrupt gzip
members in the middle of a file, files read twice through links, page files that are not
text. Each document is read once, or accounted for with a reason."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from scrubber.batch.config import RunConfig
from scrubber.batch.pipe import stream
from scrubber.batch.plan import plan
from scrubber.batch.readers import RawDoc, expand_inputs

from .test_batch import accounted, cli, jsonl, records, shards
from .test_batch_spans import both_plans


def cr_only(data: bytes) -> bytes:
    return data.replace(b"\n", b"\r")


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cr_only_json_lines_are_lines(tmp_path: Path, name: str, jobs: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    data = cr_only(jsonl(records(7)))
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    code, _, err = cli(capsys, str(tmp_path / name), "-o", str(tmp_path / "out"),
                       "--chunk-docs", "3", "--jobs", jobs)
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert stats["documents_in"] == 7 and stats["documents_failed"] == 0
    assert [r["id"] for r in shards(tmp_path / "out")] == list(range(7))
    assert [r["scrubber"]["origin"]["line"] for r in shards(tmp_path / "out")] == \
        list(range(1, 8))


@pytest.mark.parametrize("chunk_docs", [1, 2, 100])
def test_cr_only_spans_read_as_shipped_chunks(tmp_path: Path, chunk_docs: int) -> None:
    (tmp_path / "a.jsonl").write_bytes(cr_only(jsonl(records(5))) + b"\r\r{bad\r")
    spans, shipped = both_plans([tmp_path / "a.jsonl"], RunConfig(chunk_docs=chunk_docs))
    assert spans == shipped
    docs = [doc for chunk in spans for doc in chunk[3]]  # type: ignore[attr-defined]
    assert len(docs) == 6 and all(isinstance(doc, RawDoc) for doc in docs)
    assert [doc.line for doc in docs] == [1, 2, 3, 4, 5, 8]


def test_crlf_lines_stay_as_they_are(tmp_path: Path) -> None:
    data = jsonl(records(3)).replace(b"\n", b"\r\n")
    (tmp_path / "a.jsonl").write_bytes(data)
    sources, _ = expand_inputs([str(tmp_path / "a.jsonl")], "/nonexistent-outdir")
    docs = [d for c in plan(sources, RunConfig(), frozenset()) for d in c.docs]
    assert [d.data for d in docs] == data.splitlines(keepends=True)
    assert [d.offset for d in docs] == [0, len(docs[0].data), len(docs[0].data) * 0 +
                                        len(docs[0].data) + len(docs[1].data)]


def test_cr_only_stdin() -> None:
    out, err = io.BytesIO(), io.StringIO()
    stats = stream(["-"], RunConfig(), stdin=io.BytesIO(cr_only(jsonl(records(4)))),
                   stdout=out, stderr=err)
    assert stats["documents_out"] == 4 and not err.getvalue()
    assert len(out.getvalue().splitlines()) == 4
