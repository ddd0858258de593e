"""A service's plans between two parts of the article (scrubber.plans, via
scrubber.landing.price_tables)."""

from __future__ import annotations

from scrubber.classify import Classified, Kind
from scrubber.features import document_features
from scrubber.landing import price_tables

_IN = ("content", "article_block")
_OUT = ("noise", "before_article")
_SENTENCE = "Every invoice is checked against the purchase order before anyone pays it."
_PLANS = ["Free", "No credit card required", "$0/month", "Send invoices", "Track payments",
          "Team", "Starts at", "$18/month", "per user", "Approval flows", "Audit trail",
          "Business", "$450/month", "Custom roles", "Priority support"]


def _run(lines: list[str], decisions: list[tuple[str, str]],
         kinds: list[Kind] | None = None) -> list[str]:
    feats = document_features(lines)
    classified = [Classified(k) for k in (kinds or [Kind.SHORT] * len(lines))]
    price_tables(decisions, classified, feats)
    return [reason for _, reason in decisions]


def test_plan_cards_between_two_parts_of_the_article_are_kept() -> None:
    lines = [_SENTENCE, *_PLANS, _SENTENCE]
    reasons = _run(lines, [_IN, *[_OUT] * len(_PLANS), _IN])
    assert reasons[1:-1] == ["price_plan"] * len(_PLANS)


def test_a_single_offer_or_plans_after_the_article_are_not() -> None:
    """One price for a period is an offer (a subscription box inside a news story), and
    cards after the article's last line are left to the end of the article."""
    offer = ["Subscribe today", "$1/week", "Cancel anytime", "Unlimited digital access"]
    reasons = _run([_SENTENCE, *offer, _SENTENCE], [_IN, *[_OUT] * len(offer), _IN])
    assert "price_plan" not in reasons
    reasons = _run([_SENTENCE, *_PLANS], [_IN, *[_OUT] * len(_PLANS)])
    assert "price_plan" not in reasons


def test_a_rule_named_line_among_the_cards_stays_removed() -> None:
    lines = [_SENTENCE, *_PLANS, _SENTENCE]
    kinds = [Kind.GOOD, *[Kind.SHORT] * len(_PLANS), Kind.GOOD]
    kinds[4] = Kind.BAD
    decisions = [_IN, *[_OUT] * len(_PLANS), _IN]
    decisions[4] = ("nav", "nav_keyword_en")
    reasons = _run(lines, decisions, kinds)
    assert reasons[4] == "nav_keyword_en" and reasons[3] == "price_plan"
