"""Article tables: a table written one cell a line between two blocks of an article.

A record grid (:mod:`scrubber.grids`) that fills a gap between two of the article's blocks,
with nothing else there but unnamed lines (its heading, its header row), is a table of the
article: its lines are kept as ``article_table``.
"""

from __future__ import annotations

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
