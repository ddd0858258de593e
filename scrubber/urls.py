"""The words of a page's address: what its URL says of its headline.

Crawls carry each page's URL with its text (a WET record's ``WARC-Target-URI``, a JSON Lines
record's ``url``), and many sites write the headline into it as a *slug*: the last path segment
of words joined by hyphens or underscores (``/blog/seo-strategies-for-2025/``,
``/how_to_design_a_room.html``). Those words confirm the headline among the headings above the
article when no ``<title>`` line does (scrapers that keep only the body's text): a menu entry
or a section name holds few of them, the headline most (:func:`scrubber.headline.find_title`).

Many also date the page in its path (``/2024/05/13/``, ``/20240513/``, ``/2024/0513/``,
``/2024-05-13-``): :func:`url_date` reads that date, the page's publication date, which stands
in when the page's text gives none or a coarser one (its month only).

A slug is the last path segment that names anything (ids and page numbers after it are passed
over: ``/post/moving-company-investigation/18153161/``) when it holds at least
``SLUG_MIN_WORDS`` words of letters (a single word is a section's name, and the segments above
it are sections too: ``/docs/concepts/services-networking/service/``); its words are
case-folded, file extensions dropped, and tokens that are neither words nor short numbers
(ids, hashes) left out. A URL without one gives no words.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote, urlsplit

import regex

#: A slug has at least this many words of letters ("video-production-process").
SLUG_MIN_WORDS = 2
#: Trailing segments without a run of this many letters (an id, "8.html", "p") are passed
#: over; the segment before them is the slug or none (a section's name, "/forensics/", or a
#: file's, "msg00000.html").
SLUG_WORD_LETTERS = 3
#: A number in a slug is a word of the headline when it is this short ("11", "2025"); longer
#: runs of digits are ids.
SLUG_MAX_DIGITS = 4
_SEPARATORS = regex.compile(r"[-_+.~,]+")
_EXTENSION = regex.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cgi|shtml)$", regex.IGNORECASE)
_LETTERS = regex.compile(r"^\p{L}+$")
_DIGITS = regex.compile(r"^\d+$")
_NAMING = regex.compile(rf"\p{{L}}{{{SLUG_WORD_LETTERS},}}")


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the URL's slug, case-folded, in order; () when it has none."""
    if not url:
        return ()
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # a malformed address ("http://[::1")
        return ()
    for segment in reversed([s for s in unquote(path).split("/") if s]):
        bare = _EXTENSION.sub("", segment)
        words = _words(bare)
        if _NAMING.search(bare):  # the last segment that names anything: the slug, or a name
            return tuple(words) if sum(1 for w in words if _LETTERS.match(w)) >= \
                SLUG_MIN_WORDS else ()
    return ()


def _words(segment: str) -> list[str]:
    out = []
    for token in _SEPARATORS.split(segment.casefold()):
        if _LETTERS.match(token) or (_DIGITS.match(token) and len(token) <= SLUG_MAX_DIGITS):
            out.append(token)
    return out


#: A date in the path: year, month and day as separate segments or one run of digits (a run
#: of digits longer than a date is an id: "/v/20240513125214547"). A year alone says too
#: little; a year and month ("/2025/12/", never six digits run together) give the month.
_PATH_DATE = regex.compile(
    r"(?<![\d])((?:19|20)\d\d)(?:[/_-]?(0[1-9]|1[0-2])(?:[/_-]?(0[1-9]|[12]\d|3[01]))?)"
    r"(?![\d])")
#: A date in a URL is at least this year ("/1999/" may be a count, not a year) ...
URL_DATE_MIN_YEAR = 1995


def url_date(url: str | None) -> str | None:
    """The date the URL's path gives, ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM`` for a month
    alone); None without one, or with an impossible one (a 31st of April)."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for m in _PATH_DATE.finditer(path):
        year, month, day = m.group(1), m.group(2), m.group(3)
        if month is None or int(year) < URL_DATE_MIN_YEAR:
            continue
        if day is None:
            if m.group(0)[4] not in "/_-":
                continue  # six digits alone ("/sku-200512") are too often a code
            return f"{year}-{month}"
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None
