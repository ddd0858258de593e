"""``scrubber run`` and ``scrub_records``: input kinds, output format, accounting, errors.

Resuming, refusal and ``--overwrite`` are in ``test_batch_resume.py``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import pickle
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scrubber import Options, scrub
from scrubber.batch import RunConfig, scrub_records
from scrubber.batch.config import UsageError
from scrubber.batch.progress import Progress
from scrubber.batch.runner import run
from scrubber.cli import build_parser

SEED = Path(__file__).parent.parent / "seeds" / "000_c241330450b5e125.txt"


def page(i: int) -> str:
    """A small page: a menu, one article sentence, a footer."""
    return (f"首页 | 新闻 | 体育\n第{i}篇报道：这是一段足够长的正文内容，用来说明清洗之后保留"
            "下来的是文章本身的段落。\n版权所有 © 2024 示例网")


def records(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"id": i, "url": f"http://example.com/{i}", "lang": "zh", "text": page(i)}
            for i in range(start, start + n)]


def jsonl(items: list[Any]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in items)


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``scrubber run ARGV`` in-process: exit code, stdout, stderr."""
    args = build_parser().parse_args(["run", *argv])
    out = io.StringIO()
    code = args.func(args, out)
    return code, out.getvalue(), capsys.readouterr().err


def shards(outdir: Path) -> list[dict[str, Any]]:
    """Every output record, in shard-name order."""
    found = []
    for path in sorted(outdir.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            found += [json.loads(line) for line in handle]
    return found


def entries(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def accounted(outdir: Path) -> dict[str, Any]:
    """stats.json, after checking that every document is written, dropped or failed once."""
    stats: dict[str, Any] = json.loads((outdir / "stats.json").read_text())
    assert stats["complete"] is True
    assert stats["documents_in"] == (stats["documents_out"] + stats["documents_dropped"]
                                     + stats["documents_failed"])
    assert len(shards(outdir)) == stats["documents_out"]
    assert len(entries(outdir / "dropped.jsonl")) == stats["documents_dropped"]
    assert len(entries(outdir / "errors.jsonl")) == stats["documents_failed"]
    for key in ("documents_in", "documents_out", "documents_dropped", "documents_failed",
                "bytes_in", "bytes_out"):
        assert isinstance(stats[key], int)
    assert stats["docs_per_s"] > 0 and stats["mb_per_s"] > 0
    return stats


def wet(pages: list[tuple[str, str]]) -> bytes:
    """A WET file: a warcinfo record, then one conversion record per (url, text)."""
    def record(kind: str, body: bytes, url: str | None = None) -> bytes:
        head = ["WARC/1.0", f"WARC-Type: {kind}", f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
                "WARC-Date: 2024-05-01T00:00:00Z", "Content-Type: text/plain",
                f"Content-Length: {len(body)}"]
        if url:
            head.append(f"WARC-Target-URI: {url}")
        return ("\r\n".join(head) + "\r\n\r\n").encode() + body + b"\r\n\r\n"

    return record("warcinfo", b"software: test\r\n") + b"".join(
        record("conversion", text.encode(), url) for url, text in pages)


# --- input kinds -------------------------------------------------------------------------------


def test_txt_folder_recursed_sorted_with_path_ids(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "pages"
    (src / "b").mkdir(parents=True)
    (src / "b" / "2.txt").write_text(page(2), encoding="utf-8")
    (src / "a.txt").write_text(page(1), encoding="utf-8")
    (src / "c.txt").write_bytes(page(3).encode("gb18030"))
    (src / "notes.md").write_text("not a page")
    code, out, _ = cli(capsys, str(src), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0 and "documents" in out
    got = shards(tmp_path / "out")
    assert [r["id"] for r in got] == [str(src / "a.txt"), str(src / "b" / "2.txt"),
                                      str(src / "c.txt")]
    assert got[0]["text"].startswith("第1篇报道")
    assert got[2]["metadata"]["encoding"] == "gb18030"
    stats = accounted(tmp_path / "out")
    assert stats["files"] == 3 and stats["files_skipped"] == 1


def test_folder_follows_linked_folders_once(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A link to a folder elsewhere (shards kept on another disk) is read like a folder: its
    files were left out without a word (os.walk does not follow links). A link back into the
    folder (or to a folder already read) is not read twice, and a link loop ends."""
    src, elsewhere = tmp_path / "pages", tmp_path / "elsewhere"
    (src / "real").mkdir(parents=True)
    elsewhere.mkdir()
    (src / "real" / "1.txt").write_text(page(1), encoding="utf-8")
    (elsewhere / "2.jsonl").write_bytes(jsonl(records(2)))
    (elsewhere / "loop").symlink_to(elsewhere)
    (src / "linked").symlink_to(elsewhere)
    (src / "again").symlink_to(elsewhere)
    (src / "inside").symlink_to(src / "real")
    code, _, err = cli(capsys, str(src), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert stats["files"] == 2 and stats["documents_out"] == 3
    assert [r["id"] for r in shards(tmp_path / "out")] == [0, 1, str(src / "real" / "1.txt")]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_jsonl_kinds_pass_fields_through(tmp_path: Path, suffix: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    data = jsonl(records(3))
    if suffix == ".jsonl.gz":
        data = gzip.compress(data)
    elif suffix == ".jsonl.zst":
        zstandard = pytest.importorskip("zstandard")
        data = zstandard.ZstdCompressor().compress(data)
    path = tmp_path / f"corpus{suffix}"
    path.write_bytes(data)
    assert cli(capsys, str(path), "-o", str(tmp_path / "out"), "-j", "1")[0] == 0
    got = shards(tmp_path / "out")
    assert [r["id"] for r in got] == [0, 1, 2]
    first, doc = got[0], scrub(page(0))
    assert list(first)[:4] == ["id", "url", "lang", "text"]  # fields in place, text replaced
    assert first["text"] == doc.text == page(0).split("\n")[1]
    assert first["metadata"] == {**doc.metadata.to_dict(), "encoding": None, "lang": doc.lang}
    removed = first["scrubber"]["removed"]
    assert removed == [{"number": v.number, "label": v.label, "reason": v.reason}
                       for v in doc.removed]
    assert [r["number"] for r in removed] == [1, 3]
    assert first["scrubber"]["labels"] == doc.label_counts
    assert first["scrubber"]["origin"] == {"file": str(path), "line": 1, "offset": 0}
    accounted(tmp_path / "out")


def test_custom_field_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(jsonl([{"doc": "x", "body": page(1)}]))
    code, _, _ = cli(capsys, str(path), "-o", str(tmp_path / "out"), "-j", "1",
                     "--text-field", "body", "--id-field", "doc")
    assert code == 0
    assert shards(tmp_path / "out")[0]["body"].startswith("第1篇报道")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl.warc.wet.gz"])
def test_warc_wet(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    data = wet([(f"http://example.com/{i}", page(i)) for i in range(3)])
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert cli(capsys, str(tmp_path / name), "-o", str(tmp_path / "out"), "-j", "1")[0] == 0
    got = shards(tmp_path / "out")
    assert [r["url"] for r in got] == [f"http://example.com/{i}" for i in range(3)]
    assert all(r["id"].startswith("<urn:uuid:") for r in got)
    assert got[1]["text"].startswith("第1篇报道")
    stats = accounted(tmp_path / "out")
    assert stats["records_skipped"] == {"warcinfo": 1}


def test_warc_truncated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    data = wet([(f"http://example.com/{i}", page(i)) for i in range(6)])
    (tmp_path / "cut.warc").write_bytes(data[: len(data) * 2 // 3])
    assert cli(capsys, str(tmp_path / "cut.warc"), "-o", str(tmp_path / "out"))[0] == 0
    stats = accounted(tmp_path / "out")
    assert stats["documents_out"] >= 2
    assert stats["failed_by_error"] == {"truncated_file": 1}


@pytest.mark.parametrize("fault", ["garbage", "content_length", "lf_only"])
def test_warc_that_cannot_be_parsed_is_an_error_not_a_crash(
        fault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record FastWARC cannot parse (junk between records, a Content-Length that points
    into the next record, LF line ends that glue records into one header) ends its file with a
    ``corrupt_file`` error after the records before it; the other files are read and the run
    completes (it stopped with exit code 1, again on every resume)."""
    pytest.importorskip("fastwarc")
    data = wet([(f"http://example.com/{i}", page(i)) for i in range(4)])
    cut = data.index(b"WARC/1.0", data.index(b"conversion") + 1)  # the second conversion
    if fault == "garbage":
        data = data[:cut] + b"junk that is no WARC header\r\n\r\n" + data[cut:]
    elif fault == "content_length":
        head = data.rindex(b"Content-Length: ", 0, cut)
        end = data.index(b"\r\n", head)
        data = data[:head] + f"Content-Length: {int(data[head + 16:end]) + 40}".encode() \
            + data[end:]
    else:
        data = data[:cut] + data[cut:].replace(b"\r\n", b"\n")
    (tmp_path / "bad.warc").write_bytes(data)
    (tmp_path / "good.jsonl").write_bytes(jsonl(records(2)))
    code, _, err = cli(capsys, str(tmp_path / "bad.warc"), str(tmp_path / "good.jsonl"),
                       "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert stats["failed_by_error"] == {"corrupt_file": 1}
    urls = [r["url"] for r in shards(tmp_path / "out")]
    assert urls[:1] == ["http://example.com/0"] and urls[-2:] == [
        "http://example.com/0", "http://example.com/1"]
    [error] = entries(tmp_path / "out" / "errors.jsonl")
    assert error["file"] == str(tmp_path / "bad.warc") and "WARC" in error["message"]


def test_warc_needs_fastwarc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.warc.gz").write_bytes(b"")
    monkeypatch.setitem(sys.modules, "fastwarc", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r"pip install 'scrubber-text\[warc\]'"):
        run([str(tmp_path / "a.warc.gz")], str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()


def test_unknown_or_missing_input_is_refused(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.csv").write_text("a,b")
    code, _, err = cli(capsys, str(tmp_path / "x.csv"), "-o", str(tmp_path / "out"))
    assert code == 2 and "unknown kind of file" in err
    code, _, err = cli(capsys, str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out"))
    assert code == 2 and "no such file" in err
    code, _, err = cli(capsys, str(tmp_path / "*.jsonl"), "-o", str(tmp_path / "out"))
    assert code == 2 and "no file matches" in err


# --- nothing lost ------------------------------------------------------------------------------


def test_errors_are_recorded_with_where(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    lines = [jsonl(records(1)), b"{broken\n", b'{"id": 7}\n', b'{"id": 8, "text": 3}\n',
             b"[1, 2]\n", b'{"id": 9, "text": "\xff\xfe"}\n', b"\n", jsonl(records(1, 10))]
    (tmp_path / "a.jsonl").write_bytes(b"".join(lines))
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")  # cannot be read
    code, _, _ = cli(capsys, str(tmp_path), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0
    stats = accounted(tmp_path / "out")
    assert stats["documents_in"] == 8 and stats["documents_out"] == 2
    errors = entries(tmp_path / "out" / "errors.jsonl")
    assert [(e["error"], e["line"], e["id"]) for e in errors] == [
        ("malformed_json", 2, None), ("missing_text", 3, 7), ("text_not_string", 4, 8),
        ("not_an_object", 5, None), ("undecodable", 6, None), ("unreadable_file", None, None)]
    assert errors[0]["file"] == str(tmp_path / "a.jsonl")
    assert errors[-1]["file"] == str(tmp_path / "gone.jsonl")
    assert all(e["message"] for e in errors)


def test_lone_surrogate_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = json.dumps({"id": 1, "text": page(1).replace("。", "\ud800。")}).encode()
    (tmp_path / "a.jsonl").write_bytes(line + b"\n")
    assert cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"))[0] == 0
    [record] = shards(tmp_path / "out")
    assert "\ud800" in record["text"]


def test_truncated_gzip_keeps_records_before_the_break(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = gzip.compress(jsonl(records(400)))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    assert cli(capsys, str(tmp_path / "cut.jsonl.gz"), "-o", str(tmp_path / "out"))[0] == 0
    stats = accounted(tmp_path / "out")
    got = shards(tmp_path / "out")
    assert 0 < len(got) < 400
    assert [r["id"] for r in got] == list(range(len(got)))
    [error] = entries(tmp_path / "out" / "errors.jsonl")
    assert error["error"] == "truncated_file" and error["line"] == len(got) + 1
    assert stats["documents_failed"] == 1


def test_empty_documents_dropped_or_kept(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    items = [*records(1), {"id": "blank", "text": "  \n"}, {"id": "menu", "text": "首页 | 新闻"}]
    (tmp_path / "a.jsonl").write_bytes(jsonl(items))
    assert cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"))[0] == 0
    stats = accounted(tmp_path / "out")
    assert stats["dropped_by_reason"] == {"empty_input": 1, "no_content": 1}
    dropped = entries(tmp_path / "out" / "dropped.jsonl")
    assert [(d["id"], d["reason"], d["line"]) for d in dropped] == [
        ("blank", "empty_input", 2), ("menu", "no_content", 3)]
    code, _, _ = cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "kept"),
                     "--keep-empty")
    assert code == 0
    kept = shards(tmp_path / "kept")
    assert [(r["id"], r["text"]) for r in kept][1:] == [("blank", ""), ("menu", "")]
    assert accounted(tmp_path / "kept")["documents_dropped"] == 0


# --- all cores ---------------------------------------------------------------------------------


def test_output_identical_whatever_jobs(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(jsonl(records(17)) + b"{bad\n")
    (tmp_path / "in" / "b.jsonl.gz").write_bytes(gzip.compress(jsonl(records(9, 100))))
    for i in range(5):
        (tmp_path / "in" / f"p{i}.txt").write_text(page(i), encoding="utf-8")
    made = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, _, _ = cli(capsys, str(tmp_path / "in"), "-o", str(out), "-j", jobs,
                         "--chunk-docs", "3")
        assert code == 0
        accounted(out)
        made[jobs] = {p.name: p.read_bytes() for p in out.iterdir()
                      if p.name.endswith(".gz") or p.name in ("errors.jsonl", "dropped.jsonl")}
    assert len([n for n in made["1"] if n.endswith(".gz")]) == 6 + 3 + 2
    assert made["1"] == made["2"]


def test_gzip_level_changes_shard_bytes_not_records(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl(records(12)))
    made = {}
    for level in ("1", "9"):
        out = tmp_path / f"out{level}"
        code, _, _ = cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(out), "--gzip-level", level)
        assert code == 0
        made[level] = (shards(out), sum(p.stat().st_size for p in out.glob("*.jsonl.gz")))
    assert made["1"][0] == made["9"][0]
    assert made["1"][1] > made["9"][1]
    # Not part of the run's fingerprint: the same run with another level is complete, not refused.
    code, said, _ = cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out1"),
                        "--gzip-level", "6")
    assert code == 0 and "already complete" in said
    with pytest.raises(ValueError, match="gzip_level"):
        RunConfig(gzip_level=10)


# --- Python API --------------------------------------------------------------------------------


def test_scrub_records_is_lazy() -> None:
    pulled = []

    def source() -> Iterator[dict[str, Any]]:
        for record in [*records(2), {"id": "bad"}]:
            pulled.append(record["id"])
            yield record

    out = scrub_records(source(), keep_title=False)
    assert pulled == []
    first = next(out)
    assert pulled == [0] and first["id"] == 0 and first["text"].startswith("第0篇报道")
    assert next(out)["id"] == 1
    bad = next(out)
    assert bad == {"id": "bad", "scrubber": {"error": {"kind": "missing_text",
                                                        "message": "no 'text' field"}}}


BAD_RECORDS: list[Any] = [{"id": "none", "text": None}, {"id": "int", "text": 7},
                          {"id": "missing"}, ["not", "a", "mapping"]]


def test_scrub_records_goes_on_after_bad_records() -> None:
    """Every input gives one output, in order; the bad ones are error records, and every
    good record after them is still scrubbed (nothing lost: in = out)."""
    good = records(3)
    mixed = [good[0], *BAD_RECORDS, good[1], good[2]]
    out = list(scrub_records(iter(mixed)))
    assert len(out) == len(mixed)
    kinds = [o["scrubber"].get("error", {}).get("kind") for o in out]
    assert kinds == [None, "text_not_string", "text_not_string", "missing_text",
                     "not_an_object", None, None]
    assert [o.get("id") for o in out if "error" not in o["scrubber"]] == [0, 1, 2]
    assert out[4] == {"record": ["not", "a", "mapping"],
                      "scrubber": {"error": {"kind": "not_an_object",
                                             "message": "a list, not a mapping"}}}


@pytest.mark.parametrize("url", ["http://[::1", "http://[zz]/a", "https://[::1]]/x"])
def test_a_malformed_url_costs_its_hints_not_the_document(
        url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A URL field urlsplit refuses (an unclosed or bad IPv6 bracket: scraped data holds
    them) made scrub raise ValueError in its URL hints, so the document failed as
    scrub_failed (lost). It is scrubbed without the hints; the field passes through."""
    items = records(2)
    items[0]["url"] = url
    (tmp_path / "a.jsonl").write_bytes(jsonl(items))
    code, _, err = cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"))
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert stats["documents_out"] == 2 and stats["documents_failed"] == 0
    assert shards(tmp_path / "out")[0]["url"] == url
    assert "error" not in next(scrub_records(items[:1]))["scrubber"]


def test_scrub_records_on_error_callback() -> None:
    good = records(2)
    told: list[tuple[int, str]] = []
    out = list(scrub_records([good[0], *BAD_RECORDS, good[1]],
                             on_error=lambda i, rec, err: told.append((i, err.kind))))
    assert [o["id"] for o in out] == [0, 1]
    assert told == [(1, "text_not_string"), (2, "text_not_string"), (3, "missing_text"),
                    (4, "not_an_object")]
    assert len(out) + len(told) == len(BAD_RECORDS) + 2  # in = out + failed


def test_scrub_records_checks_options_at_once() -> None:
    with pytest.raises(TypeError):
        scrub_records([], no_such_option=1)


def test_options_and_config_pickle() -> None:
    options = Options(keywords=(("ad", ("赞助商",)),), splice_max_overlap=None)
    assert pickle.loads(pickle.dumps(options)) == options
    config = RunConfig(options=options, chunk_docs=7)
    assert pickle.loads(pickle.dumps(config)) == config


def test_progress_line_has_rate_and_eta() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=10_000_000)
    progress.advance(documents=12, file_bytes=2_000_000)
    progress.close()
    text = stream.getvalue()
    assert "12 docs" in text and "2.0/10.0 MB" in text and "MB/s" in text and "ETA" in text


def test_seed_page_in_a_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = cli(capsys, str(SEED), "-o", str(tmp_path / "out"), "-q")
    assert code == 0
    [record] = shards(tmp_path / "out")
    assert record["text"] == scrub(SEED.read_bytes()).text
    assert os.path.exists(tmp_path / "out" / "stats.json")
