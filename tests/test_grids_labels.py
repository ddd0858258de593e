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


_TITLES = ("Riverside Park Plan Approved", "Bakery Wins Bread Contest Again",
           "School Board Delays Start Time Vote", "Forecast Calls for Stronger Storms",
           "Museum Reopens Its East Wing", "Volunteers Plant Railway Trees")


def _news_front(extra: list[str]) -> list[str]:
    """A news section's page: a menu, a list of teasers (title, date, author), then
    ``extra`` lines (a box of the same site's teasers), a footer."""
    records = [line for k, title in enumerate(_TITLES)
               for line in (title, f"March {k + 2}, 2026", f"Reporter {chr(65 + k)}. Lane")]
    return ["Home | News | Sports | Opinion", "Local News", *records, *extra,
            "© 2026 The Valley Courier"]


def test_a_teaser_also_shown_in_boxes_is_no_label() -> None:
    """A teaser's title the page shows again in two boxes of links ("Most read", "Editor's
    picks") is still the list's record: kept."""
    doc = scrubber.scrub("\n".join(_news_front(
        ["Most read", _TITLES[0], _TITLES[3], "Editor's picks", _TITLES[0], _TITLES[4]])))
    first = [v for v in doc.lines if v.text == _TITLES[0]]
    assert first[0].keep
    assert doc.lines[[v.text for v in doc.lines].index(_TITLES[1])].keep


def test_a_label_in_every_record_is_dropped() -> None:
    """A line every record repeats word for word ("Quick view") is a label, not content."""
    records = [line for k, title in enumerate(_TITLES)
               for line in (title, f"March {k + 2}, 2026", "Quick view")]
    doc = scrubber.scrub("\n".join(["Home | News | Sports", "Local News", *records,
                                    "© 2026 The Valley Courier"]))
    assert any(v.keep for v in doc.lines if v.text == _TITLES[2])
    assert not any(v.keep for v in doc.lines if v.text == "Quick view")
