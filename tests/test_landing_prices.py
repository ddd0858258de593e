"""Price tables between two parts of an article (``scrubber.landing.price_tables``).
Synthetic lines written for these tests."""

from __future__ import annotations

from scrubber.classify import Classified, Kind
from scrubber.features import document_features
from scrubber.landing import price_tables

_IN = ("content", "article_block")
_OUT = ("noise", "after_article")
_BEFORE = "Every package includes a first meeting with your coach and a written plan."
_AFTER = "Buy your package at the front desk or online, and your coach will call you."


def _run(table: list[str], kinds: list[Kind] | None = None) -> list[str]:
    lines = [_BEFORE, *table, _AFTER]
    feats = document_features(lines)
    classified = [Classified(k) for k in [Kind.GOOD, *(kinds or [Kind.SHORT] * len(table)),
                                          Kind.GOOD]]
    decisions = [_IN, *[_OUT] * len(table), _IN]
    price_tables(decisions, classified, feats)
    return [reason for _, reason in decisions[1:-1]]


FEES = ["Three sessions", "Student: $60", "Member: $90", "Six sessions", "Student: $110",
        "Member: $170", "Twelve sessions", "Student: $200", "Member: $310"]


def test_a_fee_table_between_two_parts_of_the_article_is_kept() -> None:
    assert set(_run(FEES)) == {"price_table"}


def test_a_currency_switcher_is_no_table() -> None:
    # Each label stands once: a list of currencies, not rows of a table.
    switcher = ["€132.34", "GBP: $110.82", "AUD: $232.60", "USD: $149.64", "CAD: $206.74"]
    assert set(_run(switcher)) == {"after_article"}


def test_prices_under_a_region_header_stay_out() -> None:
    kinds = [Kind.HEADER, *[Kind.SHORT] * len(FEES)]
    assert set(_run(["Related offers", *FEES], kinds)) == {"after_article"}


def test_a_few_prices_among_many_lines_are_no_table() -> None:
    menu = ["Home", "About us", "Classes", "Timetable", "Coaches", "Studio hire", "Gift cards",
            "Student: $60", "Member: $90", "Student: $110", "Member: $170", "Careers",
            "Contact", "Press", "Partners", "Newsletter", "Accessibility"]
    assert set(_run(menu)) == {"after_article"}
