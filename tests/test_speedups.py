"""The compiled module (scrubber/_speedups.c) equals the pure-Python code it replaces: the line
measures, the keyword scanner, the quick classification, the context pass, the verdicts, and
so scrub's results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrubber import (
    DEFAULT_OPTIONS,
    Options,
    classify,
    document,
    features,
    lang,
    regions,
    scrub,
)
from scrubber import rules as rules_module
from scrubber.classify import Classified, Kind
from scrubber.core import split_lines
from scrubber.rules import ruleset

#: The modules with a compiled path, each behind its own ``_speedups`` name.
COMPILED_IN = (features, classify, regions, document, lang)

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
        compiled, python = _strip_fold_both(split_lines(page))
        assert compiled == python
    fast = [scrub(page) for page in pages]
    for module in COMPILED_IN:
        monkeypatch.setattr(module, "_speedups", None)
    slow = [scrub(page) for page in pages]
    assert fast == slow


def _strip_fold_both(lines: list[str]) -> tuple[object, object]:
    texts, lowers, _ = features.strip_fold_python(lines)
    return speedups.strip_fold(lines), (texts, lowers)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=[*ALPHABET, "A", "µ", "Σ", "ß", "İ", "Ａ", "ｂ"], max_size=20),
                min_size=1, max_size=6))
def test_strip_fold_of_random_lines_equals_python(lines: list[str]) -> None:
    compiled, python = _strip_fold_both(lines)
    assert compiled == python


def test_strip_fold_of_every_character_equals_python() -> None:
    """Every code point alone, between spaces and beside an upper-case letter: the compiled
    fold keeps its ranges of characters that fold to themselves only where they do."""
    for code in [*range(0x10000), *range(0x10000, 0x110000, 97)]:
        ch = chr(code)
        lines = [ch, f" {ch} ", f"A{ch}"]
        compiled, python = _strip_fold_both(lines)
        assert compiled == python, hex(code)
    with pytest.raises(TypeError, match="list of str"):
        speedups.strip_fold(["a", 1])


def _page_lines() -> list[tuple[list[str], list[features.LineFeatures]]]:
    out = []
    for page in _pages():
        raw = split_lines(page)
        out.append((raw, features.document_features(raw)))
    return out


# --- quick classification, context pass, verdicts ---------------------------------------------

def _quick_both(feats: list[features.LineFeatures], options: Options,
                found: dict[int, object]) -> tuple[object, object]:
    compiled = speedups.quick_kinds(feats, found, float(options.good_units),
                                    float(options.short_units), classify.QUICK_KINDS)
    return compiled, classify.quick_lines_python(feats, options, found)


@pytest.mark.parametrize("options", [DEFAULT_OPTIONS, Options(good_units=10, short_units=3)])
def test_quick_kinds_of_pages_equal_python(options: Options) -> None:
    rules = ruleset(options)
    for _, feats in _page_lines():
        found = rules.scan_lines(feats, options)
        compiled, python = _quick_both(feats, options, found)
        assert compiled == python


#: Years in other scripts' digits (fullwidth, Arabic-Indic, Thai, Bengali), a Buddhist-era
#: year, and digits that are decimal but not folded (Adlam): dates.may_hold_date and its twin.
DATE_DIGITS = ["２０", "２４", "٢٠", "٢٤", "๒๕", "๖๗", "২০", "2567", "25", "𞥑𞥒", "1", "٩"]
QUICK_ALPHABET = [*ALPHABET, *"2019上下首页pnfl", " says", "：", "(12)", "2023年", "|", "next",
                  "Prev", "previous", "FIRST", "lİst", "下一页", "首页", "末页", "1999-01-02",
                  *DATE_DIGITS]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(QUICK_ALPHABET), max_size=30).map("".join),
                min_size=1, max_size=6))
def test_quick_kinds_of_random_lines_equal_python(lines: list[str]) -> None:
    feats = features.document_features(lines)
    found = {0: None} if len(lines) > 2 else {}
    compiled, python = _quick_both(feats, DEFAULT_OPTIONS, found)
    assert compiled == python


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(QUICK_ALPHABET), max_size=30).map("".join))
def test_quick_decides_as_classify_does(line: str) -> None:
    """Where quick decides a line with no keyword, classify decides the same."""
    f = features.line_features(line)
    decided = classify.quick(f, DEFAULT_OPTIONS)
    rules = ruleset(DEFAULT_OPTIONS)
    assert decided is None or decided == classify.classify(f, rules, DEFAULT_OPTIONS, None)


def test_quick_leaves_lines_with_odd_measures_to_python() -> None:
    line = features.line_features("A line of text, long enough to be a paragraph here, yes.")
    odd = line._replace(units=float(line.units))  # not what the measures give: Python decides
    out, todo = speedups.quick_kinds([line, odd], {}, 22.0, 8.0, classify.QUICK_KINDS)
    assert out == [classify.quick(line, DEFAULT_OPTIONS), None] and todo == [1]
    with pytest.raises(TypeError, match="LineFeatures"):
        speedups.quick_kinds([("text",)], {}, 22.0, 8.0, classify.QUICK_KINDS)


def _decide_both(classified: list[Classified], feats: list[features.LineFeatures],
                 named: frozenset[int], share: float = 0.5) -> tuple[object, object]:
    options = Options(secondary_block_share=share)
    compiled = regions.decide(classified, feats, options, named)
    return compiled, regions.decide_python(classified, feats, options, named)


def test_decide_of_pages_equals_python() -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    for _, feats in _page_lines():
        found = rules.scan_lines(feats, DEFAULT_OPTIONS)
        classified = classify.classify_lines(feats, rules, DEFAULT_OPTIONS, found)
        for named in (frozenset(), frozenset(range(0, len(feats), 3))):
            compiled, python = _decide_both(classified, feats, named)
            assert compiled == python


KINDS = [Classified(Kind.BLANK, "blank", "blank_line"), Classified(Kind.GOOD),
         Classified(Kind.NEAR), Classified(Kind.SHORT), Classified(Kind.BAD, "nav", "menu"),
         Classified(Kind.BAD, "footer", "copyright"),
         Classified(Kind.HEADER, "related", "related_header"),
         Classified(Kind.HEADER, "comment", "comment_author")]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 200), st.booleans()),
                max_size=40),
       st.sampled_from([0.0, 0.3, 0.5, 1.0]))
def test_decide_of_random_lines_equals_python(lines: list[tuple[Classified, int, bool]],
                                              share: float) -> None:
    classified = [c for c, _, _ in lines]
    feats = [features._EMPTY._replace(text="x", units=units) for _, units, _ in lines]
    named = frozenset(i for i, (_, _, is_named) in enumerate(lines) if is_named)
    for transparent in (frozenset(), named):
        compiled, python = _decide_both(classified, feats, transparent, share)
        assert compiled == python


def test_decide_refuses_bad_input_clearly() -> None:
    feats = [features._EMPTY]
    with pytest.raises(TypeError, match="Classified"):
        regions.decide([("good",)], feats, DEFAULT_OPTIONS)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="unknown kind"):
        regions.decide([Classified("good")], feats, DEFAULT_OPTIONS)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="differ in length"):
        regions.decide([Classified(Kind.GOOD)] * 2, feats, DEFAULT_OPTIONS)
    with pytest.raises(IndexError):
        regions.decide([Classified(Kind.GOOD)], feats, DEFAULT_OPTIONS, {5})


def test_verdicts_of_pages_equal_python() -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    for raw, feats in _page_lines():
        found = rules.scan_lines(feats, DEFAULT_OPTIONS)
        classified = classify.classify_lines(feats, rules, DEFAULT_OPTIONS, found)
        decisions, _, _ = regions.decide(classified, feats, DEFAULT_OPTIONS)
        for cuts in ({}, {i: 1 + i % 5 for i in range(0, len(raw), 4)}, {0: -2}):
            compiled = document.build_verdicts(raw, decisions, feats, cuts)
            assert compiled == document.build_verdicts_python(raw, decisions, feats, cuts)
            assert all(type(v) is document.LineVerdict for v in compiled)
    with pytest.raises(ValueError, match="differ in length"):
        document.build_verdicts(["a", "b"], [("blank", "blank_line")], [features._EMPTY], {})


# --- the compiled keyword scanner --------------------------------------------------------------
# Fragments of keywords, so that random lines hold whole keywords, overlaps and near misses.
FRAGMENTS = ["相关", "阅读", "相关阅读", "首页", "版权所有", "©", "(c) 20", "share", "more", "home",
             "comments", "12", "by ", "read", "ago", " of ", "条评论", "共", "页", "x", " ", "|",
             "3", "٣"]


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


@pytest.mark.parametrize("options", [DEFAULT_OPTIONS,
                                     Options(heading_units=5, boilerplate_max_units=200)])
def test_rule_masks_and_line_scans_of_pages_equal_python(options: Options) -> None:
    rules = ruleset(options)
    for _, feats in _page_lines():
        masks = speedups.rule_masks(feats, rules_module._limits(options))
        assert list(masks) == [rules_module.rule_mask(f, options) for f in feats]
        assert [bool(m) for m in masks] == [rules_module.may_fire(f, options) for f in feats]
        assert rules.scan_lines(feats, options) == rules.scan_lines_python(feats, options)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*DATE_DIGITS, "2019", "年", " ", "a", "首页"]), max_size=10)
       .map("".join))
def test_rule_masks_of_lines_with_years_equal_python(line: str) -> None:
    """The compiled twin of dates.may_hold_date reads other scripts' digits as it does."""
    feats = features.document_features([line])
    masks = speedups.rule_masks(feats, rules_module._limits(DEFAULT_OPTIONS))
    assert list(masks) == [rules_module.rule_mask(feats[0], DEFAULT_OPTIONS)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*FRAGMENTS, "。", "2019", "1. ", "..."]),
                         max_size=12).map("".join), min_size=1, max_size=5))
