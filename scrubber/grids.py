"""Record grids: the content of a page without a real article, written one field a line.

A product grid, a list of teasers or a table of records, written one field
per line, repeats a pattern of line shapes (title, price, rating, date, ``label:``, value)
with a period of ``GRID_MIN_PERIOD`` to ``GRID_MAX_PERIOD`` lines at least
``GRID_MIN_REPEATS`` times. On a page without a real article (fewer than
``GRID_MAX_GOOD`` paragraphs in its article block), such records are the page's content: their
lines that no rule names are kept (``record_grid``). A period must hold a title and a data
field and no rule-named line, and most of the grid's lines must differ (a menu repeats).

On a page with an article, a grid is a table of the article when it fills a gap between two of
the article's blocks (:mod:`scrubber.tables`). A grid whose records the article holds (two or
more, records with a date, a price or a rating) is a listing, the page's list of posts: the
article search took one stretch of it, and the rest of its records are kept (``record_grid``).
So is a grid whose records make the article (``LISTING_MIN_ARTICLE_SHARE`` of its lines: the
article search took the summary of each record, not its title). A record's byline is one of
its fields, kept with it.
A short rule-named line the page repeats ("Comment", "Read more", "14 comments") may stand in
a record as its control, the same line in every record (compared without its number).

A catalogue is a long run of records (at least ``CATALOGUE_MIN_RECORDS``) that each start with
a title line followed by a price line, but need not repeat one shape line for line (a sale
price, a badge or a rating only some products have). That many priced products are what a
shop's category page is for, article or not: their unnamed lines are kept (``catalogue``;
found by :mod:`scrubber.catalogues`).

A list of teasers is the same on a page without a real article, its records each starting
with a date followed by a title (``TEASER_MIN_RECORDS`` of them or more; not a box of dates and
titles alone, nor of teasers cut off with an ellipsis): kept as ``record_grid``.

Of a record's lines, the labels every record repeats word for word ("Quick view"), the prices
many records share and the bare counts are no record's own (:mod:`scrubber.grid_labels`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from .catalogues import CATALOGUE, catalogues, record_runs
from .classify import Classified, Kind
from .contents import contents_records
from .directories import directory_records
from .features import LineFeatures
from .grid_labels import drop_labels
from .record_fields import record_fields
from .records import article_records
from .relative_times import RELATIVE_TIMES
from .tables import keep_tables

GRID_MIN_PERIOD = 2
GRID_MAX_PERIOD = 12
GRID_MIN_REPEATS = 3
#: A rule-named line the page repeats at least GRID_MIN_REPEATS times and no longer than this
#: is a control of each record (a comment link, "Read more"): it may stand in a record.
CONTROL_MAX_UNITS = 3
GRID_MAX_GOOD = 12
#: An article of at least this many good lines in one compact run (its lines at least
#: STORY_MIN_SHARE of the lines with text from its first to its last, at most STORY_MAX_META
#: dates or bylines among them) is a story, if a short one: the grids after it are other
#: pages' teasers.
STORY_MIN_GOOD = 4
STORY_MIN_SHARE = 0.5
STORY_MAX_META = 1
#: At least this share of a grid's lines are distinct.
GRID_MIN_DISTINCT = 0.5
RECORD_GRID = ("content", "record_grid")
_PRICE = re.compile(r"[$€£¥￥]\s?\d|\d\s?(?:USD|EUR|GBP|元|円)\b")
_RATING = re.compile(r"out of 5|\bstars?\b|\breviews?\b|\bratings?\b|^\(?\d[\d,.]*\)?$",
                     re.IGNORECASE)
_GRID_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
                        rf"|\b\d{{4}}-\d\d-\d\d\b|\b(?:19|20)\d\d\b|{RELATIVE_TIMES['en']}",
                        re.IGNORECASE)
#: Reasons that a grid's data fields may carry (they are fields of a record, not chrome).
_GRID_FIELD_REASONS = frozenset(("counted_link", "pagination", "date_line", "byline_en",
                                 "relative_time"))
_DATA_CODES = frozenset("PRDGK")
_TITLE_CODES = frozenset("Tt")

_COUNT = re.compile(r"\d[\d,.]*")


def control_key(f: LineFeatures) -> str:
    """What a record's control line is compared by: its words, a number in it and a plural's
    "s" left out ("14 comments" and "1 comment" are the same control)."""
    return _COUNT.sub("#", f.lower).rstrip("s")


def _grid_code(c: Classified, f: LineFeatures, repeated: frozenset[str] = frozenset()) -> str:
    """The shape of a line in a record: X a rule-named line or an address, c a short
    rule-named line that the page repeats (a control every record has: "Comment", "Read
    more"), P price, R rating or review count, D date, G paragraph or sentence (one summary
    is a paragraph, the next a single sentence: the same field), K a "label:" line, T a
    title, t a word or two."""
    text = f.text
    if c.kind is Kind.HEADER or (c.kind is Kind.BAD and c.reason not in _GRID_FIELD_REASONS) \
            or "://" in text:  # an address is markup left in the text, no field of a record
        return "c" if f.units <= CONTROL_MAX_UNITS and control_key(f) in repeated else "X"
    if f.units <= 8 and _PRICE.search(text):
        return "P"
    if f.units <= 14 and _RATING.search(text):
        return "R"
    if c.reason in ("date_line", "relative_time") or (f.units <= 8 and _GRID_DATE.search(text)):
        return "D"
    if c.kind is Kind.GOOD or (c.kind is Kind.NEAR and f.ends_sentence):
        return "G"  # a sentence, not a clause: a title with a comma in it is still a title
    if text.endswith((":", "：")) and f.units <= 5:
        return "K"
    return "T" if f.units >= 4 else "t"


#: For each period, a repeated block of line codes (one character a line; see _grid_code).
_PERIODS = tuple((k, re.compile(f"(.{{{k}}})\\1{{{GRID_MIN_REPEATS - 1},}}", re.DOTALL))
                 for k in range(GRID_MIN_PERIOD, GRID_MAX_PERIOD + 1))


def line_codes(classified: Sequence[Classified], feats: Sequence[LineFeatures]
           ) -> tuple[list[int], str]:
    """The indices of the page's non-blank lines and their codes, one character each."""
    lines = [i for i, f in enumerate(feats) if f.text]
    named = Counter(control_key(feats[i]) for i in lines
                    if classified[i].kind is Kind.HEADER or classified[i].kind is Kind.BAD)
    repeated = frozenset(t for t, k in named.items() if k >= GRID_MIN_REPEATS)
    return lines, "".join([_grid_code(classified[i], feats[i], repeated) for i in lines])


