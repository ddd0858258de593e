"""The eval instrument: metric arithmetic on hand-computed pages, title-neutral scoring, null
labels, the bit-parallel LCS against the textbook table, the ``scrubber eval`` command and its
error handling. Every record here is synthetic, written in this file.

Most arithmetic tests replace :func:`scrubber.scrub` inside :mod:`scrubber.evaluate` with a stub
(keep the lines that start with ``+``), so the figures do not move when the heuristics do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import evaluate
from scrubber.cli import main
from scrubber.document import Document, LineVerdict, Metadata
from scrubber.eval_metadata import author_match, date_match, gold_date, gold_day, title_match
from scrubber.evaluate import (
    Counts,
    EvalDataError,
    check_record,
    evaluate_file,
    evaluate_records,
    load_records,
)
from scrubber.lcs import lcs_length, match_masks, normalize


def stub_scrub(text: str | bytes, options: Any = None, template: Any = None,
               url: str | None = None) -> Document:
    """Keep lines starting with '+' (without the '+'); '@date X' / '@author X' set metadata."""
    assert isinstance(text, str)
    verdicts, meta = [], {}
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value
        keep = line.startswith("+")
        label = "content" if keep else ("blank" if not line.strip() else "noise")
        verdicts.append(LineVerdict(number, line, label, f"stub_{label}", keep,
                                    line[1:] if keep else ""))
    return Document(tuple(verdicts), Metadata(**meta))


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate, "scrub", stub_scrub)


def record(lines: list[tuple[str, int | None]], gold: str = "", **extra: Any) -> dict[str, Any]:
    return {"id": extra.pop("id", "page"), "source": extra.pop("source", "test"),
            "text": "\n".join(t for t, _ in lines), "labels": [g for _, g in lines],
            "gold": gold, **extra}


#: Title-neutral: tp a, e; fn b; fp c; tn d -> P = R = F1 = 2/3. With the title: tp 3.
PAGE = record([("+Title", 1), ("+a", 1), ("", None), ("-b", 1), ("+c", 0), ("-d", 0),
               ("+e", 1)], gold="Title. A, b; E!", title_lines=[0])


# --- metric arithmetic ------------------------------------------------------------------------

@pytest.mark.parametrize(("counts", "p", "r", "f1"), [
    (Counts(3, 1, 2, 4), 3 / 4, 3 / 5, 6 / 9),
    (Counts(), 1.0, 1.0, 1.0),  # no gold content and nothing kept
    (Counts(0, 0, 0, 5), 1.0, 1.0, 1.0),
    (Counts(0, 2, 0, 1), 0.0, 0.0, 0.0),  # no gold content, something kept
    (Counts(0, 0, 3, 1), 0.0, 0.0, 0.0),  # gold content, nothing kept
])
def test_counts(counts: Counts, p: float, r: float, f1: float) -> None:
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx((p, r, f1))


def test_counts_add() -> None:
    assert Counts(1, 2, 3, 4) + Counts(10, 20, 30, 40) == Counts(11, 22, 33, 44)


def test_line_metrics_title_neutral(stub: None) -> None:
    page = evaluate_records([PAGE]).pages[0]
    assert page.lines == Counts(tp=2, fp=1, fn=1, tn=1)
    assert page.lines.f1 == pytest.approx(2 / 3)


def test_line_metrics_with_titles(stub: None) -> None:
    assert evaluate_records([PAGE], with_titles=True).pages[0].lines == Counts(3, 1, 1, 1)
    dropped = {**PAGE, "text": PAGE["text"].replace("+Title", "-Title", 1)}
    assert evaluate_records([dropped]).pages[0].lines == Counts(2, 1, 1, 1)
    assert evaluate_records([dropped], with_titles=True).pages[0].lines == Counts(2, 1, 2, 1)


def test_null_labels_never_count(stub: None) -> None:
    page = record([("+kept blank-labelled", None), ("+a", 1), ("-  ", None)])
    assert evaluate_records([page]).pages[0].lines == Counts(tp=1)


def test_micro_and_macro(stub: None) -> None:
    empty_page = record([("-x", 0), ("-y", 0)], id="empty")  # no gold content, nothing kept
    unscored = record([("", None)], id="unscored")  # no scored line: left out of line macro
    summary = evaluate_records([PAGE, empty_page, unscored]).summary
    assert summary.pages == 3
    assert summary.lines == Counts(2, 1, 1, 3)
    assert summary.lines.f1 == pytest.approx(4 / 6)
    assert summary.line_macro_pages == 2
    assert summary.line_f1_macro == pytest.approx((2 / 3 + 1.0) / 2)


def test_char_metrics(stub: None) -> None:
    # Output "Title a c e" -> "titleace"; gold -> "titleabe"; LCS "titleae" = 7 of 8 and 8.
    chars = evaluate_records([PAGE]).pages[0].chars
    assert chars == Counts(tp=7, fp=1, fn=1)
    assert (chars.precision, chars.recall) == pytest.approx((7 / 8, 7 / 8))


def test_char_macro_and_micro(stub: None) -> None:
    other = record([("+xyz", 1)], gold="xy", id="other")  # LCS 2: P 2/3, R 1, F1 0.8
    summary = evaluate_records([PAGE, other]).summary
    assert summary.chars == Counts(tp=9, fp=2, fn=1)
    assert summary.char_f1_macro == pytest.approx((7 / 8 + 0.8) / 2)


def test_by_source(stub: None) -> None:
    pages = [{**PAGE, "source": "a"}, record([("+x", 1)], gold="x", source="b")]
    report = evaluate_records(pages)
    assert sorted(report.by_source) == ["a", "b"]
    assert report.by_source["b"].lines == Counts(tp=1)
    assert report.by_source["a"].lines == report.pages[0].lines


@pytest.mark.parametrize(("gold", "day"), [
    ("2005-5-7 21:23:57", "2005-05-07"), ("2022-02-13", "2022-02-13"),
    ("2004/12/10 11:55", "2004-12-10"), ("2005年5月7日", "2005-05-07"),
    ("", None), (None, None), ("May 2005", None),
])
def test_gold_day(gold: str | None, day: str | None) -> None:
    assert gold_day(gold) == day


@pytest.mark.parametrize(("gold", "iso"), [
    ("2005-5-7 21:23:57", "2005-05-07"), ("2004/12/10 11:55", "2004-12-10"),
    ("2018-03", "2018-03"), ("2018年3月", "2018-03"), ("1998年3月5日", "1998-03-05"),
    ("2018", "2018"), ("", None), (None, None), ("May 2005", None), ("20180305", None),
])
def test_gold_date_keeps_its_precision(gold: str | None, iso: str | None) -> None:
    assert gold_date(gold) == iso


@pytest.mark.parametrize(("ours", "gold", "hit"), [
    ("2005-05-07T21:23", "2005-5-7 21:23:57", True),
    ("2005-05-08", "2005-05-07", False),
    ("2018-03", "2018年3月", True),
    ("2018-03-05", "2018-03", True),  # finer than the gold: right to the gold's precision
    ("2018", "2018-03", False),  # coarser than the gold: wrong
    ("2019", "2018", False),
    (None, "2018", False),
    ("2018-03-05", None, None),
])
def test_date_is_scored_to_the_gold_precision(ours: str | None, gold: str | None,
                                              hit: bool | None) -> None:
    assert date_match(ours, gold) is hit


@pytest.mark.parametrize(("ours", "gold", "every"), [
    ("牛镛, 岳弘彬", "牛镛,岳弘彬", True),
    ("岳弘彬, 牛镛", "牛镛, 岳弘彬", True),  # the order of the names is not scored
    ("牛镛", "牛镛, 岳弘彬", False),  # a missing name
    ("牛镛, 岳弘彬, 王五", "牛镛, 岳弘彬", False),  # an extra name
    ("Jane Doe and John Roe", "Jane Doe, John Roe", True),
    ("Jane Doe, John Roe", "Jane Doe and John Roe", True),
    ("Jane Doe Reporter", "Jane Doe", False),  # an extra word
    ("jane  doe", "Jane Doe", True),
    (None, "Jane Doe", False),
])
def test_author_needs_every_gold_name_and_no_other_word(ours: str | None, gold: str,
                                                       every: bool) -> None:
    assert author_match(ours, gold)[0] is every


@pytest.mark.parametrize(("ours", "gold", "hit"), [
    ("Council approves school budget", "Council approves school budget", True),
    ("council approves  school budget!", "Council approves school budget", True),
    # A gold title that is a whole <title>: the headline part is enough.
    ("Council approves school budget", "Council approves school budget | Example News", True),
    ("Example News", "Council approves school budget | Example News", True),
    ("Council approves", "Council approves school budget", False),
    (None, "Council approves school budget", False),
    ("Council approves school budget", None, None),  # no gold: not counted
])
def test_title_match(ours: str | None, gold: str | None, hit: bool | None) -> None:
    assert title_match(ours, gold) is hit


def test_title_and_headline_accuracy() -> None:
    body = ["The city council approved a new budget for schools on Tuesday, adding funding "
            "for twelve schools across the district.",
            "Officials said the budget for schools would be paid for by savings elsewhere, "
            "and the vote was close."]
    lines = ["Council approves school budget | Example News", "Home",
             "Council approves school budget", "March 3, 2024", *body]
    page = {"id": "p", "source": "test", "text": "\n".join(lines), "labels": [0, 0, 0, 0, 1, 1],
            "gold": "\n".join(body), "gold_title": "Council approves school budget",
            "title_lines": [2]}
    s = evaluate_records([page, {**page, "id": "q", "title_lines": [3],
                                 "gold_title": "Another headline"}]).summary
    assert (s.title.hits, s.title.total) == (1, 2)
    assert (s.headline.hits, s.headline.total) == (1, 2)


def test_metadata_accuracy(stub: None) -> None:
    pages = [
        record([("@date 2005-05-07T21:23", 0), ("@author 牛镛,岳弘彬", 0)],
               gold_date="2005-5-7 21:23:57", gold_author=" 牛镛, 岳弘彬", id="1"),
        record([("@date 2005-05-08", 0), ("@author 牛镛", 0)],
               gold_date="2005-05-07", gold_author="牛镛, 岳弘彬", id="2"),
        record([("-x", 0)], gold_date="2005-05-07", gold_author="Ann Lee", id="3"),
        record([("@author Someone", 0)], id="4"),  # no gold: not counted
    ]
    s = evaluate_records(pages).summary
    assert (s.date.hits, s.date.total) == (1, 3)
    assert (s.author.hits, s.author.total) == (1, 3)
    assert (s.author_contains.hits, s.author_contains.total) == (2, 3)
    assert evaluate_records(pages[3:]).summary.date.accuracy is None


# --- the LCS ----------------------------------------------------------------------------------

def table_lcs(a: str, b: str) -> int:
    """The textbook O(n*m) dynamic programme."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


