"""A slideshow the article block ran into: slides numbered "1/14", "2/14" … "14/14".

Health and news sites embed a slideshow in their articles (another story told in slides: a
title and a caption each), and a scraper writes its slides one after the other with their
counters ("3 / 11", "Slide 3 of 11") between them. The slides have the shape of the article
(headings over sentences), so the article block runs through them. The counters give them
away: ``SLIDES_MIN`` counters or more of one total, each one more than the one before, are a
slideshow. Its slides go (``slideshow``): the lines from the first counter to the last, and
after the last one as many lines of the article as the longest slide holds. A line of the article
before the first counter stays: a slideshow that starts at its second slide (no "1 / N" on
the page) shows its first slide as the article's introduction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .features import LineFeatures

SLIDESHOW = ("noise", "slideshow")
#: A slideshow has at least this many counters in a row.
SLIDES_MIN = 3
#: A slide's counter: "3/14", "3 / 14", "Slide 3 of 14".
_COUNTER = re.compile(r"(?:slide\s+)?(\d{1,3})\s?(?:/|of)\s?(\d{1,3})", re.IGNORECASE)
#: A slide holds a title and a caption: a gap of more lines between two counters is no slide.
SLIDE_MAX_LINES = 8


def slideshows(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take the slides of every slideshow out of the article (in place): see the module."""
    counters = [(i, int(m[1]), int(m[2])) for i, f in enumerate(feats)
                if f.units <= 4 and (m := _COUNTER.fullmatch(f.text)) is not None]
    run: list[int] = []
    for n, (i, k, total) in enumerate(counters):
        if run and _follows(feats, counters[n - 1], (i, k, total)):
            run.append(i)
            continue
        _take(run, decisions, feats)
        run = [i]
    _take(run, decisions, feats)


def _follows(feats: Sequence[LineFeatures], before: tuple[int, int, int],
             counter: tuple[int, int, int]) -> bool:
    """Whether ``counter`` is the next slide's after ``before``: one more, of the same total,
    a slide's length of text below it."""
    gap = sum(1 for j in range(before[0] + 1, counter[0]) if feats[j].alnum)
    return counter[2] == before[2] and counter[1] == before[1] + 1 and gap <= SLIDE_MAX_LINES


def _take(run: Sequence[int], decisions: list[tuple[str, str]],
          feats: Sequence[LineFeatures]) -> None:
    """Take the slides of a run of counters out of the article, when it is long enough."""
    if len(run) < SLIDES_MIN:
        return
    longest = max(sum(1 for j in range(a + 1, b) if decisions[j][0] == "content")
                  for a, b in pairwise(run))
    end, seen = run[-1] + 1, 0
    while end < len(feats) and seen < longest:
        seen += decisions[end][0] == "content"
        end += 1
    for j in range(run[0], end):
        if decisions[j][0] == "content":
            decisions[j] = SLIDESHOW
