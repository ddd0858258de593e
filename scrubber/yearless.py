"""A page dated without its year: the byline's stamp gives a month and a day and nothing else
("8/28(水) 18:05配信", "8月28日 18時05分", "8월 27일 오후 3시", "Aug 28"), or only a relative
time ("Asked 5 years ago", "3日前": a question's or a thread's first post's stamp).

Such a stamp is the page's own date, and the year is not on the line: the dates elsewhere on
the page (a related story's "2024/08/20", a comment's, a copyright's year) belong to something
else, and taking one of them, or its year, would date the page blindly. So when the stamp stands
in the byline block (the short lines between the headline and the article, the ones
:func:`scrubber.metadata.byline_order` puts first) and the date :func:`scrubber.pubdate.
choose_date` found stands elsewhere with no publication word in front of it, the page has no
date (a date in the URL's path may still give one) — unless a full date of the page gives the
stamp's own month and day, in one year only: that year completes the stamp. (A relative time
has no day to complete: an answer's or a reply's date under it is a later one.)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .dates import MONTH_NAME, MONTH_NAMES, find_dates, may_hold_date
from .features import LineFeatures
from .relative_times import RELATIVE_TIME

#: Weekday marks in brackets after a month and day, per language ("8/28(水)", "3/5(二)",
#: "8/27(화)", "3/5 (Tue)"): a numeric month/day is read only with one, or with a time.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "zh": ("一", "二", "三", "四", "五", "六", "日", "天", "周一", "周二", "周三", "周四", "周五",
           "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六", "週日"),
    "ko": ("월", "화", "수", "목", "금", "토", "일"),
    "en": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
}
_WEEKDAY = "|".join(sorted({w for ws in WEEKDAYS.values() for w in ws}, key=len, reverse=True))
_MONTH = r"(?P<month>1[0-2]|0?[1-9])"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
#: No year before the month ("2024年8月28日" and "2024/8/28" are full dates). (Its white space
#: is bounded: a lookbehind of any length would scan back over every run of spaces.)
_NO_YEAR_BEFORE = r"(?<!(?:19|20)\d\d\s{0,3}[年년/.\-]\s{0,3})(?<![\d/.\-])"
#: A month and a day without a year, as bylines write them.
MONTH_DAY = regex.compile("|".join((
    # 8月28日, 8월 28일
    rf"{_NO_YEAR_BEFORE}{_MONTH}\s*[月월]\s*{_DAY}\s*[日号號일]",
    # 8/28(水), 8/28 (Wed), 8/28 18:05
    rf"{_NO_YEAR_BEFORE}{_MONTH}/{_DAY}(?![\d/])"
    rf"(?=\s*[（(]\s*(?:{_WEEKDAY})\s*[）)]|\s+(?:2[0-3]|[01]?\d):[0-5]\d)",
    # Aug 28, August 28th (no year after it)
    rf"(?<!\p{{L}}){MONTH_NAME}\s+{_DAY}(?:st|nd|rd|th)?(?![\d:]|,?\s*(?:19|20)\d\d)",
    # 28 Aug
    rf"(?<![\d/.]){_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}(?!\p{{L}}|,?\s*(?:19|20)\d\d)",
)), regex.IGNORECASE)
#: A stamp line is at most this many units (a date, a time, a word like 配信 or a source name);
#: a longer line is a sentence that mentions a day.
STAMP_MAX_UNITS = 8


#: A relative time ("5 years ago", "3日前", "2시간 전"): a stamp that gives no calendar date.
_RELATIVE = regex.compile(RELATIVE_TIME, regex.IGNORECASE)
#: What :func:`yearless_stamp` gives for a relative time: no month and day to complete.
RELATIVE = (0, 0)


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a stamp that gives no year; None when the line has a dated form with
    a year, or no month and day at all."""
    if next(find_dates(text), None) is not None:
        return None
    m = MONTH_DAY.search(text)
    if m is None:
        return None
    name = m.group("mname")
    month = MONTH_NAMES[name.casefold()[:3]] if name else int(m.group("month"))
    return month, int(m.group("day"))


#: The article's first lines that may still be the byline block (a stamp the line rules did not
#: know as a date opens the article: "8/28(水) 18:05配信" right under the headline).
BLOCK_ARTICLE_LINES = 2


def yearless_block(feats: Sequence[LineFeatures], order: Sequence[int], main_start: int,
                   headline: int | None) -> list[int]:
    """The byline block: the lines of ``order`` (:func:`scrubber.metadata.byline_order`) under
    the headline, above the article or among its first BLOCK_ARTICLE_LINES lines."""
    if main_start < 0:
        return []
    stop = main_start
    for _ in range(BLOCK_ARTICLE_LINES):
        while stop < len(feats) and not feats[stop].text:
            stop += 1
        stop += 1
    return [i for i in order if i < stop and (headline is None or i > headline)]


def yearless_stamp(feats: Sequence[LineFeatures], block: Sequence[int]) -> tuple[int, int] | None:
    """The month and day of the first stamp without a year among the byline block's lines
    ``block`` (nearest the article first); RELATIVE for a relative time ("Asked 5 years
    ago": a question's, a first post's stamp)."""
    for i in block:
        f = feats[i]
        if f.units <= STAMP_MAX_UNITS and not f.ends_sentence:
            found = month_day(f.text)
            if found is None and next(find_dates(f.text), None) is None and \
                    _RELATIVE.search(f.text):
                found = RELATIVE
            if found is not None:
                return found
    return None


def date_for_stamp(feats: Sequence[LineFeatures], date: str | None, date_line: int | None,
                   named: bool, block: Sequence[int], stamp: tuple[int, int] | None
                   ) -> str | None:
    """The page's date given the byline block's year-less ``stamp``: the chosen ``date``
    when it stands in the block, a publication word names it (``named``) or it is the stamp's
    own month and day; else the stamp's day in the one year the page's full dates of that
    month and day give; else None (the chosen date is some other item's)."""
    if stamp is None or date is None or date_line in block or named or \
            _month_and_day(date) == stamp:
        return date
    if stamp == RELATIVE:
        return None
    years = {d.iso[:4] for f in feats if f.text and may_hold_date(f.text)
             for d in find_dates(f.text) if _month_and_day(d.iso) == stamp}
    return f"{years.pop()}-{stamp[0]:02d}-{stamp[1]:02d}" if len(years) == 1 else None


def _month_and_day(iso: str) -> tuple[int, int] | None:
    return (int(iso[5:7]), int(iso[8:10])) if len(iso) >= 10 else None
