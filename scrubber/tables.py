"""Article tables: a table written one cell a line between two blocks of an article, or one
row a line with its cells separated by tabs between two of its lines.

A record grid (:mod:`scrubber.grids`) that fills a gap between two of the article's blocks,
with nothing else there but unnamed lines (its heading, its header row), is a table of the
article: its lines are kept as ``article_table``. So are tab-separated rows (the WET style)
that the link-list rule took for menus, when they stand right between two lines of the
article: a run of rows with as many cells each, or single rows between its lines when the
page holds two or more of the same width (:func:`tab_tables`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .classify import Classified, Kind
from .features import LineFeatures

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
#: The reasons a table row may carry when it joins the article: the link-list rule (its tabs
#: read as a menu's separators) or the context pass's.
_ROW_FROM = frozenset(("link_list", "before_article", "after_article", "keyword_stuffing"))


def _cells(f: LineFeatures) -> int:
    """The number of tab-separated cells of a line (1: no tab)."""
    return len(_CELLS.split(f.text)) if "\t" in f.text else 1


def tab_tables(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Rows of a table written one row a line, cells separated by tabs, that stand between
    two lines of the article with nothing else between them and it are the article's (in
    place, ``article_table``): a run of two rows or more with as many cells each, or single
    rows between the article's lines when the page holds at least two such with as many
    cells (a course's schedule between its readings). A menu written as a row stands above
    or below the article, not inside it."""
    runs: list[list[int]] = []
    previous = -1  # the last line with text
    run: list[int] = []
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if _cells(f) >= ROW_MIN_CELLS and decisions[i][1] in _ROW_FROM and \
                (run or (previous >= 0 and decisions[previous][0] == "content")):
            run.append(i)
        else:
            if run and decisions[i][0] == "content":
                runs.append(run)
            run = []
        previous = i
    single: dict[int, int] = {}
    for run in runs:
        if len(run) == 1:
            single[_cells(feats[run[0]])] = single.get(_cells(feats[run[0]]), 0) + 1
    for run in runs:
        width = {_cells(feats[i]) for i in run}
        if len(width) == 1 and (len(run) >= 2 or single[width.pop()] >= 2):
            for i in run:
                decisions[i] = ARTICLE_TABLE