def grid_spans(classified: Sequence[Classified], feats: Sequence[LineFeatures],
               coded: tuple[list[int], str] | None = None) -> list[tuple[list[int], str]]:
    """Every record grid found (see above) as (its lines in order, the codes of its record in
    a canonical rotation: the same for every grid of the same records). The codes of
    the page's lines make a string in which a grid is a block repeated at least
    GRID_MIN_REPEATS times (found by the regex engine, one pass per period); it runs on over a
    last, partial record. Grids of different periods may overlap."""
    lines, codes = coded if coded is not None else line_codes(classified, feats)
    n = len(codes)
    spans: list[tuple[list[int], str]] = []
    for k, repeated in _PERIODS:
        for m in repeated.finditer(codes):
            start, end = m.span()
            while end < n and codes[end] == codes[end - k]:
                end += 1
            period = set(m.group(1))
            if "X" in period or not period & _DATA_CODES or not period & _TITLE_CODES:
                continue
            block = m.group(1)
            if "c" in block:
                # A control is the same line in every record: a record whose control differs
                # (a header of the page that the grid's first record took in) is left out.
                start = _same_controls(codes, lines, feats, start, end, k)
                if end - start < GRID_MIN_REPEATS * k:
                    continue
            texts = [feats[lines[x]].text for x in range(start, end)]
            if len(set(texts)) < GRID_MIN_DISTINCT * len(texts):
                continue
            spans.append((lines[start:end], min(block[j:] + block[:j] for j in range(k))))
    return spans


