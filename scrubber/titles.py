"""The parts of a page title: ``<title>`` lines join the headline, the channel and the site with
separators ("Headline_Channel_Site", "Headline | Site", "Headline - Site", "Section : Site",
"频道-->标题"),
and a headline is matched to them on its letters and digits alone."""

from __future__ import annotations

import regex

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
