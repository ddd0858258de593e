"""Product pages: the description, details and specifications of the one product a page sells.

A shop's page for one product shows its name and price near the top, then a buying control
("Add to cart", "Buy now") and, under it, what the product is: a description, feature
bullets, a block of "label" / value lines (size, colour, materials), specifications. Those
lines are short and seldom sentences, so the article search often passes them by for a
denser block further down (customers' testimonials, a cookie notice).

The product's sections start at a heading of its own (``_SECTION``: "Description",
"Product details", "Specifications", a short line of its own) that has a price line at most
``PRICE_MAX_BEFORE`` non-blank lines above it, with no line there opening one of the shop's
boxes (``_STOP``: "Frequently bought together", "Related products", "Customer reviews": the
heading would be another product's). When a strip of tabs names the sections, the body starts
at the same heading again (``TAB_MAX_LINES``). From there the sections run to the first line
opening a shop's box, a region header, or ``PRODUCT_MAX_LINES`` non-blank lines; their lines
that no rule names and that are no label the page repeats are kept (``product_detail``).

Above the first heading, from the last price line there, stand the buying controls (stock,
options, rating, delivery and membership offers): the lines there that are no paragraph are
taken back (``buy_box``), whether the article search kept them or not.

On such a page, the shop's terms of delivery and return (``_POLICY``: "Free shipping on
orders over $50", "Returns & exchanges accepted within 30 days") that the article search
kept from there on are the shop's (``shop_policy``).

When the sections end at a shop's box and the article search found nothing above them, the
content it found in the boxes after them (testimonials, the footer's blurb) is the shop's,
not the product's: it is taken back (``after_product``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .phrase_tables import phrase_rows

#: A price line sits at most this many non-blank lines above the first section heading.
PRICE_MAX_BEFORE = 20
#: A price line is short ("$49.95", "Sale price $39 Regular price $49")...
PRICE_MAX_UNITS = 8
#: ... and so is a section's heading ("Product details")...
SECTION_MAX_UNITS = 4
#: ... shown at most this many times (a tab, a sticky bar and the section's heading); a
#: heading that every record of a list repeats ("Highlights" under each school of a ranking) is no
#: single product's.
SECTION_MAX_REPEATS = 3
#: The product's block holds at most this many non-blank lines after the control.
PRODUCT_MAX_LINES = 80
#: A line the page shows at least this many times, once outside the sections at least, is a
#: label or a control, no detail.
LABEL_MIN_REPEATS = 3
#: A strip of tabs names the sections; the named section's body follows within this many
#: non-blank lines, under the same heading again.
TAB_MAX_LINES = 10
#: A line opening the shop's boxes is short ("Customer reviews (12)").
STOP_MAX_UNITS = 6
PRODUCT_DETAIL = ("content", "product_detail")
AFTER_PRODUCT = ("noise", "after_product")
BUY_BOX = ("noise", "buy_box")
SHOP_POLICY = ("noise", "shop_policy")
#: An amount with its currency (symbol or ISO code on either side): the price pattern every
#: shop pass shares.
PRICE = re.compile(r"[$€£¥￥₹₩₽]\s?\d|\d\s?(?:[€£¥￥₹₩₽円元원]|zł|kr\b|руб|(?:USD|EUR|GBP)\b)"
                   r"|\b(?:USD|EUR|GBP)\s?\d")
#: Lines that open the shop's boxes after the product ("Customer reviews (12)"): a ``stop`` row's
#: phrase of ``data/shop_sections.tsv`` at the start of the case-folded line, no Latin or Cyrillic
#: letter right after it.
_STOP = re.compile("(?:" + "|".join(
    re.escape(p) for p in sorted((p for (kind, _), row in phrase_rows("shop_sections.tsv", 3)
                                  for p in row if kind == "stop"), key=len, reverse=True))
    + ")(?![a-zß-ÿа-яё])")
#: The shop's terms of delivery and return (lower case, anywhere in a line): on a product's
#: page they are the shop's, whatever part of the page holds them.
_POLICY = re.compile(r"\b(?:free|fast|standard|express|estimated) (?:shipping|delivery)\b"
                     r"|\breturns? (?:&|and) exchanges?\b|\breturns? (?:policy|accepted|within)\b"
                     r"|\bexchanges? accepted\b|\byour order\b|\bships? (?:within|free|the same)\b"
                     r"|\b(?:shipping|delivery) (?:and|&) returns\b|\breturn shipping\b")
#: Headings of the product's own sections (case-folded, as a whole line): ``section`` rows of
#: ``data/shop_sections.tsv``.
_SECTION = frozenset(p for (kind, _), row in phrase_rows("shop_sections.tsv", 3) for p in row
                     if kind == "section")
#: The label of the prompts to share, follow and subscribe: two in a row are the page's footer.
_SHARE = "share"
#: Left off a line's end before it is looked up (no regex: a line of spaces is cheap too).
_TRAILING = " \t!.:"


def _key(f: LineFeatures) -> str:
    return f.lower.rstrip(_TRAILING)


def _is_price(f: LineFeatures) -> bool:
    return f.units <= PRICE_MAX_UNITS and PRICE.search(f.text) is not None


def _section_start(feats: Sequence[LineFeatures], lines: list[int]) -> int | None:
    """The position (in ``lines``) of the first heading of the product's own sections (shown
    at most SECTION_MAX_REPEATS times: a heading in every record is a list's) that has a
    price line at most PRICE_MAX_BEFORE non-blank lines above it and no line opening
    the shop's boxes ("Frequently bought together": the heading is one of another product's),
    or ``None``."""
    seen = Counter(feats[i].text for i in lines if feats[i].units <= SECTION_MAX_UNITS)
    for x, i in enumerate(lines):
        if feats[i].units <= SECTION_MAX_UNITS and _key(feats[i]) in _SECTION and \
                seen[feats[i].text] <= SECTION_MAX_REPEATS:
            above = [feats[lines[y]] for y in range(max(0, x - PRICE_MAX_BEFORE), x)]
            if any(_is_price(f) for f in above) and not any(_is_stop(f) for f in above):
                return x
    return None


def is_shop_policy(f: LineFeatures) -> bool:
    """Whether the line states the shop's terms of delivery and return (``_POLICY``)."""
    return _POLICY.search(f.lower) is not None


