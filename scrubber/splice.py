"""Span-level spam: a foreign clause spliced in front of an article paragraph.

Content farms glue a sentence from another page to the start of a paragraph, with a space
and no punctuation between them:
``而中美欧近期相继发布的经济数据表现疲弱 2017年,光伏小镇集聚企业166家,...``.
The clause is cut when all of these hold:

1. it is the paragraph's first span, written in CJK, before the first white space;
2. it has no punctuation and no digits at all, and the text after it is several times longer
   and itself reads as sentences;
3. it shares next to nothing with the rest of the article: at most ``splice_max_overlap`` of its
   character bigrams occur anywhere else in the article's content lines.

Nothing in this module knows the words of any clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

# A leading clause of 8-40 letters (no digits: a dateline such as "北京3月5日电" is not prose),
# no punctuation, then white space, then the paragraph proper.
_LEADING_CLAUSE = regex.compile(r"^(?P<clause>\p{L}{8,40})[ \t\u3000\u00a0]+(?=\S)")
# What such a clause needs (a cheap test before the expression: 8 to 40 characters that are
# not white space, then white space; possessive, so it never backtracks).
_MAY_LEAD = re.compile("[^ \t\u3000\u00a0]{8,40}+[ \t\u3000\u00a0]")
_HAN = regex.compile(r"\p{Han}")
_PUNCT = regex.compile(r"[\p{P}]")
#: The paragraph after the clause must be at least this many times longer than the clause.
MIN_REST_RATIO = 2.0


def bigrams(text: str) -> set[str]:
    """Character bigrams of the Han characters of ``text`` (punctuation and spaces dropped)."""
    han = "".join(_HAN.findall(text))
    return {han[i:i + 2] for i in range(len(han) - 1)}


#: Below this many distinct bigrams in the article there is too little text to judge a clause.
MIN_ARTICLE_BIGRAMS = 50


def leading_clause(line: str) -> regex.Match[str] | None:
    """The line's leading clause when it has the shape of a spliced one (conditions 1 and 2
    above; condition 3 needs the article, see :func:`spliced_clause_end`)."""
    m = _LEADING_CLAUSE.match(line) if _MAY_LEAD.match(line) else None
    if m is None:
        return None
    clause = m.group("clause")
    if len(_HAN.findall(clause)) < 0.8 * len(clause):
        return None
    rest_length = len(line) - m.end()
    if rest_length < MIN_REST_RATIO * len(clause) or not _PUNCT.search(line, m.end()):
        return None
    return m


def article_bigrams(lines: Iterable[str]) -> set[str]:
    """Bigrams of the article's content lines, each without its candidate leading clause."""
    grams: set[str] = set()
    for line in lines:
        m = _LEADING_CLAUSE.match(line) if _MAY_LEAD.match(line) else None
        grams |= bigrams(line[m.end():] if m else line)
    return grams


def spliced_clause_end(line: str, others: set[str], max_overlap: float) -> int:
    """Where the paragraph proper starts in ``line`` (0 when nothing is cut): after a leading
    clause (:func:`leading_clause`) that shares at most ``max_overlap`` of its bigrams with
    ``others``, the :func:`article_bigrams` of the article's content lines."""
    m = leading_clause(line)
    if m is None or len(others) < MIN_ARTICLE_BIGRAMS:
        return 0
    grams = bigrams(m.group("clause"))
    if not grams:
        return 0
    shared = len(grams & others)
    return m.end() if shared / len(grams) <= max_overlap else 0
