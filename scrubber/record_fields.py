"""The fields of a list's records that the rules drop: a teaser's byline and its date.

A page that lists posts, guides or books writes each record as a title, its author's byline
("by Nick Guy and Sarah Witman") or its date ("November 26, 2025") and a summary. The byline
and date rules take each such line for the page's own and drop it, which leaves a hole in
every record that the article or a grid kept. When the page holds at least
``FIELD_MIN_RECORDS`` lines of one kind that stand each between two kept lines, they are
fields of the records, not the page's byline or date: they are kept (``record_byline``,
``record_date``). Only a bare byline counts ("by" and a name, no date or number: "Posted by
Harry on July 29, 2006 8:57 PM Comments: 1" is the footer of a post on a blog's page).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .features import LineFeatures

RECORD_BYLINE = ("content", "record_byline")
RECORD_DATE = ("content", "record_date")
#: A page holds at least this many fields of one kind between kept lines for them to be
#: records' fields (one or two are an article's own byline or date and a quoted one).
FIELD_MIN_RECORDS = 3
#: A record's byline is short: "by" and a name or two.
BYLINE_MAX_UNITS = 10
#: "by", then a name: no digit anywhere (a date, a count of comments).
_BARE_BYLINE = re.compile(r"by\s+[^\W\d_]", re.IGNORECASE)
#: The reasons of the date lines a record may hold.
_DATE_REASONS = frozenset(("date_line", "relative_time"))


def _bare_byline(reason: str, f: LineFeatures) -> bool:
    """Whether a line the rules named a byline is a bare one (see above)."""
    return reason.startswith("byline") and f.units <= BYLINE_MAX_UNITS and \
        _BARE_BYLINE.match(f.text) is not None and not any(ch.isdigit() for ch in f.text)


def _date(reason: str, f: LineFeatures) -> bool:
    return reason in _DATE_REASONS


#: The kinds of field: which dropped line is one (by its reason and features), and the
#: decision it gets when kept.
_FIELDS: tuple[tuple[Callable[[str, LineFeatures], bool], tuple[str, str]], ...] = (
    (_bare_byline, RECORD_BYLINE), (_date, RECORD_DATE))


def record_fields(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the bare bylines and the date lines that stand between two kept lines, each kind
    when the page holds at least FIELD_MIN_RECORDS of it (in place)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    between = [b for a, b, c in zip(lines, lines[1:], lines[2:], strict=False)
               if decisions[b][0] != "content" and decisions[a][0] == "content" and
               decisions[c][0] == "content"]
    found = [[i for i in between if field(decisions[i][1], feats[i])] for field, _ in _FIELDS]
    for indices, (_, kept) in zip(found, _FIELDS, strict=True):
        if len(indices) >= FIELD_MIN_RECORDS:
            for i in indices:
                decisions[i] = kept
