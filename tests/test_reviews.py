"""Customer reviews at the end of a product's page are the shop's, not the product's text."""

from __future__ import annotations

import scrubber

_URL = "https://shop.example.com/products/field-recorder-x2"
_PRODUCT = ["Home | Recorders | Microphones | Support",
            "Field Recorder X2",
            "The X2 is a pocket recorder with two crossed condenser capsules that capture a wide "
            "stereo image of a room, a street or a forest at dawn.",
            "Its preamps stay quiet at high gain, so soft sources such as birdsong or a whisper "
            "come through without the hiss that smaller recorders add.",
            "A dual recording mode writes a safety track a few decibels lower, which saves a "
            "take when a door slams or a singer reaches a sudden peak.",
            "The recorder runs for fifteen hours on two batteries and records to a memory card "
            "in formats that every editing program reads.",
            "Everything ships in a padded case with a windscreen and a short cable."]
_REVIEWS = ["Reviews", "4.8", "27 Reviews",
            "Perfect for nature walks",
            "I took it on three hikes and the recordings of the creek sound better than I hoped, "
            "with almost no handling noise when I held it.",
            "Solid little machine",
            "The menus take a day to learn, but after that it does everything I need for "
            "interviews and the battery lasts all week."]
_FOOTER = ["About us | Contact | Shipping", "© 2025 Example Audio"]


def _reasons(lines: list[str], url: str | None) -> dict[str, str]:
    return {v.text: v.reason for v in scrubber.scrub("\n".join(lines), url=url).lines}


def test_reviews_at_a_product_page_s_end_are_taken_back() -> None:
    reasons = _reasons([*_PRODUCT, *_REVIEWS, *_FOOTER], _URL)
    assert reasons[_REVIEWS[4]] == "product_reviews"
    assert reasons["Reviews"] == "product_reviews"
    assert reasons[_PRODUCT[2]] == "article_block"


def test_a_reviews_heading_without_a_rating_opens_nothing() -> None:
    """A "Reviews" heading over text (a magazine's section, no score below it) stays."""
    lines = [*_PRODUCT, "Reviews", *_REVIEWS[3:], *_FOOTER]
    assert _reasons(lines, _URL)[_REVIEWS[4]] == "article_block"


def test_reviews_on_other_pages_are_left_alone() -> None:
    reasons = _reasons([*_PRODUCT, *_REVIEWS, *_FOOTER], "https://blog.example.com/2025/x2")
    assert reasons[_REVIEWS[4]] == "article_block"


def test_a_heading_a_rule_removed_still_opens_the_reviews() -> None:
    """"Reviews for this item (76)" is a link's count to the line rules; with "5.0 /5" under
    it, it still opens the reviews."""
    reviews = ["Reviews for this item (76)", "5.0 /5", *_REVIEWS[3:]]
    reasons = _reasons([*_PRODUCT, *reviews, *_FOOTER], _URL)
    assert reasons[_REVIEWS[4]] == "product_reviews"
    assert reasons[_PRODUCT[3]] == "article_block"
