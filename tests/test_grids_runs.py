"""Runs of records that go on over a slot: a catalogue interrupted by a promotion; the
teasers under a short story."""

from __future__ import annotations

import scrubber
from scrubber.catalogues import CATALOGUE_MIN_RECORDS
from scrubber.classify import Classified, Kind
from scrubber.features import document_features
from scrubber.grids import RECORD_GRID, STORY_MIN_GOOD, _listing_head, keep_records

_NAMES = ("Trail Runner Shoe", "Alpine Rain Jacket", "Merino Wool Base Layer", "Day Pack",
          "Camp Stove", "Folding Chair", "Trekking Pole", "Sleeping Pad", "Head Lamp",
          "Water Filter", "Insulated Bottle", "Rain Cover", "Camp Pillow", "Hiking Sock",
          "Fleece Vest", "Bivy Sack", "Dry Bag", "Tent Footprint", "Camp Mug", "Gaiter")


def _product(k: int) -> list[str]:
    """A product's record: its name, its price, a rating and two fields."""
    return [f"Northfield {_NAMES[k % len(_NAMES)]} {k}", f"${k + 20}.95",
            f"({k + 3}) reviews with an average rating of 4.{k % 10} out of 5 stars",
            "Weight:", f"{k + 1}.2 lbs"]


_GUIDE = ("Our buying guide explains how we rate each bag, which temperature rating suits a "
          "first trip, and how to compare the weight of similar models before you order. ")


def _lines(first: range, slot: list[str], rest: range) -> tuple[list[str], list[str]]:
    """A category page: a menu, products, a slot between them, more products, a buying
    guide of many paragraphs (a real article: grids alone keep nothing), a footer. Returns
    (the page's lines, the first products' lines)."""
    head = [line for k in first for line in _product(k)]
    tail = [line for k in rest for line in _product(k)]
    guide = [_GUIDE + f"Part {k} of the guide." for k in range(14)]
    return ["Home | Men | Women | Sale", "Sleeping Bags", *head, *slot, *tail, *guide,
            "© 2024 Northfield Outfitters"], head


_PROMO = ["Bundle & save",
          "Save 10% when you bundle a tent, a sleeping bag and a pad from our own brand.",
          "Shop now"]


def test_a_catalogue_goes_on_over_a_promotion() -> None:
    """The products before a promotion slot (an ad's "Shop now") belong to the catalogue
    that goes on after it: they are kept with it."""
    lines, head = _lines(range(4), _PROMO, range(4, 4 + CATALOGUE_MIN_RECORDS + 2))
    doc = scrubber.scrub("\n".join(lines))
    kept = {v.text for v in doc.lines if v.keep}
    names = [line for line in head if line.startswith("Northfield")]
    assert set(names) <= kept
    assert "Shop now" not in kept


def test_products_under_a_related_header_stay_out() -> None:
    """A box of other products under its own header ("You may also like") after the
    catalogue is no part of it, however close."""
    lines, _ = _lines(range(CATALOGUE_MIN_RECORDS + 2), ["You may also like"],
                      range(40, 43))
    doc = scrubber.scrub("\n".join(lines))
    related = {line for k in range(40, 43) for line in _product(k)[:2]}
    assert not any(v.keep for v in doc.lines if v.text in related)
    assert any(v.reason == "catalogue" for v in doc.lines)


def test_a_single_product_before_a_slot_stays_out() -> None:
    """One product alone before a slot (a featured item over a banner) is no part of the
    catalogue after the banner."""
    lines, head = _lines(range(1), _PROMO, range(1, 1 + CATALOGUE_MIN_RECORDS + 2))
    doc = scrubber.scrub("\n".join(lines))
    assert not any(v.keep for v in doc.lines if v.text == head[0])


def test_a_listings_records_before_the_article_are_its_own() -> None:
    """The article search took a listing's records from the second one on (ranks, names,
    ratings, prices): the first record before it, which repeats their shapes line for line,
    is the listing's too; the page's heading before it is not."""
    codes = "XT" + "tTRP" * 8
    lines = list(range(len(codes)))
    in_article = [x >= 7 for x in lines]
    assert _listing_head((lines, codes), in_article, [4]) == [2, 3, 4, 5, 6]


def test_titles_before_the_article_that_repeat_are_no_listings_records() -> None:
    """Lines before the article that are titles alone (a menu, the page's heads) are no
    record of a listing, even when the titles a period later have the same shapes."""
    codes = "T" * 24
    lines = list(range(len(codes)))
    assert _listing_head((lines, codes), [x >= 8 for x in lines], [4]) == []


_STORY = ("The payments company said on Sunday that a court had approved its plan to merge its "
          "local entity into its parent, a step towards a listing at home. ")


def _river(story: list[str], meta_inside: bool) -> list[str]:
    """Which lines keep_records keeps on a page of a short story (its GOOD lines in the
    article, with two bylines among them when ``meta_inside``) followed by a grid of teasers
    (title, author) that outweighs it."""
    teasers = [line for k in range(24) for line in
               (f"Startup number {k} raises a new round to expand across the region and "
                f"hires engineers in three markets", f"Reporter Number{k}")]
    lines = [*story, *teasers]
    classified = [Classified(Kind.GOOD)] * len(story) + [Classified(Kind.SHORT)] * len(teasers)
    if meta_inside:
        for i in (1, 3):
            classified[i] = Classified(Kind.BAD, "meta", "byline_en")
    in_article = [i < len(story) for i in range(len(lines))]
    decisions = [("content", "article_block") if a else ("noise", "after_article")
                 for a in in_article]
    keep_records(decisions, classified, document_features(lines), in_article,
                 lambda: list(range(len(story), len(lines))))
    return [lines[i] for i, d in enumerate(decisions) if d == RECORD_GRID]


def test_the_grid_under_a_short_story_is_other_pages_teasers() -> None:
    """A story of a few paragraphs followed by a river of teasers: the teasers stay out,
    though they outweigh the story."""
    story = [_STORY + f"Paragraph {k}." for k in range(STORY_MIN_GOOD + 1)]
    assert _river(story, meta_inside=False) == []


def test_the_grid_of_a_list_of_posts_is_kept() -> None:
    """Blocks holding the bylines of several posts are no story: the grid is the page's."""
    story = [_STORY + f"Paragraph {k}." for k in range(STORY_MIN_GOOD + 3)]
    assert _river(story, meta_inside=True) != []
