"""Catalogues (a shop's list of products whose records vary in shape) and review headers."""

from __future__ import annotations

import scrubber
from scrubber.grids import CATALOGUE_MIN_RECORDS

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
    assert set(grid) <= kept
    assert {v.reason for v in doc.lines if v.text in grid} >= {"catalogue"}


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
