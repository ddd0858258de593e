"""The posts of a thread after the context pass (:mod:`scrubber.regions`): their stamps among
the kept lines, and their replies inside a box the context pass took for boilerplate, once
the thread's chrome is known (:func:`scrubber.threads.post_chrome`).

- **Post stamps.** Inside the kept text, a short line with no sentence that holds a relative
  time, a floor number or a vote/reply counter, and whose shape (letters and digits
  generalised) repeats at least ``STAMP_MIN_REPEATS`` times on the page, is a post's chrome
  (``post_stamp``), not its body. A floor number ("#3") is a stamp only beside a time or a
  year or with few words and no title after a colon ("Tip #3: ..." is a numbered heading);
  a floor number alone needs its post's time within ``FLOOR_TIME_REACH`` lines (a ranking's
  "#1", "#2" stand beside no time). A stamp right beside a line the grid pass took for a
  record's is that record's time (a list of items, each with its "17 hours ago"): kept.
- **Posts in a region.** A thread's replies often stand after a box of related links or a
  count of the replies ("推荐文章：" ... "讨论数量: 11"), whose header opens a region that runs
  on over every reply. When at least ``REGION_MIN_MARKS`` post marks of the thread
  (:data:`scrubber.post_marks.POST_MARKS`: reputations, report buttons, relative times with the
  post's controls) stand inside one such region, the lines of text from its first mark to its
  last line of post chrome that are not chrome are the replies' bodies (``post_body``): kept,
  with the lines a rule named between two lines of one reply's body (a code box's output).
- **Signed posts**: :mod:`scrubber.signed_posts`.
- **Greetings.** A line that is nothing but a greeting (``GREETINGS`` per language: "Hi
  guys", "Hello everyone!", "大家好！") right above a kept line is the first line of a post
  or a letter, too short for the context pass to take (``greeting_line``): kept.
- **The last lines of a post.** A run of at most ``TAIL_MAX_LINES`` lines of text the
  context pass left after the article, right after a kept line and up to a line of the
  thread's post chrome, is the end of that post's body (``post_body``); a line a keyword
  rule named inside the run (a command) stays removed.
- **Posts between a mark and the chrome.** A run of lines of text the context pass left
  outside the article, none a rule's, right after a post mark of the thread's chrome (the
  poster's card, the post's stamp) and up to the next line of its chrome, is a short post's
  body (``post_body``) when one of its lines ends a sentence or has at least
  ``BODY_MIN_UNITS`` units ("@老张 不行呢" between "262 声望" and "3周前 评论"). The last
  post under a text board's header, which no chrome closes, runs as far as the longest post
  above it.
- **The first post's head.** A menu's header above a thread ("Quick links") opens a region
  that runs on over the thread's chrome (transparent) into the first post, up to its first
  paragraph; lines a rule named (a code box's output) cut the first post's text so that the
  article starts below them. The lines of text of a region or before the article between the
  last line of post chrome above the article and the article's first line, at most
  ``FIRST_POST_MAX_LINES`` (and ``FIRST_POST_MAX_NAMED`` named lines, which stay removed),
  are the post's (``post_body``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .greetings import GREETING_LINE as _GREETING
from .post_marks import is_mark, is_post_header
from .regions import Decision
from .relative_times import RELATIVE_TIME
from .threads import CHROME_MAX_UNITS, POST_CHROME

STAMP_MAX_UNITS = 10
STAMP_MIN_REPEATS = 3
# (Every run of digits starts after a non-digit, so that a search stays linear on a long
# run of digits.)
_STAMP = re.compile(rf"{RELATIVE_TIME}|#\d+|(?<!\d)\d+\s*楼|楼主"
                    r"|(?<!\d)\d+\s*(?:个赞|赞|声望|回复|举报)"
                    r"|\b\d+\s*(?:likes?|replies|points|votes)\b", re.IGNORECASE)
_WORDISH = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
POST_STAMP = ("meta", "post_stamp")
#: A line with a floor number and more words than this is a numbered heading, not a stamp,
#: unless it holds a time or a year.
FLOOR_MAX_WORDS = 3
#: A floor number as a post's: first on the line or after the word for a post, and no title
#: after a colon or a dash ("Tip #1: Fresh Beans", "Standard #3- Maths" are headings).
_FLOOR = re.compile(r"(?:^|\b(?:post|reply|comment|answer|floor)\s*)#\d+(?!\d|\s*[:\-–])",
                    re.IGNORECASE)
_TIME_OR_YEAR = re.compile(r"\d:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
#: A floor number alone ("#3") is a post's stamp only with its post's time within this many
#: lines of text: a ranking's "#1", "#2" stand beside no time.
FLOOR_TIME_REACH = 2
#: A post's time: a clock time, a year, a month's name, a relative time.
_POST_TIME = re.compile(r"\d:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug"
                        rf"|sep|oct|nov|dec)[a-z]*\.? \d|\d\s*月\s*\d|{RELATIVE_TIME}")

#: A region holds a thread's replies when at least this many post marks stand inside it.
REGION_MIN_MARKS = 4
#: A line of a poster's card under their name (a mark of :data:`scrubber.post_marks.POST_MARKS`)
#: has at most this many units, a title and a place beside the count ("课程读者 610 声望 / 站长
#: @ 某社区").
CARD_MAX_UNITS = 32
#: The labels of the regions whose header may stand over a thread's replies (a menu's
#: "Quick links" above a thread opens a links region that runs on over its posts).
REPLY_REGIONS = frozenset({"related", "comment", "links"})
POST_BODY: Decision = ("content", "post_body")
_AFTER: Decision = ("noise", "after_article")
_BEFORE: Decision = ("noise", "before_article")
_BLANK: Decision = ("blank", "blank_line")
_CONTENT: Decision = ("content", "article_block")
#: A post's header the replies of a region took for a reply is the post's chrome.
POST_HEADER: Decision = ("meta", "post_chrome")
#: The kinds of line that may be a reply's text (not a line a rule names).
_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)
#: A post's text is the run of lines right after its header of at least this many units or
#: ending a sentence (a tag or a button under the post ends it).
BODY_MIN_UNITS = 4


def post_bodies(decisions: list[Decision], classified: Sequence[Classified],
                feats: Sequence[LineFeatures]) -> None:
    """Keep the bodies of a thread's replies that stand inside a region (in place)."""
    chrome = [i for i, c in enumerate(classified) if c == POST_CHROME]
    if len(chrome) < REGION_MIN_MARKS:
        return
    starts = _region_starts(decisions)
    by_region: dict[int, list[int]] = {}
    for i in chrome:
        if starts[i] >= 0:
            by_region.setdefault(starts[i], []).append(i)
    for lines in by_region.values():
        marks = [i for i in lines if feats[i].units <= CHROME_MAX_UNITS and is_mark(feats[i].lower)]
        if len(marks) < REGION_MIN_MARKS:
            continue
        for i in range(marks[0], lines[-1]):
            if (classified[i].kind in _TEXT_KINDS and decisions[i][0] in REPLY_REGIONS
                    and feats[i].text and not _above_card(i, feats)):
                decisions[i] = POST_BODY
        _inside_bodies(marks[0], lines[-1], decisions, classified, feats)


