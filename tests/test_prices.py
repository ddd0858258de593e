"""Price tags: a single product's page drops its bare prices, other pages keep theirs."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.features import document_features
from scrubber.prices import is_price_tag, product_url

_INTRO = ["Home | Shop | Sale | Contact",
          "The Harbor Tote is a roomy canvas bag sewn by hand in our workshop by the sea, "
          "with a leather base that keeps its shape when the bag is full of groceries.",
          "Its waxed cotton shell shrugs off rain, and the inner pocket holds keys and a "
          "phone, so the bag goes from the market to the beach without a second thought."]
_CARDS = ["Dune Backpack", "$89.00", "Canvas Pouch", "$24.00", "Market Basket", "$56.00"]
_MORE = ["Every bag is numbered and signed by the maker who cut and stitched it, and it "
         "comes with a lifetime repair promise: send it back and we will mend it for free.",
         "© 2025 Harbor Goods"]


def _reasons(page: str, url: str | None) -> dict[str, str]:
    doc = scrubber.scrub(page, url=url)
    return {v.text: v.reason for v in doc.lines}


@pytest.mark.parametrize("line", ["$76.00", "£1,959", "Sale price $39 Regular price $49",
                                  "-32% EUR 14.86", "From $12", "99 USD"])
def test_bare_prices_are_price_tags(line: str) -> None:
    assert is_price_tag(document_features([line])[0])


@pytest.mark.parametrize("line", ["$150 at Outdoor Store", "Free shipping on orders over $50",
                                  "Canvas Pouch", "We paid $20 for it and loved it."])
def test_prices_with_other_words_are_no_tags(line: str) -> None:
    assert not is_price_tag(document_features([line])[0])


@pytest.mark.parametrize(("url", "expected"), [
    ("https://shop.example.com/products/harbor-tote-natural", True),
    ("https://www.example.com/Harbor-Tote/dp/B0ABC12345", True),
    ("https://market.example.com/listing/123456/harbor-tote", True),
    ("https://vendor.example.com/platform/products/cdn/", False),
    ("https://news.example.com/2025/03/02/bags-of-the-year", False),
    (None, False)])
def test_product_addresses(url: str | None, expected: bool) -> None:
    assert product_url(url) is expected


def test_a_product_page_drops_the_prices_it_kept() -> None:
    """On a product's page (its address names it), the bare prices among the kept lines are
    the shop's (``price_tag``); the description stays."""
    page = "\n".join([*_INTRO, *_CARDS, *_MORE])
    reasons = _reasons(page, "https://shop.example.com/products/harbor-tote-natural")
    assert reasons[_INTRO[1]] == "article_block"
    assert reasons["$89.00"] == "price_tag"


def test_a_buying_control_marks_a_product_page() -> None:
    page = "\n".join([*_INTRO, "Add to cart", *_CARDS, *_MORE])
    assert _reasons(page, None)["$24.00"] == "price_tag"


def test_other_pages_keep_their_prices() -> None:
    """Without an address or a buying control naming one product, a price stays what the
    context passes made of it."""
    page = "\n".join([*_INTRO, *_CARDS, *_MORE])
    for url in (None, "https://news.example.com/2025/03/02/bags-of-the-year"):
        assert _reasons(page, url)["$89.00"] == "article_block"


def test_a_product_page_drops_the_shop_s_terms() -> None:
    """The shop's terms of delivery kept on a product's page are the shop's; the same line on
    another page is left to the context passes."""
    terms = "Free shipping on orders over $65, and every order ships within two days."
    page = "\n".join([*_INTRO, terms, *_MORE])
    assert _reasons(page, "https://shop.example.com/products/harbor-tote")[terms] == \
        "shop_policy"
    assert _reasons(page, "https://news.example.com/2025/03/02/bags")[terms] == "article_block"


def test_a_product_page_drops_bare_figures_and_cut_titles() -> None:
    """A carousel of other products under the description: review counts, percentages and
    titles cut short ("...") are the shop's."""
    carousel = ["Canvas Market Bag with Leather Straps and Inner Pocket for Da...", "1,204",
                "28% OFF",
                "Waxed Cotton Weekender Duffel, Water Resistant, Brass Zip...", "-15%",
                "Rolltop Backpack in Recycled Sailcloth with Padded Laptop Sl..."]
    page = "\n".join([*_INTRO, *carousel, *_MORE])
    reasons = _reasons(page, "https://shop.example.com/products/harbor-tote-natural")
    assert reasons["1,204"] == reasons["28% OFF"] == "bare_figure"
    assert reasons[carousel[0]] == "cut_title"
    assert reasons[_INTRO[2]] == "article_block"


