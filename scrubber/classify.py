"""First pass: classify every line on its own (jusText's "context-free" pass).

Each line becomes one of

- ``BLANK``: nothing visible;
- ``BAD``: a keyword or shape rule names it boilerplate (its label and reason are final unless a
  region overrides them);
- ``HEADER``: a related / links / comment header, which opens a region;
- ``GOOD``: long running text with sentence punctuation;
- ``NEAR``: medium-length text that reads like a sentence;
- ``SHORT``: anything else; its neighbours decide it in the second pass.
"""

from __future__ import annotations

import re
from collections.abc import Container
from enum import Enum
from typing import NamedTuple

import regex

from .compiled import speedups as _speedups
from .dates import DATE, date_text, holds_year, may_hold_date
from .features import LineFeatures
from .options import Options
from .rule_scopes import SCAN, match
from .rules import Found, Hit, RuleSet
from .yearless import MONTH_DAY


class Kind(Enum):
    BLANK = "blank"
    BAD = "bad"
    HEADER = "header"
    GOOD = "good"
    NEAR = "near"
    SHORT = "short"


class Classified(NamedTuple):
    kind: Kind
    label: str = ""  # for BAD and HEADER lines
    reason: str = ""


BLANK: Classified = Classified(Kind.BLANK, "blank", "blank_line")
_GOOD, _NEAR, _SHORT = Classified(Kind.GOOD), Classified(Kind.NEAR), Classified(Kind.SHORT)
_NO_LETTERS = Classified(Kind.BAD, "noise", "no_letters")
_COMMENT_AUTHOR_LINE = Classified(Kind.HEADER, "comment", "comment_author")
_COUNTED = Classified(Kind.BAD, "nav", "counted_link")
_PAGINATED = Classified(Kind.BAD, "nav", "pagination")
_STUFFED = Classified(Kind.BAD, "spam", "keyword_stuffing")
_LINK_LIST = Classified(Kind.BAD, "nav", "link_list")

# A line made only of digits, separators and the words of pagination: "1 2 3 ... 10 下一页".
# A number with thousands separators ("2,000") is one item, and a line with a currency sign is
# a price range ("￥2,000～￥2,999"), not pages.
_PAGINATION = regex.compile(
    r"^(?!.*\p{Sc})[\s\p{P}\p{S}]*+(?:(?:\d++(?:[,.]\d{3})*+|上一?页|下一?页|首页|尾页|末页"
    r"|prev(?:ious)?|next|first|last)[\s\p{P}\p{S}]*+){3,}$",
    regex.IGNORECASE,
)
# ... but a line of digits that is a date or a clock time, with two digits for the year or none,
# is a post's or an entry's stamp ("24-03-05 12:40", "03/05 12:35", "12-20-06", "15:23 2019"):
# a date line, not a list of pages.
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?"
_NUMERIC_DATE = r"\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?"
_NUMERIC_STAMP = regex.compile(rf"^[\s\p{{P}}]*+(?>{_NUMERIC_DATE}|{_CLOCK})"
                               rf"(?>[\s,]++(?>{_NUMERIC_DATE}|{_CLOCK}|\d{{4}}))*+[\s\p{{P}}]*+")
_STAMPED = Classified(Kind.BAD, "meta", "date_line")
# Where such a line may start (a cheap test before the expression): any run of characters that
# are not letters or digits, then a digit or the first letter of one of the words.
# (The lookbehind keeps a search linear on a long run of such characters; it is used anchored.)
_PAGINATION_START = re.compile(r"(?<![\W_])[\W_]*(?:\d|[上下首尾末]|prev|next|first|last)")
# Leftover around a date for the line still to count as a date line: a short label such as a
# channel name, "发布时间：", "Published" or "Updated".
_DATE_LINE_REST_UNITS = 8
#: A line stamped with a date and time is a post or comment header up to this many units.
DATE_STAMP_MAX_UNITS = 24
DATE_STAMP_MAX_CHARS = 200
_UNIT = regex.compile(r"\p{Han}|[\p{L}\p{N}]+")
# A link followed by its counter: "偶像新人王写真(67)", "C#/.NET (rss)", "2005年9月 (1)".
_COUNTED_LINK = regex.compile(r"(?<![★☆⭐✩✪]\s*)[(（\[【]\s*(?:\d+|rss)\s*[)）\]】]\s*$",
                              regex.IGNORECASE)
