"""The bylines of a list's records: "by Jane Doe" between a teaser's title and its summary.

A page that lists posts, guides or books writes each record as a title, its author's byline
("by Nick Guy and Sarah Witman") and a summary. The byline rule takes each byline for the
page's own and drops it, which leaves a hole in every record that the article or a grid kept.
When the page holds at least ``RECORD_BYLINES_MIN`` bylines that stand each between two kept
lines, they are fields of the records, not the page's byline: they are kept
(``record_byline``). Only a bare byline counts ("by" and a name, no date or number: "Posted by
Harry on July 29, 2006 8:57 PM Comments: 1" is the footer of a post on a blog's page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

RECORD_BYLINE = ("content", "record_byline")
#: A page holds at least this many bylines between kept lines for them to be records' fields
#: (one or two are an article's own byline and a quoted author's).
RECORD_BYLINES_MIN = 3
#: A record's byline is short: "by" and a name or two.
BYLINE_MAX_UNITS = 10
#: "by", then a name: no digit anywhere (a date, a count of comments).
_BARE_BYLINE = re.compile(r"by\s+[^\W\d_]", re.IGNORECASE)


def _bare(reason: str, f: LineFeatures) -> bool:
    """Whether a line the rules named a byline is a bare one (see above)."""
    return reason.startswith("byline") and f.units <= BYLINE_MAX_UNITS and \
        _BARE_BYLINE.match(f.text) is not None and not any(ch.isdigit() for ch in f.text)


def record_bylines(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the bare bylines that stand between two kept lines, when the page holds at least
    RECORD_BYLINES_MIN of them (in place, ``record_byline``)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    found = [b for a, b, c in zip(lines, lines[1:], lines[2:], strict=False)
             if decisions[b][0] != "content" and decisions[a][0] == "content" and
             decisions[c][0] == "content" and _bare(decisions[b][1], feats[b])]
    if len(found) >= RECORD_BYLINES_MIN:
        for i in found:
            decisions[i] = RECORD_BYLINE