def test_one_sentence_left_hanging_is_no_cut_title() -> None:
    """A single line ending in an ellipsis is the text's own pause, not a carousel."""
    hanging = "And then, when the tide comes in, the bag floats..."
    page = "\n".join([*_INTRO, hanging, *_MORE])
    reasons = _reasons(page, "https://shop.example.com/products/harbor-tote-natural")
    assert reasons[hanging] != "cut_title"


def test_a_product_page_drops_the_second_copy_of_a_paragraph() -> None:
    """A product's page holds a block once per layout: the second copy of a kept paragraph is
    taken back, the first stays; a short value repeated under two features stays."""
    page = "\n".join([*_INTRO, "Weight: 2 lb", _INTRO[1], "Weight: 2 lb", *_MORE])
    doc = scrubber.scrub(page, url="https://shop.example.com/products/harbor-tote-natural")
    copies = [v.reason for v in doc.lines if v.text == _INTRO[1]]
    assert copies == ["article_block", "second_copy"]
    assert "second_copy" not in {v.reason for v in doc.lines if v.text == "Weight: 2 lb"}


def test_other_pages_keep_their_second_copies() -> None:
    page = "\n".join([*_INTRO, _INTRO[1], *_MORE])
    doc = scrubber.scrub(page, url="https://news.example.com/2025/03/02/bags-of-the-year")
    assert "second_copy" not in {v.reason for v in doc.lines}


def test_a_product_page_drops_the_buy_box_s_notices() -> None:
    notices = ["Low in stock, only 2 left", "Order today to get it by May 3"]
    page = "\n".join([*_INTRO, *notices, *_MORE])
    reasons = _reasons(page, "https://shop.example.com/products/harbor-tote-natural")
    assert reasons[notices[0]] == reasons[notices[1]] == "buy_box"
    assert reasons[_INTRO[1]] == "article_block"


def test_stock_words_in_an_article_stay() -> None:
    """A news story on a shop's stock keeps its sentences."""
    line = "Order today and the shop says it will still arrive before the holiday, it claims."
    page = "\n".join([*_INTRO, line, *_MORE])
    assert _reasons(page, "https://news.example.com/2025/03/02/bags")[line] == "article_block"


_CARD_NAMES = ["Dune Backpack", "Canvas Pouch", "Market Basket", "Rolltop Sack", "Beach Mat",
               "Deck Bag", "Tide Wallet", "Shore Hat"]
_GRID = [x for k, name in enumerate(_CARD_NAMES)
         for x in (name, f"Waxed canvas, {k + 2} colours", f"${20 + 7 * k}.00")]
_TOTE = ["Home | Shop | Sale | Contact", "Harbor Tote",
         "The Harbor Tote is a roomy canvas bag sewn by hand in our workshop by the sea, with "
         "a leather base that keeps its shape when the bag is full of groceries.",
         *_GRID, "© 2025 Harbor Goods"]


def test_a_product_page_drops_the_other_products_cards() -> None:
    """On one product's page, a grid of other products (title, subtitle, price) is the
    shop's: the titles over a price taken back go too (``product_card``)."""
    reasons = _reasons("\n".join(_TOTE), "https://shop.example.com/products/harbor-tote")
    assert reasons["Dune Backpack"] == reasons["Waxed canvas, 9 colours"] == "product_card"
    assert reasons[_TOTE[2]] == "article_block"


def test_other_pages_keep_their_product_grids() -> None:
    """A shop's grid on a page that is no single product's stays the page's records."""
    reasons = _reasons("\n".join(_TOTE), "https://news.example.com/2025/03/02/bags")
    assert reasons["Dune Backpack"] == reasons["$27.00"] == "record_grid"


def test_a_second_copy_takes_its_heading_along() -> None:
    """The heading right over a second copy goes with it when it repeats an earlier heading;
    the first copy's heading and a repeated heading over a new paragraph stay."""
    page = "\n".join([_INTRO[0], "Soft Canvas", _INTRO[1], "Soft Canvas", _INTRO[2],
                      "Soft Canvas", _INTRO[1], *_MORE])
    doc = scrubber.scrub(page, url="https://shop.example.com/products/harbor-tote-natural")
    headings = [v.reason for v in doc.lines if v.text == "Soft Canvas"]
    assert headings[2] == "second_copy"
    assert "second_copy" not in headings[:2]