#: Keyword stuffing: at least this many items, and one keyword in at least this share of them.
STUFFING_MIN_ITEMS = 5
STUFFING_SHARE = 0.8
_ITEM_SPLIT = regex.compile(r"[,，、|｜/／;；\t]+\s*|\s{2,}|(?<=\p{Han})\s+(?=\p{Han})")
# A comment's author line opens the comment thread: "devindenv says:", "张三 说：".
_COMMENT_AUTHOR = regex.compile(
    r"^\S.{0,40}?\s(?:says\s*:?|(?:said|wrote|writes|replied|commented)\s*:)\s*$"
    r"|^\S.{0,20}?(?:说|写道|回复|评论)[：:]\s*$",
    regex.IGNORECASE,
)
COMMENT_AUTHOR_MAX_UNITS = 8
# ... unless it introduces a quote in the article: a pronoun or a noun with its article says it
# ("He said:", "The minister wrote:", "他在文章中说：", "她表示：").
_QUOTE_INTRO = regex.compile(
    r"^(?:(?:he|she|they|it|we|i|you|the|a|an|this|that|his|her|their|our|its|as|and|but|so"
    r"|here|here's|then|later|once|when|elsewhere)\s"
    r"|[^\s:：]{0,12}?(?:他|她|我们|文中|书中|信中|表示|指出))",
    regex.IGNORECASE)
# What such a line ends with (a cheap test before the expression).
_COMMENT_AUTHOR_ENDS = (":", "：", "says")
#: A counted link is at most this many units.
COUNTED_LINK_MAX_UNITS = 30
_CLOSING = frozenset(")）]】")


def _date_line(f: LineFeatures) -> str | None:
    """``date_line``: a date with at most a short label around it; ``date_stamp``: a short line
    stamped with a date and a time (a post or comment header:
    "# re: 标题 2004-12-27 12:46 寒星")."""
    if (f.units > DATE_STAMP_MAX_UNITS or f.chars > DATE_STAMP_MAX_CHARS or f.sentence_punct > 1
            or f.ends_sentence):
        return None
    text = date_text(f.text)
    if not holds_year(text):
        return None
    found = DATE.search(text)
    if found is None:
        return None
    rest = DATE.sub(" ", text)
    if len(_UNIT.findall(rest)) <= _DATE_LINE_REST_UNITS:
        return "date_line"
    return "date_stamp" if found.group("hour") is not None else None


def yearless_lines(classified: list[Classified], feats: list[LineFeatures]) -> None:
    """A short line that is a byline's stamp with a month and a day but no year, with at most a
    word or two around it ("8/28(水) 18:05配信", "8월 27일 오후 3시", "Aug 28":
    :data:`scrubber.yearless.MONTH_DAY`), is a ``date_line`` (in place). (The first pass
    decides lines without a year by their size: this looks at its short lines with a digit.)"""
    for i, c in enumerate(classified):
        if c.kind is Kind.SHORT and feats[i].units <= YEARLESS_MAX_UNITS and \
                _yearless_stamp(date_text(feats[i].text)):
            classified[i] = _STAMPED


def _yearless_stamp(text: str) -> bool:
    if _DIGIT.search(text) is None or holds_year(text):
        return False
    found = MONTH_DAY.search(text)
    if found is None or _LATIN.search(found.group()) is not None:
        # (A month's name and a day, "Thursday, December 4th", is as often a schedule's
        # entry or a blog archive's heading as a byline's stamp: numeric and CJK forms only.)
        return False
    around = text[:found.start()] + " " + text[found.end():]
    if _STAMP_CLOCK.search(around) is None and _WEEKDAY_MARK.search(around) is None:
        return False  # a month and a day alone ("5月19日") heads a part of a schedule
    rest = _UNIT.findall(_STAMP_CLOCK.sub(" ", around))
    words = sum(1 for u in rest if u.isascii() and u.isalpha())
    return len(rest) <= YEARLESS_REST_UNITS and words <= YEARLESS_REST_WORDS


#: A year-less stamp line has at most this many units, and this many outside its month, day
#: and time (配信, 更新, the weekday's mark).
YEARLESS_MAX_UNITS = 8
YEARLESS_REST_UNITS = 3
#: ... of which this many words of Latin letters ("Updated Aug 28"; "Entrance Exam (Oct 26)" is
#: an entry of a schedule).
YEARLESS_REST_WORDS = 1
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")
#: A weekday's mark in brackets after the date ("(水)", "（二）", "(화)").
_WEEKDAY_MARK = re.compile(r"^\s*[(（]\S{1,2}[)）]")
_STAMP_CLOCK = re.compile(r"(?:(?:午前|午後|오전|오후|上午|下午)\s*)?\d{1,2}\s*[:時시点]\s*"
                          r"(?:\d\d\s*分?)?")


