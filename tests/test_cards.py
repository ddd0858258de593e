"""Cards: the call to action under each feature card does not break the cards' text."""

from __future__ import annotations

import scrubber
from scrubber.cards import card_links
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
