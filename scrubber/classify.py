"""First pass: classify every line on its own (jusText's "context-free" pass).

Each line becomes one of

- ``BLANK``: nothing visible;
- ``BAD``: a keyword or shape rule names it boilerplate (its label and reason are final unless a
  region overrides them);
- ``HEADER``: a related / links / comment header, which opens a region;
- ``GOOD``: long running text with sentence punctuation;
- ``NEAR``: medium-length text that reads like a sentence;
- ``SHORT``: anything else; its neighbours decide it in the second pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import regex

from .dates import DATE
from .features import LineFeatures
from .options import Options
from .rules import Hit, RuleSet, match


class Kind(Enum):
    BLANK = "blank"
    BAD = "bad"
    HEADER = "header"
    GOOD = "good"
    NEAR = "near"
    SHORT = "short"


@dataclass(frozen=True, slots=True)
class Classified:
    kind: Kind
    label: str = ""  # for BAD and HEADER lines
    reason: str = ""


BLANK = Classified(Kind.BLANK, "blank", "blank_line")

# A line made only of digits, separators and the words of pagination: "1 2 3 ... 10 下一页".
_PAGINATION = regex.compile(
    r"^[\s\p{P}\p{S}]*+(?:(?:\d++|上一?页|下一?页|首页|尾页|末页|prev(?:ious)?|next|first|last)"
    r"[\s\p{P}\p{S}]*+){3,}$",
    regex.IGNORECASE,
)
# Leftover around a date for the line still to count as a date line: a short label such as a
# channel name, "发布时间：", "Published" or "Updated".
_DATE_LINE_REST_UNITS = 8


def _date_line(f: LineFeatures) -> bool:
    """A date (and time), with at most a short label around it and no sentence."""
    if f.units > 24 or f.sentence_punct > 1:
        return False
    rest = DATE.sub(" ", f.text)
    if rest == f.text:
        return False
    rest_units = len(regex.findall(r"\p{Han}|[\p{L}\p{N}]+", rest))
    return rest_units <= _DATE_LINE_REST_UNITS and not regex.search(r"[。！？!?]", rest)


def _link_list(f: LineFeatures) -> bool:
    """Many short items separated by spaces, pipes, dots or arrows: a menu or a link list."""
    if f.separators < 2 or f.sentence_punct > 1:
        return False
    items = f.separators + 1
    return f.units / items <= (6 if f.is_cjk else 3.5)


def classify(f: LineFeatures, rules: RuleSet, options: Options) -> Classified:
    if not f.text:
        return BLANK
    hit: Hit | None = match(f, rules, options)
    if hit is not None:
        return Classified(Kind.HEADER if hit.opens_region else Kind.BAD, hit.label, hit.reason)
    if f.alnum == 0:
        return Classified(Kind.BAD, "noise", "no_letters")
    if _date_line(f):
        return Classified(Kind.BAD, "meta", "date_line")
    if f.chars <= 200 and _PAGINATION.match(f.text):
        return Classified(Kind.BAD, "nav", "pagination")
    if _link_list(f):
        return Classified(Kind.BAD, "nav", "link_list")
    if f.units >= options.good_units and (f.has_sentence or f.clause_punct >= 2):
        if f.ends_ellipsis and f.units < 2 * options.good_units:
            return Classified(Kind.NEAR)  # a teaser: long, but cut off
        return Classified(Kind.GOOD)
    if f.units >= options.short_units and (f.has_sentence or f.clause_punct):
        return Classified(Kind.NEAR)
    return Classified(Kind.SHORT)
