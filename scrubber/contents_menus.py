"""Contents menus: an article's table of contents, the menu of its sections near its top.

A long article opens with a menu of its sections under a header ("Table of Contents",
"Contents [hide]", "Jump to:", "In this article"; per language in
``data/contents_headers.tsv``): one short line per section, each a copy of a heading further
down, numbered or not ("2.1 Fine Dining Service" for "Fine Dining Service"). The scraper
writes the links as lines, and the article block keeps them with the article. The menu is
taken out (``contents_menu``): its header and its entries, up to the last one that a line
below the menu repeats, when at least ``MENU_MIN_ENTRIES`` of them and at least half of them
are repeated below.

An entry is a short line (at most ``ENTRY_MAX_UNITS`` units) that ends no sentence (a
question is a heading); the first other line ends the menu. A list under such a header whose
lines the article does not say again is no menu of its sections (a site's "Quick links", a
summary of points): it stays. So does the contents list of a Chinese, Japanese or Korean
page (the table has no row for them): under "目录" it lists the document's own parts, a
law's chapters, a report's sections, which the article keeps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .features import LineFeatures
from .phrase_tables import phrase_rows

CONTENTS_MENU = ("noise", "contents_menu")
#: A menu repeats at least this many of the article's headings.
MENU_MIN_ENTRIES = 3
#: An entry is at most this many units long.
ENTRY_MAX_UNITS = 16
#: A menu has at most this many entries (a longer run is a page's index).
MENU_MAX_ENTRIES = 80
#: Ends of a sentence an entry does not have (a question mark may end a heading).
_SENTENCE_ENDS = (".", "!", "\u3002", "\uff01", "\u2026")
#: An entry's numbering ("2.1 ", "3) ") and the spaces around it.
_NUMBERING = re.compile(r"^[\d.)\s]+")
_SPACES = re.compile(r"\s+")


@cache
def _header() -> re.Pattern[str]:
    """The headers of ``data/contents_headers.tsv`` as one expression for a whole line, a
    colon and a show/hide toggle allowed after the header; loaded once."""
    phrases = [p for _, row in phrase_rows("contents_headers.tsv", 2) for p in row]
    words = "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return re.compile(rf"(?:{words})[:：]?(?: ?[\[(]?(?:hide|show)[\])]?)?")


def _key(text: str) -> str:
    """An entry's text as its heading below would have it: case-folded, without numbering."""
    return _SPACES.sub(" ", _NUMBERING.sub("", text.strip().casefold()))


def contents_menus(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take out the kept lines of an article's table of contents (in place; see above)."""
    text = [i for i, f in enumerate(feats) if f.text.strip()]
    header = _header()
    headers = [n for n, i in enumerate(text) if header.fullmatch(feats[i].lower.strip())]
    if not headers:
        return
    last = {_key(feats[i].text): n for n, i in enumerate(text)}  # where each text is last
    after = 0  # the first line past the menu before
    for n in headers:
        if n < after:
            continue
        entries = _entries(text, n + 1, feats, header)
        after = n + 1 + len(entries)
        menu = _menu(entries, [last[_key(feats[i].text)] >= after for i in entries])
        for i in ([text[n], *menu] if menu else []):
            if decisions[i][0] == "content":
                decisions[i] = CONTENTS_MENU


def _entries(text: Sequence[int], start: int, feats: Sequence[LineFeatures],
             header: re.Pattern[str]) -> list[int]:
    """The lines from ``text[start]`` on that may be a menu's entries: short lines that end
    no sentence, up to the first other line or another header."""
    entries: list[int] = []
    for i in text[start:start + MENU_MAX_ENTRIES]:
        f = feats[i]
        if f.units > ENTRY_MAX_UNITS or f.text.rstrip().endswith(_SENTENCE_ENDS) or \
                header.fullmatch(f.lower.strip()):
            break
        entries.append(i)
    return entries


def _menu(entries: Sequence[int], repeated: Sequence[bool]) -> list[int]:
    """The entries of a table of contents (``repeated``: whether a line below the menu
    repeats each), up to the last one repeated; none when too few of them are."""
    found = [x for x, said in enumerate(repeated) if said]
    if len(found) < MENU_MIN_ENTRIES or 2 * len(found) < len(entries):
        return []
    return list(entries[:found[-1] + 1])