@settings(max_examples=300, deadline=None)
@given(st.text("abcd", max_size=40), st.text("abcde", max_size=40))
def test_lcs_matches_table_small_alphabet(a: str, b: str) -> None:
    assert lcs_length(a, b) == table_lcs(a, b) == lcs_length(b, a)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_lcs_matches_table_any_text(a: str, b: str) -> None:
    assert lcs_length(a, b) == table_lcs(a, b)


@pytest.mark.parametrize(("a", "b", "n"), [
    ("", "", 0), ("abc", "", 0), ("abc", "abc", 3), ("ABCBDAB", "BDCABA", 4),
    ("新闻正文内容", "正文新闻内容", 4), ("x" * 70 + "y", "y" + "x" * 70, 70),
])
def test_lcs_known(a: str, b: str, n: int) -> None:
    assert lcs_length(a, b) == n


def test_match_masks() -> None:
    assert match_masks("abca") == {"a": 0b1001, "b": 0b10, "c": 0b100}
    assert match_masks("abca", {"a"}) == {"a": 0b1001}


def test_normalize() -> None:
    assert normalize("Ｈｅｌｌｏ, World! 第１章…") == "helloworld第1章"
    assert normalize("  \t—·。") == ""


# --- records and files ------------------------------------------------------------------------

