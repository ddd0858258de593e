"""The compiled line measures (scrubber/_speedups.c) equal the pure-Python passes they replace,
and scrub gives the same result with either."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import features, scrub
from scrubber.core import split_lines

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
