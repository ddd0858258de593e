"""A product's features between its name and its description (scrubber.product_features)."""

from __future__ import annotations

import scrubber

_HEAD = ["Harbor Desk Lamp Mk2 - Lumen Supply Co.", "Skip to content", "Shop", "Lighting",
         "Desk Lamps", "Floor Lamps", "Outlet", "Account", "Cart"]
_FEATURES = ["Adjustable arm with three hinged joints", "Warm dimmable LED module",
             "Colour temperature: 2700 K", "Power: 9 W", "Cable length 1.8 m",
             "Brushed aluminium shade"]
_BUY = ["$149.00", "In stock", "Add to cart"]
_BODY = ["The Harbor lamp was drawn for small desks: its arm folds flat against the wall "
         "when you need the space and reaches well over a drawing board when you do not.",
         "Each lamp is assembled by hand in our workshop and tested for a full day before "
         "it is packed, so the one you receive has already been switched on many times.",
         "The shade turns through a full circle and stays where you leave it, held by a "
         "friction joint that we adjust by hand before every lamp leaves the bench."]
_FOOT = ["About us", "Contact", "© 2026 Lumen Supply Co."]


def _scrub(features: list[str]) -> scrubber.Document:
    text = "\n".join([*_HEAD, "Harbor Desk Lamp Mk2", *features, *_BUY, *_BODY, *_FOOT])
    return scrubber.scrub(text, url="https://shop.example/products/harbor-desk-lamp-mk2")


def test_a_run_of_features_under_the_product_s_name_is_kept() -> None:
    """Feature bullets and "label: value" lines between the name and the description are
    the product's."""
    doc = _scrub(_FEATURES)
    reasons = {v.text: v.reason for v in doc.lines}
    assert reasons["Colour temperature: 2700 K"] == "product_feature"
    assert reasons["Brushed aluminium shade"] == "product_feature"
    assert reasons["$149.00"] != "product_feature"
    assert not any(v.keep for v in doc.lines if v.text == "Add to cart")


def test_a_menu_under_the_name_is_no_feature() -> None:
    """Entries that name pages ("Table Lamps", "Gift Cards") are a menu, not features."""
    menu = ["Table Lamps", "Wall Lights", "Pendant Lights", "Gift Cards", "Trade Accounts"]
    doc = _scrub(menu)
    assert not any(v.reason == "product_feature" for v in doc.lines)


def test_a_short_run_is_no_feature_list() -> None:
    """Three lines are a strip of tabs or controls, not a list of features."""
    doc = _scrub(_FEATURES[:3])
    assert not any(v.reason == "product_feature" for v in doc.lines)


def test_a_run_of_features_right_under_the_description_is_kept() -> None:
    """The description's bullets and measures that follow it on their own lines are the
    product's; the shop's footer after them is not."""
    tail = ["Solid walnut base", "Shade measures 14 x 9 cm", "Fabric cable, 1.8 m long",
            "Dimmer built into the switch"]
    text = "\n".join([*_HEAD, "Harbor Desk Lamp Mk2", *_BUY, *_BODY, *tail,
                      "Related products", "Harbor Floor Lamp", "$249.00", *_FOOT])
    doc = scrubber.scrub(text, url="https://shop.example/products/harbor-desk-lamp-mk2")
    reasons = {v.text: v.reason for v in doc.lines}
    assert reasons["Shade measures 14 x 9 cm"] == "product_feature"
    assert not any(v.keep for v in doc.lines if v.text in ("About us", "Harbor Floor Lamp"))
