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

A last segment of a single word is a section's name (``/news``, ``/c/kayaks``,
``/docs/guides/auth``: :func:`section_name`): a section's front page heads its list with it.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def url_path(url: str | None) -> str:
    """The URL's path, "" without one (no URL, a malformed address: "http://[::1")."""
    if not url:
        return ""
    try:
        return urlsplit(url.strip()).path
    except ValueError:
        return ""


def _segments(url: str | None) -> list[str]:
    """The URL's path segments, unquoted, the empty ones left out."""
    return [s for s in unquote(url_path(url)).split("/") if s]


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the URL's slug, case-folded, in order; () when it has none."""
    for segment in reversed(_segments(url)):
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
    for m in _PATH_DATE.finditer(url_path(url)):
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


# --- Lines against a slug ----------------------------------------------------------------
#: A slug confirms the heading that holds at least this share of its words, and at least
#: SLUG_MIN_SHARED of them ("best-tax-software" confirms "The Best Tax Prep Software of
#: 2025"; a menu's "Tax Software" holds fewer, so does a section name).
SLUG_MIN_SHARE = 0.6
SLUG_MIN_SHARED = 2
#: Slug words that say nothing of a headline: shorter than three letters, or function words.
SLUG_STOP_WORDS = frozenset((
    # English
    "the", "and", "for", "with", "from", "your", "you", "are", "was", "its", "our", "how", "what",
    "why", "who", "when", "this", "that",
    # French, Spanish, Portuguese, Italian, German (slugs drop accents: "fur", "pour")
    "les", "des", "une", "pour", "avec", "dans", "sur", "par", "est", "qui", "que", "aux",
    "los", "las", "del", "una", "por", "para", "con", "como", "dos", "uma", "com", "nas", "nos",
    "della", "delle", "degli", "per", "nel", "sul", "che", "der", "die", "das", "und", "mit",
    "fur", "von", "den", "dem", "ein", "eine", "wie", "ist", "auf", "zum", "zur",
))
#: A slug word and a line's word of at least this many letters match on a shared start
#: ("strategies" / "strategy", "planting" / "plant"): slugs cut and inflect words.
SLUG_PREFIX = 5
_LINE_WORD = regex.compile(r"[\p{L}\p{N}]+")


def line_words(text: str) -> set[str]:
    """A line's words (runs of letters and digits), case-folded."""
    return {w.casefold() for w in _LINE_WORD.findall(text)}


def slug_wanted(slug: Sequence[str]) -> list[str]:
    """The slug's words that may name a headline's (no short or function words), once each."""
    return [w for w in dict.fromkeys(slug) if (len(w) >= 3 or w.isdigit())
            and w not in SLUG_STOP_WORDS]


def slug_shared(wanted: Sequence[str], words: set[str]) -> int:
    """How many of the slug's ``wanted`` words the line's ``words`` hold (a word the same, or
    the same SLUG_PREFIX first letters)."""
    return sum(1 for w in wanted if _slug_word_in(w, words))


def slug_share(text: str, slug: Sequence[str]) -> float:
    """The share of the slug's words that ``text`` holds (1.0 without a slug to compare)."""
    wanted = slug_wanted(slug)
    if len(wanted) < SLUG_MIN_SHARED:
        return 1.0
    return slug_shared(wanted, line_words(text)) / len(wanted)


def _slug_word_in(word: str, words: set[str]) -> bool:
    if word in words:
        return True
    if len(word) < SLUG_PREFIX:
        return False
    stem = word[:SLUG_PREFIX]
    return any(len(w) >= SLUG_PREFIX and w[:SLUG_PREFIX] == stem for w in words)


def section_name(url: str | None) -> str | None:
    """The name of the section a URL without a slug points at: its last path segment when
    that is one word of letters ("/news", "/c/kayaks", "/docs/guides/auth",
    "/gb/microphones.html"), case-folded; ``None`` otherwise (a slug, an id, no path). A
    section's front page heads its list with that name ("Kayaks", "Science")."""
    segments = _segments(url)
    if not segments:
        return None
    name = _EXTENSION.sub("", segments[-1]).casefold()
    return name if _LETTERS.match(name) and len(name) >= SLUG_WORD_LETTERS else None