def _same_controls(codes: str, lines: list[int], feats: Sequence[LineFeatures], start: int,
                   end: int, k: int) -> int:
    """The start of a grid (positions in ``codes``, period ``k``) once leading records whose
    controls (code c) differ from the last record's are dropped; ``end`` when the last
    records disagree among themselves."""
    last = end - k - (end - start) % k  # the last full record
    want = [(j, control_key(feats[lines[last + j]])) for j in range(k) if codes[last + j] == "c"]
    first = last
    while first - k >= start and all(control_key(feats[lines[first - k + j]]) == t
                                     for j, t in want):
        first -= k
    return first


def record_grids(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                 coded: tuple[list[int], str] | None = None) -> list[int]:
    """The lines of record grids (see :func:`grid_spans`), in order."""
    return sorted({i for span, _ in grid_spans(classified, feats, coded) for i in span})


def keep_grids(decisions: list[tuple[str, str]], classified: Sequence[Classified],
               feats: Sequence[LineFeatures], in_article: Sequence[bool]) -> None:
    """Keep the record grids that are a page's content: on a page without a real article,
    their unnamed lines (:func:`keep_records`); on a page with one, the tables between two of
    its blocks (:func:`keep_tables`) and the grids whose records the article holds
    (:func:`keep_listings`); on any page, a catalogue's (:func:`catalogues`); then the
    article's records (:mod:`scrubber.records`), its directory (:mod:`scrubber.directories`)
    and a journal's table of contents (:mod:`scrubber.contents`), which no grid finds: records
    of varying length; last the bylines and dates of records (:mod:`scrubber.record_fields`).
    The grids are looked for once, when any needs them: a record's title may be a word or two
    in one record and a longer line in the next (one code T for both), a table's cells keep
    the two apart (a fact box's labels and values are no title)."""
    spans: dict[bool, list[tuple[list[int], str]]] = {}  # by whether t and T are one code
    coded = line_codes(classified, feats)

    def span(merged: bool = True) -> list[tuple[list[int], str]]:
        if merged not in spans:
            lines, codes = coded
            spans[merged] = grid_spans(classified, feats,
                                       (lines, codes.replace("t", "T")) if merged else coded)
        return spans[merged]

    def grid() -> list[int]:
        return sorted({i for lines, _ in span() for i in lines})

    def cells() -> list[int]:
        return sorted({i for lines, _ in span(False) for i in lines})

    before = list(decisions)
    keep_records(decisions, classified, feats, in_article, grid)
    keep_tables(decisions, classified, feats, in_article, cells)
    keep_listings(decisions, classified, feats, in_article, span,
                  (coded[0], coded[1].replace("t", "T")))
    headers = frozenset(x for x, i in enumerate(coded[0]) if classified[i].kind is Kind.HEADER)
    for i in catalogues(coded, feats, headers):
        if decisions[i][0] == "noise" and classified[i].kind is not Kind.BAD:
            decisions[i] = CATALOGUE
    keep_teasers(decisions, classified, feats, in_article, coded)
    drop_labels(decisions, before, coded, feats, frozenset((RECORD_GRID, CATALOGUE)))
    article_records(decisions, classified, feats, in_article)
    directory_records(decisions, classified, feats, in_article)
    contents_records(decisions, classified, feats)
    record_fields(decisions, feats)


#: A list of teasers (a news section, a blog's front page) holds at least this many
#: records...
TEASER_MIN_RECORDS = 6
#: ... of this many lines or more on average (dates and titles alone are a box of links).
TEASER_MIN_LINES = 3
#: A list in which at least this share of the lines are cut off with an ellipsis is a box of
#: other pages' teasers, not the page's own list.
TEASER_MAX_CUT = 0.25
_TEASER_START = re.compile(r"DT")