def test_line_scans_of_random_lines_equal_python(lines: list[str]) -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    feats = features.document_features(lines)
    assert rules.scan_lines(feats, DEFAULT_OPTIONS) == \
        rules.scan_lines_python(feats, DEFAULT_OPTIONS)


def test_scan_of_a_line_with_many_keywords_equals_the_re_scans() -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    for line in ("首页 " * 40, "home | " * 50 + "copyright", "相关阅读" * 100):
        assert rules.scan(line) == rules.scan_python(line)
        feats = features.document_features([line])
        assert rules.scan_lines(feats, DEFAULT_OPTIONS) == \
            rules.scan_lines_python(feats, DEFAULT_OPTIONS)


def test_line_scans_keep_only_keywords_that_may_fire() -> None:
    rules = ruleset(DEFAULT_OPTIONS)
    lines = ["This sentence was written by a reporter who went home early, as one does.",
             "Posted by Jane Doe", "Copyright 2024 Example Media"]
    found = rules.scan_lines(features.document_features(lines), DEFAULT_OPTIONS)
    assert sorted(found) == [1, 2]  # "by" and "home" mid-sentence in a long line: no rule


def test_scanner_refuses_bad_input_clearly() -> None:
    scanner = speedups.Scanner([-1, 0], [0, 1], [1, 0], [ord("a")], [1], ("a",), b"\1", True)
    assert scanner.scan("x a") == [(2, "a", True)]
    with pytest.raises(TypeError, match="expected a str"):
        scanner.scan(3)
    with pytest.raises(TypeError, match="expected a str"):
        scanner.scan_many(["a", 3])
    with pytest.raises(ValueError, match="one per text"):
        scanner.scan_many(["a"], b"")
    assert scanner.scan_many(["a", "a"], b"\0\x80") == {1: [(0, "a", True)]}
    with pytest.raises(ValueError, match="malformed trie"):
        speedups.Scanner([0], [0], [0], [], [], (), b"", True)  # word 0 of no words
    with pytest.raises(RuntimeError, match="not initialised"):
        speedups.Scanner.__new__(speedups.Scanner).scan("a")


