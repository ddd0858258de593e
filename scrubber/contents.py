"""A journal issue's table of contents: records of a paper's title and its authors' names.

The page of a journal's issue lists its papers, each written as a title line followed by a
line of its authors' Han names ("陈家刚;陈凌宇", "张素峰"), the papers grouped under section
headings ("中共党史", "专题·社会治理"). No line of it is a paragraph, so the article search
takes one title at most: the list is what the page is for. A run of at least
``CONTENTS_MIN_RECORDS`` such records, one after the other with at most
``CONTENTS_MAX_GAP`` lines between two (a section heading), is kept whole (``contents_entry``):
its titles, its names lines, its section headings, and the heading right above its first
record when its records are grouped under headings.

Two or three papers that a news page cites with their authors, apart from one another, are
no table of contents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import regex

from .classify import Classified, Kind
from .features import LineFeatures
from .names import han_names_line

CONTENTS_ENTRY = ("content", "contents_entry")
#: A table of contents holds at least this many papers.
CONTENTS_MIN_RECORDS = 6
#: At most this many non-blank lines stand between two of its papers (a section heading).
CONTENTS_MAX_GAP = 1
#: A paper's title has at least this many characters (a role over a name, "编辑部主任" over
#: "李明", is a list of staff)...
TITLE_MIN_CHARS = 8
#: ... a section heading at least this many ("目录" is none).
SECTION_MIN_CHARS = 4
#: A section heading has at most this many characters.
SECTION_MAX_CHARS = 30
#: At most this many authors to a paper.
MAX_AUTHORS = 6
#: Authors' names are separated by semicolons, commas, enumeration commas or spaces; bounded
#: on one side so that a split cannot backtrack over a line of spaces.
_NAME_SEP = re.compile(r"[;；,，、 \u3000]+")


#: A Han personal name: two or three characters.
_HAN_NAME = regex.compile(r"\p{Han}{2,3}")


def names_line(text: str) -> bool:
    """Whether the line is nothing but one to MAX_AUTHORS Han personal names, however they are
    separated: each two or three Han characters, one at least opening with a common surname
    (:func:`scrubber.names.han_names_line`; a rarer one, "萧", may stand beside it)."""
    parts = [p for p in _NAME_SEP.split(text.strip()) if p]
    return 0 < len(parts) <= MAX_AUTHORS and \
        all(_HAN_NAME.fullmatch(p) for p in parts) and any(han_names_line(p) for p in parts)


def _records(feats: Sequence[LineFeatures], lines: list[int]) -> list[int]:
    """The positions (in ``lines``) of the titles that a names line follows."""
    names = [names_line(feats[i].text) for i in lines]
    return [x for x in range(len(lines) - 1)
            if names[x + 1] and not names[x] and len(feats[lines[x]].text) >= TITLE_MIN_CHARS]


def _runs(starts: list[int]) -> list[list[int]]:
    """The runs of records (title positions) whose next record starts at most
    CONTENTS_MAX_GAP lines after the end of the one before."""
    runs: list[list[int]] = []
    for s in starts:
        if runs and s - (runs[-1][-1] + 2) <= CONTENTS_MAX_GAP:
            runs[-1].append(s)
        else:
            runs.append([s])
    return [run for run in runs if len(run) >= CONTENTS_MIN_RECORDS]


def _section(f: LineFeatures) -> bool:
    """Whether a line may be a section heading: short, no sentence."""
    return SECTION_MIN_CHARS <= len(f.text) <= SECTION_MAX_CHARS and not f.ends_sentence


def contents_records(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                     feats: Sequence[LineFeatures]) -> None:
    """Keep the lines of a journal issue's table of contents (in place; see above): the
    lines of its runs of records that no rule names and that nothing kept yet."""
    lines = [i for i, f in enumerate(feats) if f.text]
    for run in _runs(_records(feats, lines)):
        first, last = run[0], run[-1] + 1
        sections = any(b - a > 2 for a, b in pairwise(run))
        if sections and first > 0 and _section(feats[lines[first - 1]]) and \
                not names_line(feats[lines[first - 1]].text):
            first -= 1
        for i in lines[first:last + 1]:
            if decisions[i][0] == "noise" and classified[i].kind is not Kind.BAD:
                decisions[i] = CONTENTS_ENTRY
