"""The plans of a service's pricing section, between two parts of the article.

A service's landing page shows its plans as cards side by side: each a name ("Starter"), a
price for a period ("$15/month", "per seat*", "€ 0 /month"), a line or two of terms ("No
credit card required") and the features the plan includes ("Automate email campaigns",
"Remove branding"), one short line each. Too short to count as text, the cards break the
article in two, and the article search leaves them out; the gold text of such pages keeps
them.

The lines between two parts of the article that hold at least ``PLAN_MIN_PRICES`` prices
for a period (a line of at most ``PLAN_PRICE_MAX_UNITS`` units with a period: ``/mo``,
``/month``, ``per year``, ``per user``...; and one currency sign among them at least), at
least one such line every ``PLAN_MAX_LINES_PER_PRICE`` lines and no region's header, are
the article's when no rule named them (``price_plan``): the cards' buttons and badges a
rule names stay removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .regions import OUTSIDE_REASONS

#: A pricing section holds at least this many prices for a period (a plan of its own is
#: an offer, not a table of plans).
PLAN_MIN_PRICES = 2
#: A price for a period is a short line ("$15 $20/month", "per month for 12 months").
PLAN_PRICE_MAX_UNITS = 8
#: A card holds at most this many lines per price (its name, terms, features).
PLAN_MAX_LINES_PER_PRICE = 12
PRICE_PLAN = ("content", "price_plan")
#: A period after an amount, as a plan's price gives it ("/mo", "/month", "per seat", "a
#: year"; lower case).
_PERIOD = re.compile(r"(?:/|\bper |\ba )\s?(?:mo|month|yr|year|annum|user|seat)s?\b")
_CURRENCY = re.compile(r"[$€£¥]")
_OUTSIDE = OUTSIDE_REASONS


def _period_price(f: LineFeatures) -> bool:
    """Whether the line is a plan's price for a period."""
    return 0 < f.units <= PLAN_PRICE_MAX_UNITS and _PERIOD.search(f.lower) is not None


def is_plan_section(gap: Sequence[int], classified: Sequence[Classified],
                    feats: Sequence[LineFeatures]) -> bool:
    """Whether the lines of a gap in the article hold the cards of a service's plans."""
    if any(classified[i].kind is Kind.HEADER for i in gap):
        return False
    prices = [i for i in gap if _period_price(feats[i])]
    return len(prices) >= PLAN_MIN_PRICES and \
        len(gap) <= PLAN_MAX_LINES_PER_PRICE * len(prices) and \
        any(_CURRENCY.search(feats[i].text) for i in gap)


def keep_plans(gap: Sequence[int], decisions: list[tuple[str, str]],
               classified: Sequence[Classified]) -> None:
    """Keep the lines of a plan section that no rule named (in place)."""
    for i in gap:
        if decisions[i][1] in _OUTSIDE and classified[i].kind is not Kind.BAD:
            decisions[i] = PRICE_PLAN
