"""Numbered records: the heads of a list of records are no menu.

A listing of records (papers, filings, entries of an index) opens each record with its number
and a row of identifiers and links: ``[6]  rec:0412.0077  [file, notes]``. Spaced out by wide
gaps, such a row reads to the line rules as a link list; but a menu's items do not count up,
each with lines of its own under it. A run of at least ``NUMBERED_MIN_RUN`` lines whose
leading numbers count up by one (``[1]``, ``(2)``, ``3.``, ``4)``), each followed by at least
one other line before the next, are the heads of records: the link-list rule's verdict on
them is taken back and they count as short lines (``numbered_records``, in place).

A region header (a menu's "quick links") above the listing whose region runs over its first
records, while the run of records goes on inside the article, heads the menu, not the
records: it opens no region (``numbered_headers``, for the context pass's second round).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures

#: At least this many record heads in a row count up by one.
NUMBERED_MIN_RUN = 3
#: A record's head: its number in brackets or parentheses, or followed by a dot or a
#: parenthesis, then a space.
_NUMBER = re.compile(r"\s{0,8}(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)])\s")
_SHORT = Classified(Kind.SHORT)


def _number(text: str) -> int | None:
    found = _NUMBER.match(text)
    if found is None:
        return None
    return int(next(g for g in found.groups() if g is not None))


def _counting_runs(heads: Sequence[tuple[int, int, int]]) -> list[list[int]]:
    """The runs of (line, place among the non-blank lines, number) heads whose numbers count
    up by one and that stand apart (another line between each two): the lines of each run."""
    runs: list[list[int]] = []
    run: list[int] = []
    previous: tuple[int, int] | None = None  # (place, number)
    for line, place, number in heads:
        if previous is not None and number == previous[1] + 1 and place > previous[0] + 1:
            run.append(line)
        else:
            if len(run) >= NUMBERED_MIN_RUN:
                runs.append(run)
            run = [line]
        previous = (place, number)
    if len(run) >= NUMBERED_MIN_RUN:
        runs.append(run)
    return runs


def numbered_records(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Turn the link-list lines that head numbered records into short lines (in place)."""
    for run in record_runs(feats):
        for i in run:
            if classified[i].reason == "link_list":
                classified[i] = _SHORT


def numbered_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                   decisions: Sequence[tuple[str, str]], in_article: Sequence[bool]
                   ) -> list[int]:
    """The region headers whose region holds the first heads of a run of numbered records
    that goes on inside the article: a menu's header above a listing ran over its first
    records. Such a header heads the menu, not the records (it opens no region)."""
    if not any("_region" in reason for _, reason in decisions):
        return []  # no region: no header ran over the records (spares the runs' search)
    out = []
    for run in record_runs(feats):
        inside = [i for i in run if "_region" in decisions[i][1]]
        if not inside or not any(in_article[i] for i in run):
            continue
        header = next((h for h in range(inside[0] - 1, -1, -1)
                       if classified[h].kind is Kind.HEADER), None)
        if header is not None and header not in out:
            out.append(header)
    return out


def record_runs(feats: Sequence[LineFeatures]) -> list[list[int]]:
    """The runs of numbered record heads on the page (see the module's doc)."""
    heads = []
    place = 0  # blank lines stand between the lines of one record in some scrapes
    for i, f in enumerate(feats):
        if not f.text.strip():
            continue
        number = _number(f.text)
        if number is not None:
            heads.append((i, place, number))
        place += 1
    return _counting_runs(heads)
