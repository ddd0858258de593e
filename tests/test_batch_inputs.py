"""Inputs that lost documents without a crash: old Mac line ends (CR only), corrupt gzip
members in the middle of a file, files read twice through links, page files that are not
text. Each document is read once, or accounted for with a reason."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from scrubber import scrub
from scrubber.batch.config import RunConfig
from scrubber.batch.pipe import stream
from scrubber.batch.plan import plan
from scrubber.batch.readers import RawDoc, expand_inputs
from scrubber.sniff import container

from .test_batch import accounted, cli, entries, jsonl, page, records, shards, wet
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


# --- corrupt gzip members ----------------------------------------------------------------------


def members(parts: list[bytes], bad: int, fault: str) -> bytes:
    """``parts`` gzipped one member each; member ``bad`` corrupt: its deflate data invalid
    from its first byte ("data"), or intact but with a wrong CRC ("crc")."""
    out = []
    for i, part in enumerate(parts):
        member = bytearray(gzip.compress(part, mtime=0))
        if i == bad and fault == "data":
            member[10] = 0x07  # a final block of the reserved type 11: invalid at once
        elif i == bad:
            member[-8] ^= 0xFF  # the CRC-32 of the trailer
        out.append(bytes(member))
    return b"".join(out)


@pytest.mark.parametrize("fault", ["data", "crc"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corrupt_member_of_a_jsonl_gz_costs_only_its_records(
        tmp_path: Path, fault: str, jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    parts = [jsonl(records(3, start)) for start in range(0, 15, 3)]
    (tmp_path / "in.jsonl.gz").write_bytes(members(parts, 2, fault) + b"\x00" * 8)
    code, _, err = cli(capsys, str(tmp_path / "in.jsonl.gz"), "-o", str(tmp_path / "out"),
                       "--chunk-docs", "4", "--jobs", jobs)
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert [r["id"] for r in shards(tmp_path / "out")] == [0, 1, 2, 3, 4, 5, 9, 10, 11, 12,
                                                          13, 14]
    [error] = entries(tmp_path / "out" / "errors.jsonl")
    assert error["error"] == "corrupt_file" and "gzip member" in error["message"]
    assert stats["documents_failed"] == 1


def scrub_text(text: str) -> str:
    return scrub(text).text


def wet_members(n: int) -> list[bytes]:
    data = wet([(f"http://example.com/{i}", page(i)) for i in range(n)])
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.0\r\n", i)]
    return [data[a:b] for a, b in zip(starts, [*starts[1:], len(data)], strict=True)]


@pytest.mark.parametrize("fault", ["data", "crc"])
def test_corrupt_member_of_a_warc_gz_costs_only_its_record(
        tmp_path: Path, fault: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    parts = wet_members(5)  # warcinfo, then conversions 0-4
    (tmp_path / "in.warc.gz").write_bytes(members(parts, 3, fault))
    code, _, err = cli(capsys, str(tmp_path / "in.warc.gz"), "-o", str(tmp_path / "out"))
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert [r["url"] for r in shards(tmp_path / "out")] == [
        f"http://example.com/{i}" for i in (0, 1, 3, 4)]
    assert all(not any(c in r["text"] for c in "\ufffd") for r in shards(tmp_path / "out"))
    [error] = entries(tmp_path / "out" / "errors.jsonl")
    assert error["error"] == "corrupt_file" and "gzip member" in error["message"]
    assert stats["documents_failed"] == 1


def test_a_file_that_is_not_gzip_is_one_error(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.jsonl.gz").write_bytes(jsonl(records(3)))
    (tmp_path / "good.jsonl").write_bytes(jsonl(records(2)))
    assert cli(capsys, str(tmp_path / "in.jsonl.gz"), str(tmp_path / "good.jsonl"),
               "-o", str(tmp_path / "out"))[0] == 0
    stats = accounted(tmp_path / "out")
    assert stats["failed_by_error"] == {"corrupt_file": 1} and stats["documents_out"] == 2


@pytest.mark.parametrize("bad", [1, 3, 6])
def test_a_corrupt_member_inside_a_warc_record_fails_it_not_glues_it(
        tmp_path: Path, bad: int, capsys: pytest.CaptureFixture[str]) -> None:
    """Members that do not follow records (a writer flushing every 300 bytes): the record a
    corrupt member was in is not written with the next member's bytes glued on."""
    pytest.importorskip("fastwarc")
    data = b"".join(wet_members(5))
    parts = [data[i:i + 300] for i in range(0, len(data), 300)]
    (tmp_path / "in.warc.gz").write_bytes(members(parts, bad, "data"))
    (tmp_path / "good.jsonl").write_bytes(jsonl(records(1)))
    code, _, err = cli(capsys, str(tmp_path / "in.warc.gz"), str(tmp_path / "good.jsonl"),
                       "-o", str(tmp_path / "out"))
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    got = [r for r in shards(tmp_path / "out") if "url" in r and r["id"] != 0]
    assert stats["documents_failed"] >= 1
    for record in got:
        i = int(record["url"].rsplit("/", 1)[1])
        assert record["text"] == scrub_text(page(i)), record["url"]


