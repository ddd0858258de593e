"""Second pass: find the article as a dense run of text and let context decide the rest.

Pseudo-code (the model is jusText's context pass, with a block-density score in place of its
neighbour rules)::

    score every line: GOOD +(2 + units/20), NEAR +0.5, SHORT -0.5 (-0.1 for an alphabetic
                      line of 4 units or more), BAD -2, BLANK 0
    HEADER lines (related / links / comment) and their regions are barriers
    main block  = the run of lines with the highest total score (Kadane, between barriers;
                  a few lines before it that sum to zero are in it)
    more blocks = further runs outside the main one, scoring at least
                  secondary_block_share x the main block's score
    regions     = from each HEADER to the next HEADER; a header before the article has begun
                  (fewer than STICKY_AFTER_GOOD good lines so far) ends at the next GOOD line.
                  Every line in a region gets the header's label (footer lines keep theirs),
                  and region lines are barriers for the blocks
    inside a block: BAD lines keep their rule's label; GOOD, NEAR and SHORT lines are content
                  (a short sub-heading between two paragraphs stays)
    outside:    GOOD, NEAR and SHORT lines are "noise" (before_article / after_article)

Score weights are named constants below; thresholds come from Options.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .classify import BLANK, Classified, Kind
from .compiled import speedups as _speedups
from .dates import find_dates
from .features import LineFeatures
from .options import Options
from .titles import TITLE_SPLIT, alnum_key

GOOD_BASE = 2.0
GOOD_PER_UNIT = 1 / 20
GOOD_MAX = 8.0
NEAR_SCORE = 0.5
SHORT_SCORE = -0.5
#: A short line of an alphabetic script longer than SHORT_TINY_UNITS scores this instead.
SHORT_LIGHT_SCORE = -0.1
SHORT_TINY_UNITS = 3
#: LineFeatures.is_cjk: at least this share of the letters and digits are CJK.
CJK_SHARE = 0.3
BAD_SCORE = -2.0
BARRIER = float("-inf")
#: A region header after this many good lines opens a region that good lines do not end.
STICKY_AFTER_GOOD = 2

Decision = tuple[str, str]  # (label, reason)


def _score(c: Classified, f: LineFeatures) -> float:
    kind = c.kind  # compared by identity: an Enum member hashes (and gives .value) in Python
    if kind is Kind.GOOD:
        return min(GOOD_BASE + f.units * GOOD_PER_UNIT, GOOD_MAX)
    if kind is Kind.BLANK:
        return 0.0
    if kind is Kind.SHORT:
        # A heading, a list item or a "key: value" line of an alphabetic script costs the
        # article little; a menu entry of a word or three, or any short CJK line, costs more.
        if f.units <= SHORT_TINY_UNITS or (f.alnum and f.cjk / f.alnum >= CJK_SHARE):
            return SHORT_SCORE
        return SHORT_LIGHT_SCORE
    if kind is Kind.NEAR:
        return NEAR_SCORE
    return BAD_SCORE if kind is Kind.BAD else BARRIER


#: A run of at most this many scored lines before the block that sums to zero (a heading over
#: a medium-length paragraph: -0.5 and +0.5) is in the block: on such a tie it starts earlier.
#: A longer one is a page's own chrome whose scores happen to cancel (a blog's name, its
#: description and a few teasers). (Its compiled twin: TIE_MAX_LINES in _speedups.c.)
TIE_MAX_LINES = 4


def best_run(scores: Sequence[float], taken: Sequence[bool]) -> tuple[float, int, int]:
    """The contiguous run [start, end) of untaken lines with the highest positive total;
    lines right before it that sum to zero, TIE_MAX_LINES scored ones at most, are in it
    (measured on the dev files: the article's lead and first section were left before it;
    line errors fell by 20, on Chinese, English v1 and the sites file, and rose by 9 on
    English v2)."""
    best = (0.0, 0, 0)
    total, start, scored = 0.0, 0, 0
    for i, s in enumerate(scores):
        if taken[i] or s == BARRIER:
            total, start, scored = 0.0, i + 1, 0
            continue
        if total < 0 or (total == 0 and scored > TIE_MAX_LINES):
            total, start, scored = 0.0, i, 0
        total += s
        if s != 0:
            scored += 1
        if total > best[0]:
            best = (total, start, i + 1)
    return best


def article_blocks(scores: Sequence[float], share: float) -> list[tuple[float, int, int]]:
    """The main block, then every further block scoring at least ``share`` of it, in order of
    position: (score, start, end) each."""
    taken = [False] * len(scores)
    blocks: list[tuple[float, int, int]] = []
    main_score = 0.0
    while True:
        score, start, end = best_run(scores, taken)
        if end <= start or score <= 0 or (blocks and score < share * main_score):
            break
        if not blocks:
            main_score = score
        blocks.append((score, start, end))
        for i in range(start, end):
            taken[i] = True
    return sorted(blocks, key=lambda block: block[1])


#: The region a header opens is named after the header's reason ("related_header" opens
#: "related_region"); a comment's author line opens a comment thread.
_REGION_REASON = {"comment_author": "comment_region"}


def region_reason(header: str) -> str:
    """The reason of the lines of the region a header (its reason) opens."""
    return _REGION_REASON.get(header) or header.replace("_header", "_region")


def regions(classified: Sequence[Classified],
            named: Collection[int] = ()) -> list[Decision | None]:
    """The region each line falls in: from a header to the next header. A region opened before
    the article has begun (fewer than ``STICKY_AFTER_GOOD`` good lines so far: a sidebar list
    above the article) ends at the next good line; after that it runs on. With a site
    template (``named``: the lines it names), a region whose entries are the site's own
    template lines (a blogroll, a fixed link box: its first entry is one) ends where the
    page's own lines resume; a region of page-specific entries (related articles, comments)
    runs on as before, template tags among its entries or not."""
    out: list[Decision | None] = []
    region: Decision | None = None
    sticky = False
    good_seen = 0
    # Whether the open region's entries are the site's own template lines, as its first entry
    # is (None until that entry): a box of dynamic entries, each tagged with a template word
    # (a channel name), runs on past the tags.
    site_entries: bool | None = None
    for i, c in enumerate(classified):
        if c.kind is Kind.HEADER:
            region = (c.label, region_reason(c.reason))
            sticky = good_seen >= STICKY_AFTER_GOOD
            site_entries = None
            out.append(None)
            continue
        if c.kind is Kind.GOOD:
            good_seen += 1
            if region is not None and not sticky:
                region = None
        if region is not None and named and c.kind is not Kind.BLANK:
            if site_entries is None:  # the region's first entry tells what its entries are
                site_entries = i in named
            elif site_entries and i not in named:
                region = None
        out.append(region if c.label != "footer" else None)
    return out


def decide(classified: Sequence[Classified], feats: Sequence[LineFeatures],
           options: Options, transparent: Collection[int] = ()) -> tuple[list[Decision],
                                                                  list[bool], int]:
    """Label every line. Returns (decisions, in_article flags, index of the main block's start
    or -1 when no block was found). ``transparent`` lines (the site template's: known chrome,
    such as a share bar or a newsletter box inside the article) score nothing either way:
    they neither end an article nor extend one; their labels are their own.

    Runs in C when the compiled module is built (``_speedups.decide``); :func:`decide_python`
    is the reference it is held to."""
    if _speedups is None:
        return decide_python(classified, feats, options, transparent)
    return _speedups.decide(  # type: ignore[no-any-return]
        list(classified), list(feats), frozenset(transparent),
        float(options.secondary_block_share), _COMPILED_CONSTANTS)


def decide_python(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                  options: Options, transparent: Collection[int] = ()
                  ) -> tuple[list[Decision], list[bool], int]:
    """:func:`decide` in Python."""
    n = len(classified)
    region_of = regions(classified, transparent)
    scores = [_score(c, f) if region is None else BARRIER
              for region, c, f in zip(region_of, classified, feats, strict=True)]
    for i in transparent:
        scores[i] = 0.0
    blocks = article_blocks(scores, options.secondary_block_share)
    in_article = [False] * n
    for _, start, end in blocks:
        for i in range(start, end):
            in_article[i] = True
    main_start = -1
    if blocks:
        # The main block is the highest-scoring one, not necessarily the first.
        main_start = max(blocks, key=lambda block: block[0])[1]

    decisions: list[Decision] = []
    append = decisions.append
    for i, (c, region, article) in enumerate(zip(classified, region_of, in_article,
                                                 strict=True)):
        kind = c.kind
        if kind is Kind.BLANK:
            append(_BLANK)
        elif kind is Kind.HEADER or (kind is Kind.BAD and region is None):
            append((c.label, c.reason))
        elif region is not None:
            append(region)
        elif article:
            append(_CONTENT)
        elif main_start < 0 or i < main_start:
            append(_BEFORE)
        else:
            append(_AFTER)
    return decisions, in_article, main_start


#: Regions whose header may be taken back when they hide the article...
UNHIDE_LABELS = ("related", "links", "comment")
#: ... when the run inside scores this many times the best run outside every region.
UNHIDE_FACTOR = 2.0


def hiding_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                   decisions: Sequence[Decision], in_article: Sequence[bool], main_start: int,
                   transparent: Collection[int] = ()) -> list[int]:
    """The related / links / comment headers whose region holds a far denser run of text
    than the article found outside every region (the main block, starting at
    ``main_start``): a "最新記事" or "Trending" header in a menu above the article opens a
    region that swallows the article itself. Such a header is a heading of the menu, not of
    what follows; the caller decides again without it. Only the lines of those regions and
    of the main block are scored."""
    n = len(classified)
    out: list[int] = []
    best_outside: float | None = None
    for h in [i for i, c in enumerate(classified)
              if c.kind is Kind.HEADER and c.label in UNHIDE_LABELS]:
        end = h + 1
        while end < n and ("_region" in decisions[end][1] or
                           classified[end].kind is Kind.BLANK):
            end += 1
        if end - h < 2:
            continue
        # Inside, only paragraphs that end a sentence count as good: a list of teasers
        # (headline and date, headline and lead cut short) does not.
        # A line a rule names (a date stamp, a user name, a share bar) ends the run: the
        # posts of a comment thread come one by one, an article is one run.
        inner = []
        for i in range(h + 1, end):
            kind = classified[i].kind
            inner.append(BARRIER if kind is Kind.HEADER or kind is Kind.BAD else
                         NEAR_SCORE if kind is Kind.GOOD and not feats[i].ends_sentence else
                         _score(classified[i], feats[i]))
        best_inside = best_run(inner, [False] * len(inner))[0]
        if best_inside <= 0:
            continue
        if best_outside is None:
            best_outside = _block_score(classified, feats, in_article, main_start, transparent)
        if best_inside > UNHIDE_FACTOR * best_outside:
            out.append(h)
    return out


#: Box headers (their labels) that may stand with their entries left out by the scraper...
EMPTY_BOX_LABELS = ("related", "links")
#: ... when the first entry under them is a paragraph of the article: a finished sentence of
#: at least this many letters and digits, as the line above the header is.
EMPTY_BOX_PARAGRAPH_ALNUM = 60


def _paragraph(c: Classified, f: LineFeatures) -> bool:
    """A finished sentence of some length (good, or near-good: a paragraph of one sentence)."""
    return (c.kind is Kind.GOOD or c.kind is Kind.NEAR) and f.ends_sentence and \
        not f.ends_ellipsis and f.alnum >= EMPTY_BOX_PARAGRAPH_ALNUM


def empty_box_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                      decisions: Sequence[Decision]) -> list[int]:
    """The related / links headers inside the article whose entries the scraper left out (a
    box filled in by script): the line above is the article's content and the line below is
    another of its paragraphs, not a teaser (a headline, a lead cut short). Such a header
    opens no region: the article goes on under it."""
    out = []
    for h, c in enumerate(classified):
        if c.kind is not Kind.HEADER or c.label not in EMPTY_BOX_LABELS:
            continue
        above = next((i for i in range(h - 1, -1, -1) if feats[i].text), None)
        below = next((i for i in range(h + 1, len(feats)) if feats[i].text), None)
        if above is not None and below is not None and decisions[above] == _CONTENT and \
                _paragraph(classified[above], feats[above]) and \
                _paragraph(classified[below], feats[below]):
            out.append(h)
    return out


#: A box of related links set inside the article (its header right under one of the article's
#: paragraphs) holds at most this many entries, short lines that end no sentence...
INLINE_BOX_MAX_ENTRIES = 5
#: ... and the article resumes right under them: a paragraph, then sentences, this many lines
#: in a row at least.
INLINE_RESUME_PARAGRAPHS = 2
#: The headers (their reasons) of such boxes: "Read also:", "Leia também:", "相关阅读" (not
#: the headers of the end matter, "Discussion about this post").
INLINE_BOX_REASONS = ("related_header", "related_inline")
#: An entry is a headline: at least this many units (no commenter's name and age, "1d").
INLINE_ENTRY_MIN_UNITS = 3
_LABEL_ENDS = (":", "：")


def inline_boxes(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                 decisions: Sequence[Decision]) -> list[list[int]]:
    """The related boxes set between two paragraphs of the
    article ("Read also:" and a headline or two, then the article again): a related header
    right under a sentence that the article block holds, one to INLINE_BOX_MAX_ENTRIES
    entries that end no sentence, then a paragraph and sentences, INLINE_RESUME_PARAGRAPHS
    lines in a row at least.
    A header after the article's first lines opens a region that paragraphs do not end (a
    related box after the article holds teasers); this one's region ends at its entries: the
    caller makes them, and the header, lines that open no region. So does a line a rule names
    that is only the box's label ("READ ALSO:"). Each box: its header's index, then its
    entries'."""
    out: list[list[int]] = []
    for h, c in enumerate(classified):
        # (A rule may name the box's label alone, "READ ALSO:", as it names one entry after
        # it, "Read also: <headline>": the label opens the box as a header does; so does a
        # header an earlier round took back, "相关阅读" over entries that hid no article.)
        if not c.reason.startswith(INLINE_BOX_REASONS) or not (
                c.kind is Kind.HEADER or c.reason.startswith(INLINE_BOX_REASONS[0]) or (
                c.kind is Kind.BAD and feats[h].text.rstrip().endswith(_LABEL_ENDS))):
            continue
        above = next((i for i in range(h - 1, -1, -1) if feats[i].text), None)
        if above is None or decisions[above] != _CONTENT or not feats[above].ends_sentence:
            continue
        below = (i for i in range(h + 1, len(feats)) if feats[i].text)
        entries: list[int] = []
        resumed = 0
        for i in below:
            c, f = classified[i], feats[i]
            if resumed:  # the article's next lines: sentences, of any length
                if c.kind in (Kind.HEADER, Kind.BAD) or not f.ends_sentence or f.ends_ellipsis:
                    break
                resumed += 1
                if resumed >= INLINE_RESUME_PARAGRAPHS:
                    break
            # (A paragraph in any script: a good line ending a sentence is one too, its
            # letters counted per script.)
            elif _paragraph(c, f) or (c.kind is Kind.GOOD and f.ends_sentence
                                      and not f.ends_ellipsis):
                resumed = 1
            elif len(entries) == INLINE_BOX_MAX_ENTRIES or f.ends_sentence or \
                    c.kind in (Kind.HEADER, Kind.GOOD) or f.units < INLINE_ENTRY_MIN_UNITS:
                break
            else:
                entries.append(i)
        if entries and resumed >= INLINE_RESUME_PARAGRAPHS:
            out.append([h, *entries])
    return out


