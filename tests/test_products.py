"""Product pages: the one product's description and details, not the shop's boxes."""

from __future__ import annotations

import pytest

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


_BUY_BOX = ["Our makers are independent craftspeople who design, cut and finish every piece "
            "themselves, and each of them has sold through the shop for at least two years.",
            "Handmade Oak Serving Board", "Price: USD 84.00",
            "Members earn an estimated 10% back on this item as part of their yearly reward.",
            "Only 3 left in stock", "Select a size", "5 out of 5 stars",
            "Order today and it should arrive within five working days of your purchase.",
            "Description",
            "Each board is cut from a single piece of oak and finished by hand with food-safe "
            "oil, so the grain shows through and the surface resists stains and knife marks.",
            "Size: 40 x 25 cm", "Weight: 1.2 kg", "Care: wipe clean, oil once a month",
            "Every board is made to order in our workshop, so the grain of yours will differ "
            "a little from the photographs, which we think is part of its charm.",
            "Please allow a week for making and two or three days for delivery, and do write "
            "to us if you would like your board engraved with a name or a date."]


def test_the_buying_controls_above_the_description_are_taken_back() -> None:
    """Between the price and the first section's heading stand the shop's controls (stock,
    options, rating, returns): they go, the description under the heading stays."""
    doc = scrubber.scrub("\n".join([*_NAV, *_BUY_BOX, *_FOOTER]))
    kept = doc.text.split("\n")
    assert _BUY_BOX[9] in kept and "Size: 40 x 25 cm" in kept
    assert "Only 3 left in stock" not in kept and _BUY_BOX[3] not in kept
    assert any(v.reason == "buy_box" for v in doc.lines)


def test_a_paragraph_above_the_first_section_stays() -> None:
    """A paragraph between the price and the section heading is the product's introduction,
    not a control."""
    intro = ("Our best-selling board returns in a larger size, with a deeper juice groove and "
             "rounded corners that make it easier to carry from the kitchen to the table.")
    lines = [*_BUY_BOX[:3], intro, *_BUY_BOX[3:]]
    doc = scrubber.scrub("\n".join([*_NAV, *lines, *_FOOTER]))
    assert intro in doc.text.split("\n")


def test_a_value_only_the_sections_repeat_is_kept() -> None:
    """"Yes" under each feature of a specifications table is a value; "Add to Cart", shown in
    the buying controls too, stays a control."""
    specs = ["Specifications", "Waterproof", "Yes", "Reflective trim", "Yes",
             "Removable hood", "Yes", "Add to Cart", "Weight", "640 g"]
    lines = [*_NAV, "Trail Shell Jacket", "$189.00", "Add to Cart", "Add to Cart", *specs,
             *_TESTIMONIALS, *_FOOTER]
    doc = scrubber.scrub("\n".join(lines))
    verdicts = [(v.text, v.keep) for v in doc.lines]
    assert ("Yes", True) in verdicts and ("Removable hood", True) in verdicts
    assert ("Add to Cart", True) not in verdicts


def test_the_shop_s_terms_after_the_details_are_taken_back() -> None:
    """On a product's page, the kept lines about delivery and returns are the shop's."""
    terms = ["Returns & exchanges accepted within 30 days",
             "Buyers are responsible for return shipping costs, and items must come back "
             "unused in their original packaging to be refunded."]
    doc = scrubber.scrub("\n".join([*_NAV, *_BUY_BOX, *terms, *_FOOTER]))
    kept = doc.text.split("\n")
    assert _BUY_BOX[9] in kept
    assert not any(line in kept for line in terms)
    assert any(v.reason == "shop_policy" for v in doc.lines)


def test_delivery_words_in_an_article_stay() -> None:
    """A page with no product's sections keeps its sentences about delivery: a news story
    about a courier's free shipping offer is no shop's terms."""
    story = ["Parcel firms are racing to offer free shipping before the holidays, and one "
             "courier now promises that your order will arrive within two days anywhere in "
             "the country.",
             "Analysts say the promise will be hard to keep in rural areas, where drivers "
             "already cover long distances and returns are costly to collect."]
    doc = scrubber.scrub("\n".join(["News | Business | Sport", *story, *story, *_FOOTER]))
    assert story[0] in doc.text.split("\n")
    assert not any(v.reason == "shop_policy" for v in doc.lines)


_COURSE = ["Online course", "$39.95", "Self-paced", "Overview",
           "Six short lessons on caring for houseplants through the winter, with videos and "
           "checklists you can keep.",
           "Syllabus", "Light and Location", "Watering in Winter", "Pests and Remedies"]


def test_the_product_s_sections_end_at_the_footer_s_prompts() -> None:
    """Two prompts to share or follow in a row ("Facebook", "LinkedIn") are the page's
    footer: the footer's entries under them are no product detail."""
    footer = ["Stay Connected", "Facebook", "LinkedIn", "Programs", "For Organizations",
              "Main Street 25, Springfield"]
    doc = scrubber.scrub("\n".join([*_NAV, *_COURSE, *footer]))
    reasons = {v.text: v.reason for v in doc.lines}
    assert reasons["Watering in Winter"] == "product_detail"
    assert reasons["For Organizations"] != "product_detail"


def test_one_share_word_in_the_sections_ends_nothing() -> None:
    """A single line a share rule names ("Email" as a contact option of the course) does not
    end the sections."""
    lines = [*_NAV, *_COURSE[:6], "Email", *_COURSE[6:], "© 2024 Example Academy"]
    reasons = {v.text: v.reason for v in scrubber.scrub("\n".join(lines)).lines}
    assert reasons["Pests and Remedies"] == "product_detail"


def _shop_page(name: str, price: str, sections: list[str], stop: str) -> str:
    """A shop's page for one product in another language: the shop's menu, the product's name
    and price, its sections, then the shop's box ``stop`` opens and the shop's testimonials."""
    return "\n".join([*_NAV, name, price, "★★★★☆ 4,3 (256)", *sections, stop,
                      "Another product", *_TESTIMONIALS, *_FOOTER])


_ES_SPECS = ["Procesador\tIntel Core i7-1360P", "Memoria RAM\t16 GB DDR5",
             "Almacenamiento\t512 GB SSD NVMe", "Peso\t1,3 kg"]


@pytest.mark.parametrize(("price", "heading", "stop"), [
    ("899,00 €", "Características técnicas", "Productos relacionados"),
    ("899 zł", "Dane techniczne", "Opinie klientów (12)"),
    ("€ 899", "Fiche technique", "Produits similaires"),
    ("R$ 4.599,00", "Especificações técnicas", "Avaliações de clientes")])
def test_a_product_s_specifications_in_other_languages_are_kept(
        price: str, heading: str, stop: str) -> None:
    """The shop's headings and prices of other languages (``data/shop_sections.tsv``, the
    amount before its currency sign): the product's specification table is kept, the shop's
    testimonials after the box that ``stop`` opens are not."""
    doc = scrubber.scrub(_shop_page("Portátil UltraBook Pro 14", price, [heading, *_ES_SPECS],
                                    stop))
    kept = doc.text.split("\n")
    assert all(spec in kept for spec in _ES_SPECS)
    assert not any(line.startswith("I ordered from this shop") for line in kept)


def test_a_word_that_starts_a_stop_phrase_opens_no_box() -> None:
    """'Avis' opens a French shop's reviews; 'Aviso legal' (a footer's legal notice) does not:
    a stop phrase ends at a word's end."""
    from scrubber.products import _STOP
    assert _STOP.match("avis (12)")
    assert _STOP.match("aviso legal") is None
