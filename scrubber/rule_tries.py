"""The keyword tables as the scanners want them: literal keywords as a trie (a trie-shaped
``re`` alternation, or flat arrays for the compiled scanner), regular-expression keywords
through the literals they require (:mod:`scrubber.prefilter`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .prefilter import required_literals

#: A leading ``(?<!\d)\d+`` leaves ``re`` no first character to look for, so a search tries
#: the expression at every position of the line; written ``\d(?<!\d\d)\d*`` the same digits
#: start with a digit, which ``re`` skips to directly (three times faster on English lines).
#: The two match the same spans: the lookbehind after the first digit looks at the character
#: before it.
_LEADING_DIGITS, _LEADING_DIGITS_FAST = r"(?<!\d)\d+", r"\d(?<!\d\d)\d*"


def searchable(expr: str) -> str:
    """``expr`` as it is compiled for searching (see _LEADING_DIGITS); its required literals
    are read from ``expr`` itself (:mod:`scrubber.prefilter`)."""
    if expr.startswith(_LEADING_DIGITS):
        return _LEADING_DIGITS_FAST + expr[len(_LEADING_DIGITS):]
    return expr


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words``, shaped as a trie: at each position the
    engine follows one branch per character instead of trying every word (measured 4 to 6
    times faster than a flat alternation here). The longest word wins at a position, as in a
    longest-first alternation."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def expr_hint(exprs: list[str]) -> tuple[dict[str, tuple[bool, bool]], dict[str, list[str]],
                                         list[str]]:
    """What finds something in every line where one of ``exprs`` may match: for each
    expression the literals one of which it requires (see :mod:`scrubber.prefilter`), or else
    the expression itself. Returns ({literal: (needs a digit before it, needs one after it)},
    {literal: the expressions requiring it}, expressions); a literal some expression requires
    with fewer digits beside it needs only those."""
    required: dict[str, tuple[bool, bool]] = {}
    requiring: dict[str, list[str]] = {}
    plain: list[str] = []
    for expr in exprs:
        literals = required_literals(expr)
        if literals is None:
            plain.append(f"(?:{searchable(expr)})")
            continue
        for literal in literals:
            before, after = required.get(literal.text, (True, True))
            required[literal.text] = (before and literal.digit_before,
                                      after and literal.digit_after)
            requiring.setdefault(literal.text, []).append(expr)
    return required, requiring, plain


def trie_arrays(words: list[str]) -> tuple[list[int], list[int], list[int], list[int],
                                            list[int]]:
    """``words`` as a trie in flat arrays, for :class:`_speedups.Scanner`: per node (0 is the
    root) the index of the word ending there or -1, its first edge and its number of edges;
    per edge its character (code point) and child node. A node's edges are sorted."""
    children: list[dict[str, int]] = [{}]
    word_at = [-1]
    for index, word in enumerate(words):
        node = 0
        for ch in word:
            child = children[node].get(ch)
            if child is None:
                child = children[node][ch] = len(children)
                children.append({})
                word_at.append(-1)
            node = child
        word_at[node] = index
    first: list[int] = []
    count: list[int] = []
    chars: list[int] = []
    child_of: list[int] = []
    for edges in children:
        first.append(len(chars))
        count.append(len(edges))
        for ch in sorted(edges):
            chars.append(ord(ch))
            child_of.append(edges[ch])
    return word_at, first, count, chars, child_of
