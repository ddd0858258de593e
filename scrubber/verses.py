"""Verse at the edge of a CJK article: a poem, a song's lyrics or a couplet set out one short
line per clause, right above the article's first paragraph (a poem over its notes, under the
title and byline) or right under its last.

The context pass takes short lines at the article's edge for the page's furniture (menus,
captions, headlines of other articles); verse differs from them in that its lines end in the
clause and sentence marks of running text, and that some end mid-sentence (，；): one text
broken into lines, not a list of separate items. A run of at least VERSE_MIN_LINES such lines
next to the article, each at most VERSE_MAX_CHARS characters, is the article's (reason
``verse``); so is a short label ending in a colon between the run and the article ("注释：").
Only lines the context pass left out for their place are taken, never a line a rule named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures
from .regions import Decision

VERSE: Decision = ("content", "verse")

#: A verse line is at most this many characters (a classical line is 5 or 7 characters and its
#: mark; a modern one runs longer).
VERSE_MAX_CHARS = 24
#: A run of verse is at least this many lines.
VERSE_MIN_LINES = 2
#: A label between the verse and the article ("注释：", "译文：") is at most this long.
LABEL_MAX_CHARS = 8
#: The marks a verse line ends in, and those of a line that goes on in the next.
_ENDS = frozenset("，。！？；")
_GOES_ON = frozenset("，；")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: The reasons of lines the context pass left out for their place alone.
_PLACED = frozenset(("before_article", "after_article"))


def verse_lines(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Take the verse right above and right under the article (in place)."""
    first = next((i for i, d in enumerate(decisions) if d[0] == "content"), None)
    if first is None:
        return
    last = next(i for i in range(len(decisions) - 1, -1, -1) if decisions[i][0] == "content")
    for edge, step in ((first, -1), (last, 1)):
        taken = _run(decisions, feats, edge, step)
        for i in taken:
            decisions[i] = VERSE


def _run(decisions: Sequence[Decision], feats: Sequence[LineFeatures], edge: int,
         step: int) -> list[int]:
    """The verse lines next to line ``edge`` in direction ``step`` (with the label between
    them and the article, above it), or none."""
    lines = [i for i in range(edge + step, -1 if step < 0 else len(feats), step)
             if feats[i].text]
    taken: list[int] = []
    if step < 0 and lines and _label(decisions, feats, lines[0]):
        taken.append(lines.pop(0))
    run = []
    for i in lines:
        if not _verse(decisions, feats[i], i):
            break
        run.append(i)
    if len(run) < VERSE_MIN_LINES or not any(feats[i].text[-1] in _GOES_ON for i in run):
        return []
    return taken + run


def _verse(decisions: Sequence[Decision], f: LineFeatures, i: int) -> bool:
    return (decisions[i][1] in _PLACED and f.chars <= VERSE_MAX_CHARS
            and f.text[-1] in _ENDS and _CJK.search(f.text) is not None)


def _label(decisions: Sequence[Decision], feats: Sequence[LineFeatures], i: int) -> bool:
    f = feats[i]
    return decisions[i][1] in _PLACED and f.chars <= LABEL_MAX_CHARS and f.text[-1] in "：:"