def _is_stop(f: LineFeatures) -> bool:
    return f.units <= STOP_MAX_UNITS and _STOP.match(_key(f)) is not None


def product_details(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                    feats: Sequence[LineFeatures]) -> None:
    """Keep the details of a single product's page (see the module's docstring), in place;
    the content found after them (the shop's boxes) is taken back (``after_product``)."""
    if any(d == ("content", "catalogue") for d in decisions):
        return
    lines = [i for i, f in enumerate(feats) if f.text]
    heading = _section_start(feats, lines)
    if heading is None:
        return
    heading = _tab_body(feats, lines, heading)
    _buy_box(decisions, classified, feats, lines, heading)
    for i in lines[max(0, heading - PRICE_MAX_BEFORE):]:
        if decisions[i][0] == "content" and _POLICY.search(feats[i].lower):
            decisions[i] = SHOP_POLICY
    if decisions[lines[heading]][0] == "content":
        return  # the article search found the sections
    run, boxes = _section_run(classified, feats, lines, heading)
    inside = set(run)
    seen = Counter(feats[i].text for i in lines)
    # A line shown elsewhere on the page too is a label or a control; one the sections alone
    # repeat is a value ("Yes" under each feature of a table).
    outside = Counter(feats[i].text for i in lines if i not in inside)
    kept = 0
    for i in run:
        if decisions[i][0] == "noise" and classified[i].kind is not Kind.BAD and \
                (seen[feats[i].text] < LABEL_MIN_REPEATS or not outside[feats[i].text]):
            decisions[i] = PRODUCT_DETAIL
            kept += 1
    if kept and boxes >= 0 and not any(d[0] == "content" for d in decisions[:lines[heading]]):
        for i in range(boxes, len(feats)):
            if decisions[i][0] == "content":
                decisions[i] = AFTER_PRODUCT


def _section_run(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                 lines: list[int], heading: int) -> tuple[list[int], int]:
    """The lines of the product's sections from ``heading`` (a position in ``lines``): up to
    a line opening the shop's boxes (whose index comes second, else -1), a region header, two
    prompts to share or follow in a row ("Facebook", "LinkedIn": the footer) or
    PRODUCT_MAX_LINES lines."""
    run: list[int] = []
    window = lines[heading:heading + PRODUCT_MAX_LINES]
    for x, i in enumerate(window):
        if _is_stop(feats[i]):
            return run, i
        if classified[i].kind is Kind.HEADER or _page_end(classified, window[x:x + 2]):
            break
        run.append(i)
    return run, -1


def _page_end(classified: Sequence[Classified], pair: list[int]) -> bool:
    """Whether two lines in a row are prompts to share or follow (the page's footer)."""
    return len(pair) == 2 and all(classified[i].label == _SHARE for i in pair)


def _buy_box(decisions: list[tuple[str, str]], classified: Sequence[Classified],
             feats: Sequence[LineFeatures], lines: list[int], heading: int) -> None:
    """Take back the buying controls that the article search kept above the product's first
    section (``heading``, a position in ``lines``): from the last price line above it, the
    lines that are no paragraph (stock, options, rating, offers: ``buy_box``)."""
    start = max(0, heading - PRICE_MAX_BEFORE)
    price = next((x for x in range(heading - 1, start - 1, -1) if _is_price(feats[lines[x]])),
                 None)
    if price is None:
        return
    for x in range(price, heading):
        i = lines[x]
        if decisions[i][0] == "content" and classified[i].kind is not Kind.GOOD:
            decisions[i] = BUY_BOX


def _tab_body(feats: Sequence[LineFeatures], lines: list[int], heading: int) -> int:
    """Where the section that ``heading`` (a position in ``lines``) names starts: a strip of
    tabs ("Description", "Specifications", "Reviews") names it first, and its body repeats
    the tab's name as its heading within TAB_MAX_LINES lines."""
    text = feats[lines[heading]].text
    for x in range(heading + 1, min(len(lines), heading + 1 + TAB_MAX_LINES)):
        if feats[lines[x]].text == text:
            return x
    return heading