#: A region ending at most this many lines (non-blank) after a date line, right above the
#: article's first paragraph, ran over the article's head ...
HEAD_DATE_LINES = 3
#: ... a date line being this short at most (a teaser's sentence may hold a date too).
HEAD_DATE_UNITS = 20


def dated_head_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                       decisions: Sequence[Decision]) -> list[int]:
    """The related / links / comment headers whose region runs on to the article's first
    paragraph with a date line (a day or a minute) among its last :data:`HEAD_DATE_LINES`
    lines: a toolbar's "评论 2" or "Comments" button above the headline and its date line
    opened a region over the article's head. Such a header heads the toolbar, not what
    follows (the headline under it is found again). So does a comment header right under a
    date or byline (one of the :data:`HEAD_DATE_LINES` lines above it) whose region runs on
    to a paragraph: "Leave a comment", a link of the post's meta strip."""
    out = []
    header = -1
    last: list[int] = []  # the region's last lines (non-blank), up to HEAD_DATE_LINES
    above: list[int] = []  # the lines above the header (non-blank), up to HEAD_DATE_LINES
    for i, c in enumerate(classified):
        if c.kind is Kind.BLANK:
            continue
        if c.kind is Kind.HEADER:
            header, last = (i if c.label in UNHIDE_LABELS else -1), []
            above = _lines_above(classified, i) if header >= 0 else []
            continue
        if "_region" in decisions[i][1]:
            last = [*last, i][-HEAD_DATE_LINES:]
            continue
        if header >= 0 and last and decisions[i] == _CONTENT and feats[i].ends_sentence and \
                c.kind in (Kind.GOOD, Kind.NEAR) and (
                    any(_date_line(feats[j]) for j in last) or
                    (classified[header].label == "comment" and
                     any(classified[j].label == "meta" for j in above))):
            out.append(header)
        header, last = -1, []
    return out