def keep_teasers(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures], in_article: Sequence[bool],
                 coded: tuple[list[int], str]) -> None:
    """On a page without a real article, keep the unnamed lines of its list of teasers (in
    place, ``record_grid``): a run of TEASER_MIN_RECORDS records or more, each starting with
    a date followed by a title, that need not repeat one shape line for line (a summary, an
    author or a tag only some posts have); see
    :func:`scrubber.catalogues.record_runs` for how a run is cut."""
    if sum(1 for c, a in zip(classified, in_article, strict=True)
           if a and c.kind is Kind.GOOD) >= GRID_MAX_GOOD:
        return
    lines, codes = coded
    titled = codes.replace("t", "T")
    starts = [m.start() for m in _TEASER_START.finditer(titled)]
    for run in record_runs((lines, titled), starts, TEASER_MIN_RECORDS):
        records = sum(1 for x in starts if run[0] <= lines[x] <= run[-1])
        if len(run) < TEASER_MIN_LINES * records or \
                sum(feats[i].ends_ellipsis for i in run) >= TEASER_MAX_CUT * len(run):
            continue
        for i in run:
            if _record_line(decisions[i], classified[i], feats[i]):
                decisions[i] = RECORD_GRID


#: A grid is a listing (the page's records, some of which the article search took for the
#: article) when the article holds at least this many of its records...
LISTING_MIN_RECORDS = 2
#: ... or when the article is made of records: at least this share of its lines lie in grids
#: that reach into it with LISTING_MIN_RECORDS records or more (a section page of reviews:
#: the summary of each record is a paragraph the article search took, its title, byline and
#: date are not; a story with a list of teasers after it has its own paragraphs).
LISTING_MIN_ARTICLE_SHARE = 0.5
#: Records made of nothing but titles, paragraphs and sentences (an article's sub-headings
#: and paragraphs) are no listing: a listing's record holds a date, a price, a rating or a
#: control that every record repeats ("Read more").
_LISTING_FREE = frozenset("TtG")
#: The rule-named lines that are a field of a listing's record and kept with it: a byline
#: ("by Jane Doe", "Updated March 2, 2026") says whose the record is (not one that starts
#: with a number: a reading time, "4 min read").
_RECORD_FIELDS = frozenset(("byline_en",))


def _record_line(decision: tuple[str, str], c: Classified, f: LineFeatures) -> bool:
    """Whether a line of a record grid is kept as the record's: no rule names it (nothing
    else claimed it either), or it is a field of the record (_RECORD_FIELDS)."""
    return (decision[0] == "noise" and c.kind is not Kind.BAD) or \
        (c.kind is Kind.BAD and decision[1] in _RECORD_FIELDS and not f.text[:1].isdigit())


def _held(grids: list[tuple[list[int], str]], classified: Sequence[Classified],
          in_article: Sequence[bool]) -> set[str]:
    """The records (codes) of the grids that are the page's listing (see above)."""
    listed = [(lines, record) for lines, record in grids
              if not _LISTING_FREE.issuperset(record)]
    held = {record for lines, record in listed
            if sum(1 for i in lines if in_article[i]) >= LISTING_MIN_RECORDS * len(record)}
    reaching = [(lines, record) for lines, record in listed
                if sum(1 for x in range(0, len(lines), len(record))
                       if any(in_article[i] for i in lines[x:x + len(record)]))
                >= LISTING_MIN_RECORDS]
    inside = {i for lines, _ in reaching for i in lines}
    article = [i for i, a in enumerate(in_article) if a and classified[i].kind is not Kind.BLANK]
    if article and sum(1 for i in article if i in inside) >= \
            LISTING_MIN_ARTICLE_SHARE * len(article):
        held.update(record for _, record in reaching)
    return held


