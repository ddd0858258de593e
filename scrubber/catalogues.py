"""Catalogues: a shop's list of products, runs of records that each open with a name and a price.

A catalogue is a long run of records (at least ``CATALOGUE_MIN_RECORDS``) that each start with
a title line followed by a price line, but need not repeat one shape line for line (a sale
price, a badge or a rating only some products have). That many priced products are what a
shop's category page is for, article or not: their unnamed lines are kept (``catalogue``, by
:func:`scrubber.grids.keep_grids`). A run goes on over a slot that interrupts it (an ad's
"Shop now", a promotion) but not over a region's header (:func:`record_runs`, which also
cuts a list of teasers into runs).

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
    record runs on as long as the ``typical`` one, up to a named line (X)."""
    lines, codes = coded
    end = min(run[-1] + typical, len(codes))
    x = run[-1]
    while x < end and codes[x] != "X":
        x += 1
    return lines[run[0]:x]
