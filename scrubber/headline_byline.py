"""The headline of a page that no <title> line confirms (scrapers that keep only the body's
text): the heading right above the byline block that opens the article
(:func:`headline_above`), the heading over the article's nearest dated byline
(:func:`headline_by_byline`), or the line above the article that shares the most words with it
(:func:`unconfirmed_headline`). :func:`scrubber.headline.find_title` tries them in turn."""
from __future__ import annotations

from collections.abc import Sequence

from .authors import find_authors
from .byline_labels import label_line
from .dates import find_dates
from .features import LineFeatures
from .headline_shape import (
    DATED_BYLINES,
    HEADLINE_SHARED_PAIRS,
    HEADLINE_SHARED_WORDS,
    counters,
    date_stamp,
    first_lines,
    full_stop,
    headline_shaped,
    honorific_handle,
    name_under_headline,
    post_stamp,
    shares_words,
    tokens,
    under_label,
)
from .infoboxes import infobox_values
from .list_numbers import item_number
from .names import bare_name, collective_name, name_list
from .regions import Decision

#: Lines between a fallback headline (the first line) and the article start, at most.
HEADLINE_MAX_GAP = 3
#: Byline lines the line rules left unlabelled (a date stamp, a name over it) passed over on
#: the way up to a headline, at most.
HEADLINE_MAX_STAMPS = 2
#: Labels of the lines between a headline and its article: bylines, dates, share bars.
_BYLINE_LABELS = ("meta", "share")
#: Labels a headline candidate may carry after the first two passes.
CANDIDATE_LABELS = ("noise", "content")
#: Without a <title>, a line of a related or link box is a candidate among the nearest this
#: many non-blank lines above the article (a breadcrumb, labelled nav, is none).
REGION_REACH = 3
_BOX_LABELS = ("links", "related")

#: The dated byline a headline stands over is looked for this many non-blank lines above the
#: article (share bars, galleries and teasers may stand between), or among the article's
#: first BYLINE_INSIDE lines (the headline and its date opening the article's block).
BYLINE_REACH = 40
BYLINE_INSIDE = 3
#: ... and at most this many byline lines, stamps and names stand between it and the heading
#: ("Written by" / "Jane Doe" / "Last updated on:" / "October 1, 2025", twice).
BYLINE_MAX_LINES = 8


def headline_by_byline(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                       main_start: int) -> int | None:
    """The headline-like line right over the nearest dated byline of the article (at most
    BYLINE_MAX_LINES byline lines, stamps and names between), when it shares words with the
    article's first lines; else the line above the article that shares most of them
    (:func:`unconfirmed_headline`); else the headline-like line right under the byline."""
    below = [i for i in range(main_start, len(feats)) if feats[i].text][:BYLINE_INSIDE]
    above = [i for i in range(main_start - 1, -1, -1) if feats[i].text][:BYLINE_REACH]
    byline = next((i for i in below + above if decisions[i][1] in DATED_BYLINES
                   and next(find_dates(feats[i].text), None) is not None), None)
    if byline is None:  # a thread's or a blog's stamp: "再睡一夏 | 455 | 1周前"
        byline = next((i for i in below + above if post_stamp(feats[i])), None)
    if byline is not None:
        over = _past_byline(feats, decisions, byline, -1, BYLINE_MAX_LINES)
        if over is not None and (shares_words(feats, over, main_start if main_start > over
                                               else over + 1)
                                 or _signed_heading(feats, decisions, over, byline)):
            # A word or two over the date ("Get Started", a button; units: a Han headline has
            # no spaces) and a heading of several words right under it that shares the
            # article's words: the date comes first.
            under = _past_byline(feats, decisions, byline, 1, HEADLINE_MAX_GAP) \
                if feats[over].units < SIGNED_HEADING_WORDS else None
            if under is not None and feats[under].units >= SIGNED_HEADING_WORDS \
                    and shares_words(feats, under, max(main_start, under + 1)):
                return under
            return over
    unconfirmed = unconfirmed_headline(feats, decisions, main_start)
    if unconfirmed is not None or byline is None:
        return unconfirmed
    # Some layouts put the date first: the heading right under it ("Published 1 day ago" /
    # "Home Depot sales miss, shares plunge"), when it shares the words of the lines below it.
    under = _past_byline(feats, decisions, byline, 1, HEADLINE_MAX_GAP)
    if under is not None and shares_words(feats, under, max(main_start, under + 1)):
        return under
    return None


#: A heading over a signed byline has at least this many words (a section word has fewer).
SIGNED_HEADING_WORDS = 3


def _signed_heading(feats: Sequence[LineFeatures], decisions: Sequence[Decision], over: int,
                    byline: int) -> bool:
    """Whether the byline block under the heading ``over`` names its author ("By" / "Jane
    Doe", "Written by Jane Doe") and the heading has SIGNED_HEADING_WORDS words or more: the
    layout alone makes it the headline, whatever words it shares with the article."""
    if len(feats[over].text.split()) < SIGNED_HEADING_WORDS or \
            any(decisions[i][0] == "share" for i in range(over + 1, byline)):
        return False  # a share bar under it: the heading may be one of its buttons
    return any(f.text and (label_line(f.lower) or find_authors(f.text, f.lower, False,
                                                                strict=False))
               for f in feats[over + 1:byline + 1])


