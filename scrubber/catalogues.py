"""Catalogues: a shop's list of products, runs of records that each open with a name and a price.

A catalogue is a long run of records (at least ``CATALOGUE_MIN_RECORDS``) that each start with
a title line followed by a price line, but need not repeat one shape line for line (a sale
price, a badge or a rating only some products have). That many priced products are what a
shop's category page is for, article or not: their unnamed lines are kept (``catalogue``, by
:func:`scrubber.grids.keep_grids`). A run goes on over a slot that interrupts it (an ad's
"Shop now", a promotion) but not over a region's header (:func:`record_runs`, which also
cuts a list of teasers into runs). A record may hold lines before its name and price (a
rank, an author): the first record of a run takes in the ones that the others repeat
(:func:`record_head`).

The lines are read by their codes (:func:`scrubber.grids.line_codes`: T a title, P a price,
X a rule-named line, ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .features import LineFeatures

#: A catalogue (a shop's list of products, each a name and its price) holds at least this
#: many records...
CATALOGUE_MIN_RECORDS = 16
#: ... of at most this many lines each (name, price, rating, a few "label:" value fields).
CATALOGUE_MAX_RECORD = 16
CATALOGUE = ("content", "catalogue")
_RECORD_START = re.compile(r"[TtG]P")
#: The codes of a record's data fields: a price, a rating, a date.
_DATA = frozenset("PRD")


def catalogues(coded: tuple[list[int], str], feats: Sequence[LineFeatures],
               headers: frozenset[int] = frozenset()) -> list[int]:
    """The lines of catalogues: runs of at least CATALOGUE_MIN_RECORDS records, each starting
    with a title line followed by a price line (a product's name may end like a sentence,
    "Water Bottle - 32 fl. oz.": code G) and spanning 2 to CATALOGUE_MAX_RECORD lines
    with no rule-named line (X). Unlike a record grid, the records need not repeat one shape
    line for line (a sale price, a badge, a rating only some products have). A price with a
    plus sign ("+$59") is what an option adds to the product on the page: a list of options
    (a product's configurator) is no catalogue."""
    lines, codes = coded
    starts = [m.start() for m in _RECORD_START.finditer(codes)
              if not feats[lines[m.start() + 1]].text.startswith("+")]
    return [i for run in record_runs(coded, starts, CATALOGUE_MIN_RECORDS, headers)
            for i in run]


#: A run of records resumes after a slot that interrupts it (a promotion, an ad's "Shop now")
#: when its next record starts at most this many lines after the last one before the slot...
RUN_RESUME_GAP = CATALOGUE_MAX_RECORD + 6
#: ... and the records on each side of the slot are at least this many: one stray product is
#: no part of the run.
RUN_RESUME_MIN_RECORDS = 2


def record_runs(coded: tuple[list[int], str], starts: list[int], least: int,
                 headers: frozenset[int] | None = None) -> list[list[int]]:
    """The line runs of at least ``least`` records that start at ``starts`` (positions in
    the codes), each record 2 to CATALOGUE_MAX_RECORD lines long with no rule-named line (X)
    in it; the last record runs on as long as the typical one, up to a named line. With
    ``headers`` (positions in the codes of the lines that open a region), a run of ``least``
    records goes on over a slot of rule-named lines that holds none of them (an ad's "Shop
    now") to the records on either side whose next one starts within RUN_RESUME_GAP lines,
    RUN_RESUME_MIN_RECORDS of them or more."""
    codes = coded[1]
    segments: list[list[int]] = []
    joined: list[bool] = []  # whether each segment goes on into the next one
    run: list[int] = []
    for s in [*starts, -1]:
        if run and (s < 0 or not 2 <= s - run[-1] <= CATALOGUE_MAX_RECORD
                    or "X" in codes[run[-1]:s]):
            segments.append(run)
            joined.append(headers is not None and s >= 0 and
                          2 <= s - run[-1] <= RUN_RESUME_GAP and
                          not any(x in headers for x in range(run[-1], s)))
            run = []
        run.append(s)
    out: list[list[int]] = []
    group: list[list[int]] = []
    for k, seg in enumerate(segments):
        group.append(seg)
        if joined[k] and min(len(seg), len(segments[k + 1])) >= RUN_RESUME_MIN_RECORDS:
            continue
        if max(len(g) for g in group) >= least:
            gaps = sorted(b - a for g in group for a, b in pairwise(g))
            out.extend(run_lines(coded, g, gaps[len(gaps) // 2]) for g in group)
        group = []
    return out


def run_lines(coded: tuple[list[int], str], run: list[int], typical: int) -> list[int]:
    """The lines of a run of records starting at ``run`` (positions in the codes): the last
    record runs on as long as the ``typical`` one, up to a named line (X); the first one
    starts at its head (:func:`record_head`)."""
    lines, codes = coded
    end = min(run[-1] + typical, len(codes))
    x = run[-1]
    while x < end and codes[x] != "X":
        x += 1
    return lines[record_head(codes, run, typical):x]


#: The lines before a record's start (its title and price) that belong to it: at most this
#: many (a rank, a brand, a badge), and only those whose shape the lines before most of the
#: run's other starts repeat.
HEAD_MAX_LINES = 4
#: ... at least this share of the other starts.
HEAD_MIN_SHARE = 0.5


def record_head(codes: str, run: list[int], typical: int) -> int:
    """Where the first record of a run (positions in the codes) begins. A record's start
    (a title followed by a price) need not be its first line: a rank ("#1"), a name or an
    author may come before it, the same shape of line before every start. The first record
    takes in the lines before its start whose codes the lines before HEAD_MIN_SHARE of the
    other starts repeat (their data fields, a rating only some products have, left out), up
    to HEAD_MAX_LINES of them, and none past a rule-named line or a data field."""
    first = run[0]
    if len(run) < 2:
        return first
    most = min(HEAD_MAX_LINES, typical - 2)
    heads = [[c for c in reversed(codes[a + 2:s]) if c not in _DATA] for a, s in pairwise(run)]
    j = 0
    while j < most and first - j - 1 >= 0:
        code = codes[first - j - 1]
        if code in "Xc" or code in _DATA:
            break
        if sum(1 for h in heads if j < len(h) and h[j] == code) < HEAD_MIN_SHARE * len(heads):
            break
        j += 1
    return first - j
