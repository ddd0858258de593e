"""The page's author: the names of the byline nearest the article, else of a byline anywhere
outside comments, related items and footers, else (page wide) a label over the names, a forum's
starter or first poster, an author box, else a bare name beside the date line or the headline.
What a name looks like is :mod:`scrubber.names`, a byline :mod:`scrubber.authors`; this
module says where on the page they are looked for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import attrgetter

import regex

from .author_boxes import (
    BIO_STARTS,
    leading_name,
    may_open_bio,
    names_a_bio,
    poster_name,
    poster_rank,
    poster_stats,
)
from .authors import AUTHOR_NEEDS, find_authors
from .byline_labels import LABEL_FORMS, label_line, names_under_label
from .dates import MONTH_NAMES, find_dates
from .end_bios import REPORTER_SIGNOFF
from .features import LineFeatures
from .headline_shape import (
    BYLINE_MAX_UNITS,
    NEIGHBOUR_GAP,
    lower_words,
    name_under_headline,
    next_line,
    written_as_name,
)
from .names import NOT_AUTHOR, bare_name, collective_name, lone_name, name_list, slot_names
from .regions import Decision

#: A Han personal name (two to five characters, a middle dot between a foreign name's parts).
HAN_NAME = r"[\p{Han}·]{2,5}"
#: A name in brackets on a dated byline: "2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]"; a
#: poster's badge ("[作者]", "[楼主]") is none.
_BRACKETED_NAME = regex.compile(rf"(?<!(?:来源|來源|出处)\s*[：:]\s*)[\[【]\s*"
                                rf"(?!(?:作者|楼主|樓主|管理员|版主)\s*[\]】])(?P<name>{HAN_NAME})"
                                rf"\s*[\]】](?!\s*来源)")
#: One capitalised word (not an acronym: time zones are) after two spaces or a separator,
#: alone to the line's end. A white-space run is entered at its first character only
#: ((?<!\s)): linear time on long runs.
_SIGNED_TAIL = regex.compile(
    r"(?<!\s)(?:\s{2,}|\s*[|•·–—/]\s*)(?P<word>\p{Lu}\p{Ll}{2,})\s*$")
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "yesterday"))
#: Separators between a name and a date on one line ("Faith Katunga•Oct 20, 2025").
_STAMP_SEP = " \t\u3000|•·,-–—/"

#: Labels whose lines never name the page's author (someone else's bylines).
_OTHERS_LABELS = frozenset(("comment", "related", "links", "footer", "ad", "spam", "template"))
#: Reasons of other people's lines under other labels: a product page's customer reviews and the
#: shop's boxes after the product (a review's "投稿者：みかん さん" is no author of the page).
OTHERS_REASONS = frozenset(("after_product", "product_reviews"))
#: Bylines outside the byline window are looked for this many lines from the date line (or the
#: headline) at most: farther, "By Event Type" is a menu.
BYLINE_SPAN = 40
#: A line this short is read as a byline even inside the article ("ByNina Pineda").
SHORT_BYLINE_UNITS = 8
#: A bare name line counts when it stands this many lines or fewer from the date line.
NAME_NEAR_DATE = 2


#: A byline label alone on its line ("By", "Written by:", "作者：") is at most this many units.
LABEL_LINE_UNITS = 4
#: Blank lines between a label and its names, or a poster and their stats, at most (the dump
#: style puts one after each block): the gap :func:`scrubber.headline_shape.next_line` crosses.
BLANKS = NEIGHBOUR_GAP
#: A forum poster's name stands this many non-blank lines or fewer above their stats line
#: ("archuser38013" / "Member"; "Pup" / "1,992 gold badges").
POSTER_GAP = 2
#: The poster of the first post stands this many non-blank lines or fewer from its date line.
POSTER_NEAR_DATE = 3
#: Lines that may be a poster's stats line are at most this many units.
POSTER_UNITS = 8
#: A bio's name line is at most this many units: the name, maybe with its job after it ("Jane
#: Doe UK-based Science Writer & Editor").
BOX_LINE_UNITS = 16
#: Cheap test before the forum and author-box searches: a line without any of these words
#: holds no strong byline form ("Thread starter", "written by").
_PAGE_WIDE_NEEDS = re.compile(r"starter|started by|original poster|written by|authored by|"
                              r"contributed by|penned by")
_STATS_NEEDS = re.compile(r"member|post|messages|reputation|karma|joined|registered|join date|"
                          r"badge|wrote|moderator|administrator|帖子|积分|積分|注册|註冊|主题|精华")


def _label_authors(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                   i: int) -> tuple[str, ...]:
    """The names under a byline label that stands alone on line ``i``."""
    f = feats[i]
    if f.units > LABEL_LINE_UNITS or not label_line(f.lower):
        return ()
    j = next_line(feats, i)
    if j is None or decisions[j][0] in _OTHERS_LABELS:
        return ()
    return names_under_label(feats[j].text)


def _in_text(feats: Sequence[LineFeatures], decisions: Sequence[Decision], i: int) -> bool:
    """Whether line ``i`` is read as article text, where a byline's forms are not looked for:
    a kept line longer than a short byline, unless it is the reporter's sign-off."""
    return decisions[i][0] == "content" and feats[i].units > SHORT_BYLINE_UNITS and \
        decisions[i][1] != REPORTER_SIGNOFF[1]


