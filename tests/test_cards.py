"""Cards: the call to action under each feature card does not break the cards' text."""

from __future__ import annotations

import scrubber
from scrubber.cards import card_links, card_rows
from scrubber.classify import classify_lines
from scrubber.features import document_features
from scrubber.options import DEFAULT_OPTIONS
from scrubber.rules import ruleset

_NAV = ["Products | Pricing | Customers | Docs", "Sign in", "Contact sales",
        *[f"Product {k}" for k in range(10)]]
_CARDS = [
    "Run code without managing servers",
    "Overview",
    "Deploy small functions that start in milliseconds and scale to thousands of requests "
    "without a single server to patch.",
    "Learn more",
    "Pay only for what runs, billed by the millisecond, with a free monthly grant for "
    "every account.",
    "Learn more",
    "Connect to queues, databases and storage with triggers you declare next to your code.",
    "Learn more",
    "Watch every invocation with built-in logs, traces and alerts that need no setup.",
    "Learn more",
]
_FOOTER = ["Privacy", "Terms of use", "© 2025 Example Cloud"]


def _kinds(lines: list[str]) -> list[int]:
    feats = document_features(lines)
    rules = ruleset(DEFAULT_OPTIONS)
    classified = classify_lines(feats, rules, DEFAULT_OPTIONS,
                                rules.scan_lines(feats, DEFAULT_OPTIONS))
    return sorted(card_links(classified, feats))


def test_a_card_s_call_to_action_is_seen_through() -> None:
    lines = [*_NAV, *_CARDS, *_FOOTER]
    assert [lines[i] for i in _kinds(lines)] == ["Learn more"] * 4
    doc = scrubber.scrub("\n".join(lines))
    kept = doc.text.split("\n")
    assert _CARDS[2] in kept and _CARDS[8] in kept
    assert "Learn more" not in kept


def test_teasers_under_an_article_are_no_cards() -> None:
    """A "Read more" under each teaser headline (no finished sentence above it) is the link
    of a box of other articles: it is left as it is."""
    teasers = [line for k in range(4) for line in (
        f"Five ways to plan a garden for year-round colour, part {k}", "Read more")]
    lines = [*_NAV, *teasers, *_FOOTER]
    assert _kinds(lines) == []


_OFFERS = [line for k, (name, text) in enumerate([
    ("Smart forms", "Capture better leads with forms that adapt to each visitor."),
    ("Audience lists", "Group your contacts by what they bought and what they read."),
    ("Campaign builder", "Write and schedule campaigns without touching a line of code."),
    ("Live chat", "Answer questions while your visitors are still on the page."),
    ("Reports", "See which campaign brought in each new customer and at what cost."),
    ("Ad tracking", "Follow every ad from the first click to the signed contract."),
]) for line in (name, text)]
_FAQ = [
    "Most teams are up and running within a day: you connect your domain, import your "
    "contacts from a spreadsheet and pick one of the ready-made templates to start from.",
    "Yes. The free plan has no time limit and includes forms, live chat and email for up "
    "to two thousand contacts; paid plans add automation, reports and more seats.",
    "Your data stays yours: you can export every contact, message and report at any time, "
    "and we delete it within thirty days of you closing the account.",
]


def _rows(lines: list[str]) -> list[str]:
    """The reasons card_rows gives lines that the article search left outside the article."""
    feats = document_features(lines)
    rules = ruleset(DEFAULT_OPTIONS)
    classified = classify_lines(feats, rules, DEFAULT_OPTIONS,
                                rules.scan_lines(feats, DEFAULT_OPTIONS))
    decisions = [("noise", "before_article")] * len(lines)
    card_rows(decisions, classified, feats)
    return [reason for _, reason in decisions]


def test_a_row_of_offers_left_outside_the_article_is_kept() -> None:
    assert _rows(_OFFERS) == ["card_text"] * len(_OFFERS)
    doc = scrubber.scrub("\n".join([*_NAV, *_OFFERS, "Frequently asked questions", *_FAQ,
                                    *_FOOTER]))
    kept = doc.text.split("\n")
    assert "Smart forms" in kept and _OFFERS[-1] in kept and _FAQ[0] in kept


def test_a_menu_of_offers_shown_twice_is_no_row_of_cards() -> None:
    """A menu whose entries come with a line each, shown twice (a desktop and a mobile
    copy), is no row of cards; nor is a row of four."""
    assert "card_text" not in _rows([*_OFFERS, *_NAV, *_OFFERS])
    assert "card_text" not in _rows(_OFFERS[:8])


def test_a_row_of_cards_each_with_its_link_is_kept() -> None:
    """The call to action under each card ("Learn more") does not end the row; it stays
    removed itself."""
    lines = [line for k in range(0, len(_OFFERS), 2)
             for line in (*_OFFERS[k:k + 2], "Learn more")]
    reasons = _rows(lines)
    assert reasons[0] == "card_text" and reasons[-2] == "card_text"
    assert all(r != "card_text" for line, r in zip(lines, reasons, strict=True)
               if line == "Learn more")
