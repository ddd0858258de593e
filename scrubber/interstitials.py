"""Interstitials: the label of an advertisement slot alone on its line between two lines of
text ("Advertisement", "Story continues below advertisement", "广告", "Anzeige"), which news
pages set between the paragraphs of their articles; and a wiki section's controls under its
heading ("[edit]", 编辑, 播报: rule ``wiki_control``).

The line is removed (its keyword rule names it), and the article search reads through it as
through a blank line (the caller makes it transparent): a slot set between two short
paragraphs would otherwise end the article there, and the article's rest would be lost.
Only the labels of :data:`INTERSTITIALS`, the whole line, count: other advertising words
("Shop now", "Learn more") are buttons, no slot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind

#: The labels of an advertisement slot, per language, as the whole line reads (case-folded,
#: without the marks around them).
INTERSTITIALS: dict[str, tuple[str, ...]] = {
    "en": ("advertisement", "advertisements", "ad", "sponsored", "story continues below",
           "story continues below advertisement", "article continues below",
           "article continues below advertisement", "continue reading below",
           "continue reading below advertisement", "scroll to continue with content",
           "content continues below", "advertisement - scroll to continue"),
    "zh": ("广告", "廣告", "推广", "推廣"),
    "ja": ("広告", "スポンサーリンク", "pr"),
    "ko": ("광고",),
    "latin": ("anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità",
              "advertentie", "reklama", "iklan", "quảng cáo"),
    "ru": ("реклама",),
}
_LABELS = frozenset(w for ws in INTERSTITIALS.values() for w in ws)
#: A slot's line is at most this long (the longest label, with marks around it).
_LABEL_MAX_CHARS = 60
#: The marks around a label ("— Advertisement —", "[广告]", "ADVERTISEMENT:").
_AROUND = re.compile(r"^[\W_]+|[\W_]+$")
#: The labels of the rules that name slots and controls (ads, and the wiki's nav controls).
_LABELS_OF_SLOTS = frozenset(("ad", "nav"))
#: The text kinds a slot stands between.
_TEXT = frozenset((Kind.GOOD, Kind.NEAR, Kind.SHORT))


def interstitials(classified: Sequence[Classified], lower: Sequence[str]) -> list[int]:
    """The lines that are an advertisement slot's label between two lines of text (the
    nearest non-blank lines above and below are text no rule named)."""
    out = []
    for i, c in enumerate(classified):
        if c.kind is not Kind.BAD or c.label not in _LABELS_OF_SLOTS:
            continue
        if c.reason == "wiki_control":
            out.append(i)  # a wiki section's controls under its heading, wherever they are
            continue
        if not c.reason.startswith("ad_") or len(lower[i]) > _LABEL_MAX_CHARS \
                or _AROUND.sub("", lower[i]) not in _LABELS:
            continue
        above, below = _next_line(classified, i, -1), _next_line(classified, i, 1)
        if above is not None and below is not None and classified[above].kind in _TEXT \
                and classified[below].kind in _TEXT:
            out.append(i)
    return out


def _next_line(classified: Sequence[Classified], i: int, step: int) -> int | None:
    """The nearest line that is not blank from line ``i`` in direction ``step``."""
    i += step
    while 0 <= i < len(classified):
        if classified[i].kind is not Kind.BLANK:
            return i
        i += step
    return None