@pytest.mark.parametrize(("bad", "message"), [
    ([], "JSON object"),
    ({"labels": [0], "gold": ""}, "'text'"),
    ({"text": "a", "labels": [0]}, "'gold'"),
    ({"text": "a\nb", "labels": [0], "gold": ""}, "1 labels for 2 lines"),
    ({"text": "a", "labels": [2], "gold": ""}, "'labels'"),
    ({"text": "a", "labels": [True], "gold": ""}, "'labels'"),
    ({"text": "a\r\nb", "labels": [0, 0], "gold": ""}, "carriage return"),
    ({"text": "a", "labels": [0], "gold": "", "title_lines": "0"}, "'title_lines'"),
])
def test_check_record_rejects(bad: Any, message: str) -> None:
    with pytest.raises(EvalDataError, match=message):
        check_record(bad, "f:1")


def test_check_record_defaults() -> None:
    checked = check_record({"text": "a", "labels": [1], "gold": "a"}, "f.jsonl:3")
    assert (checked["id"], checked["source"], checked["title_lines"]) == ("f.jsonl:3", "unknown",
                                                                          [])


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("content", "message"), [
    ("", "no records"), ("{not json\n", "not JSON"), (b"\xff\xfe{}\n", "not UTF-8"),
    ('{"text": "a", "labels": [0], "gold": ""}\n[1]\n', ":2: a record must be"),
])
def test_load_records_errors(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalDataError, match=message):
        load_records(path)
    with pytest.raises(EvalDataError, match="no such file"):
        load_records(tmp_path / "missing.jsonl")


