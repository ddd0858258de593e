"""The compiled module (scrubber/_speedups.c) equals the pure-Python code it replaces: the line
measures, the keyword scanner, and so scrub's results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import DEFAULT_OPTIONS, features, scrub
from scrubber.core import split_lines
from scrubber.rules import ruleset

speedups = pytest.importorskip("scrubber._speedups")
ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

# Every character class the measures tell apart, and their neighbours.
ALPHABET = list(
    "ab Z19_.。,，、:：;；!！?？…\"'”’」』）)]([【|｜·•»>›/／→-—\t\u3000\xa0\x00\x0b\x1c"
    "中文ア한ㄱ가٣²éßİ\u2028\U00020001"
)


def both(lines: list[str]) -> tuple[list[features.LineFeatures], list[features.LineFeatures]]:
    texts = [line.strip() for line in lines]
    doc = "\n".join(texts).replace("\x00", " ")
    lower = doc.casefold().split("\n")
    compiled = speedups.measure_lines(texts, lower, features.LineFeatures, features._EMPTY)
    return compiled, features._python_features(texts, lower, doc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=6))
def test_random_lines_measure_the_same(lines: list[str]) -> None:
    compiled, python = both(lines)
    assert compiled == python


@pytest.mark.parametrize("line", [
    "1. First", "12. Second", "123. Third", "a1. x", "3.14 is pi.", "end.", "quote.\" next",
    "-- a -->b —>c", "a  \t b", "\t\tx", "中 文 A 中", "中\xa0x", "x 中", "Wait...", "等一下。。。",
    "Hmm… ”", "(见下文) ", "\x00end.\x00", "٣. ٣٣. ",
])
def test_edge_lines_measure_the_same(line: str) -> None:
    compiled, python = both([line])
    assert compiled == python


def _pages() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    pages += [path.read_text(encoding="utf-8")
              for path in sorted((ROOT / "tests" / "data" / "pages").rglob("*.txt"))]
    for path in sorted(EVAL.glob("*.jsonl")) if EVAL.is_dir() else []:
        with path.open(encoding="utf-8") as handle:
            pages += [json.loads(line)["text"] for line in handle if line.strip()][:40]
    return pages


def test_pages_measure_and_scrub_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages()
    for page in pages:
        compiled, python = both(split_lines(page))
        assert compiled == python
    fast = [scrub(page) for page in pages]
    monkeypatch.setattr(features, "_speedups", None)
    slow = [scrub(page) for page in pages]
    assert fast == slow


# --- the compiled keyword scanner --------------------------------------------------------------
# Fragments of keywords, so that random lines hold whole keywords, overlaps and near misses.
FRAGMENTS = ["相关", "阅读", "相关阅读", "首页", "版权所有", "©", "(c) 20", "share", "more", "home",
             "comments", "12", "by ", "read", "ago", " of ", "条评论", "共", "页", "x", " ", "|"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_keyword_scan_equals_the_re_scans(line: str) -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    assert rules.scan(line) == rules.scan_python(line)


def test_keyword_scan_of_pages_equals_the_re_scans() -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    for page in _pages():
        for line in split_lines(page):
            lower = line.strip().casefold()
            assert rules.scan(lower) == rules.scan_python(lower), lower


def test_scanner_refuses_bad_input_clearly() -> None:
    scanner = speedups.Scanner([-1, 0], [0, 1], [1, 0], [ord("a")], [1], ("a",), b"\1", True)
    assert scanner.scan("x a") == [(2, "a", True)]
    with pytest.raises(TypeError, match="expected a str"):
        scanner.scan(3)
    with pytest.raises(TypeError, match="expected a str"):
        scanner.scan_many(["a", 3])
    with pytest.raises(ValueError, match="malformed trie"):
        speedups.Scanner([0], [0], [0], [], [], (), b"", True)  # word 0 of no words
    with pytest.raises(RuntimeError, match="not initialised"):
        speedups.Scanner.__new__(speedups.Scanner).scan("a")