def _line_authors(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                  i: int) -> tuple[str, ...]:
    text, label = feats[i].text, decisions[i][0]
    names = find_authors(text, feats[i].lower, _in_text(feats, decisions, i)) or \
        _label_authors(feats, decisions, i)
    if not names and label == "meta" and next(find_dates(text), None) is not None:
        m = _BRACKETED_NAME.search(text)
        if m:
            names = (str(m.group("name")),)
    return names


def _near_date_name(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                    date_line: int | None, title_index: int | None) -> tuple[str, ...]:
    """A personal name standing alone next to the date line, or in front of the date on it
    ("Tom Talbot October 14, 2025", "Faith Katunga•Oct 20, 2025")."""
    if date_line is not None:
        dates = list(find_dates(feats[date_line].text))
        text = feats[date_line].text
        if dates:
            for part in (text[:dates[0].start].rstrip(_STAMP_SEP),
                         text[dates[-1].end:].lstrip(_STAMP_SEP)):
                name = bare_name(part, NOT_AUTHOR)
                if name:
                    return (name,)
            # One capitalised word set apart after the date, a field of its own ("October 8,
            # 2024   Acme", "Jan 5, 2024 | Acme"): a pen name or the publisher signing; no time
            # zone ("EST", "22:28 Zulu"), weekday or month.
            m = _SIGNED_TAIL.match(text[dates[-1].end:])
            tail = m.group("word") if m else ""
            if tail and lone_name(tail) and tail[:3].casefold() not in MONTH_NAMES and \
                    tail.casefold() not in _WEEKDAYS:
                return (tail,)
    lowered: frozenset[str] | None = None
    for anchor in (date_line, title_index):
        if anchor is not None:
            names = _bare_name_beside(feats, decisions, anchor, title_index)
            if names:
                # Only a capitalised pair beside the date or the headline that the page never
                # writes in lower case (a heading's words: "Community Hub"); a desk's name
                # ("Acme News Team") holds such words.
                if lowered is None:
                    lowered = lower_words(feats)
                if collective_name(names[0]) or written_as_name(names[0], lowered):
                    return names
                return ()
    return ()


def _one_name(text: str) -> tuple[str, ...]:
    """A personal name, or a desk's, alone on its line (see :func:`_bare_name_beside`)."""
    name = bare_name(text, NOT_AUTHOR) or collective_name(text)
    return (name,) if name else ()


