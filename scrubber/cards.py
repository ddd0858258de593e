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

Cards without such a link (a heading over one sentence, a heading over the next) score about
nothing either way and are often left outside the article: a row of at least
``CARD_MIN_PAIRS`` of them, each line shown once on the page, is kept (``card_text``).
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


#: A row of cards holds at least this many cards in a row...
CARD_MIN_PAIRS = 5
#: ... each a heading of at most this many units (no sentence) over a finished sentence.
CARD_HEADING_MAX_UNITS = 8
CARD_TEXT = ("content", "card_text")
#: The decisions a row of cards may take back: lines outside the article no rule named.
_OUTSIDE = frozenset((("noise", "before_article"), ("noise", "after_article")))


def card_rows(decisions: list[tuple[str, str]], classified: Sequence[Classified],
              feats: Sequence[LineFeatures]) -> None:
    """Keep the rows of cards the article search left out (in place): at least
    CARD_MIN_PAIRS cards in a row, each a short heading (no sentence) right over a line of
    text that ends a sentence, maybe followed by the call to action the page repeats (a
    short line a rule named, shown CTA_MIN_REPEATS times or more: it stays removed), the
    headings and texts all outside the article, unnamed and shown once on the page
    (``card_text``). A landing page's offers are written so; a menu's entries seldom come
    with a sentence each, a menu or a box of teasers the page shows twice is no offer, and a
    row of four or fewer is left alone."""
    lines = [i for i, f in enumerate(feats) if f.text]
    shown = Counter(feats[i].text for i in lines)
    x = 0
    while x + 1 < len(lines):
        cards: list[int] = []
        y = x
        while y + 1 < len(lines) and _card(decisions, classified, feats, lines[y], lines[y + 1]):
            cards += lines[y:y + 2]
            y += 2
            if y < len(lines) and classified[lines[y]].kind is Kind.BAD and \
                    feats[lines[y]].units <= CTA_MAX_UNITS and \
                    shown[feats[lines[y]].text] >= CTA_MIN_REPEATS:
                y += 1
        if len(cards) >= 2 * CARD_MIN_PAIRS and all(shown[feats[i].text] == 1 for i in cards):
            for i in cards:
                decisions[i] = CARD_TEXT
        x = max(y, x + 1)


def _card(decisions: Sequence[tuple[str, str]], classified: Sequence[Classified],
          feats: Sequence[LineFeatures], heading: int, text: int) -> bool:
    """Whether ``heading`` over ``text`` is a card left outside the article."""
    return decisions[heading] in _OUTSIDE and decisions[text] in _OUTSIDE and \
        classified[heading].kind is Kind.SHORT and not feats[heading].ends_sentence and \
        feats[heading].units <= CARD_HEADING_MAX_UNITS and \
        classified[text].kind in _TEXT and feats[text].ends_sentence
