"""The shop's lines on a single product's page: prices, figures, cut titles, terms, reviews.

A shop's page for one product shows prices everywhere: its own in the buy box, the add-ons'
and the other products' under each card ("$76", "£1,959", "Sale price $39 Regular price $49",
"-32% EUR 14.86"). A line that holds a price and, besides prices, nothing but the words of a
price tag (``_TAG_WORDS``: "from", "save", "list", "off"...) says nothing about the product
that its name and description do not: on such a page, those the context passes kept are taken
back (``price_tag``). So are, among the kept lines:

- the cards' bare figures (a review count "1,204", a discount "47%", "0.6x": ``bare_figure``),
  but not the figures of a strip of the product's key numbers (``stat_strip``);
- the buy box's notices and selectors ("Low in stock, only 2 left", "Order today to get it
  by May 3", "Select Color": ``buy_box``);
- the other products' titles a carousel cuts short ("Wireless Earbuds, Bluetooth 5.3 Noise
  Ca...", at least ``CUT_MIN_TITLES`` of them: ``cut_title``);
- the shop's terms of delivery and return ("Free shipping on orders over $65", "Delivery &
  Returns": :func:`scrubber.products.is_shop_policy`, ``shop_policy``);
- the titles of the other products' cards, the record lines over a price tag
  (``product_card``);
- the second copies of lines of at least ``COPY_MIN_UNITS`` units (the page holds a block once
  per layout: desktop, tablet, phone; ``second_copy``);
- the customers' reviews at the page's end (:mod:`scrubber.reviews`).

Elsewhere (a shop's category page, a pricing table, an article listing offers) a price can be
a record's field, and it is left alone.

A page is one product's when its address names it (a path segment of ``_PRODUCT_SEGMENTS``
followed by an identifier or a slug of several words: ``/products/black-wallet``,
``/dp/B0123``, ``/listing/123/...``; not ``/detail/171``, a forum's thread) or when it shows
a buying control (``_BUY_CONTROLS``: "Add to cart", "Buy now", "Select size", a
product's code: "SKU: TX-0612", "Item number 561426") as a line of its own at most
``BUY_MAX_REPEATS`` times (a category page repeats it under every card). Not "Quantity": a
column of a table of costs. Or when a line that starts the page's first line (its <title>)
has a price tag right under it (a product's name over its price: the buy box).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .features import LineFeatures
from .product_features import product_features
from .products import BUY_BOX, PRICE, SHOP_POLICY, is_shop_policy
from .reviews import product_reviews
from .urls import url_path

#: A price tag is short...
TAG_MAX_CHARS = 40
#: A headline over a price names the product with at least this many characters.
HEADLINE_MIN_CHARS = 4
#: A buying control is a few words...
CONTROL_MAX_UNITS = 4
#: ... shown at most this many times (more often, it is a category page's, one per card).
BUY_MAX_REPEATS = 3
#: A product's title cut short under its card ("Wireless Earbuds, Bluetooth 5.3 Noise Ca...")
#: has at most this many units.
CUT_TITLE_MAX_UNITS = 20
#: ... and a carousel shows at least this many (one is a sentence left hanging).
CUT_MIN_TITLES = 3
#: A line repeated from above is taken back when it has at least this many units (a label or
#: a value, "Material", "XS - XL: 1 lb. 13 oz.", repeats under two of the product's sections:
#: measured, 4 takes such values too, 8 none).
COPY_MIN_UNITS = 8
#: Kept sentences in a row that each repeat an earlier kept line, at least this many, are a
#: copy of a block whatever their length.
COPY_RUN_LINES = 3
SECOND_COPY = ("noise", "second_copy")
PRICE_TAG = ("noise", "price_tag")
BARE_FIGURE = ("noise", "bare_figure")
CUT_TITLE = ("noise", "cut_title")
#: Keep reasons of figures that stay on a product's page: a strip of the product's key numbers
#: ("40g" over "plant-based protein", "0" over "artificial sweeteners").
_FIGURE_KEEPS = frozenset(("stat_strip",))
PRODUCT_CARD = ("noise", "product_card")
#: The kept lines of a record (a grid's or a catalogue's) that may be another product's card
#: title, over its price taken back as a price tag.
#: A card's title is at most this many non-blank lines over its price.
CARD_MAX_LINES = 3
_CARD_REASONS = frozenset(("record_grid", "catalogue"))
#: A notice of the buy box is short...
STOCK_MAX_UNITS = 15
#: ... and speaks of the stock, the delivery date or the cart (lower case, anywhere in a line).
_STOCK = re.compile(r"\b(?:in|out of|low in) stock\b|\bonly \d+ left\b"
                    r"|\border (?:today|now|within|by)\b|\bget it by\b|\barrives? by\b"
                    r"|\badded to (?:your )?(?:cart|bag|basket)\b|\bgo to cart\b"
                    r"|\bview cart\b|\bat checkout\b")
#: A selector of the buy box, a line of its own ("Select Color", "Choose a size:"; lower case).
_SELECTOR = re.compile(r"(?:select|choose)(?: (?:a|an|your))? [\w-]+(?: [\w-]+)?:?")
#: The words a bare figure may hold ("2x", "0.6x", "28% OFF").
_FIGURE_WORDS = frozenset(("x", "off"))
_WORD = re.compile(r"[^\W\d_]+")
#: The words a price tag may hold besides amounts (lower case).
_TAG_WORDS = frozenset(("usd", "eur", "gbp", "from", "save", "list", "was", "now", "sale",
                        "price", "regular", "only", "each", "off", "to", "incl", "vat",
                        "typical", "rrp", "msrp"))
#: Path segments after which a shop's address names one product (lower case).
_PRODUCT_SEGMENTS = frozenset(("product", "products", "dp", "listing", "item"))
#: Buying controls shown as a line of their own (lower case, trailing "!.:" left off).
_BUY_CONTROLS = frozenset(("add to cart", "add to bag", "add to basket", "add to trolley",
                           "buy now", "buy it now", "in stock", "add to wishlist",
                           "select size", "select a size", "choose a size",
                           "item code"))
#: A product's code on a line of its own ("SKU: TX-0612", "Item number 561426", "Model no.
#: AB-12"): shown as the buying control "item code" (lower case).
_ITEM_CODE = re.compile(r"(?:sku|item (?:number|no\.?)|model (?:number|no\.?)|part number)"
                        r"(?::? ?[\w-]{1,24})?:?")
_TRAILING = " \t!.:"


def is_price_tag(f: LineFeatures) -> bool:
    """Whether the line is a bare price ("$76.00", "Sale price £39", "-32% EUR 14.86")."""
    if not f.text or len(f.text) > TAG_MAX_CHARS or PRICE.search(f.text) is None:
        return False
    return all(w in _TAG_WORDS for w in _WORD.findall(f.lower))


def product_url(url: str | None) -> bool:
    """Whether the address names one product: a segment of _PRODUCT_SEGMENTS followed by one
    that holds a digit or a hyphen (an identifier, a slug of several words; "/products/cdn" is
    a vendor's section)."""
    segments = [s for s in url_path(url).split("/") if s]
    return any(a.lower() in _PRODUCT_SEGMENTS and ("-" in b or any(c.isdigit() for c in b))
               for a, b in pairwise(segments))


def _buy_control(feats: Sequence[LineFeatures]) -> bool:
    shown = Counter(_control(f.lower.rstrip(_TRAILING)) for f in feats
                    if f.text and f.units <= CONTROL_MAX_UNITS)
    return any(0 < shown[c] <= BUY_MAX_REPEATS for c in sorted(_BUY_CONTROLS))


def _priced_headline(feats: Sequence[LineFeatures]) -> bool:
    """Whether a line that starts the page's first line (its <title>: "OnePlus 13 | Shop")
    has a price tag right under it ("OnePlus 13", "From $899.99"): one product's buy box."""
    lines = [i for i, f in enumerate(feats) if f.text]
    if not lines:
        return False
    title = feats[lines[0]].lower
    return any(len(feats[i].lower) >= HEADLINE_MIN_CHARS and title.startswith(feats[i].lower)
               and is_price_tag(feats[j]) for i, j in pairwise(lines[1:]))


def _control(text: str) -> str:
    """A short line as a buying control: a product's code is the control "item code"."""
    return "item code" if _ITEM_CODE.fullmatch(text) else text


def price_tags(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
               url: str | None) -> None:
    """On a single product's page, take back the kept lines that are the shop's: bare prices
    (``price_tag``), bare figures (``bare_figure``), other products' titles cut short, at
    least CUT_MIN_TITLES of them (``cut_title``), the shop's terms of delivery and return
    (``shop_policy``), second copies (``second_copy``) and the customers' reviews at the
    page's end (in place)."""
    if not (product_url(url) or _buy_control(feats) or _priced_headline(feats)):
        return
    kept = [i for i, d in enumerate(decisions) if d[0] == "content"]
    cut = [i for i in kept if _is_cut_title(feats[i])]
    for i in cut if len(cut) >= CUT_MIN_TITLES else ():
        decisions[i] = CUT_TITLE
    for i in kept:
        shop = _shop_line(feats[i])
        if shop is not None and not (shop == BARE_FIGURE and decisions[i][1] in _FIGURE_KEEPS):
            decisions[i] = shop
    _product_cards(decisions, feats, kept)
    _second_copies(decisions, feats, kept)
    product_reviews(decisions, feats)


def product_gap(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                url: str | None, headline: int | None) -> None:
    """On a single product's page, keep the product's features between its name (the
    headline, a line the page's <title> starts with) and the next kept line
    (:mod:`scrubber.product_features`), in place."""
    if product_url(url) or _buy_control(feats) or _priced_headline(feats):
        product_features(decisions, feats, headline, _BUY_CONTROLS)


def _product_cards(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                   kept: list[int]) -> None:
    """Take back the record lines (``record_grid``, ``catalogue``) over a price taken back
    (``price_tag``), up to CARD_MAX_LINES non-blank lines above it, up to the line over the
    card (another price, a line kept for another reason): on one product's page, a card of
    a grid of other products ("customers also bought"), its title and subtitle over its
    price (``product_card``; a line the passes dropped may stand between). The product's own
    title is the headline, no record's."""
    for j in kept:
        if decisions[j] != PRICE_TAG:
            continue
        seen = 0
        for i in range(j - 1, -1, -1):
            if not feats[i].text:
                continue
            if decisions[i][1] in _CARD_REASONS:
                decisions[i] = PRODUCT_CARD
            elif decisions[i][0] == "content" or decisions[i] == PRICE_TAG:
                break
            seen += 1
            if seen >= CARD_MAX_LINES:
                break


def _second_copies(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                   kept: list[int]) -> None:
    """Take back the kept lines that repeat an earlier kept line (``second_copy``): a
    product's page holds its blocks once per layout (desktop, tablet, phone). The kept line
    right over a second copy goes with it when it repeats an earlier kept line too, however
    short (the copy's heading, "SOFT WOOL")."""
    first: dict[str, int] = {}
    for i in kept:
        first.setdefault(feats[i].lower, i)
    above = -1
    for i in kept:
        f = feats[i]
        if decisions[i][0] == "content" and f.units >= COPY_MIN_UNITS and first[f.lower] < i:
            decisions[i] = SECOND_COPY
            if above >= 0 and decisions[above][0] == "content" and \
                    first[feats[above].lower] < above and _next_text(feats, above) == i:
                decisions[above] = SECOND_COPY
        above = i
    _copied_runs(decisions, feats, kept, first)


def _copied_runs(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                 kept: list[int], first: dict[str, int]) -> None:
    """Take back the runs of at least COPY_RUN_LINES kept sentences in a row that each repeat
    an earlier kept line, however short ("Built to last.", "Free returns."): a block shown
    again for another layout (``second_copy``). Not a specification's values ("Weight",
    "Yes"): each product's section may repeat them."""
    run: list[int] = []
    for i in [*kept, -1]:
        if i >= 0 and decisions[i][0] == "content" and feats[i].ends_sentence and \
                first[feats[i].lower] < i:
            run.append(i)
            continue
        if len(run) >= COPY_RUN_LINES:
            for j in run:
                decisions[j] = SECOND_COPY
        run = []


def _next_text(feats: Sequence[LineFeatures], i: int) -> int:
    """The index of the first non-blank line after ``i`` (``len(feats)`` if none)."""
    return next((j for j in range(i + 1, len(feats)) if feats[j].text), len(feats))


def _is_cut_title(f: LineFeatures) -> bool:
    return f.ends_ellipsis and not f.is_cjk and f.units <= CUT_TITLE_MAX_UNITS


def _shop_line(f: LineFeatures) -> tuple[str, str] | None:
    """The decision for a kept line of a product's page that is the shop's, or ``None``."""
    if is_price_tag(f):
        return PRICE_TAG
    if len(f.text) <= TAG_MAX_CHARS and any(c.isdigit() for c in f.text) and \
            all(w in _FIGURE_WORDS for w in _WORD.findall(f.lower)):
        return BARE_FIGURE
    if (f.units <= STOCK_MAX_UNITS and _STOCK.search(f.lower)) or _SELECTOR.fullmatch(f.lower):
        return BUY_BOX
    return SHOP_POLICY if is_shop_policy(f) else None