def _bare_name_beside(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                      anchor: int, title_index: int | None,
                      read: Callable[[str], tuple[str, ...]] = _one_name) -> tuple[str, ...]:
    """The names ``read`` finds in one of the NAME_NEAR_DATE non-blank lines on either side of
    line ``anchor``, above first."""
    for step in (-1, 1):
        j, seen = anchor + step, 0
        while 0 <= j < len(feats) and seen < NAME_NEAR_DATE:
            if feats[j].text:
                seen += 1
                # A line of the date line's own region is read whatever the region: the date
                # was chosen there, so the region's label is likely wrong.
                if j != title_index and (decisions[j][0] not in _OTHERS_LABELS or
                                         decisions[j][0] == decisions[anchor][0]):
                    names = read(feats[j].text)
                    if names:
                        return names
            j += step
    return ()


def _name_between(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                  title_index: int, date_line: int | None) -> tuple[str, ...]:
    """The author on the one line between the headline and the date line, the byline's slot
    (see :func:`scrubber.names.slot_names`)."""
    j = next_line(feats, title_index)
    if j is None or date_line is None or next_line(feats, j) != date_line or \
            decisions[j][0] in _OTHERS_LABELS or feats[j].units > BYLINE_MAX_UNITS:
        return ()
    return slot_names(feats[j].text)


def date_follows(feats: Sequence[LineFeatures], i: int) -> bool:
    """One of the next NAME_NEAR_DATE non-blank lines holds a date."""
    seen = 0
    for f in feats[i + 1:]:
        if f.text:
            if next(find_dates(f.text), None) is not None:
                return True
            seen += 1
            if seen >= NAME_NEAR_DATE:
                break
    return False


def find_page_authors(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                      order: Sequence[int], date_line: int | None,
                      title_index: int | None) -> tuple[str, ...]:
    """The names of the byline nearest the article (``order``); else of a byline anywhere
    outside comments, related items and footers, nearest the date line first; else, page
    wide, a label over the names, a forum's starter or first poster, an author box; else a
    bare name beside the date line."""
    for i in order:
        names = _line_authors(feats, decisions, i)
        if names:
            return names
    anchor = date_line if date_line is not None else (title_index or 0)
    ordered = set(order)  # a set: ``order`` may be long on a page of short lines
    span = range(max(0, anchor - BYLINE_SPAN), min(len(feats), anchor + BYLINE_SPAN + 1))
    rest = sorted((i for i in span
                   if feats[i].text and feats[i].units <= BYLINE_MAX_UNITS and i not in ordered
                   and i != title_index and decisions[i][0] not in _OTHERS_LABELS
                   and decisions[i][1] not in OTHERS_REASONS),
                  key=lambda i: (abs(i - anchor), i))
    for i in rest:
        if AUTHOR_NEEDS.search(feats[i].lower):
            names = find_authors(feats[i].text, feats[i].lower, decisions[i][0] == "content")
            # Out of the byline window one capitalised word after "By" is a menu's facet
            # ("By Modality") as often as a name.
            if names and (len(names) > 1 or " " in names[0] or not names[0].istitle()):
                return names
            names = _label_authors(feats, decisions, i)
            if names:
                return names
    # A list of names (or a name and a job) beside the date line or the headline, or a lone
    # name between the two, is a byline as sure as a label; a lone capitalised pair beside
    # either is only taken when nothing else is.
    for line in (date_line, title_index):
        if line is not None:
            names = _bare_name_beside(feats, decisions, line, title_index, name_list)
            if names:
                return names
    if title_index is not None:
        names = name_under_headline(feats, title_index) or \
            _name_between(feats, decisions, title_index, date_line)
        if names:
            return names
    return _page_wide_byline(feats, decisions, date_line) or \
        _near_date_name(feats, decisions, date_line, title_index)


