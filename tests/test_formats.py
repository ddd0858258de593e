"""Input formats of ``scrubber run``: Parquet in and out, compressed JSON Lines, dotted field
paths, skipped files named."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from scrubber.batch import RunConfig
from scrubber.batch.config import Fields
from scrubber.batch.runner import run
from scrubber.batch.stats import summary

from .test_batch import accounted, cli, jsonl, records, shards


def parquet_records(outdir: Path) -> list[dict[str, Any]]:
    from scrubber.batch.parquet import read_records

    found = []
    for path in sorted(outdir.glob("*.parquet")):
        found += read_records(str(path))
    return found


def nested(n: int) -> list[dict[str, Any]]:
    """Records whose URL and text sit inside objects (Parquet structs)."""
    return [{"doc_id": f"d{r['id']}", "meta": {"url": r["url"], "lang": "zh"},
             "body": {"text": r["text"]}} for r in records(n)]


def write_parquet(path: Path, rows: list[dict[str, Any]], row_group_size: int) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), str(path), row_group_size=row_group_size)


def test_compressed_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = jsonl(records(4))
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.json.gz").write_bytes(gzip.compress(data))
    (inputs / "b.ndjson").write_bytes(data)
    (inputs / "c.jsonl.bz2").write_bytes(bz2.compress(data))
    (inputs / "d.jsonl.xz").write_bytes(lzma.compress(data))
    (inputs / "notes.md").write_text("not an input")
    (inputs / "image.png").write_bytes(b"\x89PNG")
    code, out, _ = cli(capsys, str(inputs), "-o", str(tmp_path / "out"))
    assert code == 0
    stats = accounted(tmp_path / "out")
    assert stats["documents_out"] == 16 and stats["files"] == 4
    texts = [r["text"] for r in shards(tmp_path / "out")]
    assert texts == [r["text"] for r in shards(tmp_path / "out")[:4]] * 4
    # the skipped files are named, in the summary and in stats.json
    assert stats["files_skipped"] == 2
    assert sorted(stats["files_skipped_names"]) == sorted(
        [str(inputs / "image.png"), str(inputs / "notes.md")])
    assert "image.png" in out and "notes.md" in out


def test_file_names_that_are_not_utf8(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A page file and a skipped file whose names are not UTF-8 (lone surrogates in Python):
    the run completes, every file of the run names them as JSON escapes, and the summary can
    be written to a strict UTF-8 stream. (stats.json could not be written: the run stopped at
    its very end, on every resume.)"""
    inputs = tmp_path / "in"
    inputs.mkdir()
    page_name, other_name = os.fsdecode(b"page\xff.txt"), os.fsdecode(b"notes\xfe.md")
    (inputs / page_name).write_text(records(1)[0]["text"], encoding="utf-8")
    (inputs / other_name).write_text("not an input")
    code, out, err = cli(capsys, str(inputs), "-o", str(tmp_path / "out"))
    assert code == 0, err
    stats = accounted(tmp_path / "out")
    assert stats["documents_out"] == 1 and stats["files_skipped_names"] == [
        str(inputs / other_name)]
    assert shards(tmp_path / "out")[0]["id"] == str(inputs / page_name)
    summary(stats, str(tmp_path / "out")).encode("utf-8")
    assert "notes\\udcfe.md" in out


