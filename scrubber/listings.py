"""Listings: the records of a page whose content is a list of posts, teasers or products.

A listing's record may carry a count that the rules take for a region header: "14 comments"
under each post of a blog's front page reads like the header of a comment box, and the region
it opens would hide every record after it. When such a count-header is one field of a run of
records (the same words with a different number, at least ``COUNT_MIN_REPEATS`` times, each
within ``COUNT_MAX_GAP`` lines of the last) on a page without a real article (fewer than
``GRID_MAX_GOOD`` good lines in its article block), it opens no region
(:func:`count_headers`); the line itself stays out. The same holds for the nearest header
above a run of an article's records (:mod:`scrubber.records`), whose region hid them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .grids import GRID_MAX_GOOD, GRID_MAX_PERIOD, GRID_MIN_REPEATS
from .records import gapped_runs, record_headers

#: A count-header is a field of records repeated at least this many times...
COUNT_MIN_REPEATS = GRID_MIN_REPEATS
#: ... each at most this many non-blank lines after the one before (a record's length).
COUNT_MAX_GAP = GRID_MAX_PERIOD
#: A count-header is short: a number and a word or two ("14 comments", "评论 0").
COUNT_MAX_UNITS = 4
_NUMBER = re.compile(r"\d[\d,.]*")


def count_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                  in_article: Sequence[bool]) -> list[int]:
    """The region headers (indices) that are a count in every record of a listing (see the
    module's docstring), on a page without a real article, or, first, the headers whose
    region ran on over the article's records (:func:`scrubber.records.record_headers`);
    ``[]`` when there are none."""
    hiding = record_headers(classified, feats)
    if hiding:
        return hiding
    good = sum(1 for c, a in zip(classified, in_article, strict=True)
               if a and c.kind is Kind.GOOD)
    if good >= GRID_MAX_GOOD:
        return []
    shapes: dict[str, list[int]] = {}  # a count's words (a plural's "s" left out): its lines
    for i, f in enumerate(feats):
        if 0 < f.units <= COUNT_MAX_UNITS and classified[i].kind is not Kind.GOOD and \
                _NUMBER.search(f.text):
            shapes.setdefault(_NUMBER.sub("#", f.lower).rstrip("s"), []).append(i)
    if not any(classified[i].kind is Kind.HEADER for lines in shapes.values() for i in lines):
        return []
    position = [0] * len(feats)  # the number of non-blank lines before each line
    seen = 0
    for i, f in enumerate(feats):
        position[i] = seen
        seen += bool(f.text)
    found: list[int] = []
    for indices in shapes.values():
        found.extend(i for i in _regular_runs(indices, position)
                     if classified[i].kind is Kind.HEADER)
    return sorted(found)


def _regular_runs(indices: list[int], position: Sequence[int]) -> list[int]:
    """The indices that belong to runs of at least COUNT_MIN_REPEATS occurrences, each within
    COUNT_MAX_GAP non-blank lines of the one before."""
    runs = gapped_runs(indices, lambda a, b: position[b] - position[a] <= COUNT_MAX_GAP,
                       COUNT_MIN_REPEATS)
    return [i for run in runs for i in run]
