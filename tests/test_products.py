"""Product pages: the one product's description and details, not the shop's boxes."""

from __future__ import annotations

import scrubber

_NAV = ["Free shipping on orders over $150", "Women | Men | Sale | Gift cards",
        *[f"Category {k}" for k in range(12)]]
_PRODUCT = ["Linen Wrap Dress", "$129.00", "Size", "XS S M L", "Add to Cart",
            "Description", "Reviews (4)", "Description",
            "A relaxed wrap dress cut from washed linen that softens with every wear.",
            "Adjustable tie waist", "Two side pockets", "Made in Portugal",
            "Materials: 100% linen", "Care: Machine wash cold"]
_TESTIMONIALS = [line for k in range(8) for line in (
    f"I ordered from this shop for the {k + 2}th time and the parcel arrived quickly, "
    "beautifully packed and exactly as described on the site. Highly recommended!",
    f"Customer Name{k}")]
_FOOTER = ["About us", "Contact", "© 2024 Example Shop"]


def _page(boxes: list[str]) -> str:
    return "\n".join([*_NAV, *_PRODUCT, *boxes, *_TESTIMONIALS, *_FOOTER])


def test_a_product_s_description_and_details_are_kept() -> None:
    """Under a "Description" heading with the price above it, the product's description,
    bullets and "label: value" lines are kept; the shop's testimonials after "Related
    products" are not."""
    doc = scrubber.scrub(_page(["Related products", "Cotton Shirt Dress", "$99.00"]))
    kept = doc.text.split("\n")
    assert "Two side pockets" in kept
    assert "Materials: 100% linen" in kept
    assert any(v.reason == "product_detail" for v in doc.lines)
    assert not any(line.startswith("I ordered from this shop") for line in kept)


def test_a_heading_inside_a_shop_box_starts_nothing() -> None:
    """A "Details" heading under "Frequently bought together" belongs to another product:
    nothing is kept from it, and the article found elsewhere stays."""
    page = "\n".join([*_NAV, "Frequently bought together", "This item: Linen Wrap Dress",
                      "$129.00", "Details", "Add both to cart", "Cotton Shirt Dress",
                      *_TESTIMONIALS, *_FOOTER])
    doc = scrubber.scrub(page)
    assert not any(v.reason in ("product_detail", "after_product") for v in doc.lines)


def test_a_heading_every_record_repeats_starts_nothing() -> None:
    """A "Highlights" heading under each school of a ranking (with its tuition, a price) is
    a list's field, not one product's section."""
    schools = [line for k in range(5) for line in (
        f"State University {k}", f"${11000 + k * 950}", "Highlights",
        f"Earn a certificate after only {k + 3} courses.", "Apply in summer, fall, or spring.")]
    page = "\n".join([*_NAV, *schools, *_FOOTER])
    doc = scrubber.scrub(page)
    assert not any(v.reason in ("product_detail", "after_product") for v in doc.lines)