@pytest.mark.parametrize("name", ["cut.jsonl.bz2", "cut.jsonl.xz"])
def test_truncated_compressed_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   name: str) -> None:
    data = jsonl(records(300))
    packed = bz2.compress(data) if name.endswith("bz2") else lzma.compress(data)
    (tmp_path / name).write_bytes(packed[: len(packed) // 2])
    assert cli(capsys, str(tmp_path / name), "-o", str(tmp_path / "out"))[0] == 0
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert stats["documents_in"] == stats["documents_out"] + 1  # the rest of the file: 1 failed
    assert stats["failed_by_error"] == {"truncated_file": 1}


def test_dotted_field_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl(nested(3)))
    code, _, _ = cli(capsys, str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"),
                     "--text-field", "body.text", "--id-field", "doc_id",
                     "--url-field", "meta.url", "--learn-sites")
    assert code == 0
    out = shards(tmp_path / "out")
    assert [r["doc_id"] for r in out] == ["d0", "d1", "d2"]
    assert out[0]["body"]["text"].startswith("第0篇报道") and "首页" not in out[0]["body"]["text"]
    assert out[0]["meta"] == {"url": "http://example.com/0", "lang": "zh"}
    stats = accounted(tmp_path / "out")
    assert stats["site_stats"]["sites"] == 1  # the URL was found inside meta


def test_parquet_in_jsonl_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = nested(25)
    rows[3]["body"]["text"] = None  # a bad row fails alone
    write_parquet(tmp_path / "a.parquet", rows, row_group_size=10)
    code, _, _ = cli(capsys, str(tmp_path / "a.parquet"), "-o", str(tmp_path / "out"),
                     "--text-field", "body.text", "--url-field", "meta.url",
                     "--id-field", "doc_id", "--chunk-docs", "7")
    assert code == 0
    stats = accounted(tmp_path / "out")
    assert stats["documents_in"] == 25 and stats["documents_out"] == 24
    assert stats["failed_by_error"] == {"text_not_string": 1}
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text())
    assert error["line"] == 4 and error["id"] == "d3" and error["url"] == "http://example.com/3"
    out = shards(tmp_path / "out")
    assert out[0]["scrubber"]["origin"]["line"] == 1
    assert out[5]["meta"]["url"] == "http://example.com/6"


def test_parquet_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Parquet in, Parquet out: the same records as the JSON Lines shards, in the same
    order, with metadata and scrubber as structs."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    write_parquet(tmp_path / "a.parquet", records(30), row_group_size=8)
    for fmt in ("jsonl", "parquet"):
        code, _, _ = cli(capsys, str(tmp_path / "a.parquet"), "-o", str(tmp_path / fmt),
                         "--format", fmt, "--chunk-docs", "12")
        assert code == 0
    accounted(tmp_path / "jsonl")
    stats = json.loads((tmp_path / "parquet" / "stats.json").read_text())
    assert stats["documents_out"] == 30 and stats["shards"] == 3
    assert parquet_records(tmp_path / "parquet") == shards(tmp_path / "jsonl")
    schema = pq.read_schema(next((tmp_path / "parquet").glob("*.parquet")))
    assert pa.types.is_struct(schema.field("metadata").type)
    assert pa.types.is_struct(schema.field("scrubber").type)
    assert schema.field("id").type == pa.int64()
    # a Parquet run and a JSON Lines run are different runs of the same OUTDIR
    code, _, err = cli(capsys, str(tmp_path / "a.parquet"), "-o", str(tmp_path / "jsonl"),
                       "--format", "parquet")
    assert code == 2 and "output_format" in err


def test_parquet_out_with_lone_surrogates(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A lone surrogate (a ``\\ud800`` escape in a JSON line) in a text and in the title it
    gives: Parquet strings are UTF-8, so it is written as its escape text, as in a JSON Lines
    shard's bytes. It stopped the run (the metadata struct refused it), on every resume; in
    another column it turned every value of the shard's column into JSON text."""
    pytest.importorskip("pyarrow")
    items = records(3)
    items[0]["text"] = items[0]["text"].replace("第0篇", "第0\ud800篇")
    items[1]["note"] = "\udcff"
    items[2]["text"] = ("Budget \ud800 approved\nThe city council approved the new budget on "
                        "Tuesday after a long debate about schools and roads. Members said the "
                        "plan would raise spending on repairs.")
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in items))
    code, _, err = cli(capsys, str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"),
                       "--format", "parquet", "-j", "1")
    assert code == 0, err
    got = parquet_records(tmp_path / "out")
    assert [r["id"] for r in got] == [0, 1, 2]
    assert "第0\\ud800篇" in got[0]["text"] and got[1]["text"].startswith("第1篇")
    assert got[1]["note"] == "\\udcff" and got[0]["note"] is None
    assert got[2]["metadata"]["title"] == "Budget \\ud800 approved"