def _page_wide_byline(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                      date_line: int | None) -> tuple[str, ...]:
    """Anywhere outside comments, related items and footers, top down: a label alone on its
    line over the names ("Written By:" / "Jeff Roe"), a forum's starter ("Thread starter
    felixen"), a sentence that says who wrote the article ("This post was written by …");
    else the forum's first poster (:func:`_poster`); else an author box (:func:`_author_box`).
    Substring tests pick the lines each search reads: the short lines (labels, stats, bios)
    and the lines that hold "by", "starter" or "poster"."""
    lowers = list(map(attrgetter("lower"), feats))
    wide = [i for i, low in enumerate(lowers) if "by" in low or "starter" in low or
            "poster" in low]
    short = [i for i, units in enumerate(map(attrgetter("units"), feats))
             if 0 < units <= POSTER_UNITS]
    for i in sorted({*wide, *(i for i in short if lowers[i] in LABEL_FORMS)}):
        f = feats[i]
        if decisions[i][0] in _OTHERS_LABELS:
            continue
        if f.units <= LABEL_LINE_UNITS:
            found = _label_authors(feats, decisions, i)
            if found:
                return found
        if _PAGE_WIDE_NEEDS.search(f.lower):
            found = find_authors(f.text, f.lower, _in_text(feats, decisions, i))
            if found:
                return found
    stats = [i for i in short if _STATS_NEEDS.search(feats[i].lower) and
             poster_stats(feats[i].text)]
    found = _poster(feats, decisions, date_line, stats)
    if found:
        return found
    boxes = []
    n = len(feats)
    for i in (i for i, units in enumerate(map(attrgetter("units"), feats))
              if 0 < units <= BOX_LINE_UNITS):
        f = feats[i]
        if f.text[0].isupper() and decisions[i][0] not in _OTHERS_LABELS:
            j = i + 1  # the next non-blank line, as next_line finds it (inlined: hot)
            while j < n and j - i <= BLANKS and not feats[j].text:
                j += 1
            g = feats[j] if j < n else None
            if g is not None and g.text and (g.text[0] == f.text[0] or
                                             g.lower.startswith(BIO_STARTS)) and \
                    may_open_bio(f.text, g.text, g.lower):
                boxes.append(i)
    return _author_box(feats, boxes)


def _posters(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
             stats: Sequence[int]) -> list[int]:
    """The lines that name a forum poster: a handle or a name over a stats line ("Member",
    "2.8k posts", "Registered: …", "1,992 gold badges", "wrote on …"; ``stats``: those lines),
    top down."""
    out: list[int] = []
    for i in stats:
        if poster_rank(feats[i].text):
            k = next_line(feats, i)
            if k is None or not poster_stats(feats[k].text):
                continue
        j = i
        for _ in range(POSTER_GAP):
            k = next_line(feats, j, -1)
            if k is None:
                break
            if poster_stats(feats[k].text):
                j = k
                continue
            if decisions[k][0] not in _OTHERS_LABELS and poster_name(feats[k].text) and \
                    k not in out:
                out.append(k)
            break
    return out


def _poster(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
            date_line: int | None, stats: Sequence[int]) -> tuple[str, ...]:
    """The poster of the first post: the one nearest after the date line (within
    POSTER_NEAR_DATE lines), else nearest before it, else the first poster of the page."""
    posters = _posters(feats, decisions, stats)
    if not posters:
        return ()
    if date_line is not None:
        after = [k for k in posters if 0 < k - date_line <= POSTER_NEAR_DATE]
        before = [k for k in posters if 0 < date_line - k <= POSTER_NEAR_DATE]
        if after or before:
            return (feats[after[0] if after else before[-1]].text,)
    return (feats[posters[0]].text,)


def _author_box(feats: Sequence[LineFeatures], boxes: Sequence[int]) -> tuple[str, ...]:
    """A personal name alone on its line over a line that speaks of that person ("Jane Doe" /
    "Jane Doe is a writer …", "Who is Jane Doe?"): the author box, top down (``boxes``: the
    lines whose next line passed :func:`scrubber.author_boxes.may_open_bio`)."""
    for i in boxes:
        j = next_line(feats, i)
        name = bare_name(feats[i].text, NOT_AUTHOR) or \
            (leading_name(feats[i].text, feats[j].text) if j is not None else None)
        if name is not None and j is not None and names_a_bio(name, feats[j].text):
            return (name,)
    return ()
