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


_FORMATS = ("Paperback", "Hardcover", "Paperback", "Audio CD", "Hardcover")


def _book_list(formats: list[str], badge: bool = False) -> str:
    """A shop's list of books (rank, title, author, format, price): with ``badge``, every
    record also shows "Add to basket" beside its format."""
    records = [line for k, fmt in enumerate(formats)
               for line in (f"#{k + 1}", f"The {_NAMES[k % len(_NAMES)]} Riddle {k}",
                            f"Author{k} Grey", *(["Add to basket"] if badge else []), fmt,
                            f"${k + 6}.49")]
    return "\n".join(["Home | Books | Sale", "Best Sellers in Mystery", *records,
                      "© 2024 Harbor Books"])


def test_a_field_every_record_fills_with_a_few_values_is_kept() -> None:
    """A book's format ("Paperback", "Hardcover", "Audio CD") repeats word for word from
    record to record, but every record has one and they differ: a field, kept."""
    n = CATALOGUE_MIN_RECORDS + 4
    doc = scrubber.scrub(_book_list([_FORMATS[k % len(_FORMATS)] for k in range(n)]))
    formats = [v for v in doc.lines if v.text in _FORMATS]
    assert len(formats) == n and all(v.keep for v in formats)


def test_one_label_in_every_record_is_still_a_label() -> None:
    """The same line in every record ("Add to basket"), even with a field of a few values
    beside it, is a label: dropped."""
    n = CATALOGUE_MIN_RECORDS + 4
    doc = scrubber.scrub(_book_list(["Paperback"] * n, badge=True))
    assert not any(v.keep for v in doc.lines if v.text in ("Add to basket", "Paperback"))
    doc = scrubber.scrub(_book_list([_FORMATS[k % len(_FORMATS)] for k in range(n)], True))
    assert not any(v.keep for v in doc.lines if v.text == "Add to basket")