def test_parquet_out_of_empty_objects_and_surrogate_keys(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Fields Parquet cannot hold as they are: objects that are all empty (a struct without
    fields, which pyarrow refused to write), and objects with a key that is a lone surrogate
    (its escape text is another key here), are JSON text; a top-level field named by a lone
    surrogate is named by its escape text. Each stopped the run."""
    pytest.importorskip("pyarrow")
    items = records(2)
    for item in items:
        item.update(empty={}, nested={"a": {}}, listed=[{}], keys={"\ud800": 1, "\\ud800": 2})
    items[1]["\udcff"] = "x"
    got = parquet_run(tmp_path, capsys, items)
    for record in got:
        assert [json.loads(record[name]) for name in ("empty", "nested", "listed", "keys")] \
            == [{}, {"a": {}}, [{}], {"\ud800": 1, "\\ud800": 2}]
    assert [r["\\udcff"] for r in got] == [None, "x"]


def parquet_run(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Parquet records of a one-process run over ``items`` (ids 0, 1), which must succeed."""
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in items))
    code, _, err = cli(capsys, str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"),
                       "--format", "parquet", "-j", "1")
    assert code == 0, err
    got = parquet_records(tmp_path / "out")
    assert [r["id"] for r in got] == [0, 1]
    return got


def nest(levels: int, value: Any, key: str | None = None) -> Any:
    """``value`` inside ``levels`` lists (or objects with the one ``key``)."""
    for _ in range(levels):
        value = [value] if key is None else {key: value}
    return value