def test_load_records_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text('\n{"text": "a", "labels": [0], "gold": ""}\n\n', encoding="utf-8")
    assert len(load_records(path)) == 1


# --- the command ------------------------------------------------------------------------------

ARTICLE = ("The city council approved the new budget on Tuesday evening, after a long debate "
           "about schools, roads and the future of the public library downtown.")
REAL = [
    record([("Home | News | Sport | Weather | Contact", 0), (ARTICLE, 1),
            (ARTICLE.replace("Tuesday", "Monday"), 1), ("© 2024 Example Media. All rights "
                                                        "reserved.", 0)],
           gold=ARTICLE + "\n" + ARTICLE.replace("Tuesday", "Monday"), id="en:1", source="x"),
    record([("首页 | 新闻 | 体育 | 财经", 0),
            ("这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身的段落。", 1),
            ("版权所有 © 2024 示例网", 0)],
           gold="这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身的段落。",
           id="zh:1", source="y", gold_date="2024-01-02", gold_author="张三"),
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "dev-test.jsonl", REAL)
    code, out, _ = run(["eval", "-j", "1", "--by-source", str(path)], capsys)
    assert code == 0
    header, row, *rest = out.splitlines()
    assert "F1 mic" in header and "char F1" in header
    assert row.split()[:3] == ["dev-test.jsonl", "2", "7"]
    assert [r.split()[0] for r in rest[:2]] == ["x", "y"]


def test_cli_json_matches_api(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "dev-test.jsonl", REAL)
    code, out, _ = run(["eval", "--json", "-j", "2", str(path), str(path)], capsys)
    assert code == 0
    files = json.loads(out)["files"]
    expected = evaluate_file(path).summary
    assert [f["file"] for f in files] == ["dev-test.jsonl"] * 2
    assert files[1]["lines"]["f1"] == pytest.approx(expected.lines.f1)
    assert files[1]["line_f1_macro"] == pytest.approx(expected.line_f1_macro)
    assert files[0]["chars"]["tp"] == expected.chars.tp
    assert files[0]["date"]["total"] == 1 and set(files[0]["by_source"]) == {"x", "y"}


def test_errors_file(stub: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "dev-test.jsonl", [PAGE])
    text, lines = tmp_path / "errors.txt", tmp_path / "errors.jsonl"
    assert run(["eval", "-j", "1", str(path), "--errors", str(text)], capsys)[0] == 0
    shown = text.read_text(encoding="utf-8")
    assert shown.startswith("### dev-test.jsonl  page  line 4-5: 1 kept, gold 0; 1 removed")
    assert [ln.split()[1] for ln in shown.splitlines() if ln.startswith(">>")] == ["4", "5"]
    assert "   2  gold 1  + content/stub_content" in shown  # a neighbour, blank line skipped
    assert run(["eval", "-j", "1", str(path), "--errors", str(lines)], capsys)[0] == 0
    errors = [json.loads(x) for x in lines.read_text(encoding="utf-8").splitlines()]
    assert [(e["line"], e["gold"], e["keep"]) for e in errors] == [(4, 1, False), (5, 0, True)]
    assert [v["line"] for v in errors[0]["before"]] == [1, 2]
    assert [v["line"] for v in errors[1]["after"]] == [6, 7]


def test_errors_file_with_titles(stub: None, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    dropped = {**PAGE, "text": PAGE["text"].replace("+Title", "-Title", 1)}
    path, out = write_jsonl(tmp_path / "t.jsonl", [dropped]), tmp_path / "e.jsonl"
    run(["eval", "-j", "1", str(path), "--errors", str(out)], capsys)
    assert [json.loads(x)["line"] for x in out.read_text().splitlines()] == [4, 5]
    run(["eval", "-j", "1", "--with-titles", str(path), "--errors", str(out)], capsys)
    assert [json.loads(x)["line"] for x in out.read_text().splitlines()] == [1, 4, 5]


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"), ("{oops\n", "not JSON"), ('{"text": "a"}\n', "'gold'"),
])
def test_cli_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              content: str | None, message: str) -> None:
    path = tmp_path / "in.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(["eval", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("scrubber eval: ") and message in err


def test_cli_never_overwrites_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", REAL)
    code, _, err = run(["eval", str(path), "--errors", str(path)], capsys)
    assert code == 2 and "overwrite" in err
    assert len(load_records(path)) == 2


def test_cli_rejects_zero_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "-j", "0", "x.jsonl"])
    assert exit_info.value.code == 2
    assert "at least 1" in capsys.readouterr().err
