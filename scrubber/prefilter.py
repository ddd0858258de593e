"""Required literals of a regular expression: strings one of which occurs in every match.

A line that contains none of them cannot match, so a scan for plain strings (fast in ``re``)
can stand in for a scan with the expression (slow in ``re`` when the expression starts with a
repeat such as ``\\d+``: no position can then be skipped). This is the prefilter idea of
RE2 and of code search engines, in its simplest form: walk the parsed pattern, and keep the
most selective set of strings that every match must contain.
"""

from __future__ import annotations

import sys
from typing import Any, NamedTuple

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parse

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class Literal(NamedTuple):
    """A string every match contains, and whether a digit (``\\d``) always stands right
    before or after it in the match: "3 of 10" needs " of " between digits, which most lines
    holding " of " do not have."""

    text: str
    digit_before: bool = False
    digit_after: bool = False


Factors = frozenset[Literal]


def _selectivity(factors: Factors) -> tuple[int, int]:
    return min(len(f.text) + f.digit_before + f.digit_after for f in factors), -len(factors)


def _better(a: Factors | None, b: Factors | None) -> Factors | None:
    """The more selective of two sets: the longer shortest string (a digit beside it counts
    as one more character), then the fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _selectivity(a) >= _selectivity(b) else b


def _is_digits(item: Any) -> bool:
    """``\\d``, or a repeat of it at least once (``\\d+``, ``\\d{4,}``)."""
    op, av = item
    if op in _REPEATS:
        low, _, sub = av
        return low >= 1 and len(sub) >= 1 and _is_digits(sub[0])
    return op is _c.IN and list(av) == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]


def _factors(items: Any) -> Factors | None:
    items = list(items)
    best: Factors | None = None
    run: list[str] = []
    run_start = 0
    for k, (op, av) in enumerate(items):
        if op is _c.LITERAL:
            if not run:
                run_start = k
            run.append(chr(av))
            continue
        if run:
            best = _better(best, _run(items, run, run_start, k))
            run = []
        found: Factors | None = None
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            found = None if add_flags or del_flags else _factors(sub)
        elif op is _c.BRANCH:
            alternatives = [_factors(sub) for sub in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _, sub = av
            found = _factors(sub) if low >= 1 else None
        elif op is _c.IN and av and all(kind is _c.LITERAL for kind, _ in av):
            found = frozenset(Literal(chr(code)) for _, code in av)
        best = _better(best, found)
    if run:
        best = _better(best, _run(items, run, run_start, len(items)))
    return best


def _run(items: list[Any], run: list[str], start: int, end: int) -> Factors:
    """The literal run items[start:end], with the digits required right beside it."""
    return frozenset((Literal("".join(run), start > 0 and _is_digits(items[start - 1]),
                              end < len(items) and _is_digits(items[end])),))


def required_literals(pattern: str) -> Factors | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern
    guarantees none (or cannot be read: then scan with the expression itself).

    >>> sorted(f.text for f in required_literals(r"\\d+\\s+(?:comments?|replies)\\b"))
    ['comment', 'replies']
    >>> required_literals(r"(?<!\\d)\\d+ of \\d+")
    frozenset({Literal(text=' of ', digit_before=True, digit_after=True)})
    >>> required_literals(r"\\d+") is None
    True
    """
    try:
        parsed = _parse.parse(pattern)
    except Exception:
        return None
    if parsed.state.flags & ~(_c.SRE_FLAG_UNICODE):
        return None  # case-insensitive, verbose ...: keep the expression
    found = _factors(parsed.data)
    return found if found and all(f.text for f in found) else None
