"""The parts of a page title: ``<title>`` lines join the headline, the channel and the site with
separators ("Headline_Channel_Site", "Headline | Site", "Headline - Site", "Section : Site",
"频道-->标题"),
and a headline is matched to them on its letters and digits alone."""

from __future__ import annotations

import regex

#: Separators between the parts of a page title.
TITLE_SPLIT = regex.compile(r"(?<!\s)\s+[-–—|｜:]\s+|[_｜|]|(?:(?<!\s)\s+)?--+>?\s*|－|—{2}")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


def alnum_key(text: str) -> str:
    """``text``'s letters and digits, case-folded: what a headline and a title part compare."""
    return str(_NOT_ALNUM.sub("", text)).casefold()