def keep_listings(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                  feats: Sequence[LineFeatures], in_article: Sequence[bool],
                  span: Callable[[], list[tuple[list[int], str]]],
                  coded: tuple[list[int], str] | None = None) -> None:
    """A grid whose records the article holds, LISTING_MIN_RECORDS of them or more, or whose
    records make the article (LISTING_MIN_ARTICLE_SHARE), is the page's list of records (a
    blog's or a news section's front page: title, date, summary per post); the article
    search took one stretch of it, or a field of each record. Its other records are kept
    too (in place): their lines that no rule names and their bylines (``record_grid``), and
    so are the records just before the article whose shapes repeat a period later
    (:func:`_listing_head`; ``coded``: the page's codes, titles of any length one code). A
    list of teasers after a story shares no record with it. ``span()`` gives the grids and
    their periods."""
    if not any(in_article):
        return
    grids = span()
    held = _held(grids, classified, in_article)
    for lines, record in grids:
        if record not in held:
            continue
        for i in lines:
            if _record_line(decisions[i], classified[i], feats[i]):
                decisions[i] = RECORD_GRID
    if held and coded is not None:
        for i in _listing_head(coded, in_article, sorted({len(r) for r in held})):
            if _record_line(decisions[i], classified[i], feats[i]):
                decisions[i] = RECORD_GRID


#: A listing's record before the article holds one of these (a price, a rating, a date, a
#: "label:" line): titles alone that repeat a period later are a menu or the page's heads.
_HEAD_DATA = frozenset("PRDK")


def _listing_head(coded: tuple[list[int], str], in_article: Sequence[bool],
                  periods: list[int]) -> list[int]:
    """The lines before the article's first line that repeat, line for line, the shapes of
    the lines a period (of a listing's record, one of ``periods``) after them: a whole
    record at least, with a data field in it (_HEAD_DATA), up to a rule-named line."""
    lines, codes = coded
    first = in_article.index(True)
    if first not in lines:
        return []
    x0 = lines.index(first)
    out: list[int] = []
    for k in periods:
        x = x0
        while x > 0 and codes[x - 1] not in "Xc" and x - 1 + k < len(codes) and \
                codes[x - 1] == codes[x - 1 + k]:
            x -= 1
        if x0 - x >= k and set(codes[x:x0]) & _HEAD_DATA:
            out.extend(lines[x:x0])
    return out


def _story_end(classified: Sequence[Classified], feats: Sequence[LineFeatures],
               in_article: Sequence[bool]) -> int:
    """The last line of a short story the article blocks hold, whose record grids below are
    other pages' teasers (a news site's river of stories under its article); the page's end
    when the blocks are no one story: spread over the page between other lines, or holding
    the dates or bylines of several posts (a blog's front page)."""
    inside = [i for i, a in enumerate(in_article) if a]
    first, last = inside[0], inside[-1]
    text = sum(1 for i in range(first, last + 1) if feats[i].alnum)
    meta = sum(1 for i in range(first, last + 1) if classified[i].label == "meta")
    if meta > STORY_MAX_META or len(inside) < STORY_MIN_SHARE * text:
        return len(feats)
    return last


def keep_records(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures], in_article: Sequence[bool],
                 grid: Callable[[], list[int]]) -> None:
    """On a page without a real article, keep the unnamed lines of record grids (in place),
    above the end of a short story if the article is one (:func:`_story_end`); ``grid()``
    gives the page's grid lines."""
    good = sum(1 for c, a in zip(classified, in_article, strict=True)
               if a and c.kind is Kind.GOOD)
    if good >= GRID_MAX_GOOD:
        return
    # The records must outweigh the article found: a short story followed by a grid of
    # teasers keeps the story alone. (Checked first against every line outside the article,
    # which costs less than looking for grids.)
    article_units = sum(f.units for f, a in zip(feats, in_article, strict=True) if a)
    if sum(f.units for f, a in zip(feats, in_article, strict=True) if not a) < article_units:
        return
    lines = grid()
    if not lines or sum(feats[i].units for i in lines) < article_units:
        return
    end = _story_end(classified, feats, in_article) if good >= STORY_MIN_GOOD else len(feats)
    for i in lines:
        # A line cut off with an ellipsis is a teaser of another page, not a record's field.
        if i < end and _record_line(decisions[i], classified[i], feats[i]) and \
                not feats[i].ends_ellipsis:
            decisions[i] = RECORD_GRID
