"""The words of a page's address: what its URL says of its headline.

Crawls carry each page's URL with its text (a WET record's ``WARC-Target-URI``, a JSON Lines
record's ``url``), and many sites write the headline into it as a *slug*: the last path segment
of words joined by hyphens or underscores (``/blog/seo-strategies-for-2025/``,
``/how_to_design_a_room.html``). Those words confirm the headline among the headings above the
article when no ``<title>`` line does (scrapers that keep only the body's text): a menu entry
or a section name holds few of them, the headline most (:func:`scrubber.headline.find_title`).

A slug is the last path segment that holds at least ``SLUG_MIN_WORDS`` words of letters (a
segment of digits, an id or a single word is none: ``/news/2024/05/123456.html``,
``/products/``); its words are case-folded, file extensions dropped, and tokens that are
neither words nor short numbers (ids, hashes) left out. A URL without one gives no words.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import regex

#: A slug has at least this many words of letters ("video-production-process").
SLUG_MIN_WORDS = 2
#: A number in a slug is a word of the headline when it is this short ("11", "2025"); longer
#: runs of digits are ids.
SLUG_MAX_DIGITS = 4
_SEPARATORS = regex.compile(r"[-_+.~,]+")
_EXTENSION = regex.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cgi|shtml)$", regex.IGNORECASE)
_LETTERS = regex.compile(r"^\p{L}+$")
_DIGITS = regex.compile(r"^\d+$")


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the URL's slug, case-folded, in order; () when it has none."""
    if not url:
        return ()
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # a malformed address ("http://[::1")
        return ()
    for segment in reversed([s for s in unquote(path).split("/") if s]):
        words = _words(_EXTENSION.sub("", segment))
        if sum(1 for w in words if _LETTERS.match(w)) >= SLUG_MIN_WORDS:
            return tuple(words)
    return ()


def _words(segment: str) -> list[str]:
    out = []
    for token in _SEPARATORS.split(segment.casefold()):
        if _LETTERS.match(token) or (_DIGITS.match(token) and len(token) <= SLUG_MAX_DIGITS):
            out.append(token)
    return out
