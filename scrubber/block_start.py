"""Where the article block starts on a page of teasers.

The article search (:mod:`scrubber.regions`) begins a block at a line that scores above
zero: a paragraph. On a listing whose records are a title over a summary ("How online
learning is changing ...", then its first sentences), the first record's title stands above
the block's first paragraph and scores below zero, so the list loses its first title while
every later one, inside the block, is kept.

A block reads as such a list when at least ``TEASER_MIN_PAIRS`` of its paragraphs, and more
than ``TEASER_MIN_SHARE`` of them, stand right under a title-like line (a line of text that
is not a paragraph, of ``TEASER_HEAD_MIN_UNITS`` units or more, without a sentence's full
stop: the record's title). The title-like line right above such a block, left out of it, is
kept as ``teaser_head`` (the page's headline excepted: it is found and named before); so is
the title above each further block of the page that reads as such a list.

The same search leaves out a short line right above the block's first paragraph that ends
in a colon ("From the project's announcement:", "The statement reads in full:"): it
introduces the article's first lines and is kept as ``lead_in`` (``LEAD_IN_MIN_UNITS`` units
or more: not a label such as "Tags:"; not the headline).
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures

#: A block of teasers holds at least this many paragraphs under a title...
TEASER_MIN_PAIRS = 3
#: ... and more than this share of its paragraphs stand under one (an article whose sections
#: each open with a heading over a paragraph or two has about half).
TEASER_MIN_SHARE = 0.5
#: A record's title has at least this many units (a section label has fewer: "Keeping Tabs").
TEASER_HEAD_MIN_UNITS = 4
TEASER_HEAD = ("content", "teaser_head")
_OUTSIDE = "before_article"
#: The reasons of text lines left outside every block (above or below the main one).
_OUTSIDE_REASONS = (_OUTSIDE, "after_article")
#: A line ending in one of these is a sentence or introduces a list, not a title.
_FULL_STOPS = (".", "。", "!", "！", ":", "：")


def _head(c: Classified, f: LineFeatures) -> bool:
    """Whether the line reads as a record's title: text that is not a paragraph, long enough,
    with no full stop at its end (a question mark is a title's: "Is AI running the war?")."""
    return (c.kind is Kind.SHORT or c.kind is Kind.NEAR) and \
        f.units >= TEASER_HEAD_MIN_UNITS and not f.text.rstrip().endswith(_FULL_STOPS)


def _summary(c: Classified, f: LineFeatures) -> bool:
    """Whether the line reads as a record's summary: a paragraph, or a sentence."""
    return c.kind is Kind.GOOD or (c.kind is Kind.NEAR and f.ends_sentence)


def _previous(feats: Sequence[LineFeatures], i: int) -> int:
    """The nearest line above ``i`` with text, or -1."""
    j = i - 1
    while j >= 0 and not feats[j].text:
        j -= 1
    return j


def _teaser_block(decisions: Sequence[tuple[str, str]], classified: Sequence[Classified],
                  feats: Sequence[LineFeatures], start: int, end: int) -> bool:
    """Whether the block [start, end) reads as a list of titled teasers (see above)."""
    paragraphs = pairs = 0
    for i in range(start, end):
        if decisions[i][0] != "content" or not _summary(classified[i], feats[i]):
            continue
        paragraphs += 1
        j = _previous(feats, i)
        if j >= start and decisions[j][0] == "content" and _head(classified[j], feats[j]):
            pairs += 1
    return pairs >= TEASER_MIN_PAIRS and pairs > TEASER_MIN_SHARE * paragraphs


def teaser_heads(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures], in_article: Sequence[bool], main_start: int,
                 headline: int | None) -> None:
    """Keep the line that introduces the article block (:func:`lead_ins`) and the first
    record's title left above a block of titled teasers (in place)."""
    if main_start < 0:
        return
    lead_ins(decisions, classified, feats, main_start, headline)
    n = len(in_article)
    for start in [i for i in range(n) if in_article[i] and (i == 0 or not in_article[i - 1])]:
        end = start
        while end < n and in_article[end]:
            end += 1
        j = _previous(feats, start)
        if j >= 0 and j != headline and decisions[j][1] in _OUTSIDE_REASONS and \
                _head(classified[j], feats[j]) and \
                _teaser_block(decisions, classified, feats, start, end):
            decisions[j] = TEASER_HEAD


#: A line that introduces the article has at least this many units ("Tags:" has one).
LEAD_IN_MIN_UNITS = 4
LEAD_IN = ("content", "lead_in")
_INTRODUCES = (":", "：")


def lead_ins(decisions: list[tuple[str, str]], classified: Sequence[Classified],
             feats: Sequence[LineFeatures], main_start: int, headline: int | None) -> None:
    """Keep the line right above the article block that introduces it (in place)."""
    if main_start < 0:
        return
    j = _previous(feats, main_start)
    if j >= 0 and j != headline and decisions[j][1] == _OUTSIDE and \
            (classified[j].kind is Kind.SHORT or classified[j].kind is Kind.NEAR) and \
            feats[j].units >= LEAD_IN_MIN_UNITS and feats[j].text.endswith(_INTRODUCES):
        decisions[j] = LEAD_IN