#: In a CJK line whose only separators are single spaces, menu items have at most this many
#: units on average.
GAP_MENU_ITEM_UNITS = 4


def _link_list(f: LineFeatures) -> bool:
    """Many short items separated by spaces, pipes, dots or arrows: a menu or a link list. With
    strong separators (pipes, tabs, wide gaps) and no sentence, items may be headlines."""
    if f.separators < 2 or f.sentence_punct > 1:
        return False
    items = f.separators + 1
    if f.is_cjk and not f.strong_separators:
        # Only single spaces between CJK words: a menu of short words ("首页 新闻 体育"), or
        # prose whose clauses are spaced instead of punctuated (blogs, photo captions): a
        # menu has no punctuation and short items.
        return not f.clause_punct and not f.sentence_punct and \
            f.units / items <= GAP_MENU_ITEM_UNITS
    if f.units / items <= (6 if f.is_cjk else 3.5):
        return True
    return (f.strong_separators >= 2 and f.sentence_punct == 0 and not f.ends_sentence
            and f.units / (f.strong_separators + 1) <= (15 if f.is_cjk else 6))


def _keyword_stuffing(f: LineFeatures) -> bool:
    """SEO keyword stuffing: a list of at least STUFFING_MIN_ITEMS items with no sentence, most
    of which repeat one keyword ("减肥茶,减肥茶排行,减肥茶价格,…", "cheap shoes, cheap boots,
    …")."""
    if f.sentence_punct or f.clause_punct + f.separators < STUFFING_MIN_ITEMS - 1:
        return False
    items = [i for i in _ITEM_SPLIT.split(f.lower) if i]
    if len(items) < STUFFING_MIN_ITEMS:
        return False
    counts: dict[str, int] = {}
    for item in items:  # per item, not per character: a handful of set operations
        grams = {item[k:k + 2] for k in range(len(item) - 1)} if f.is_cjk else \
            set(item.split())
        for gram in grams:
            counts[gram] = counts.get(gram, 0) + 1
    return max(counts.values(), default=0) >= STUFFING_SHARE * len(items)


# What a pagination line is made of, as far as :func:`quick` tells (more than _PAGINATION: any
# character but letters and digits between the items; used with fullmatch on the case-folded
# line). A cased letter outside ASCII may match a word's letter case-insensitively ("İ" and
# "i"): such a line is left to _PAGINATION too. (The lookbehind keeps a search linear.)
_MAY_PAGINATE = re.compile(
    r"(?<![\W\d_])(?:[\W_]*+(?:\d++|上一页|上页|下一页|下页|首页|尾页|末页|previous|prev|next|first|last)){3,}"
    r"[\W_]*+")


def _may_paginate(lower: str) -> bool:
    return _MAY_PAGINATE.fullmatch(lower) is not None or (not lower.isascii() and any(
        not c.isascii() and (c.isupper() or c.islower() or c.istitle()) for c in lower))


#: The lines :func:`quick` decides, in the order the compiled twin takes them.
QUICK_KINDS = (BLANK, _NO_LETTERS, _LINK_LIST, _GOOD, _NEAR, _SHORT)


def quick(f: LineFeatures, options: Options) -> Classified | None:
    """The class of a line with no keyword in it, when its measures alone decide it; ``None``
    when a shape rule that needs an expression (comment author, date, counted link,
    pagination, keyword stuffing) may fire. Most lines are decided here by a few comparisons
    (and by the compiled twin, ``_speedups.quick_kinds``, without a Python call)."""
    if not f.text:
        return BLANK
    if f.alnum == 0:
        return _NO_LETTERS
    if f.units <= COMMENT_AUTHOR_MAX_UNITS and f.lower.endswith(_COMMENT_AUTHOR_ENDS):
        return None
    if f.units <= DATE_STAMP_MAX_UNITS and f.sentence_punct <= 1 and not f.ends_sentence and \
            may_hold_date(f.text):
        return None
    if f.units <= COUNTED_LINK_MAX_UNITS and not f.ends_sentence and f.text[-1] in _CLOSING:
        return None
    if f.chars <= 200 and f.units >= 3 and _may_paginate(f.lower):
        return None
    if not f.sentence_punct and f.clause_punct + f.separators >= STUFFING_MIN_ITEMS - 1:
        return None
    if f.separators >= 2 and f.sentence_punct <= 1 and _link_list(f):
        return _LINK_LIST
    return _by_length(f, options)


