"""Button cards: the short lines a shop's or a sponsor's card puts over its button.

An article that recommends products or services embeds a card for each one between its
paragraphs: the product's name, its category or its price on short lines, then a button
("$75 at Amazon", "Get Price", "Get started"). The button is removed on its own (a price
button, a control, a call to action), but the card's other lines stay inside the article
block. They are taken out with the button (``button_card``): the run of at most
``CARD_MAX_LINES`` short lines (at most ``CARD_MAX_UNITS`` units, ending no sentence) that the
article block holds right above a removed button, when the article goes on below the button
(a button at the article's end closes it: what is above is the article's own last words).

A sentence over the button (the article's "Here is where to buy it.") and a line with a
colon at its end (a label introducing the button) are the article's and end the card.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import LineFeatures

BUTTON_CARD = ("noise", "button_card")
#: A card holds at most this many lines over its button.
CARD_MAX_LINES = 4
#: A card's line is short: a name, a category, a price.
CARD_MAX_UNITS = 10
#: The reasons of a removed button.
_BUTTONS = frozenset(("price_button_en", "call_to_action", "ui_control_en"))
#: The keep reasons a card's lines are taken from (the article block's plain lines).
_FROM = frozenset(("article_block",))
#: A line ending so introduces what follows: no card's line.
_INTRODUCES = (":", "：")
#: A line ending so closes a quotation.
_QUOTE_ENDS = ("\u201d", '"', "\u00bb", "\u300d", "\u300f")


def button_cards(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take out the short lines of the article block right over a removed button that the
    article goes on below (in place, ``button_card``; see above)."""
    text = [i for i, f in enumerate(feats) if f.text.strip()]
    for n in range(1, len(text) - 1):
        b = text[n]
        if decisions[b][1] not in _BUTTONS or decisions[b][0] == "content" or \
                decisions[text[n + 1]][0] != "content":
            continue
        for i in _card(text[max(0, n - CARD_MAX_LINES - 1):n], decisions, feats):
            decisions[i] = BUTTON_CARD


def _card(above: Sequence[int], decisions: Sequence[tuple[str, str]],
          feats: Sequence[LineFeatures]) -> list[int]:
    """The card's lines among ``above`` (the lines over a button, nearest last): the short
    plain lines of the article block next to the button, up to the first other line; none
    when that line is one more such line (a list the button closes, not a card) or ends a
    quotation (the line over the button names who said it)."""
    card: list[int] = []
    for i in reversed(above):
        if not _card_line(i, decisions, feats):
            return card if not feats[i].text.rstrip().endswith(_QUOTE_ENDS) else []
        card.append(i)
    return []


def _card_line(i: int, decisions: Sequence[tuple[str, str]],
               feats: Sequence[LineFeatures]) -> bool:
    """Whether line ``i`` may be a card's: a short plain line of the article block that ends
    no sentence and introduces nothing."""
    f = feats[i]
    return decisions[i][1] in _FROM and not f.ends_sentence and f.units <= CARD_MAX_UNITS and \
        not f.text.rstrip().endswith(_INTRODUCES)