def _past_byline(feats: Sequence[LineFeatures], decisions: Sequence[Decision], byline: int,
                 step: int, most: int) -> int | None:
    """The first line past the byline lines, stamps and names (at most ``most`` of them) from
    ``byline`` in direction ``step``, when it may be a headline."""
    skipped = 0
    i = byline + step
    while 0 <= i < len(feats):
        f = feats[i]
        if f.text:
            if decisions[i][0] in _BYLINE_LABELS or date_stamp(f) or bare_name(f.text) or \
                    collective_name(f.text) or under_label(feats, i) or counters(f):
                skipped += 1
                if skipped > most:
                    return None
            else:
                return i if decisions[i][0] in CANDIDATE_LABELS and headline_shaped(f) \
                    else None
        i += step
    return None




#: How many non-blank lines above the article an unconfirmed headline is looked for in.
HEADLINE_WINDOW = 12


def unconfirmed_headline(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                         main_start: int) -> int | None:
    """Of the :data:`HEADLINE_WINDOW` non-blank lines above the article, the headline-shaped
    line (one sentence mark at most, no full stop at its end, no byline: no date, no author
    form; no value of an info box, :mod:`scrubber.infoboxes`) that shares the most words with
    the article's first lines, the nearest on a tie: the last fallback of :func:`find_title`
    (pages without a <title> line or a byline), and ``Metadata.title`` when the line
    find_title gave is a name over a date."""
    if main_start < 0:
        return None
    opening = first_lines(feats, main_start)
    body_words, body_pairs = tokens("\n".join(opening))
    values = infobox_values(feats)
    best: tuple[float, int] | None = None
    seen = 0
    for i in range(main_start - 1, -1, -1):
        f = feats[i]
        if not f.text:
            continue
        seen += 1
        if seen > HEADLINE_WINDOW:
            break
        label = decisions[i][0]
        if (label not in CANDIDATE_LABELS and (label not in _BOX_LABELS or
                                                seen > REGION_REACH)) or \
                f.sentence_punct > 1 or not (headline_shaped(f) or
                                             _named_subject(f, opening[0] if opening else "")):
            continue
        if counted_entry(feats, i) or i in values:
            continue  # an entry of the contents (its heading stands in the article below), a
            # value of an info box (the subject's names, dates and works)
        words, pairs = tokens(f.text)
        shared = len(words & body_words) / HEADLINE_SHARED_WORDS + \
            len(pairs & body_pairs) / HEADLINE_SHARED_PAIRS
        if shared >= 1 and (best is None or shared > best[0]):
            best = (shared, i)
    return best[1] if best is not None else None


def _named_subject(f: LineFeatures, opening: str) -> bool:
    """Whether a line is a name alone that the article's first line opens with: the subject
    of a page about a person ("Ada Lovelace" over "Ada Lovelace was born in London …"), which
    the name makes no byline."""
    name = f.text.strip()
    return opening.startswith(name) and opening[len(name):len(name) + 1] in (" ", ",", "(") \
        and bare_name(name) is not None


def counted_entry(feats: Sequence[LineFeatures], i: int) -> bool:
    """Whether line ``i`` opens with a number that the non-blank line above or below it
    counts on by one ("1 Early life" / "2 Legacy" / "3 Reception": a table of contents, whose
    entries share their words with the sections below them, or a ranking's list)."""
    number = item_number(feats[i].text)
    if number is None:
        return False
    above = next((j for j in range(i - 1, -1, -1) if feats[j].text), None)
    below = next((j for j in range(i + 1, len(feats)) if feats[j].text), None)
    return (above is not None and item_number(feats[above].text) == number - 1) or (
        below is not None and item_number(feats[below].text) == number + 1)


#: A line of at most this many units that holds a byline form is a byline ("中央社記者王小明台北
#: 5日電", "(서울=연합뉴스) 홍길동 기자 ="); a headline that mentions a reporter is longer
#: ("南京…坠亡 记者实地走访：项目商业辐射至镇江句容", 28 units).
SIGNED_LINE_UNITS = 16


def _signed_line(f: LineFeatures) -> bool:
    return f.units <= SIGNED_LINE_UNITS and bool(find_authors(f.text, f.lower, False,
                                                              strict=False))


def headline_above(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                   candidates: Sequence[int], limit: int, first: int) -> int | None:
    """Without a <title> to confirm it: the heading right above the byline block that opens the
    article, or the page's first line when it stands right above the article."""
    bylines = stamps = 0
    for i in range(limit - 1, -1, -1):
        label = decisions[i][0]
        if not feats[i].text:
            continue
        if label in _BYLINE_LABELS:
            bylines += 1
            if bylines > HEADLINE_MAX_GAP:
                return None
            continue
        if i in candidates and (bylines or i == first):
            # A byline the line rules left unlabelled: a date stamp, a name over the date, a
            # list of names.
            if stamps < HEADLINE_MAX_STAMPS and i != first and (
                    date_stamp(feats[i]) or name_under_headline(feats, i, -1)
                    or name_list(feats[i].text) or under_label(feats, i)
                    or honorific_handle(feats[i].text) or _signed_line(feats[i])):
                stamps += 1
                continue
            # A caption or a deck over the byline ends on a full stop; a headline does not.
            return None if full_stop(feats[i]) else i
        return None
    return None
