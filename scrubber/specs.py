"""Specification blocks: a run of "label: value" lines that goes on from the article.

A product's system requirements ("Processor: 1.7 GHz"), a record's facts ("Release date:
Mar 5, 2026", "Director: ..."), a listing's contact fields, a person's info box ("国籍：韩国"),
a shop's facts ("商品产地：中国大陆") follow or head the text they belong to as short "label:
value" lines, which the line rules take for menus or leave outside the article block. A run of
at least ``SPEC_MIN_LINES`` such lines (each at most ``SPEC_MAX_WORDS`` words, the label at
most ``SPEC_MAX_LABEL`` characters; in CJK at most ``SPEC_MAX_CJK_LABEL`` and
``SPEC_MAX_CJK_VALUE`` characters) that starts at most ``SPEC_MAX_GAP`` non-blank lines after a
line of the article, or that the article's block reaches into, is the article's
(``spec_lines``); so is such a run right above the article's first line when no rule named any
of its lines. Only lines no stronger rule named (label ``noise``, ``nav`` or ``links``) are
taken back: a byline block ("来源：…", "作者：…") stays the page's metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

#: A block holds at least this many "label: value" lines in a row...
SPEC_MIN_LINES = 3
#: ... each of at most this many words...
SPEC_MAX_WORDS = 12
#: ... and starts at most this many non-blank lines after a line of the article.
SPEC_MAX_GAP = 3
#: A label is a word or a few: at most this many characters before the colon.
SPEC_MAX_LABEL = 30
SPEC_LINES = ("content", "spec_lines")
_SPEC = re.compile(rf"[^\W\d_][^:\n]{{0,{SPEC_MAX_LABEL}}}:\s*\S")
#: The labels of lines that a block may take back (no byline, footer, comment or ad line).
_WEAK = frozenset(("noise", "nav", "links"))


#: A CJK line "label：value" (an info box's "国籍：韩国", a product's "商品产地：中国大陆"): a label
#: of at most SPEC_MAX_CJK_LABEL characters, a value of at most SPEC_MAX_CJK_VALUE.
SPEC_MAX_CJK_LABEL = 8
SPEC_MAX_CJK_VALUE = 24
_CJK_SPEC = re.compile(rf"[^\W\d_][^：:\s]{{0,{SPEC_MAX_CJK_LABEL - 1}}}[：:]\s*"
                       rf"[^\s：:。！？][^：:。！？]{{0,{SPEC_MAX_CJK_VALUE - 1}}}")


def _is_spec(f: LineFeatures) -> bool:
    if not f.text:
        return False
    if f.is_cjk or (f.cjk and "：" in f.text):  # "商品编号：100066896338" is no CJK line
        return _CJK_SPEC.fullmatch(f.text.strip()) is not None
    return len(f.text.split(None, SPEC_MAX_WORDS)) <= SPEC_MAX_WORDS and \
        _SPEC.match(f.text) is not None


def spec_blocks(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the specification blocks that go on from the article (see above), in place: a run
    of "label: value" lines, the article's own lines among them counted, that starts at most
    SPEC_MAX_GAP lines after a line of the article or holds one; or a run of lines no rule
    named right above the article's first line (a product's facts over its description)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    x = 0
    while x < len(lines):
        if not _is_spec(feats[lines[x]]):
            x += 1
            continue
        end = x
        while end < len(lines) and _is_spec(feats[lines[end]]):
            end += 1
        run = [lines[y] for y in range(x, end)]
        outside = [i for i in run if decisions[i][0] != "content"]
        if outside and len(run) >= SPEC_MIN_LINES and (
                len(outside) < len(run) or any(decisions[lines[y]][0] == "content"
                                               for y in range(max(0, x - SPEC_MAX_GAP), x))
                or (end < len(lines) and decisions[lines[end]][0] == "content"
                    and all(decisions[i][0] in _WEAK for i in outside))):
            for i in outside:
                if decisions[i][0] in _WEAK:
                    decisions[i] = SPEC_LINES
        x = end
