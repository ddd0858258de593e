"""The shape of a line as a thread's chrome (:mod:`scrubber.threads`): its numbers, month
names, weekdays, the poster's handle, a relative time and the words a post's stamp varies
folded, so that each post's copy of one piece of chrome ("#3" / "#4", "u/dana_k · 3 hr. ago" /
"u/carol · 5 hr. ago", "发布于 … IP 属地北京" / "编辑于 … IP 属地上海") has one shape, and the
shapes that tell a thread by themselves (a floor with its date, a handle with its time, a text
board's post header)."""

from __future__ import annotations

import re

from .features import LineFeatures
from .post_marks import HANDLE, RANK_SCORE, SCORED_HANDLE, is_mark
from .relative_times import RELATIVE_TIME

_SPACES = re.compile(r"\s+")
#: A number, with its groups of three digits apart by a (thin, no-break) space or an
#: apostrophe as many languages write them ("5 432", "1'204": one count, "1,204"'s shape).
_NUMBER = re.compile(r"\d[\d,.:]*(?:[ \u00a0\u202f'\u2019]\d{3}(?!\d)[\d,.:]*)*")
#: The sign of a count that is a line of its own ("-5", "+12", "−3": a post's score).
_SIGN = re.compile(r"^[-+\u2212](?=[\d,.]+$)")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")
#: Weekday names and the half of the day, which change from stamp to stamp ("Sat Mar 04, 2023
#: 2:10 pm" / "Tue Feb 02, 2016 9:00 am") and not its shape.
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|\s[ap]\.?m\b\.?")
#: The shape of a floor number as chrome ("#3", "Post #3" folded by :func:`chrome_key`).
FLOOR = re.compile(r"(?:post\s?)?#\s?0")
#: The shape of a date stamp no date rule names ("10 Jul 22,, 00:17" is "0 m 0 0"): numbers
#: and month names only, which :func:`chrome_key` folds to "0" and "m".
_DATE_SHAPE = re.compile(r"[0m ,./-]+")
#: The words of a post's stamp that differ from post to post without changing its shape: the
#: verb (posted or edited: "发布于" / "编辑于") and the place Chinese platforms must show
#: ("IP 属地北京" / "IP 属地上海").
_STAMP_WORDS = re.compile(r"(?:发布|编辑|发表|修改|發布|發佈|編輯|發表)于|ip\s?属地\s?[:：]?\s?\S+")
#: The floors a Chinese board names instead of numbering them (the second, third and fourth
#: posts: 沙发, 板凳, 地板): the shape of a numbered floor ("5楼"), so that a short thread's
#: floors repeat one shape as a long thread's numbers do. (A zh-Hant page's lines are read
#: folded to simplified characters: 沙發 is 沙发.)
_NAMED_FLOORS = frozenset(("沙发", "板凳", "地板", "地下室"))
_FLOOR_KEY = "0楼"
#: A floor number with the post's date glued on ("1楼2024-03-05 21:14"): two kinds of marks in
#: one line, enough to tell a thread.
FLOOR_AND_STAMP = re.compile(r"0\s*楼\s*0[-/.]0[-/.]0(?:\s+0(?::0)*)?")
#: The shape of a text board's whole post header (:data:`scrubber.post_marks.POST_HEADERS`),
#: whatever the poster's name and ID: one kind of it tells a thread as a floor with its date
#: does.
HEADER_KEY = "0 header"
#: A poster's handle with its honorific ("sho********さん", a mark): one shape, whoever posts.
_HONORIFIC = "さん"
_HONORIFIC_KEY = "0さん"
#: A poster's handle (:data:`scrubber.post_marks.HANDLE`), folded to one shape: each post's
#: stamp shows another poster's.
_HANDLE = re.compile(rf"{HANDLE}|^{SCORED_HANDLE}")
_HANDLE_KEY = "u/_"
#: The shapes of the marks that stand right above a post's stamp, as a floor number does: a
#: poster's handle, a reply's depth in a comment tree ("level 2" over "dana_k" / "· 3 hr.
#: ago").
NAME_KEYS = frozenset((_HANDLE_KEY, "level 0"))
#: A relative time, folded to one shape ("2 yr. ago" and "5 mo. ago" are one stamp's).
_RELATIVE = re.compile(RELATIVE_TIME)
_RELATIVE_KEY = "0 ago"
#: A poster's handle with the post's time beside it ("u/dana_k · 3 hr. ago", "u/dana_k •
#: Mar 3, 2024"): two kinds of marks in one line, enough to tell a thread, as a floor
#: number with its date is.
HANDLE_AND_STAMP = re.compile(rf"{re.escape(_HANDLE_KEY)}.*0|0.*{re.escape(_HANDLE_KEY)}")


#: A poster's rank with their score on a Q&A board, at the head of the post's stamp ("Thinker
#: (7,512) 2 years ago" / "Pro (934) 1 year ago"), folded to one shape: each answerer has
#: another rank.
_RANK = re.compile(rf"^{RANK_SCORE}")
RANK_KEY = "rank (0)"


def chrome_key(f: LineFeatures) -> str:
    """A line's shape as chrome: numbers (with the sign of a vote count: "-5" is "3"'s
    shape), month names, the stamp's varying words and runs of white space folded."""
    if f.lower.strip() in _NAMED_FLOORS:
        return _FLOOR_KEY
    if f.lower.endswith(_HONORIFIC) and is_mark(f.lower):
        return _HONORIFIC_KEY
    key = _RELATIVE.sub(_RELATIVE_KEY, _HANDLE.sub(_HANDLE_KEY, _SIGN.sub("", f.lower)))
    if "(" in key and _RANK.match(key) and is_mark(f.lower):
        key = _RANK.sub(RANK_KEY, key)
    key = _MONTH.sub("m", _NUMBER.sub("0", key))
    if "m" in key and any(c.isdigit() for c in key):
        key = _WEEKDAY.sub(" ", key)
    if "于" in key or "属地" in key:
        key = _STAMP_WORDS.sub(lambda m: "于" if m.group().endswith("于") else "ip", key)
    return _SPACES.sub(" ", key)


def is_date_shape(key: str) -> bool:
    """Whether a shape of chrome is a date's: a day, a month name and a year or time."""
    return "m" in key and key.count("0") >= 2 and _DATE_SHAPE.fullmatch(key) is not None