@pytest.mark.parametrize("control", ["SKU: TX-0612", "Item number 561426", "Select Size"])
def test_a_product_code_or_a_size_selector_marks_a_product_page(control: str) -> None:
    page = "\n".join([*_INTRO, control, *_CARDS, *_MORE])
    assert _reasons(page, None)["$24.00"] == "price_tag"


def test_a_sentence_about_a_product_code_marks_no_product_page() -> None:
    """A line that speaks of a code is no code; nor is a code under every card of a
    category page."""
    for line in ("The SKU is printed on the label", "Quantity"):
        page = "\n".join([*_INTRO, line, *_CARDS, *_MORE])
        assert _reasons(page, None)["$24.00"] == "article_block"
    codes = [x for k, line in enumerate(_CARDS) for x in (line, f"SKU: HB-{k}")]
    page = "\n".join([*_INTRO, *codes, "Select Size"] + ["Select Size"] * 3 + _MORE)
    assert _reasons(page, None)["$24.00"] != "price_tag"


def test_a_price_under_the_title_s_name_marks_a_product_page() -> None:
    """The page's <title> starts with the product's name, shown again over its price."""
    page = "\n".join(["Harbor Tote | Harbor Goods", *_INTRO, "Harbor Tote", "From $120",
                      *_CARDS, *_MORE])
    assert _reasons(page, None)["$24.00"] == "price_tag"


def test_a_price_under_another_line_marks_no_product_page() -> None:
    page = "\n".join(["Harbor Tote | Harbor Goods", *_INTRO, "Our bags", "From $120",
                      *_CARDS, *_MORE])
    assert _reasons(page, None)["$24.00"] != "price_tag"


def test_a_product_page_drops_its_selectors() -> None:
    """"Select Color" over a swatch is the buy box's; a sentence that starts the same way in
    the description stays."""
    sentence = "Choose your colour at the counter and we will stitch your initials on the strap."
    page = "\n".join([*_INTRO, "Select Color", sentence, *_MORE])
    reasons = _reasons(page, "https://shop.example.com/products/harbor-tote-natural")
    assert reasons["Select Color"] == "buy_box"
    assert reasons[sentence] == "article_block"


_PROMISES = ["Built to last.", "Free returns.", "Made by hand."]


def test_a_product_page_drops_a_short_block_shown_again() -> None:
    """Three short lines in a row that each repeat an earlier kept line are a block shown
    again for another layout; their first showing stays."""
    page = "\n".join([*_INTRO, *_PROMISES, _INTRO[2], *_PROMISES, *_MORE])
    doc = scrubber.scrub(page, url="https://shop.example.com/products/harbor-tote-natural")
    reasons = [v.reason for v in doc.lines if v.text == "Free returns."]
    assert reasons[1] == "second_copy"
    assert reasons[0] != "second_copy"


def test_a_short_line_repeated_alone_stays() -> None:
    page = "\n".join([*_INTRO, "Made by hand.", _INTRO[2], "Made by hand.", *_MORE])
    doc = scrubber.scrub(page, url="https://shop.example.com/products/harbor-tote-natural")
    assert "second_copy" not in {v.reason for v in doc.lines if v.text == "Made by hand."}


def test_repeated_specification_values_stay() -> None:
    """A specification's values repeated under two sections ("Yes") are no copied block."""
    specs = ["Waterproof", "Yes", "Machine washable", "Yes", "Lined", "Yes"]
    page = "\n".join([*_INTRO, *specs, "Sewn in Portugal", *specs, *_MORE])
    doc = scrubber.scrub(page, url="https://shop.example.com/products/harbor-tote-natural")
    assert "second_copy" not in {v.reason for v in doc.lines if v.text == "Yes"}


def test_a_product_page_keeps_the_figures_of_its_key_numbers() -> None:
    """A strip of the product's key numbers ("40g" over "plant-based protein") is the
    product's, its figures too; a review count elsewhere is still a bare figure."""
    strip = ["40g", "plant-based protein", "27", "vitamins and minerals", "0",
             "artificial sweeteners"]
    page = "\n".join([*_INTRO, *strip, *_MORE])
    reasons = _reasons(page, "https://shop.example.com/products/harbor-tote-natural")
    assert reasons["27"] == reasons["0"] == reasons["40g"] == "stat_strip"
