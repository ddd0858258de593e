"""JSON in and out of a batch run: orjson (when installed) and the standard library read the
same values and write the same bytes (``scrubber.batch.jsonio``)."""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber.batch import jsonio
from scrubber.batch.config import RunConfig
from scrubber.batch.runner import run
from scrubber.document import Metadata

needs_orjson = pytest.mark.skipif(jsonio._orjson is None, reason="orjson is not installed")


def both(fn: Any, *args: Any) -> tuple[Any, Any]:
    """``fn(*args)`` with orjson and with the standard library only: each result, or the
    exception's type and message."""
    results = []
    for fast in (True, False):
        saved = jsonio.FAST
        jsonio.FAST = fast
        try:
            results.append(fn(*args))
        except Exception as error:
            results.append((type(error), str(error)))
        finally:
            jsonio.FAST = saved
    return results[0], results[1]


def same(a: Any, b: Any) -> bool:
    """Equal, with the same types at every depth (1 is not 1.0) and NaN equal to itself."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


LINES = [
    b'{"id": 1, "text": "\xe9\xa6\x96\xe9\xa1\xb5 | news"}\n',
    b'{"a":1,"b":2,"a":3}', b'{"a": 1.5, "b": [1, 2.0, {"c": 1e-7}]}', b'{"a": 1e400}',
    b'{"a": NaN, "b": -Infinity}', b'{"a": "\\ud800"}', b'{"a": 18446744073709551616}',
    b'{"a": -9223372036854775809}', b'{"a": 9223372036854775807}', b'{"a": -0.0}', b'[1, 2]',
    b'"text"', b'12345678901234567890123', b'1.5', b'null', b'\xef\xbb\xbf{"a": 1}',
    b'{"a": "\xff"}', b'{"a": "\xed\xa0\x80"}', b'{"a": "x\x01y"}', b'{"a": "x\x7fy"}',
    b'{"a": 01}', b'{"a": [1,]}', b'{not json', b'{"a": 1} \r\n', b'{"a": 1}\x0c',
    b'{"a": "\\u0000\\u2028\\ud83d\\ude00"}', b"[" * 2000 + b"]" * 2000, b'{"a": 1e5}',
    b"[" * 1000 + b"]" * 1000, b"[" * 201 + b"]" * 201, b'{"a":' * 300 + b"1" + b"}" * 300,
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_orjson_reads_what_the_standard_library_reads(line: bytes, encoding: str) -> None:
    fast, slow = both(jsonio.loads, line, encoding)
    assert same(fast, slow)


VALUES: list[Any] = [
    {"id": 1, "text": "首页\n正文 \"quoted\" \\ \t\x00\x1f\x7f\u2028 😀", "n": None, "b": True},
    {"f": [0.0, -0.0, 1e-4, 9.99e-5, 1e-7, 0.1, 1.5, 1e16, 1.7976931348623157e308, 5e-324]},
    {"big": [1e15, 1e16, 1.5e17, -2e20]}, [1e16],
    {"i": [0, -1, 2**63 - 1, -(2**63), 2**64 - 1, 2**64, -(2**63) - 1, 10**30]},
    {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf")},
    {"lone": "\ud800 and \udfff", "ok": "ok"}, {"t": (1, "a", (2.5,))}, {1: "int key"},
    {"d": datetime.date(2024, 5, 1), "dt": datetime.datetime(2024, 5, 1, 12, 30, 1, 5)},
    {"time": datetime.time(1, 2), "td": datetime.timedelta(seconds=90)},
    {"dec": decimal.Decimal("1.10"), "bytes": b"\xe4\xb8\xad", "bad": b"\xff\x00"},
    [[[[[[[[["deep"]]]]]]]]],
    {"a": {"b": {"c": [{"d": None}]}}}, {"s": str.__new__(type("S", (str,), {}), "sub")},
    {"bool_int": [True, False, 1, 0]}, {"": ""}, {},
]


@pytest.mark.parametrize("value", VALUES)
def test_orjson_writes_what_the_standard_library_writes(value: Any) -> None:
    fast, slow = both(jsonio.dumps_line, value)
    assert fast == slow
    fast, slow = both(jsonio.dumps_line, {"x": value, "scrubber": {"labels": {"nav": 1}}},
                      "scrubber")
    assert fast == slow


@pytest.mark.parametrize("depth", [150, 201, 300, 900])
def test_deep_nesting_falls_back(depth: int) -> None:
    value: Any = "x"
    for _ in range(depth):  # up to deeper than orjson writes
        value = [value] if depth % 2 else {"k": value}
    fast, slow = both(jsonio.dumps_line, value)
    assert fast == slow
    assert not isinstance(fast, bytes) or fast.startswith((b"[[[", b'{"k"'))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_the_same_both_ways(value: Any) -> None:
    fast, slow = both(jsonio.dumps_line, value)
    assert fast == slow
    line = json.dumps(value).encode()
    fast_read, slow_read = both(jsonio.loads, line)
    assert same(fast_read, slow_read)


def test_the_written_form_is_compact_json() -> None:
    line = jsonio.dumps_line({"a": [1, "é"], "b": None})
    assert line == '{"a":[1,"é"],"b":null}\n'.encode()


def test_metadata_to_dict_holds_every_field_in_order() -> None:
    meta = Metadata("t", "2024-05-01", "A, B", "src", "cat", ("A", "B"))
    assert meta.to_dict() == {**dataclasses.asdict(meta), "authors": ["A", "B"]}
    assert list(meta.to_dict()) == [f.name for f in dataclasses.fields(Metadata)]


@needs_orjson
def test_a_run_writes_the_same_bytes_with_and_without_orjson(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("首页 | 新闻 | 体育\n第{}篇报道：这是一段足够长的正文内容，用来说明清洗之后保留"
            "下来的是文章本身的段落。\n版权所有 © 2024 示例网")
    records = [{"id": i, "url": f"http://example.com/{i}", "score": 0.5 / (i + 1) ** 3,
                "big": 2**70 + i, "text": page.format(i)} for i in range(40)]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[3] = '{"id": 3, "text": "\\ud800 首页", "x": NaN}'
    lines[5] = "{not json"
    lines[7] = '{"id": 7, "text": ""}'
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for fast in (True, False):
        monkeypatch.setattr(jsonio, "FAST", fast)
        out = tmp_path / f"out-{fast}"
        run([str(tmp_path / "in.jsonl")], str(out), RunConfig(chunk_docs=16))
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())
                        if p.name not in ("stats.json", "manifest.jsonl")})
    assert outputs[0] == outputs[1]
    assert len([n for n in outputs[0] if n.endswith(".jsonl.gz")]) == 3


def _at_stack_depth(frames: int, fn: Any, *args: Any) -> Any:
    """``fn(*args)`` called ``frames`` Python frames deeper than here."""
    if frames:
        return _at_stack_depth(frames - 1, fn, *args)
    try:
        return fn(*args)
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("depth", [jsonio.MAX_NESTING, jsonio.MAX_NESTING + 1, 990, 5000])
def test_deep_nesting_reads_the_same_whatever_the_caller(depth: int) -> None:
    """How deep a line may nest does not depend on how deep the reader is called (a worker
    process calls it from a shallower stack than a --jobs 1 run): a line nested deeper than
    MAX_NESTING is refused both ways, any shallower line is read."""
    inner = depth - 1  # inside the record's object
    line = b'{"text": "x", "d": ' + b"[" * inner + b'"[[{"' + b"]" * inner + b"}"
    shallow, deep = (_at_stack_depth(n, both, jsonio.loads, line) for n in (0, 400))
    assert shallow == deep
    fast, slow = shallow
    if depth > jsonio.MAX_NESTING:
        assert fast == slow == (json.JSONDecodeError, fast[1]) and "nested deeper" in fast[1]
    else:
        assert fast == slow and fast["text"] == "x"


def test_a_run_reads_deep_or_huge_values_the_same_whatever_jobs(tmp_path: Path) -> None:
    """Lines nested about as deep as Python's recursion limit failed or not depending on
    --jobs (the output differed between --jobs 1 and 2), as scrub_failed, which names a bug;
    they are malformed_json now, as is an integer of more digits than Python converts."""
    text = "首页 | 新闻\n这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身。"
    head = json.dumps({"id": 0, "text": text})
    lines = [head] + [head[:-1] + ', "d": ' + "[" * depth + "]" * depth + "}"
                      for depth in range(960, 1000, 4)]
    lines.append(head[:-1] + ', "n": ' + "9" * 5000 + "}")
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"out-{jobs}"
        report = run([str(tmp_path / "in.jsonl")], str(out), RunConfig(chunk_docs=4), jobs=jobs)
        assert report.stats["failed_by_error"] == {"malformed_json": 11}
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())
                        if p.name not in ("stats.json", "manifest.jsonl")})
    assert outputs[0] == outputs[1]
