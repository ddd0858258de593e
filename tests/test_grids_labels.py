"""The lines of a grid's records that are no record's own: labels, counts, shared prices."""

from __future__ import annotations

import scrubber
from scrubber.catalogues import CATALOGUE_MIN_RECORDS

_NAMES = ("Canvas Tote", "Leather Card Holder", "Key Organizer", "Travel Pouch", "Belt Clip",
          "Coin Purse", "Money Clip", "Cable Wrap", "Passport Cover", "Luggage Tag")


def _page(prices: list[str]) -> list[str]:
    """A shop's category page: a menu, a product (name, price) per price, a footer."""
    products = [line for k, price in enumerate(prices)
                for line in (f"Harbor {_NAMES[k % len(_NAMES)]} No. {k}", price)]
    return ["Home | Wallets | Bags | Sale", "Accessories", *products,
            "© 2024 Harbor Goods"]


def test_a_price_many_products_share_is_no_field() -> None:
    """A price the page shows word for word under many products ("$35") tells no product
    from another: the names are kept, the shared price is not."""
    prices = ["$35" if k % 2 else f"${k + 40}.50" for k in range(CATALOGUE_MIN_RECORDS + 4)]
    doc = scrubber.scrub("\n".join(_page(prices)))
    kept = {v.text for v in doc.lines if v.keep}
    assert "Harbor Canvas Tote No. 0" in kept
    assert "$35" not in kept


def test_a_products_own_price_is_kept() -> None:
    """Prices that differ from product to product are the records' fields: kept."""
    prices = [f"${k + 40}.50" for k in range(CATALOGUE_MIN_RECORDS + 4)]
    doc = scrubber.scrub("\n".join(_page(prices)))
    kept = {v.text for v in doc.lines if v.keep}
    assert "$40.50" in kept and "$45.50" in kept
