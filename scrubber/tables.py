"""Article tables: a table written one cell a line between two blocks of an article, or one
row a line with its cells separated by tabs between two of its lines.

A record grid (:mod:`scrubber.grids`) that fills a gap between two of the article's blocks,
with nothing else there but unnamed lines (its heading, its header row), is a table of the
article: its lines are kept as ``article_table``. So are tab-separated rows (the WET style)
that the link-list rule took for menus, when they stand between two lines of the article
(a caption may stand under them): a run of rows most of which have as many cells, or single
rows between its lines when the page holds two or more of the same width
(:func:`tab_tables`). It runs after the passes that take inner sentences and headings back
into the article, which may be the table's neighbours. A table of such rows under a line that
introduces a list (an API page's "Parameters", a line ending in a colon) is the article's too,
wherever the article goes on (:func:`table_rows_end`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .regions import OUTSIDE_REASONS

ARTICLE_TABLE = ("content", "article_table")
#: A gap between two article blocks holds a table only when it has at least this many lines
#: (the shortest record grid: three records of two cells).
TABLE_MIN_LINES = 6


def keep_tables(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                feats: Sequence[LineFeatures], in_article: Sequence[bool],
                grid: Callable[[], list[int]]) -> None:
    """A table written one cell a line (a record grid) that stands between two blocks of the
    article, with nothing but unnamed lines (a heading, a caption) between it and them, is
    the article's own (in place): its rows join the article (``article_table``). ``grid()``
    gives the page's grid lines."""
    n = len(decisions)
    gaps: list[tuple[int, int]] = []  # (first, last) line of each gap between article blocks
    last = -1
    for i in range(n):
        if in_article[i]:
            if last >= 0 and i - last - 1 >= TABLE_MIN_LINES:
                gaps.append((last + 1, i - 1))
            last = i
    if not gaps:
        return
    cells = set(grid())
    for start, end in gaps:
        lines = [i for i in range(start, end + 1) if feats[i].text]
        if not any(i in cells for i in lines) or any(
                i not in cells and (classified[i].kind is Kind.BAD or
                                   classified[i].kind is Kind.HEADER or
                                   decisions[i][0] != "noise") for i in lines):
            continue
        for i in lines:
            if decisions[i][0] == "noise" and classified[i].kind is not Kind.BAD:
                decisions[i] = ARTICLE_TABLE


#: A table row written on one line has its cells separated by tabs (the WET style): at least
#: this many cells.
ROW_MIN_CELLS = 2
_CELLS = re.compile(r"\t+")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
#: The reasons a table row may carry when it joins the article: the link-list rule (its tabs
#: read as a menu's separators) or the context pass's.
_ROW_FROM = frozenset(("link_list", "before_article", "after_article", "keyword_stuffing"))
_OUTSIDE = OUTSIDE_REASONS


def _cells(f: LineFeatures) -> int:
    """The number of tab-separated cells of a line (1: no tab)."""
    return len(_CELLS.split(f.text)) if "\t" in f.text else 1


#: A table's rows have as many cells, all but this share of them (a header row or a total
#: row may have one more or one less).
ROW_ODD_SHARE = 1 / 3
#: Between a table and the article's line under it may stand this many loose lines (the next
#: table's title, a caption).
ROW_GAP_LINES = 1


def tab_tables(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Rows of a table written one row a line, cells separated by tabs, that stand between
    two lines of the article (with at most ROW_GAP_LINES loose lines under them: a caption,
    the next table's title) are the article's (in place, ``article_table``): a run of two
    rows or more, most with as many cells, or single rows between the article's lines when
    the page holds at least two such with as many cells (a course's schedule between its
    readings). A menu written as a row stands above or below the article, not inside it."""
    text = [i for i, f in enumerate(feats) if f.text]
    runs: list[list[int]] = []
    run: list[int] = []
    for k, i in enumerate(text):
        if _cells(feats[i]) >= ROW_MIN_CELLS and decisions[i][1] in _ROW_FROM and \
                (run or (k > 0 and decisions[text[k - 1]][0] == "content")):
            run.append(i)
            continue
        if run and _resumes(decisions, text, k):
            runs.append(run)
        run = []
    # A single row stamped with a clock time is a post's header line (author, time), no row.
    runs = [run for run in runs if len(run) > 1 or not _CLOCK.search(feats[run[0]].text)]
    widths = [Counter(_cells(feats[i]) for i in run) for run in runs]
    single = Counter(next(iter(w)) for w, run in zip(widths, runs, strict=True) if len(run) == 1)
    for width, run in zip(widths, runs, strict=True):
        common, count = width.most_common(1)[0]
        if (len(run) >= 2 and len(run) - count <= ROW_ODD_SHARE * len(run)) or \
                (len(run) == 1 and single[common] >= 2):
            for i in run:
                decisions[i] = ARTICLE_TABLE


def table_rows_end(decisions: Sequence[tuple[str, str]], feats: Sequence[LineFeatures],
                   start: int) -> int:
    """The end (exclusive) of the table that starts at line ``start``: a run of at least two
    tab-separated rows left outside the article (``_ROW_FROM``), all but ROW_ODD_SHARE of
    them as wide as the first; ``start`` when none starts there. A list's introduction
    (:func:`scrubber.structure.introduced_lists`) takes such a table in and goes on under it
    (an API page's parameters, an event's programme)."""
    end = start
    while end < len(feats) and _cells(feats[end]) >= ROW_MIN_CELLS and \
            decisions[end][1] in _ROW_FROM:
        end += 1
    widths = Counter(_cells(feats[i]) for i in range(start, end))
    if end - start < 2 or end - start - widths.most_common(1)[0][1] > ROW_ODD_SHARE * (
            end - start):
        return start
    return end


def _resumes(decisions: Sequence[tuple[str, str]], text: Sequence[int], k: int) -> bool:
    """Whether the article goes on at ``text[k]`` or after at most ROW_GAP_LINES lines the
    context pass left outside."""
    for j in range(k, min(k + ROW_GAP_LINES + 1, len(text))):
        if decisions[text[j]][0] == "content":
            return True
        if decisions[text[j]][1] not in _OUTSIDE:
            return False
    return False