def _by_length(f: LineFeatures, options: Options) -> Classified:
    """GOOD, NEAR or SHORT: what is left when no rule names the line."""
    sentence = f.sentence_punct > 0 or (f.clause_punct > 0 and f.ends_sentence)  # has_sentence
    if f.units >= options.good_units and (sentence or f.clause_punct >= 2):
        return _NEAR if f.ends_ellipsis else _GOOD  # an ellipsis: a teaser, long but cut off
    if f.units >= options.short_units and (sentence or f.clause_punct):
        return _NEAR
    return _SHORT


def by_size(classified: list[Classified], feats: list[LineFeatures], options: Options
            ) -> list[Classified]:
    """The conservative mode's classes: GOOD, NEAR and SHORT lines judged by their size alone,
    with no sentence punctuation required (scripts that write none, such as Thai, or pages
    whose text has none). Lines a rule names keep their class. Returns ``classified`` itself
    when nothing changes."""
    out = None
    for i, c in enumerate(classified):
        if c.kind is Kind.SHORT or c.kind is Kind.NEAR:
            f = feats[i]
            new = _GOOD if f.units >= options.good_units and not f.ends_ellipsis else \
                _NEAR if f.units >= options.short_units else _SHORT
            if new is not c:
                if out is None:
                    out = list(classified)
                out[i] = new
    return classified if out is None else out


def classify(f: LineFeatures, rules: RuleSet, options: Options,
             found: Found | str | None = SCAN) -> Classified:
    """``found``: the line's keyword scan, when the caller has it (:meth:`RuleSet.scan_lines`;
    ``None``: nothing found, so the keyword rules are skipped)."""
    if not f.text:
        return BLANK
    hit: Hit | None = match(f, rules, options, found) if found is not None else None
    if hit is not None:
        return Classified(Kind.HEADER if hit.opens_region else Kind.BAD, hit.label, hit.reason)
    if f.alnum == 0:
        return _NO_LETTERS
    if f.units <= COMMENT_AUTHOR_MAX_UNITS and f.lower.endswith(_COMMENT_AUTHOR_ENDS) and \
            _COMMENT_AUTHOR.search(f.text) and not _QUOTE_INTRO.match(f.text):
        return _COMMENT_AUTHOR_LINE
    # Each shape rule below is guarded by the cheap tests on its features, inline: most lines
    # meet none of them, and a paragraph should cost a few comparisons.
    if f.units <= DATE_STAMP_MAX_UNITS and f.sentence_punct <= 1 and not f.ends_sentence:
        dated = _date_line(f)
        if dated is not None:
            return Classified(Kind.BAD, "meta", dated)
    if f.units <= COUNTED_LINK_MAX_UNITS and not f.ends_sentence and f.text[-1] in _CLOSING and \
            _COUNTED_LINK.search(f.text):
        return _COUNTED
    if f.chars <= 200 and f.units >= 3 and _PAGINATION_START.match(f.lower) and \
            _PAGINATION.match(f.text):
        return _STAMPED if _NUMERIC_STAMP.fullmatch(f.text) else _PAGINATED
    if not f.sentence_punct and f.clause_punct + f.separators >= STUFFING_MIN_ITEMS - 1 and \
            _keyword_stuffing(f):
        return _STUFFED
    if f.separators >= 2 and f.sentence_punct <= 1 and _link_list(f):
        return _LINK_LIST
    return _by_length(f, options)


def classify_lines(feats: list[LineFeatures], rules: RuleSet, options: Options,
                   found: dict[int, Found]) -> list[Classified]:
    """:func:`classify` of every line, given the lines' keyword scans
    (:meth:`RuleSet.scan_lines`): the lines :func:`quick` decides first (all at once, in C
    when the compiled module is built), then the others one by one."""
    if _speedups is not None:
        out, todo = _speedups.quick_kinds(feats, found, float(options.good_units),
                                          float(options.short_units), QUICK_KINDS)
    else:
        out, todo = quick_lines_python(feats, options, found)
    for i in todo:
        out[i] = classify(feats[i], rules, options, found.get(i))
    return out  # type: ignore[no-any-return]


def quick_lines_python(feats: list[LineFeatures], options: Options, found: Container[int]
                       ) -> tuple[list[Classified | None], list[int]]:
    """:func:`quick` of every line not in ``found``, and the indices left undecided (the
    reference ``_speedups.quick_kinds`` is held to)."""
    out = [None if i in found else quick(f, options) for i, f in enumerate(feats)]
    return out, [i for i, c in enumerate(out) if c is None]
