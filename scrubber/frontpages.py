"""Front pages: the boxes of a listing page hold more of its records.

A news site's or a blog's front page is a list of teasers (title, author, date) in several
sections, and many of them sit under a heading the rules take for a related box ("Most
Popular", "Trending", "Latest articles"): the region it opens hides the teasers after it.
On an article's page such a box is other pages' teasers; on a page whose content is records,
they are the page's own.

So on a page without a real article (fewer than ``GRID_MAX_GOOD`` good lines in its article
blocks) whose own records were kept (at least ``FRONT_MIN_OWN`` lines of record grids outside
every box, :mod:`scrubber.grids`), the record grids inside the boxes (related and links
regions) are kept too (``record_grid``): their lines that no rule names, not cut off with an
ellipsis. A box's grid must hold a date, a price or a rating (teasers, products): a
promotion box's records (a heading, a line of praise, a call to action) are no listing.

The same holds on a page whose article is itself a list of dated posts: its article blocks
hold at least ``DATED_MIN_POSTS`` date lines, each followed within ``DATED_MAX_GAP`` lines by
a title or a summary (a blog's front page whose teasers' summaries read as paragraphs). A
story holds a date line or two (its own, an update), never a run of them; its boxes' teasers
(dated too) stay out.
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .grids import GRID_MAX_GOOD, RECORD_GRID, grid_spans, line_codes

#: The page's own records kept outside every box: at least this many lines (two records of
#: three fields).
FRONT_MIN_OWN = 6
#: The labels of the regions whose grids may be the page's records.
_BOX_LABELS = frozenset(("related", "links"))
#: A box's record holds one of these codes (:func:`scrubber.grids.line_codes`): a price, a
#: rating, a date.
_BOX_DATA = frozenset("PRD")
#: An article that holds at least this many dated posts is a list of posts...
DATED_MIN_POSTS = 4
#: ... a post being a date line (code D) followed within this many lines by a title or a
#: summary (codes T, t, G).
DATED_MAX_GAP = 2
_POST_TEXT = frozenset("TtG")


def front_page_boxes(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                     feats: Sequence[LineFeatures], in_article: Sequence[bool]) -> None:
    """Keep the record grids in the boxes of a listing page (see the module's docstring),
    in place."""
    boxed = [i for i, d in enumerate(decisions) if d[0] in _BOX_LABELS and "_region" in d[1]]
    if not boxed:
        return
    lines, codes = line_codes(classified, feats)
    if not _dated_posts(lines, codes, in_article) and (
            sum(1 for d in decisions if d == RECORD_GRID) < FRONT_MIN_OWN or
            sum(1 for c, a in zip(classified, in_article, strict=True)
                if a and c.kind is Kind.GOOD) >= GRID_MAX_GOOD):
        return
    for span, record in grid_spans(classified, feats, (lines, codes.replace("t", "T"))):
        if not _BOX_DATA.intersection(record):
            continue
        for i in span:
            d = decisions[i]
            if d[0] in _BOX_LABELS and "_region" in d[1] and \
                    classified[i].kind is not Kind.BAD and not feats[i].ends_ellipsis:
                decisions[i] = RECORD_GRID


def _dated_posts(lines: list[int], codes: str, in_article: Sequence[bool]) -> bool:
    """Whether the article blocks hold DATED_MIN_POSTS dated posts or more (see above)."""
    posts = 0
    for x, code in enumerate(codes):
        if code == "D" and in_article[lines[x]] and \
                _POST_TEXT.intersection(codes[x + 1:x + 1 + DATED_MAX_GAP]):
            posts += 1
    return posts >= DATED_MIN_POSTS