def _inside_bodies(first: int, last: int, decisions: list[Decision],
                   classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> None:
    """The lines of a region from ``first`` to ``last`` that a rule named (a code box's
    output: "HOSTCC  scripts/kconfig/conf.o") between two lines of one reply's body, no line
    of post chrome between them, are that body's too (``post_body``)."""
    run: list[int] = []
    opened = False
    for i in range(first, last + 1):
        if not feats[i].text:
            continue
        if decisions[i] == POST_BODY:
            if opened:
                for j in run:
                    decisions[j] = POST_BODY
            opened, run = True, []
        elif classified[i] == POST_CHROME or decisions[i][0] not in REPLY_REGIONS:
            opened, run = False, []
        else:
            run.append(i)


def _above_card(i: int, feats: Sequence[LineFeatures]) -> bool:
    """Whether line ``i`` is a poster's name: a short line with no sentence end right above a
    post mark of the poster's card, however long ("课程读者 610 声望 / 站长 @ 某社区"), not
    above a post's stamp ("1周前 评论" under a short reply)."""
    f = feats[i]
    if f.units > CHROME_MAX_UNITS or f.ends_sentence:
        return False
    j = next((j for j in range(i + 1, len(feats)) if feats[j].text), -1)
    return (j >= 0 and feats[j].units <= CARD_MAX_UNITS and is_mark(feats[j].lower)
            and _POST_TIME.search(feats[j].lower) is None)


def _region_starts(decisions: Sequence[Decision]) -> list[int]:
    """For each line, the first line of the region it stands in (its decision names a
    region, blank lines aside), or -1 when it stands in none."""
    starts = [-1] * len(decisions)
    region: Decision | None = None
    start = -1
    for i, d in enumerate(decisions):
        if d == _BLANK:
            continue
        if d[0] not in REPLY_REGIONS:
            region = None
            continue
        if d != region:
            region, start = d, i
        starts[i] = start
    return starts


def _shape(text: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("0", _WORDISH.sub("a", text))).strip()


def stamped(text: str) -> bool:
    """Whether a line holds a post's stamp. A floor number ("#3") is one only beside a time or
    a year, or with at most FLOOR_MAX_WORDS words, standing first or after the word for a
    post ("Post #3", "#3 Post by X"), with no title after it: a numbered heading ("Trend #2:
    Local Food", "Unit #4", "#4 of 20 Best Cafés in Town") is none."""
    stamps = [m.group() for m in _STAMP.finditer(text)]
    if not stamps:
        return False
    if not all(stamp.startswith("#") for stamp in stamps):
        return True
    if _TIME_OR_YEAR.search(text) is not None:
        return True
    return len(_WORDISH.findall(text)) <= FLOOR_MAX_WORDS and _FLOOR.search(text) is not None


def _bare_floor(text: str) -> bool:
    """Whether a stamped line holds floor numbers only, with no time or year."""
    return (all(m.group().startswith("#") for m in _STAMP.finditer(text))
            and _TIME_OR_YEAR.search(text) is None)


def _timed(i: int, feats: Sequence[LineFeatures]) -> bool:
    """Whether a line of text within FLOOR_TIME_REACH lines of line ``i`` holds a post's
    time."""
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(feats) and seen < FLOOR_TIME_REACH:
            if feats[j].text:
                if _POST_TIME.search(feats[j].lower) is not None:
                    return True
                seen += 1
            j += step
    return False


#: A stamp beside a line the grid pass took for a record's is that record's time (an item's
#: "17 hours ago" under each title of a list of items), kept with it: no post's stamp.
_GRID_FIELD: Decision = ("content", "record_grid")


def post_stamps(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Relabel the post chrome among the kept lines (in place)."""
    candidates = [i for i, (d, f) in enumerate(zip(decisions, feats, strict=True))
                  if d[0] == "content" and f.units <= STAMP_MAX_UNITS and not f.sentence_punct
                  and stamped(f.text) and (not _bare_floor(f.text) or _timed(i, feats))
                  and not _in_grid(i, decisions, feats)]
    if len(candidates) < STAMP_MIN_REPEATS:
        return
    shapes = Counter(_shape(f.text) for f in feats if f.text and f.units <= STAMP_MAX_UNITS)
    for i in candidates:
        if shapes[_shape(feats[i].text)] >= STAMP_MIN_REPEATS:
            decisions[i] = POST_STAMP


def _in_grid(i: int, decisions: Sequence[Decision], feats: Sequence[LineFeatures]) -> bool:
    """Whether the line of text right above or right below line ``i`` is a record's."""
    above = next((j for j in range(i - 1, -1, -1) if feats[j].text), -1)
    below = next((j for j in range(i + 1, len(feats)) if feats[j].text), -1)
    return any(j >= 0 and decisions[j] == _GRID_FIELD for j in (above, below))


# --- Posts between two posts' chrome ---------------------------------------------------------
#: The context pass's decisions of the lines outside the article that a post may take back.
_OUTSIDE = frozenset({_AFTER, _BEFORE})


def bounded_posts(decisions: list[Decision], classified: Sequence[Classified],
                  feats: Sequence[LineFeatures]) -> None:
    """Keep the runs of text between two lines of a thread's post chrome, a post mark (the
    poster's card, the post's stamp) right above them or over the post's time above them,
    that the context pass left outside the article (in place): the posts' bodies
    (``post_body``), each line no rule's, one of them ending a sentence or of at least
    BODY_MIN_UNITS units."""
    if POST_CHROME not in classified or not any(d[0] == "content" for d in decisions):
        return
    run: list[int] = []
    after_mark = under_header = False
    longest = 0
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if classified[i] == POST_CHROME:
            if after_mark and run and _body(run, feats):
                for j in run:
                    decisions[j] = POST_BODY
                longest = max(longest, len(run))
            # (The mark may stand higher in the chrome above the run, over the post's time
            # right above its body: the poster's card, then the post's date stamp.)
            after_mark, run = is_mark(f.lower) or (
                after_mark and not run and _POST_TIME.search(f.lower) is not None), []
            under_header = is_post_header(f.lower)
        elif after_mark and decisions[i] in _OUTSIDE and classified[i].kind in _TEXT_KINDS:
            run.append(i)
        else:
            after_mark, run = False, []
    # The last post under a text board's header (its number, name and stamp): no chrome
    # closes it, so it runs as far as the longest of the posts above did.
    if under_header and run[:longest] and _body(run[:longest], feats):
        for j in run[:longest]:
            decisions[j] = POST_BODY


def _body(run: Sequence[int], feats: Sequence[LineFeatures]) -> bool:
    """Whether a run of lines reads as a post's text: one of them ends a sentence or has at
    least BODY_MIN_UNITS units."""
    return any(feats[j].ends_sentence or feats[j].units >= BODY_MIN_UNITS for j in run)


# --- A post's greeting ---------------------------------------------------------------------
#: A greeting has at most this many units.
GREETING_MAX_UNITS = 8
GREETING: Decision = ("content", "greeting_line")


def greeting_lines(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Keep a greeting that stands right above a kept line (in place): the first line of a
    post or a letter, too short for the context pass to take."""
    previous = -1
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if (decisions[i][0] == "content" and previous >= 0
                and decisions[previous][0] != "content"
                and feats[previous].units <= GREETING_MAX_UNITS
                and _GREETING.fullmatch(feats[previous].lower) is not None):
            decisions[previous] = GREETING
        previous = i


# --- The first post under a region's header ------------------------------------------------
#: At most this many lines of text of the first post may stand between the thread's chrome and
#: the article the context pass found.
FIRST_POST_MAX_LINES = 6
#: ... and at most this many lines a rule named among them.
FIRST_POST_MAX_NAMED = 24


def first_post_head(decisions: list[Decision], classified: Sequence[Classified],
                    feats: Sequence[LineFeatures]) -> None:
    """Keep the first lines of a thread's first post that a region took or the context pass
    left before the article (in place): a menu's header above the thread ("Quick links")
    opens a region that runs on over the thread's chrome, which is transparent, into the
    first post, up to its first paragraph; lines a rule named (a code box's output, "HOSTCC
    scripts/kconfig/conf.o") break the post's run of text. The lines of text between the last
    line of post chrome above the article and the article's first line are the post's
    (``post_body``); the lines a rule named among them stay removed."""
    start = next((i for i, d in enumerate(decisions) if d[0] == "content"), -1)
    run: list[int] = []
    named = 0
    for i in range(start - 1, -1, -1):
        if not feats[i].text:
            continue
        if classified[i] == POST_CHROME:
            for j in run:
                decisions[j] = POST_BODY
            return
        if classified[i].kind is Kind.BAD and named < FIRST_POST_MAX_NAMED:
            named += 1
            continue
        if (classified[i].kind not in _TEXT_KINDS or len(run) >= FIRST_POST_MAX_LINES
                or ("_region" not in decisions[i][1] and decisions[i] != _BEFORE)):
            return
        run.append(i)


# --- The last lines of a post --------------------------------------------------------------
#: At most this many lines of text of a post may stand between the last line the context pass
#: kept and the post's chrome under it.
TAIL_MAX_LINES = 6
#: The labels of the regions a header opens (a region ends a post's run of last lines).
_REGIONS = frozenset({"related", "comment", "links"})


def post_tails(decisions: list[Decision], classified: Sequence[Classified],
               feats: Sequence[LineFeatures]) -> None:
    """Keep the last lines of a post that the context pass left after the article (in place):
    a run of at most TAIL_MAX_LINES lines of text right after a kept line that ends at a line
    of the thread's post chrome ("Share", the post's stamp) is the rest of that post's body
    (``post_body``), the steps and short lines at its end the context pass did not take. A
    line a keyword rule named inside the post (a command: "… --login -i") stays in the run,
    and stays removed; a region's header ends it."""
    if POST_CHROME not in classified:
        return
    run: list[int] = []
    open_run = False
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if decisions[i][0] == "content":
            open_run, run = True, []
        elif classified[i] == POST_CHROME:
            if open_run and run and len(run) <= TAIL_MAX_LINES:
                for j in run:
                    if decisions[j] == _AFTER:
                        decisions[j] = POST_BODY
            open_run, run = False, []
        elif open_run and ((decisions[i] == _AFTER and classified[i].kind in _TEXT_KINDS)
                           or (classified[i].kind is Kind.BAD
                               and decisions[i][0] not in _REGIONS)):
            run.append(i)
        else:
            open_run, run = False, []
