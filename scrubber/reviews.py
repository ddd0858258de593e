"""Customer reviews at the end of a single product's page.

A shop's page for one product ends with what its customers wrote: a heading ("Reviews",
"Customer Reviews", "Reviews for this item (76)"), the rating it sums up ("4.9", "5.0 /5",
"18 Reviews", "4.5 out of 5 stars"), then each review's title, text and byline. The reviews
are written in sentences, so the article search runs on from the product's description into them.

On a page that :mod:`scrubber.prices` found to be one product's, a short heading of
``_HEADING`` with a rating (``_RATING``) at most ``RATING_MAX_BELOW`` non-blank lines below it,
and at least ``REVIEWS_MIN_ABOVE`` kept lines above it (a rating summed up in the buy box, over
the description, opens nothing), opens the reviews, whether a rule named the heading or not
("Reviews for this item (76)" is a link's count): the lines kept from there to the page's end
are taken back (``product_reviews``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

#: The heading is a few words...
HEADING_MAX_UNITS = 6
#: ... with the rating at most this many non-blank lines below it...
RATING_MAX_BELOW = 3
#: ... and at least this many kept lines above it (the product's own text).
REVIEWS_MIN_ABOVE = 5
#: A rating line is short.
RATING_MAX_UNITS = 8
PRODUCT_REVIEWS = ("noise", "product_reviews")
#: Headings of the reviews (lower case, the whole line but a count: "Reviews (18)").
_HEADING = re.compile(r"(?:customer |product |ratings? (?:&|and) |guest )?reviews"
                      r"(?: for this (?:item|product))?(?: (?:&|and) ratings?)?"
                      r"(?: ?\(\d[\d,]*\))?")
#: A rating summed up (lower case): a bare score, a count of reviews or ratings, "out of 5".
_RATING = re.compile(r"^\d(?:\.\d)?(?: ?/ ?5)?$|\b\d[\d,]{0,12} (?:reviews?|ratings?)\b"
                     r"|\bout of 5\b|[★☆]{3}")


def _opens_reviews(feats: Sequence[LineFeatures], lines: list[int], x: int) -> bool:
    f = feats[lines[x]]
    if f.units > HEADING_MAX_UNITS or _HEADING.fullmatch(f.lower.rstrip(" :")) is None:
        return False
    return any(feats[i].units <= RATING_MAX_UNITS and _RATING.search(feats[i].lower)
               for i in lines[x + 1:x + 1 + RATING_MAX_BELOW])


def product_reviews(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take back the customer reviews kept at the end of a product's page (in place)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    kept = 0
    for x, i in enumerate(lines):
        if kept >= REVIEWS_MIN_ABOVE and _opens_reviews(feats, lines, x):
            for j in lines[x:]:
                if decisions[j][0] == "content":
                    decisions[j] = PRODUCT_REVIEWS
            return
        kept += decisions[i][0] == "content"