def test_parquet_out_of_deep_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Values nested deeper than a Parquet schema is read (50 lists, 99 objects) are JSON text.
    They were written, and the whole shard could not be read ("Parquet schema too deeply
    nested"); with a lone surrogate, 499 levels deep (a JSON line may nest 500), the run
    stopped with a RecursionError."""
    pytest.importorskip("pyarrow")
    deep = {"lists": nest(50, 1), "objects": nest(99, 1, "a"), "fine": nest(49, 1),
            "surrogate": nest(499, "\ud800")}
    items = [{**item, **deep} for item in records(2)]
    for record in parquet_run(tmp_path, capsys, items):
        assert record["fine"] == deep["fine"]
        assert [json.loads(record[name]) for name in ("lists", "objects", "surrogate")] \
            == [deep["lists"], deep["objects"], deep["surrogate"]]


def test_jsonl_to_parquet_mixed_types(tmp_path: Path) -> None:
    """JSON values with no common type (an id that is a number here, a string there) are kept
    as JSON text; the records still come back."""
    pytest.importorskip("pyarrow")
    items = records(4)
    items[1]["id"] = "two"
    (tmp_path / "a.jsonl").write_bytes(jsonl(items))
    report = run([str(tmp_path / "a.jsonl")], str(tmp_path / "out"),
                 RunConfig(output_format="parquet"))
    assert report.stats["documents_out"] == 4
    got = parquet_records(tmp_path / "out")
    assert [r["id"] for r in got] == ["0", '"two"', "2", "3"]
    assert got[2]["text"] == next(iter(shards_of(items[2:3], tmp_path)))["text"]


def shards_of(items: list[dict[str, Any]], tmp_path: Path) -> list[dict[str, Any]]:
    (tmp_path / "one.jsonl").write_bytes(jsonl(items))
    run([str(tmp_path / "one.jsonl")], str(tmp_path / "one"), RunConfig())
    return shards(tmp_path / "one")


def test_parquet_corrupt_file(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet")
    report = run([str(tmp_path / "bad.parquet")], str(tmp_path / "out"),
                 RunConfig(fields=Fields()))
    assert report.stats["failed_by_error"] == {"corrupt_file": 1}




def test_parquet_corrupt_row_group_loses_only_its_rows(tmp_path: Path) -> None:
    """A row group that cannot be read is one corrupt_file error, where it stands in the
    file, and the row groups after it are read (they were lost: the file ended there)."""
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "in.parquet"
    rows = records(12)
    rows[2]["text"] = rows[6]["text"] = None  # errors before and after the broken group
    write_parquet(path, rows, row_group_size=3)
    data = bytearray(path.read_bytes())
    column = pq.ParquetFile(str(path)).metadata.row_group(1).column(3)  # "text"
    start = column.dictionary_page_offset or column.data_page_offset
    data[start:start + column.total_compressed_size] = b"\xff" * column.total_compressed_size
    path.write_bytes(bytes(data))
    out = tmp_path / "out"
    run([str(path)], str(out), RunConfig(chunk_docs=4))
    stats = accounted(out)
    assert stats["failed_by_error"] == {"corrupt_file": 1, "text_not_string": 2}
    assert [r["id"] for r in shards(out)] == [0, 1, 7, 8, 9, 10, 11]
    errors = [json.loads(line) for line in (out / "errors.jsonl").open()]
    assert [(e["line"], e["error"]) for e in errors] == [
        (3, "text_not_string"), (4, "corrupt_file"), (7, "text_not_string")]
    assert "rows 4-6" in errors[1]["message"]


def test_missing_extras_say_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    (tmp_path / "b.jsonl").write_bytes(jsonl(records(1)))
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "ray", None)
    for argv, extra in (([str(tmp_path / "a.parquet")], "parquet"),
                        ([str(tmp_path / "b.jsonl"), "--format", "parquet"], "parquet"),
                        ([str(tmp_path / "b.jsonl"), "--engine", "ray"], "ray")):
        code, _, err = cli(capsys, *argv, "-o", str(tmp_path / "out"))
        assert code == 2 and f"pip install 'scrubber-text[{extra}]'" in err
        assert not (tmp_path / "out").exists()


def test_parquet_out_of_objects_with_other_keys_and_clashing_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Objects of one field with different keys are JSON text: as a struct of the union of
    their keys each came back with the keys it lacks, as nulls (``{"a": 1}`` read back as
    ``{"a": 1, "b": None}``). Two top-level fields whose names are one escape text apart
    (``\\ud800`` and its escape text) were two columns of one name, written into a shard that
    could not be read back."""
    pytest.importorskip("pyarrow")
    items = records(2)
    items[0].update(o={"a": 1}, n=[{"k": 1}], same={"x": [1]})
    items[1].update(o={"b": 2}, n=[{"k": 2}, {"j": 3}], same={"x": []})
    items[1].update({"\ud800": 1, "\\ud800": 2})
    got = parquet_run(tmp_path, capsys, items)
    assert [json.loads(r["o"]) for r in got] == [{"a": 1}, {"b": 2}]
    assert [json.loads(r["n"]) for r in got] == [[{"k": 1}], [{"k": 2}, {"j": 3}]]
    assert [r["same"] for r in got] == [{"x": [1]}, {"x": []}]
    assert got[1]["\\ud800"] == 2 and got[1]["\\\\ud800"] == 1


def test_parquet_shard_of_any_json_reads_back() -> None:
    """Any JSON records: the shard is written, read back, and each value is the input's,
    typed or as JSON text. A write error stopped the run on every resume."""
    pytest.importorskip("pyarrow")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from scrubber.batch.parquet import read_records, write_shard

    scalars = st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=4) \
        | st.floats(allow_nan=False, allow_infinity=False)
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.sampled_from("abc"), inner, max_size=3),
                          max_leaves=8)
    rows = st.lists(st.dictionaries(st.sampled_from(["id", "u", "v"]), values, max_size=3),
                    min_size=1, max_size=4)

    @settings(max_examples=150, deadline=None)
    @given(rows)
    def check(items: list[dict[str, Any]]) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "s.parquet")
            write_shard(path, [dict(item, text="x") for item in items])
            got = read_records(path)
        for item, back in zip(items, got, strict=True):
            for name, value in item.items():
                if back[name] != value:
                    assert isinstance(back[name], str) and json.loads(back[name]) == value

    check()