# --- lang.script_counts: the letters of each script ---------------------------------------

SCRIPT_ALPHABET = [*ALPHABET, *"ЖΩعשअঅกລកမႠԱሀத\uff70\u31f5\u3400\U0003134f\U00031350"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SCRIPT_ALPHABET, max_size=80) | st.text(max_size=80))
def test_script_counts_of_random_text_equal_python(text: str) -> None:
    assert lang.script_counts(text) == lang.script_counts_python(text)


def test_script_counts_of_pages_equal_python() -> None:
    for page in _pages():
        assert lang.script_counts(page) == lang.script_counts_python(page)
        assert list(lang.script_counts(page)) == list(lang.script_counts_python(page))


def test_script_ranges_spell_the_script_classes() -> None:
    for script, ranges in zip(lang.SCRIPTS, lang._RANGES, strict=True):
        body = "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)
        assert body == script.chars


def test_count_in_ranges_refuses_bad_input_clearly() -> None:
    with pytest.raises(ValueError, match="none overlapping"):
        speedups.count_in_ranges("abc", (((97, 99),), ((98, 100),)))
    with pytest.raises(ValueError, match="pairs"):
        speedups.count_in_ranges("abc", (((99, 97),),))
    with pytest.raises(TypeError):
        speedups.count_in_ranges(b"abc", ())
    assert speedups.count_in_ranges("abc", ()) == []
