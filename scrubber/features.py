"""Per-line features, computed once per line with a handful of C-level regex scans.

Chinese-aware: Han characters are counted one by one, alphabetic scripts by words; sentence
punctuation covers the CJK full-width forms and their ASCII equivalents.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

# One Han, kana or hangul character is one unit; so is one word of any other script.
# The two counting scans run on every line, so they use the stdlib engine with explicit code
# point ranges (the blocks that make up \p{Han}, kana and hangul): measured twice as fast as
# the `regex` module's property classes here. No \p{...} is ever written for `re`.
_CJK_RANGES = ("\u1100-\u11ff\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b"
               "\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
               "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
_CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")
_OTHER_WORD = re.compile(f"[^\\W_{_CJK_RANGES}]+")
# Sentence punctuation inside a line: full stops, question and exclamation marks, semicolons;
# an ASCII full stop counts only before a space or at the end (not in 3.14, a URL or "1. ").
_SENTENCE_PUNCT = regex.compile(r"[。！？；!?;…]|(?<!\b\d{1,2})\.(?=\s|$|[\"'”’)])")
# Clause punctuation (commas and enumeration marks) of running text.
_CLAUSE_PUNCT = regex.compile(r"[，、,：:]")
# Both end patterns run on the line's last few characters only.
_TAIL = 8
_SENTENCE_END = regex.compile(r"(?:[。！？!?.…]|\.\.\.)[\"'”’」』）)\]]*\s*$")
_ELLIPSIS_END = regex.compile(r"(?:\.\.\.|…|。。。)\s*(?:[\"'”’」』）)\]]\s*)?$")
# Separators of link lists and menus: pipes, middots, arrows, slashes, tabs and wide gaps.
_SEPARATOR = re.compile(r"[|｜·•»>›/／→\t　]|-->?|—>|\s{2,}")
# In CJK text a single space between words is a separator too (running Chinese text has none).
_CJK_GAP = re.compile(f"(?<=[{_CJK_RANGES}])[ \u00a0](?=\\S)|(?<=\\S)[ \u00a0](?=[{_CJK_RANGES}])")


class LineFeatures(NamedTuple):
    """What the classifier needs to know about one line, computed once (a named tuple: built
    once per line, so it must be cheap to build)."""

    text: str  # the line with surrounding white space removed
    lower: str  # ``text`` case-folded, for keyword matching
    chars: int  # visible characters
    cjk: int  # Han, kana and hangul characters
    units: float  # cjk + alphabetic words: the size measure used by every threshold
    alnum: int  # letters and digits
    sentence_punct: int  # 。！？；!?; and ". " style full stops
    clause_punct: int  # ，、,：:
    ends_sentence: bool  # ends in sentence-final punctuation (quotes allowed after it)
    ends_ellipsis: bool  # ends in ... or …: a truncated teaser
    separators: int  # menu / link-list separators (single spaces count in CJK lines)
    strong_separators: int  # pipes, tabs, arrows, wide gaps: never inside running text

    @property
    def cjk_share(self) -> float:
        return self.cjk / self.alnum if self.alnum else 0.0

    @property
    def is_cjk(self) -> bool:
        return self.cjk_share >= 0.3

    @property
    def has_sentence(self) -> bool:
        """Reads like running text: sentence punctuation, or clause punctuation and length."""
        return self.sentence_punct > 0 or (self.clause_punct > 0 and self.ends_sentence)


def line_features(line: str) -> LineFeatures:
    """Measure one line. Cost is a few regex scans over the line, none in Python per character."""
    text = line.strip()
    if not text:
        return _EMPTY
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    words = _OTHER_WORD.findall(text)
    alnum = cjk + sum(map(len, words))
    separators = strong = len(_SEPARATOR.findall(text))
    if cjk and cjk >= 0.3 * alnum:
        separators += len(_CJK_GAP.findall(text))
    tail = text[-_TAIL:]
    return LineFeatures(
        text=text,
        lower=text.casefold(),
        chars=len(text),
        cjk=cjk,
        units=cjk + len(words),
        alnum=alnum,
        sentence_punct=len(_SENTENCE_PUNCT.findall(text)),
        clause_punct=len(_CLAUSE_PUNCT.findall(text)),
        ends_sentence=bool(_SENTENCE_END.search(tail)),
        ends_ellipsis=bool(_ELLIPSIS_END.search(tail)),
        separators=separators,
        strong_separators=strong,
    )


_EMPTY = LineFeatures("", "", 0, 0, 0, 0, 0, 0, False, False, 0, 0)
