"""The posts of a thread inside a box the context pass took for boilerplate: after the
context pass (:mod:`scrubber.regions`), once the thread's chrome is known
(:func:`scrubber.threads.post_chrome`).

- **Posts in a region.** A thread's replies often stand after a box of related links or a
  count of the replies ("推荐文章：" ... "讨论数量: 11"), whose header opens a region that runs
  on over every reply. When at least ``REGION_MIN_MARKS`` post marks of the thread
  (:data:`scrubber.threads.POST_MARKS`: reputations, report buttons, relative times with the
  post's controls) stand inside one such region, the lines of text from its first mark to its
  last line of post chrome that are not chrome are the replies' bodies (``post_body``): kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .regions import Decision
from .threads import CHROME_MAX_UNITS, POST_CHROME, is_mark

#: A region holds a thread's replies when at least this many post marks stand inside it.
REGION_MIN_MARKS = 4
#: The labels of the regions whose header may stand over a thread's replies.
REPLY_REGIONS = frozenset({"related", "comment"})
POST_BODY: Decision = ("content", "post_body")
#: The kinds of line that may be a reply's text (not a line a rule names).
_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)


def post_bodies(decisions: list[Decision], classified: Sequence[Classified],
                feats: Sequence[LineFeatures]) -> None:
    """Keep the bodies of a thread's replies that stand inside a region (in place)."""
    chrome = [i for i, c in enumerate(classified) if c == POST_CHROME]
    if len(chrome) < REGION_MIN_MARKS:
        return
    by_region: dict[int, list[int]] = {}
    for i in chrome:
        start = _region_start(i, decisions)
        if start >= 0:
            by_region.setdefault(start, []).append(i)
    for lines in by_region.values():
        marks = [i for i in lines if feats[i].units <= CHROME_MAX_UNITS and is_mark(feats[i].lower)]
        if len(marks) < REGION_MIN_MARKS:
            continue
        for i in range(marks[0], lines[-1]):
            if (classified[i].kind in _TEXT_KINDS and decisions[i][0] in REPLY_REGIONS
                    and feats[i].text):
                decisions[i] = POST_BODY


def _region_start(i: int, decisions: Sequence[Decision]) -> int:
    """The first line of the region line ``i`` stands in (its decision names a region), or
    -1 when it stands in none."""
    if decisions[i][0] not in REPLY_REGIONS:
        return -1
    region = decisions[i]
    start = i
    while start > 0 and decisions[start - 1] in (region, ("blank", "blank_line")):
        start -= 1
    return start
