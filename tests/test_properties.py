"""Properties that hold for *any* input (issue 6: never crash, never hang).

Hypothesis feeds ``scrub`` random text (CJK, punctuation, control characters, NUL, U+2028,
zero-width characters, BOMs in the middle, NBSP, ``\\r``-only newlines), random bytes, and
mutations of the fixture pages (lines deleted, duplicated, shuffled, junk inserted, truncated).
On every input:

- ``scrub`` returns; one verdict per line of the CR / LF / CRLF split, in order, numbered;
- each kept text is a stripped piece of its own line (a line of code keeps its indent), removed
  lines keep nothing;
- the verdicts rebuild ``doc.text``, whose lines appear in order in the (decoded) input;
- ``clean(clean(x)) == clean(x)``, and a second call gives an equal ``Document``.

The settings are derandomized (a fixed seed per test) and sized to run in a few seconds, so CI
sees the same examples every time; ``HYPOTHESIS_EXAMPLES=2000`` runs a longer search locally.
The regression tests at the end bound the time of pathological lines found by
``bench/bench_growth.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import scrubber
from scrubber import LABELS, Document, dates, splice
from scrubber.decode import decode

from .conftest import fixture_pages

#: Examples per property (CI); raise it locally with the environment variable.
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "60"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same examples on every run: CI is deterministic
    database=None,
    deadline=None,  # timing is checked by the regression tests below, not per example
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_NEWLINE = regex.compile(r"\r\n|\r|\n")
_REASON = regex.compile(r"[a-z][a-z0-9_]*")
_HAN = regex.compile(r"\p{Han}")
#: Han characters a GB18030 page needs for its encoding to be detected.
MIN_HAN_TO_DETECT = 20

# Characters that break naive text code: controls, NUL, line and paragraph separators,
# zero-width characters, BOMs, NBSP and other spaces, replacement and private-use characters,
# a lone surrogate, full-width and CJK punctuation, separators of menus.
AWKWARD = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1f", "\x7f", "\x85",
    "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u3000",
    "\u202e", "\ufffd", "\ue000", "\ud800", "\t", " ", "\r", "\n", "\r\n",
    "。", "，", "、", "！", "？", "；", "：", "…", "——", "（", "）", "【", "】", "《", "》",
    "|", "｜", "·", "•", ">", "»", "/", "-", "_", ".", "...", ",", "!", "?", "©", "(", ")",
)
WORDS = (
    "新闻", "首页", "相关阅读", "友情链接", "版权所有", "分享到", "来源：", "作者：", "评论",
    "2021年06月02日", "2021-01-01", "12:30", "Copyright", "Home", "Related", "By", "123",
    "今年本市春季植树活动正式启动各区组织志愿者参加",
    "The council voted on Tuesday to approve the plan",
)
_CHARS = st.one_of(
    st.sampled_from(AWKWARD),
    st.sampled_from(WORDS),
    st.characters(),  # any code point
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # Han
)
TEXT = st.lists(_CHARS, max_size=80).map("".join)
#: TEXT that can be encoded (no lone surrogates).
ENCODABLE = TEXT.map(lambda text: text.encode("utf-8", "replace").decode("utf-8"))
LINES = st.lists(
    st.tuples(TEXT, st.sampled_from(("\n", "\r\n", "\r"))), max_size=25,
).map(lambda pairs: "".join(line + end for line, end in pairs))
PAGES = [p.read_text(encoding="utf-8") for p in fixture_pages()]
#: Characters that show nothing (zero-width spaces and joiners, BOM, soft hyphen...).
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e")
SHORT_LINES = ("Hello", "world.", "Hello world.", "新闻", "你好。")


@st.composite
def invisible_lines(draw: st.DrawFn) -> str:
    """A short page of invisible and blank lines around a line or two of words (a block
    editor's empty paragraphs). The words differ: a page of one line twice is a title over
    its headline, which a second clean removes."""
    words = draw(st.lists(st.sampled_from(SHORT_LINES), unique=True, max_size=2))
    blank = st.lists(st.sampled_from((*INVISIBLE, " ")), max_size=3).map("".join)
    lines = words + draw(st.lists(blank, min_size=1, max_size=5))
    return "\n".join(draw(st.permutations(lines)))


def decoded_input(data: str | bytes) -> str:
    """The text scrub works on: ``data`` itself, or its bytes decoded."""
    return data if isinstance(data, str) else decode(data).text


def check(data: str | bytes) -> Document:
    """Scrub ``data`` and assert every invariant of the module docstring."""
    doc = scrubber.scrub(data)
    text = decoded_input(data)
    raw = _NEWLINE.split(text)
    assert [v.text for v in doc.lines] == raw
    assert [v.number for v in doc.lines] == list(range(1, len(raw) + 1))
    if "\r" not in text:
        assert len(doc.lines) == len(text.split("\n"))
    for v in doc.lines:
        assert v.label in LABELS and _REASON.fullmatch(v.reason), v
        assert v.kept_text in v.text and v.kept_text == v.kept_text.rstrip(), v
        # stripped, or a line of code with its indent (docs.code_indentation)
        assert v.kept_text == v.kept_text.strip() or v.text.startswith(v.kept_text), v
        assert v.keep == (v.label in scrubber.KEPT_LABELS), v
        assert v.keep or not v.kept_text, v
    assert doc.text == "\n".join(v.kept_text for v in doc.lines if v.keep and v.kept_text)
    position = 0
    for piece in doc.text.split("\n") if doc.text else []:
        found = text.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)
    assert scrubber.clean(doc.text) == doc.text  # idempotent
    assert scrubber.scrub(data) == doc  # deterministic
    return doc


@PROPERTY
@given(TEXT)
@example("")
@example("\r\r\r")
@example("\x00\n\x00")
@example("第一行\u2028第二行\ufeff\u200b\u00a0第三行。")
def test_any_single_line(text: str) -> None:
    check(text)


@PROPERTY
@given(LINES)
@example("标题\r这是正文，内容足够长，用来说明清洗之后保留下来的是文章本身的段落。\r版权所有")
def test_any_lines(text: str) -> None:
    check(text)


@PROPERTY
@given(invisible_lines())
@example("Hello world.\n\u200b")  # an invisible last line (IndexError in answer_cards)
@example("\u200b\n\u200b")
def test_invisible_and_blank_lines(text: str) -> None:
    check(text)


@PROPERTY
@given(st.binary(max_size=400))
@example(b"\xff\xfe\x00\x00")  # a UTF-32 BOM, or a UTF-16 BOM and a NUL
@example(b"\xef\xbb\xbf\xd6\xd0\xce\xc4")  # a UTF-8 BOM on GBK bytes
@example("\ufeff一\u2028二\r三".encode("utf-16-be"))
def test_any_bytes(data: bytes) -> None:
    doc = check(data)
    assert doc.encoding is not None
    assert all(isinstance(w, str) and w for w in doc.warnings)


@st.composite
def mutated_page(draw: st.DrawFn, junk: st.SearchStrategy[str] = TEXT) -> str:
    """A fixture page with its lines deleted, duplicated, shuffled, junk inserted, truncated."""
    lines = draw(st.sampled_from(PAGES)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(("delete", "duplicate", "shuffle", "junk", "cut", "join")))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines[i:i] = lines[i:i + draw(st.integers(1, 5))]
        elif op == "shuffle":
            window = lines[i:i + draw(st.integers(2, 8))]
            lines[i:i + len(window)] = draw(st.permutations(window))
        elif op == "junk":
            lines.insert(i, draw(junk))
        elif op == "cut":
            lines[i] = lines[i][:draw(st.integers(0, len(lines[i])))]
        else:
            lines[i:i + 2] = ["".join(lines[i:i + 2])]
    text = draw(st.sampled_from(("\n", "\r\n", "\r"))).join(lines)
    return text[:draw(st.integers(0, len(text)))] if draw(st.booleans()) else text


@PROPERTY
@given(mutated_page())
def test_mutated_fixture_pages(text: str) -> None:
    check(text)


@PROPERTY
@given(mutated_page(ENCODABLE), st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "gb18030")))
def test_mutated_fixture_pages_as_bytes(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    doc = check(data)
    # GB18030 is told from other legacy encodings by its Chinese text: an English page with
    # one "©" (81 30 84 38 in GB18030) gives the detector nothing to go on.
    if encoding != "gb18030" or len(_HAN.findall(text)) >= MIN_HAN_TO_DETECT:
        assert decoded_input(data) == text
        assert doc.warnings == ()


@PROPERTY
@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00\x1b")))
def test_utf8_bytes_decode_to_their_text(text: str) -> None:
    decoded = decode(text.encode("utf-8"))
    # A leading U+FEFF encodes to the UTF-8 BOM, which decoding drops.
    assert (decoded.text, decoded.encoding, decoded.warnings) == (
        text.removeprefix("\ufeff"), "utf-8", ())


ARTICLE = ("今年本市春季植树活动于三月中旬正式启动，各区共组织志愿者两万余人参加义务植树。\n"
           "园林部门表示，新栽树木以本地乡土树种为主，兼顾景观效果和生态功能，成活率预计超过九成。")


@pytest.mark.parametrize("first", ["★★★★★", "\ufeff", "\x00", "———", "|"])
def test_a_line_without_letters_is_never_kept(first: str) -> None:
    # It once became the headline when it stood right above the article.
    doc = scrubber.scrub(first + "\n" + ARTICLE)
    assert not doc.lines[0].keep, doc.lines[0]


# --- pathological lines: regression tests for bench/bench_growth.py --------------------------
#: Generous bounds: each line takes ~0.1 s today, all of them ~2 s with the interpreter start;
#: a super-linear regex takes minutes on one of them.
PATHOLOGICAL_SECONDS = 10.0
CHILD_SECONDS = 60.0
PATHOLOGICAL = {
    "pipes": "|" * 100_000,
    "full_stops": "。" * 100_000,
    "digits": "1" * 100_000,
    "dated_digits": "发布时间：2021-01-01 " + "1" * 100_000,
    "middots": "首页 · " * 20_000,
    "brackets": "【（[" * 30_000,
    "han_run": "今年本市春季植树活动正式启动" * 7_000,
    "markers": "相关阅读 友情链接 版权所有 Copyright 分享到 " * 4_000,
    "dates": "2021-01-01 " * 10_000,
    "url": "http://example.com/a/b?c=d&e=f#g " * 3_000,
    # White-space runs inside a line: the split patterns of metadata.py were once quadratic on
    # them (about 25 s for 40k spaces).
    "spaces": "标题" + " " * 100_000 + "站点",
    "tabs": "首页" + "\t" * 100_000 + "尾页",
    "ideographic_spaces": "标题" + "\u3000" * 100_000 + "站点",
    "line_separators": "标题" + "\u2028" * 100_000 + "站点",
}
_CHILD = """
import json, sys, time
import scrubber
for name, line in json.load(sys.stdin).items():
    start = time.perf_counter()
    scrubber.scrub(line)
    print(name, time.perf_counter() - start, flush=True)
"""


def scrub_times_in_child(lines: dict[str, str], timeout: float) -> dict[str, float]:
    """Seconds ``scrub`` takes on each line, in a child interpreter killed after ``timeout``
    (a quadratic regex cannot be interrupted in-process); lines it did not reach are missing."""
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(lines),
                             capture_output=True, text=True, timeout=timeout,
                             check=True).stdout
    except subprocess.TimeoutExpired as exc:  # its output so far is bytes, whatever ``text``
        raw = exc.stdout or b""
        out = raw.decode() if isinstance(raw, bytes) else raw
    return {name: float(seconds) for name, seconds in
            (row.split() for row in out.splitlines() if row)}


def test_pathological_lines_scrub_in_linear_time() -> None:
    times = scrub_times_in_child(PATHOLOGICAL, CHILD_SECONDS)
    hung = [name for name in PATHOLOGICAL if name not in times]
    assert not hung, f"killed after {CHILD_SECONDS:g} s on {hung[0]!r}"
    slow = {name: s for name, s in times.items() if s > PATHOLOGICAL_SECONDS}
    assert not slow, slow


#: Lines just under the keyword rules' length limit (rules.MAX_RULE_CHARS, 2,000 characters):
#: 0.3 MB, scrubbed in ~0.4 s; a quadratic rule pattern costs ~0.1 s on each line, 15 s in all.
DATED_DIGIT_LINES = "\n".join(["2021-01-01 " + "1" * 1_979] * 150)
DATED_DIGIT_SECONDS = 5.0
def test_dated_lines_of_digits_under_the_rule_limit() -> None:
    # rules.tsv relative_time once lacked (?<!\d): a match was tried at every digit of a run.
    times = scrub_times_in_child({"dated_digit_lines": DATED_DIGIT_LINES},
                                 timeout=DATED_DIGIT_SECONDS + 3)  # start-up included
    assert times.get("dated_digit_lines", DATED_DIGIT_SECONDS) < DATED_DIGIT_SECONDS


# Keyword rules skip lines over 2,000 characters, so the whole-line tests above no longer reach
# the rule patterns: this times every pattern scrubber has directly, on hostile lines.
#: Seconds one pattern may take on one line of 8,000 characters: linear patterns take about a
#: millisecond, the quadratic ones found so far more than a second.
PATTERN_SECONDS = 0.25
HOSTILE = {
    "digits": "1" * 8_000,
    "twenty": "20" * 4_000,
    "dates": "2021-01-01 " * 730,
    "spaces": "标题" + " " * 8_000 + "站点",
    "tabs": "首页" + "\t" * 8_000 + "尾页",
    "ideographic_spaces": "a" + "\u3000" * 8_000 + "b",
    "full_stops": "。" * 8_000,
    "pipes": "|" * 8_000,
    "markers": "相关阅读 " * 1_600,
    "counters": "(1)" * 2_700,
    "letters_digits": "a1" * 4_000,
}
_PATTERN_CHILD = """
import importlib, json, re, sys, time
import regex
from scrubber import DEFAULT_OPTIONS
from scrubber.rules import ruleset

def patterns():
    for name in ("features", "classify", "dates", "rules", "metadata", "authors", "names",
                 "pubdate", "splice", "core"):
        for attr, value in vars(importlib.import_module("scrubber." + name)).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                yield name + "." + attr, value
    for matcher_name, matcher in vars(ruleset(DEFAULT_OPTIONS)).items():
        for attr, value in getattr(matcher, "__dict__", {}).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                yield "rules." + matcher_name + "." + attr, value

for key, line in json.load(sys.stdin).items():
    for name, pattern in patterns():
        start = time.perf_counter()
        for _ in pattern.finditer(line):
            pass
        print(json.dumps([key, name, time.perf_counter() - start]), flush=True)
"""


@pytest.fixture(scope="module")
def pattern_seconds() -> dict[str, dict[str, float]]:
    """{hostile line: {pattern: seconds}}, measured once in a child interpreter; a line the
    child did not finish (killed after CHILD_SECONDS) is missing or incomplete."""
    try:
        out = subprocess.run([sys.executable, "-c", _PATTERN_CHILD], input=json.dumps(HOSTILE),
                             capture_output=True, text=True, timeout=CHILD_SECONDS,
                             check=True).stdout
    except subprocess.TimeoutExpired as exc:
        raw = exc.stdout or b""
        out = raw.decode() if isinstance(raw, bytes) else raw
    seconds: dict[str, dict[str, float]] = {}
    for row in out.splitlines():
        key, name, elapsed = json.loads(row)
        seconds.setdefault(key, {})[name] = elapsed
    return seconds


@pytest.mark.parametrize("line", HOSTILE)
def test_no_pattern_is_superlinear(line: str, pattern_seconds: dict[str, dict[str, float]]
                                   ) -> None:
    measured = pattern_seconds.get(line, {})
    assert measured, f"not measured: the child was killed after {CHILD_SECONDS:g} s"
    slow = {name: round(s, 2) for name, s in measured.items() if s > PATTERN_SECONDS}
    assert not slow, slow


DATE_PIECES = ["2021", "1999", "12", "3", "-", "/", ".", " ", "年", "月", "日", "March", "mar",
               "Sept", "5th", ",", "10:30", "pm", "x", "May", "中"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map("".join))
def test_date_start_gate_changes_no_match(text: str) -> None:
    """The lookahead in front of DATE (where a date may start) finds every date the bare
    alternation finds, at the same places."""
    bare = regex.compile(dates.DATE.pattern[len(dates._DATE_START):], regex.IGNORECASE)
    assert [m.span() for m in dates.DATE.finditer(text)] == \
        [m.span() for m in bare.finditer(text)]


CLAUSE_PIECES = ["中", "文", "a", "Ab", "\u3000", " ", "\t", "\xa0", "，", "1", "字字字字"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=30).map("".join))
def test_clause_precheck_never_misses_a_clause(line: str) -> None:
    """The cheap test before the leading-clause expression passes wherever it matches."""
    assert splice._MAY_LEAD.match(line) or not splice._LEADING_CLAUSE.match(line)
