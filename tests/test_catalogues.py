"""Catalogues (a shop's list of products whose records vary in shape) and review headers."""

from __future__ import annotations

import re

import scrubber
from scrubber.catalogues import CATALOGUE_MIN_RECORDS, record_head

_PARA = ("The guide below explains how we test each item, which features matter most for a "
         "first purchase, and how to compare the prices of similar models in the shop. ")
_NAMES = ("Trail Runner Shoe", "Alpine Rain Jacket", "Merino Wool Base Layer", "Day Pack",
          "Camp Stove", "Folding Chair", "Trekking Pole", "Sleeping Pad", "Head Lamp",
          "Water Filter", "Insulated Bottle", "Rain Cover", "Camp Pillow", "Hiking Sock",
          "Fleece Vest", "Bivy Sack", "Dry Bag", "Tent Footprint", "Camp Mug", "Gaiter")


def _record(k: int, name: str, price: str) -> list[str]:
    """A product record whose shape varies: only every third product is on sale, only every
    other one has a rating."""
    lines = [f"Brand{'ABCDE'[k % 5]} {name} {k}", price]
    if k % 3 == 0:
        lines += ["Save 20%", f"compared to ${k + 40}.95"]
    if k % 2 == 0:
        lines += [f"({k + 3}) reviews with an average rating of 4.{k % 10} out of 5 stars"]
    return [*lines, "Weight:", f"{k + 1}.2 lbs"]


def _page(records: list[list[str]]) -> tuple[str, list[str]]:
    grid = [line for record in records for line in record]
    story = [_PARA + f"Part {k} of the buying guide." for k in range(14)]
    page = "\n".join(["Home | Men | Women | Sale", "Filter", *grid, *story, "© 2024 Shop"])
    return page, grid


def test_a_catalogue_before_the_article_is_kept() -> None:
    """Records of varying shape (no line-for-line period) still make a catalogue, kept even
    though the page also has a real article (a buying guide below the products)."""
    n = CATALOGUE_MIN_RECORDS + 2
    page, grid = _page([_record(k, _NAMES[k % len(_NAMES)], f"${k + 20}.95")
                        for k in range(n)])
    doc = scrubber.scrub(page)
    kept = {v.text for v in doc.lines if v.keep}
    assert set(grid) - {"Save 20%"} <= kept  # the same badge in many records is a label
    assert {v.reason for v in doc.lines if v.text in grid} >= {"catalogue"}


def test_product_names_that_end_like_sentences_still_start_records() -> None:
    """A product's name may end with a period ("Insulated Bottle - 32 fl. oz.") and read like
    a sentence: followed by its price, it still starts a record of the catalogue."""
    n = CATALOGUE_MIN_RECORDS + 2
    page, _ = _page([[f"{_NAMES[k % len(_NAMES)]} with Chug Cap - {k + 12} fl. oz.",
                       f"${k + 20}.95", "Weight:", f"{k + 1}.2 lbs"] for k in range(n)])
    doc = scrubber.scrub(page)
    names = [v for v in doc.lines if "fl. oz." in v.text]
    assert len(names) == n and sum(v.keep for v in names) >= n - 1


def test_options_described_in_sentences_are_no_catalogue() -> None:
    """A configurator's options, each a sentence and what it adds to the price ("+$12.00"),
    are no catalogue either, however many there are."""
    n = CATALOGUE_MIN_RECORDS + 2
    options = [line for k in range(n) for line in (
        f"Add the {_NAMES[k % len(_NAMES)].lower()} kit number {k} to your order.",
        f"+${k + 12}.00")]
    page, _ = _page([])
    doc = scrubber.scrub(page.replace("Filter", "\n".join(["Filter", *options])))
    assert not any(v.reason == "catalogue" for v in doc.lines)


def test_a_short_product_strip_is_no_catalogue() -> None:
    """A few priced products beside an article (a related-products strip) stay out."""
    page, grid = _page([_record(k, _NAMES[k], f"${k + 20}.95") for k in range(6)])
    doc = scrubber.scrub(page)
    assert not any(v.keep for v in doc.lines if v.text in grid)


def test_options_with_added_prices_are_no_catalogue() -> None:
    """A product's options, each with the price it adds ("+$19"), are no catalogue."""
    n = CATALOGUE_MIN_RECORDS + 2
    page, _ = _page([[f"Option {_NAMES[k % len(_NAMES)]} {k}", f"+${k + 5}"]
                        for k in range(n)])
    doc = scrubber.scrub(page)
    assert not any(v.reason == "catalogue" for v in doc.lines)


def test_customer_reviews_open_a_comment_region() -> None:
    """Customers' reviews below a product's description are comments, not the description."""
    desc = [_PARA + f"Detail {k} of the product description." for k in range(4)]
    reviews = ["Customer Reviews", "4.5 out of 5 stars",
               "I bought this for a weekend trip and it held up well in the rain, so I am happy.",
               "The straps felt a little stiff at first, but they softened after a few hikes."]
    doc = scrubber.scrub("\n".join([*desc, *reviews]))
    assert [v.keep for v in doc.lines] == [True] * 4 + [False] * 4
    assert doc.lines[4].reason == "comment_header_en"


