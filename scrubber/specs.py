"""Specification blocks: a run of "label: value" lines that goes on from the article.

A product's system requirements ("Processor: 1.7 GHz"), a record's facts ("Release date:
Mar 5, 2026", "Director: ..."), a listing's contact fields follow the text they belong to as
short "label: value" lines (words, not CJK: there a "来源：" line is the page's metadata),
which the line rules take for menus or leave outside the article
block. A run of at least ``SPEC_MIN_LINES`` such lines (each at most ``SPEC_MAX_WORDS`` words,
the label at most ``SPEC_MAX_LABEL`` characters) that starts at most ``SPEC_MAX_GAP``
non-blank lines after a line of the article is the article's (``spec_lines``); only lines
no stronger rule named (label ``noise``, ``nav`` or ``links``) are taken back.
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


def _is_spec(f: LineFeatures) -> bool:
    return bool(f.text) and not f.is_cjk and \
        len(f.text.split(None, SPEC_MAX_WORDS)) <= SPEC_MAX_WORDS and \
        _SPEC.match(f.text) is not None


def spec_blocks(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the specification blocks that go on from the article (see above), in place."""
    lines = [i for i, f in enumerate(feats) if f.text]
    x = 0
    while x < len(lines):
        if not _is_spec(feats[lines[x]]) or decisions[lines[x]][0] == "content":
            x += 1
            continue
        end = x
        while end < len(lines) and _is_spec(feats[lines[end]]) and \
                decisions[lines[end]][0] != "content":
            end += 1
        if end - x >= SPEC_MIN_LINES and any(
                decisions[lines[y]][0] == "content" for y in range(max(0, x - SPEC_MAX_GAP), x)):
            for y in range(x, end):
                if decisions[lines[y]][0] in _WEAK:
                    decisions[lines[y]] = SPEC_LINES
        x = end
