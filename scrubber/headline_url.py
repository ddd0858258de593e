"""The headline the page's address names: the words of its URL's slug
(``/blog/square-foot-gardening-vs-row-gardening/``), or the name of the section a front page
heads its list with (``/c/kayaks``). :func:`scrubber.headline.find_title` asks these when no
``<title>`` line confirms a headline, or over a first line that is a menu's entry."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .byline_labels import label_line
from .features import LineFeatures
from .headline_shape import (
    DATED_BYLINES,
    breadcrumb,
    date_stamp,
    full_stop,
    lower_words,
    next_line,
    written_as_name,
)
from .names import NOT_AUTHOR, bare_name
from .regions import Decision
from .titles import alnum_key
from .urls import SLUG_MIN_SHARE, SLUG_MIN_SHARED, line_words, slug_shared, slug_wanted

#: The article's first lines may be its headline, when the slug names one of them.
SLUG_OPENING_LINES = 2
#: A slug of this many words or more overrides a first line that holds none of them.
SLUG_OVERRIDE_WORDS = 3


def slug_headline(feats: Sequence[LineFeatures], lines: Sequence[int], first: int,
                  slug: Sequence[str], decisions: Sequence[Decision]) -> int | None:
    """Of the headline candidates ``lines`` (the first line, a <title>, and breadcrumbs aside:
    "Home / Blog / Headline" holds the slug's words too), the one that holds the largest
    share of the slug's words (SLUG_MIN_SHARE at least), then the one over its byline
    (:func:`_bylined`), then the one whose words the slug holds most of (a heading, not a
    sentence that mentions them), then the one nearest the article."""
    wanted = slug_wanted(slug)
    if len(wanted) < SLUG_MIN_SHARED:
        return None
    best: tuple[float, bool, bool, float, int] | None = None
    lowered: list[frozenset[str]] = []

    def page_lowered() -> frozenset[str]:
        if not lowered:
            lowered.append(lower_words(feats))
        return lowered[0]

    for i in lines:
        f = feats[i]
        # (Any heading shape: a headline may name a date, "Typefaces for December 2025".)
        if i == first or "://" in f.text or breadcrumb(f.text):
            continue
        words = line_words(f.text)
        shared = slug_shared(wanted, words)
        if shared < SLUG_MIN_SHARED or shared < SLUG_MIN_SHARE * len(wanted):
            continue
        if full_stop(f) and not _spelt_out(wanted, shared, words):
            continue
        score = (shared / len(wanted), _bylined(feats, decisions, i, page_lowered),
                 _shown_twice(feats, i), shared / max(len(words), 1), i)
        if best is None or score >= best:
            best = score
    return best[4] if best is not None else None


#: A line that ends as a sentence does is the headline all the same when it holds every one of
#: a slug of this many words, and few other words (a thread's title: "If the forum comes to an
#: end soon."); a sentence of the article that names the slug's words goes on to say more.
SPELT_OUT_MIN_WORDS = 4
#: ... at most this many words of the line beyond the slug's (its function words aside).
SPELT_OUT_EXTRA_WORDS = 2


def _spelt_out(wanted: Sequence[str], shared: int, words: set[str],
               min_words: int = SPELT_OUT_MIN_WORDS) -> bool:
    """Whether a line of ``words`` holding ``shared`` of the slug's ``wanted`` words spells
    the slug out: all of them, a slug of ``min_words`` words or more, and at most
    SPELT_OUT_EXTRA_WORDS more words of its own."""
    return len(wanted) >= min_words and shared == len(wanted) and \
        len(slug_wanted(sorted(words))) <= len(wanted) + SPELT_OUT_EXTRA_WORDS


#: A line shown twice is a headline with this many words at least: a menu's heading of a word
#: or three may open its own list ("Women's Running Shoes" twice over "All Women's ...").
TWICE_MIN_WORDS = 4


def _shown_twice(feats: Sequence[LineFeatures], i: int) -> bool:
    """Whether the next or the previous non-blank line repeats line ``i`` word for word: a
    page's heading rendered twice (the visible one and a copy for a sticky bar or screen
    readers), where a section heading inside the article is shown once."""
    if len(feats[i].text.split()) < TWICE_MIN_WORDS:
        return False
    return any(j is not None and feats[j].text == feats[i].text
               for j in (next_line(feats, i), next_line(feats, i, -1)))


def _bylined(feats: Sequence[LineFeatures], decisions: Sequence[Decision], i: int,
             lowered: Callable[[], frozenset[str]]) -> bool:
    """Whether line ``i`` stands as a headline does over its byline: the next non-blank line
    is a byline, a date stamp, a label or a personal name the page never writes in lower case
    ("By" / "Jane Doe", "Lisa Pham", "March 3, 2025"; not "Community Hub"). Not a breadcrumb
    (:func:`scrubber.headline_shape.breadcrumb`). ``lowered``: the page's words written
    in lower case (:func:`scrubber.headline_shape.lower_words`), asked for once."""
    j = next_line(feats, i)
    if j is None or breadcrumb(feats[i].text):
        return False
    f = feats[j]
    if decisions[j][1] in DATED_BYLINES or date_stamp(f) or label_line(f.lower):
        return True
    name = bare_name(f.text, NOT_AUTHOR)
    return name is not None and written_as_name(name, lowered())


def section_line(feats: Sequence[LineFeatures], lines: Sequence[int], first: int,
                  limit: int, section: str | None) -> int | None:
    """Of the candidate ``lines``, the one that is the URL's section name (``section``:
    :func:`scrubber.urls.section_name`, "Kayaks" on ``/c/kayaks``): the last above the
    article (a menu may name the section first), else the first of the article's opening."""
    if section is None:
        return None
    named = [i for i in lines if i != first and alnum_key(feats[i].text) == section]
    above = [i for i in named if i < limit]
    return above[-1] if above else (named[0] if named else None)