def _lines_above(classified: Sequence[Classified], i: int) -> list[int]:
    """The HEAD_DATE_LINES non-blank lines right above line ``i``."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and len(out) < HEAD_DATE_LINES:
        if classified[j].kind is not Kind.BLANK:
            out.append(j)
        j -= 1
    return out


def _date_line(f: LineFeatures) -> bool:
    return f.units <= HEAD_DATE_UNITS and any(d.precision in ("day", "minute")
                                              for d in find_dates(f.text))


#: A title part shorter than this (letters and digits) names a site, not an article.
TITLE_PART_MIN_CHARS = 6
#: A line is the headline when it and a title part hold each other at this share of length.
HEADLINE_MATCH_SHARE = 0.7
#: The article's text starts within this many lines after the headline.
HEADLINE_LEAD_LINES = 6


def headline_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                     decisions: Sequence[Decision]) -> list[int]:
    """The related / links / comment headers whose region holds the page's own headline (see
    :func:`headline`) with a sentence (a paragraph or a clause that ends one) within
    :data:`HEADLINE_LEAD_LINES` lines below it. A "最新記事" or "评论" header in the chrome
    above the article then opened a region over the article itself; such a header heads the
    menu, not what follows."""
    found = headline(classified, feats, decisions)
    if found is None:
        return []
    i, header = found
    if "_region" not in decisions[i][1] or header < 0:
        return []  # the headline stands outside every region: nothing is hidden
    if _before_article(classified, header):
        return [header]  # a menu's header above the article: its region ran over the head
    lead = [j for j in range(i + 1, len(feats)) if feats[j].text.strip()]
    if any((classified[j].kind is Kind.GOOD or classified[j].kind is Kind.NEAR)
           and feats[j].ends_sentence for j in lead[:HEADLINE_LEAD_LINES]):
        return [header]
    return []


def _before_article(classified: Sequence[Classified], header: int) -> bool:
    """Whether the header stands before the article has begun (fewer than
    :data:`STICKY_AFTER_GOOD` good lines above it): its region ends at the next good line."""
    good = 0
    for c in classified[:header]:
        if c.kind is Kind.GOOD:
            good += 1
            if good >= STICKY_AFTER_GOOD:
                return False
    return True


def headline(classified: Sequence[Classified], feats: Sequence[LineFeatures],
             decisions: Sequence[Decision]) -> tuple[int, int] | None:
    """(index of the page's headline, index of the region header above it or -1): the first
    line after the first line of the page (its ``<title>``) that matches its first part, other
    than a copy of the whole title line and a line a rule names (a site name in a footer)."""
    first = next((i for i, f in enumerate(feats) if f.text.strip()), None)
    if first is None or "_region" in decisions[first][1]:
        return None
    # "Headline | Site", "标题_栏目_网站": the headline is the first part; the others name the
    # site, and the site's name stands in its header and footer too.
    part = alnum_key(TITLE_SPLIT.split(feats[first].text, maxsplit=1)[0])
    if len(part) < TITLE_PART_MIN_CHARS:
        return None
    header = -1
    whole = alnum_key(feats[first].text)
    low = max(TITLE_PART_MIN_CHARS, HEADLINE_MATCH_SHARE * len(part))
    high = len(part) / HEADLINE_MATCH_SHARE
    for i in range(first + 1, len(feats)):
        kind = classified[i].kind
        if kind is Kind.HEADER:
            header = i if classified[i].label in UNHIDE_LABELS else -1
            continue
        # Only a line of about the part's size can match it (its letters and digits are
        # what the match compares): the others are not read. A rule's line ("… Powered by
        # Ameba") is no headline.
        if kind is Kind.BLANK or kind is Kind.BAD or not low <= feats[i].alnum <= high:
            continue
        line = alnum_key(feats[i].text)
        if line == whole and whole != part:
            continue  # another copy of the <title> line (when it names the site too)
        if (line in part or part in line) and \
                min(len(line), len(part)) >= HEADLINE_MATCH_SHARE * max(len(line), len(part)):
            return i, header
    return None


def _block_score(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                 in_article: Sequence[bool], start: int, transparent: Collection[int]) -> float:
    """The score of the article block starting at ``start`` (0 when there is none): the best
    run outside every region, as the context pass found it."""
    total = 0.0
    i = start
    while 0 <= i < len(in_article) and in_article[i]:
        if i not in transparent:
            total += _score(classified[i], feats[i])
        i += 1
    return total


_BLANK = (BLANK.label, BLANK.reason)
_CONTENT = ("content", "article_block")
_BEFORE = ("noise", "before_article")
_AFTER = ("noise", "after_article")
#: The reasons of the text lines the context pass left outside every block, no rule naming
#: them: the passes after it take such lines back into the article.
OUTSIDE_REASONS: frozenset[str] = frozenset((_BEFORE[1], _AFTER[1]))
#: What the compiled decide needs of this module: the kinds, the score weights, the region
#: names and the decisions it hands out as they are.
_COMPILED_CONSTANTS = (
    (Kind.BLANK, Kind.BAD, Kind.HEADER, Kind.GOOD, Kind.NEAR, Kind.SHORT),
    (GOOD_BASE, GOOD_PER_UNIT, GOOD_MAX, NEAR_SCORE, SHORT_SCORE, BAD_SCORE, SHORT_LIGHT_SCORE,
     SHORT_TINY_UNITS, CJK_SHARE),
    STICKY_AFTER_GOOD, _REGION_REASON, ("_header", "_region", "footer"),
    (_BLANK, _CONTENT, _BEFORE, _AFTER),
)
