"""The parts of a page title: ``<title>`` lines join the headline, the channel and the site with
separators ("Headline_Channel_Site", "Headline | Site", "Headline - Site", "Section : Site",
"频道-->标题"),
and a headline is matched to them on its letters and digits alone.

A page's first line that reads as text (a question's title: "Why is my PC slow? - Example
Answers") and splits into parts one of which a later line among its first ``TITLE_COPY_REACH``
lines repeats (the headline) is the page's ``<title>`` as the scraper put it first, not the
article's first paragraph: it is removed as ``page_title`` before the article search
(:func:`title_copy`), which would otherwise start the article at the top of the page and take
the menus between it and the headline in.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .classify import Classified, Kind
from .features import LineFeatures

#: Separators between the parts of a page title.
TITLE_SPLIT = regex.compile(r"(?<!\s)\s+[-–—|｜:]\s+|[_｜|]|(?:(?<!\s)\s+)?--+>?\s*|－|—{2}"
                             r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}])-(?!\d)"
                             r"|(?<!\d)-(?=[\p{Han}\p{Hiragana}\p{Katakana}])")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


def alnum_key(text: str) -> str:
    """``text``'s letters and digits, case-folded: what a headline and a title part compare."""
    return str(_NOT_ALNUM.sub("", text)).casefold()


#: A Markdown heading's marks ("# Headline", "## Headline ##") and a heading set in bold
#: ("**Headline**"): scrapers that give Markdown (Jina Reader, Firecrawl) keep them on the line.
_MARKDOWN_HEADING = regex.compile(r"^#{1,6}\s+(?P<text>.+?)(?:\s+#+)?$|^(?P<mark>\*\*|__)"
                                  r"(?P<bold>.+?)(?P=mark)$")


#: A control a forum or a wiki sets after a heading, in brackets ("[复制链接]", "[edit]").
_CONTROL = regex.compile(
    r"[\[【](?:复制链接|複製連結|复制本帖链接|复制代码|打印|列印|收藏|分享|编辑|編輯|edit|"
    r"edit source|copy link|share|print)[\]】]", regex.IGNORECASE)


def _without_control(title: str) -> str:
    """``title`` without a bracketed control at its end (looked for from its last bracket:
    an expression searched from every position would cost the square of a long title)."""
    text = title.rstrip()
    if not text.endswith(("]", "】")):
        return title
    start = max(text.rfind("["), text.rfind("【"))
    if start <= 0 or _CONTROL.fullmatch(text, start) is None:
        return title
    return text[:start].rstrip() or title


def plain_title(title: str) -> str:
    """``title`` without the Markdown marks of a heading around it (the words inside stay as
    they are), and without a control in brackets after it ("标题 [复制链接]")."""
    title = _without_control(title)
    m = _MARKDOWN_HEADING.match(title.strip())
    if m is None:
        return title
    return (m.group("text") or m.group("bold")).strip() or title


#: How far below the page's first line the line that repeats a part of it may stand.
TITLE_COPY_REACH = 80
TITLE_COPY = Classified(Kind.BAD, "noise", "page_title")


def title_copy(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Remove the page's first line when it is the page's ``<title>`` (in place): a line of
    text of two parts or more, one of which a later line repeats (see above)."""
    first = next((i for i, f in enumerate(feats) if f.text), None)
    if first is None or classified[first].kind not in (Kind.GOOD, Kind.NEAR):
        return
    parts = {alnum_key(p) for p in TITLE_SPLIT.split(feats[first].text)} - {""}
    if len(parts) < 2:
        return
    sizes = {len(p) for p in parts}
    for f in feats[first + 1:first + TITLE_COPY_REACH]:
        if f.text and f.alnum in sizes and alnum_key(f.text) in parts:
            classified[first] = TITLE_COPY
            return
