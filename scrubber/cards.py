"""Cards: the call to action under each of a landing page's feature cards.

A service's or a product's landing page lays out what it offers as cards: a short heading,
a sentence or two that describe the offer, and a link that repeats under every card
("Learn more", "Read the story", "Explore"). A rule names that link (an ad marker, a menu
keyword), so it counts against the article as much as a menu's entry does, and a row of
cards, each paying for its link, never adds up to a block of text.

A short line (at most ``CTA_MAX_UNITS`` units) that a rule named, that the page shows at
least ``CTA_MIN_REPEATS`` times, each time right under a line of text (a good or near-good
line: the card's description), is the cards' call to action: the article search sees
through it (it stays removed), so the cards' text reads as one run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures

#: A call to action is a few words...
CTA_MAX_UNITS = 4
#: ... that the page shows at least this many times, each right under a card's text.
CTA_MIN_REPEATS = 3
#: ... and at least this share of its copies stand under a card's text.
CTA_MIN_SHARE = 0.5


def card_links(classified: Sequence[Classified], feats: Sequence[LineFeatures]
               ) -> frozenset[int]:
    """The indices of the cards' calls to action (see above)."""
    under_text: dict[str, list[int]] = {}
    above = False  # whether the line above is a card's description
    for i, (c, f) in enumerate(zip(classified, feats, strict=True)):
        if not f.text:
            continue
        if above and c.kind is Kind.BAD and f.units <= CTA_MAX_UNITS:
            under_text.setdefault(f.lower, []).append(i)
        above = c.kind in _TEXT and f.ends_sentence and not f.ends_ellipsis
    if not under_text:
        return frozenset()
    shown = Counter(f.lower for f in feats if f.text)
    return frozenset(i for key, found in under_text.items()
                     if len(found) >= CTA_MIN_REPEATS and
                     len(found) >= CTA_MIN_SHARE * shown[key] for i in found)


_TEXT = frozenset((Kind.GOOD, Kind.NEAR))
