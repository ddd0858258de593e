"""Required literals of a regular expression: strings one of which occurs in every match.

A line that contains none of them cannot match, so a scan for plain strings (fast in ``re``)
can stand in for a scan with the expression (slow in ``re`` when the expression starts with a
repeat such as ``\\d+``: no position can then be skipped). This is the prefilter idea of
RE2 and of code search engines, in its simplest form: walk the parsed pattern, and keep the
most selective set of strings that every match must contain.
"""

from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parse

Factors = frozenset[str]
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def _better(a: Factors | None, b: Factors | None) -> Factors | None:
    """The more selective of two sets: the longer shortest string, then the fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _factors(items: Any) -> Factors | None:
    best: Factors | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(("".join(run),)))
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
            found = frozenset(chr(code) for _, code in av)
        best = _better(best, found)
    if run:
        best = _better(best, frozenset(("".join(run),)))
    return best


def required_literals(pattern: str) -> Factors | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern
    guarantees none (or cannot be read: then scan with the expression itself).

    >>> sorted(required_literals(r"\\d+\\s+(?:comments?|replies)\\b"))
    ['comment', 'replies']
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
    return found if found and all(found) else None