_SHORT_NAMES = ("Trail Runner", "Camp Stove", "Day Pack", "Rain Shell", "Head Lamp")


def _cards(labelled: bool) -> tuple[list[str], list[str]]:
    """A category page's product cards: a name (two words in some cards, a longer line in the
    others), a bare review count, a short feature and, when ``labelled``, the same button in
    every card. Returns (the card lines, the names)."""
    lines: list[str] = []
    names: list[str] = []
    for k in range(12):
        name = (_SHORT_NAMES[k % len(_SHORT_NAMES)] if k in (1, 4, 5, 8, 9) else
                f"Summit Series {_NAMES[k]} Edition")
        names.append(name)
        lines += [name, f"{k * 37 + 5}", f"Rated 4.{k % 10} out of 5 stars"]
        lines += ["Quick view"] if labelled else []
    return lines, names


def test_cards_whose_names_differ_in_length_are_one_grid() -> None:
    """A two-word name and a longer one are the same field: the cards make one grid, whose
    names are kept; the bare review counts ("412") are no field worth keeping."""
    cards, names = _cards(labelled=False)
    page = "\n".join(["Home", "Men", "Women", "Sale", "Hiking Gear", *cards, "© 2024 Shop"])
    doc = scrubber.scrub(page)
    assert all(v.keep for v in doc.lines if v.text in names)
    assert not any(v.keep for v in doc.lines if v.text.isdigit())


def test_a_label_every_card_repeats_is_no_content() -> None:
    """"Quick view" in every card is a button, not a product: the names stay, it goes."""
    cards, names = _cards(labelled=True)
    page = "\n".join(["Home", "Men", "Women", "Sale", "Hiking Gear", *cards, "© 2024 Shop"])
    doc = scrubber.scrub(page)
    assert all(v.keep for v in doc.lines if v.text in names)
    assert not any(v.keep for v in doc.lines if v.text == "Quick view")


def test_a_score_with_a_decimal_is_a_field_of_the_record() -> None:
    """A ranking's records (rank, product, score, button): the score ("8.7") is the record's
    own field and stays with it (a bare whole number is a count of reviews: see above)."""
    lines: list[str] = []
    for k in range(12):
        lines += [f"{k + 1}.", f"Summit Series {_NAMES[k]}", f"{9 - k * 0.1:.1f}", "Compare",
                  f"Rated 4.{k % 10} out of 5 stars", f"{k * 37 + 5}"]
    page = "\n".join(["Home", "Rankings", "Top Rated Hiking Gear", *lines, "© 2024 Shop"])
    doc = scrubber.scrub(page)
    scores = [v for v in doc.lines if len(v.text) == 3 and v.text[1] == "."]
    assert len(scores) == 12 and sum(v.keep for v in scores) >= 11
    assert not any(v.keep for v in doc.lines if v.text == "Compare")


def _starts(codes: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[TtG]P", codes)]


def test_a_records_head_before_its_name_and_price_joins_the_first_record() -> None:
    """A rank, a name and an author before each record's format and price ("#1", the title,
    the author, "Paperback", the price): the first record takes them in too, but not the
    header before it (a title where the other records have the tail of the one before)."""
    codes = "T" + "tTttP" * 20
    starts = _starts(codes)
    assert starts[0] == 4
    assert record_head(codes, starts, 5) == 1


def test_a_record_that_starts_with_its_name_takes_in_nothing_before_it() -> None:
    """Records that open with their name and price: the heading before the first one is no
    part of it, nor is a rule-named line or a price of the filter above."""
    codes = "t" + "TPR" * 20
    assert record_head(codes, _starts(codes), 3) == 1
    codes = "tX" + "tTtP" * 20
    assert record_head(codes, _starts(codes), 4) == 2


def test_a_best_seller_list_keeps_its_first_book_whole() -> None:
    """A shop's list of best sellers: each book's rank, title and author (and a rating only
    some books have) come before its format and price; the first book is kept whole, the
    list's heading is not."""
    n = CATALOGUE_MIN_RECORDS + 2
    books = [[f"#{k + 1}", f"The {_NAMES[k % len(_NAMES)]} Mystery {k}", f"Author{k} Smith",
              *([f"4.{k % 10} out of 5 stars"] if k % 3 else []), "Paperback", f"${k + 7}.99"]
             for k in range(n)]  # a rating on two books in three: no period line for line
    grid = [line for book in books for line in book]
    page = "\n".join(["Home | Books | Sale", "Best Sellers in Mystery Novels", *grid,
                      "© 2024 Shop"])
    doc = scrubber.scrub(page)
    kept = {v.text for v in doc.lines if v.keep}
    assert {"#1", books[0][1], books[0][2]} <= kept
    assert "Best Sellers in Mystery Novels" not in kept