#: A heading right over the article block's first paragraphs is the headline when it holds
#: this many of the slug's words (or the usual share), more than the candidates above it.
DEEP_SLUG_SHARED = 3
#: A paragraph, for :func:`over_first_paragraphs`: a line of this many units or more that
#: holds sentence punctuation.
PARAGRAPH_UNITS = 15
#: How far into the article block its first two paragraphs are looked for.
BLOCK_SCAN_LINES = 120


def over_first_paragraphs(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                          main_start: int, end: int) -> int | None:
    """The heading right above the article block's first two paragraphs in a row: where the
    block opens on a site's menus and teasers (a dump-style page), the headline stands there,
    out of reach of the block's first lines. None when that line is one of the block's first
    :data:`SLUG_OPENING_LINES` lines or is no heading (a sentence, a long line)."""
    above: int | None = None
    seen = 0
    for i in range(main_start, min(end, main_start + BLOCK_SCAN_LINES)):
        f = feats[i]
        if not f.text:
            continue
        seen += 1
        if _paragraph(f) and decisions[i][0] == "content":
            j = next_line(feats, i)
            if j is not None and _paragraph(feats[j]) and decisions[j][0] == "content":
                break
        above = i
    else:
        return None
    if above is None or seen <= SLUG_OPENING_LINES + 1:
        return None
    f = feats[above]
    return None if full_stop(f) or f.units > PARAGRAPH_UNITS * 2 else above


def _paragraph(f: LineFeatures) -> bool:
    return f.units >= PARAGRAPH_UNITS and (f.ends_sentence or f.sentence_punct > 0)


def slug_shared_in(feats: Sequence[LineFeatures], i: int, slug: Sequence[str]) -> int:
    """How many of the slug's words line ``i`` holds."""
    return slug_shared(slug_wanted(slug), line_words(feats[i].text))


def deep_slug_headline(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                       start: int, first: int, slug: Sequence[str], found: int | None
                       ) -> int | None:
    """The heading deep in the article block (from ``start``), right over its first
    paragraphs, when it holds more of the slug's words than ``found``, the slug's pick among
    the candidates above ("Legal" in a menu over "How to move legal work in-house");
    otherwise ``found``."""
    deep = over_first_paragraphs(feats, decisions, start, len(feats))
    if deep is None:
        return found
    shared = slug_shared_in(feats, deep, slug)
    if (shared >= DEEP_SLUG_SHARED or slug_headline(feats, [deep], first, slug, decisions)
            == deep) and (found is None or shared > slug_shared_in(feats, found, slug)):
        return deep
    return found


#: A headline the slug spells out is looked for this far into the page when nothing else found
#: one (a question's title inside a Q&A block, a collection's name over its grid).
SPELT_OUT_SCAN_LINES = 400


def spelt_out_headline(feats: Sequence[LineFeatures], first: int, slug: Sequence[str]
                       ) -> int | None:
    """The first line after the page's first that spells the slug out (every word of a slug
    of two words or more, at most SPELT_OUT_EXTRA_WORDS more of its own; no sentence, link or
    breadcrumb): the last resort of :func:`scrubber.headline.find_title`."""
    wanted = slug_wanted(slug)
    if len(wanted) < SLUG_MIN_SHARED:
        return None
    for i in range(first + 1, min(len(feats), first + SPELT_OUT_SCAN_LINES)):
        f = feats[i]
        if not f.text or f.sentence_punct > 1 or "://" in f.text or breadcrumb(f.text):
            continue
        words = line_words(f.text)
        if _spelt_out(wanted, slug_shared(wanted, words), words, SLUG_MIN_SHARED):
            return i
    return None
