"""Metadata scoring for ``scrubber eval``: our date, author and title against a record's gold
values (``gold_date``, ``gold_author``, ``gold_title``; the rules are in docs/eval.md, "Metadata").

:mod:`scrubber.evaluate` scores pages with these and re-exports :func:`date_match`,
:func:`author_match` and :func:`title_match` as part of its public API.
"""

from __future__ import annotations

from typing import Any

import regex

from .titles import TITLE_SPLIT, alnum_key

#: A gold date's day: "2005-5-7 21:23:57", "2022-02-13", "2005/05/07".
_GOLD_DAY = regex.compile(r"^\s*(?P<year>\d{4})\D{1,3}(?P<month>\d{1,2})\D{1,3}(?P<day>\d{1,2})"
                          r"(?!\d)")
#: A gold date of any precision: "2005-5-7 21:23:57", "2018-03", "2018年3月", "2018".
_GOLD_DATE = regex.compile(r"^\s*(?P<year>\d{4})(?:[-/.年]\s*(?P<month>\d{1,2})(?!\d)"
                           r"(?:\s*[-/.月]\s*(?P<day>\d{1,2})(?!\d))?)?(?!\d)")
#: Separators between the names of a gold author ("牛镛, 岳弘彬", "A, B and C", "A & B").
_GOLD_NAME_SPLIT = regex.compile(r"\s*(?:[,，、;；&/]|\band\b)\s*", regex.IGNORECASE)
_LETTERS = regex.compile(r"[\p{L}\p{N}]")
#: What may join our names once the gold names are taken out of our author.
_JOINERS = regex.compile(r"(?:^|(?<=\s))(?:and|und|et)(?=\s|$)|[和与及]", regex.IGNORECASE)
_SPACE = regex.compile(r"\s+")


def gold_day(value: Any) -> str | None:
    """The day of a gold date as YYYY-MM-DD (``'2005-5-7 21:23:57'`` -> ``'2005-05-07'``)."""
    found = _GOLD_DAY.match(str(value)) if value else None
    if found is None:
        return None
    return f"{found['year']}-{int(found['month']):02d}-{int(found['day']):02d}"


def gold_date(value: Any) -> str | None:
    """A gold date at its own precision: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``
    (``'2005-5-7 21:23:57'`` -> ``'2005-05-07'``, ``'2018年3月'`` -> ``'2018-03'``)."""
    found = _GOLD_DATE.match(str(value)) if value else None
    if found is None:
        return None
    parts = [found["year"]] + [f"{int(found[k]):02d}" for k in ("month", "day") if found[k]]
    return "-".join(parts)


def date_match(ours: str | None, gold: Any) -> bool | None:
    """Our date agrees with the gold to the gold's own precision (a coarser date of ours is
    wrong: ``'2024'`` for ``'2024-01-13'``); None without a readable gold date."""
    want = gold_date(gold)
    if want is None:
        return None
    return (ours or "")[:len(want)] == want and len(ours or "") >= len(want)


def _fold(text: str) -> str:
    return str(_SPACE.sub("", text)).casefold()


def author_match(ours: str | None, gold: Any) -> tuple[bool | None, bool | None]:
    """(every gold name and no other word, contains) for a gold author, white space and case
    ignored; None without gold. The first holds when each of the gold's names (split on
    commas, "、", "and", "&" ...) is in ours and nothing but separators is left of ours once
    they are taken out: the join between names does not matter, a missing or an extra name
    does."""
    want = _fold(str(gold or ""))
    if not want:
        return None, None
    got = _fold(ours or "")
    names = sorted({_fold(n) for n in _GOLD_NAME_SPLIT.split(str(gold)) if _fold(n)},
                   key=len, reverse=True)
    rest: str | None = got
    for name in names:
        if rest is None or name not in rest:
            rest = None
            break
        rest = rest.replace(name, " ")
    every = rest is not None and bool(got) and not _LETTERS.search(_JOINERS.sub(" ", rest))
    return every, bool(got) and (want in got or got in want)


def title_match(ours: str | None, gold: Any) -> bool | None:
    """Whether our title is the gold title, on letters and digits alone (case folded); None
    without gold. A gold title that is a whole ``<title>`` ("Headline | Site") is matched by
    any of its parts: the headline the page shows is one of them."""
    if not gold:
        return None
    key = alnum_key(ours or "")
    return bool(key) and (key == alnum_key(str(gold)) or
                          key in {alnum_key(p) for p in TITLE_SPLIT.split(str(gold))})