# --- a file read twice through links -----------------------------------------------------------


def test_links_to_one_file_are_read_once_and_counted(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.jsonl").write_bytes(jsonl(records(3)))
    (corpus / "a-link.jsonl").symlink_to(corpus / "b.jsonl")  # before the file, sorted
    (corpus / "c-link.jsonl").symlink_to("b.jsonl")
    (tmp_path / "elsewhere.jsonl").symlink_to(corpus / "b.jsonl")
    code, out, err = cli(capsys, str(corpus), str(tmp_path / "elsewhere.jsonl"),
                       str(corpus / "b.jsonl"), "-o", str(tmp_path / "out"))
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert stats["documents_in"] == 3 and stats["files"] == 1
    assert [r["scrubber"]["origin"]["file"] for r in shards(tmp_path / "out")] == \
        [str(corpus / "a-link.jsonl")] * 3
    assert stats["files_skipped"] == 4  # b.jsonl and c-link in the folder, then both named
    assert stats["files_skipped_by_reason"] == {"duplicate": 4}
    assert "duplicate 4" in out + err


def test_reasons_for_skipped_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl(records(1)))
    (tmp_path / "b.jsonl").symlink_to(tmp_path / "a.jsonl")
    (tmp_path / "notes.md").write_text("x")
    sources, skipped = expand_inputs([str(tmp_path)], "/nonexistent-outdir")
    assert [s.path for s in sources] == [str(tmp_path / "a.jsonl")]
    assert [(s.path, s.reason) for s in skipped] == [(str(tmp_path / "b.jsonl"), "duplicate"),
                                                     (str(tmp_path / "notes.md"),
                                                      "unknown_kind")]


# --- page files that are not text --------------------------------------------------------------


def test_page_files_that_are_not_text_are_errors(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """As ``scrubber clean`` refuses them (``sniff.container``): they were scrubbed as text,
    garbage kept with a decoding warning."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(page(0), encoding="utf-8")
    (pages / "b.txt").write_bytes(gzip.compress(page(1).encode()))
    (pages / "c.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>")
    (pages / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40))
    (pages / "e.txt").write_text(page(4), encoding="utf-16")
    (pages / "f.txt").write_bytes(page(5).replace("\n", "\x00\n", 1).encode())  # a stray NUL
    code, _, err = cli(capsys, str(pages), "-o", str(tmp_path / "out"), "--chunk-docs", "2")
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert [r["id"] for r in shards(tmp_path / "out")] == [str(pages / n) for n in
                                                          ("a.txt", "e.txt", "f.txt")]
    assert stats["failed_by_error"] == {"not_text": 3}
    found = {e["file"]: e["message"] for e in entries(tmp_path / "out" / "errors.jsonl")}
    assert "gzip-compressed data" in found[str(pages / "b.txt")]
    assert "a PDF document" in found[str(pages / "c.txt")]
    assert "a PNG image" in found[str(pages / "d.txt")]
    assert [e["file"] for e in entries(tmp_path / "out" / "errors.jsonl")] == sorted(found)


@pytest.mark.parametrize("data", [b"a page\x00 with a stray NUL\n" + "正文".encode() * 200,
                                  "\ufeff\x00标题\n正文".encode("utf-16-le"),
                                  ("正文\n" * 100 + "\x00\x00\x00").encode()])
def test_text_with_nul_bytes_is_text(data: bytes) -> None:
    """NUL is kept in its line (docs/robustness.md): a page holding a few is no binary
    data, for ``clean`` or ``run``."""
    assert container(data) is None
    assert container(bytes(range(256)) * 4) == "binary data"


@pytest.mark.parametrize("data", [b"\xff\xd8\xff", b"\xff\xd8\xff\xe0" + bytes(range(256))])
def test_bytes_chardet_names_no_encoding_for_decode(data: bytes) -> None:
    """chardet 7 answers ``encoding: None`` with confidence 1.0 for a JPEG's bytes: decode
    raised LookupError('unknown encoding: ') for them (a page file, a JSON field's bytes)."""
    doc = scrub(data)
    assert doc.encoding and any("U+FFFD" in w or "not detected" in w for w in doc.warnings)
