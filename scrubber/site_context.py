"""A page read against its site's template: which lines are chrome, where the article lies.

:func:`scrubber.scrub` hands the site template (see :mod:`scrubber.sites`) and the classified
lines to :func:`apply_template`, before the context pass. Real portals repeat more than a
header and a footer: their pages carry *dynamic boxes* (hot lists, related headlines, tickers)
whose frame — the box's title, its tabs, its "more" link — is template while its entries change
from page to page. Such entries are not named by the template, yet they are not the page's own
text either. So the page is read in three steps:

1. **Named lines.** Lines the template names are site chrome (``repeated_on_site``); lines it
   names as *recurring* (seen on several of the site's pages, too few to be template: a headline
   in the hot lists of many pages) are chrome as well (``recurring_on_site``), unless they are
   good paragraphs, which are judged after the context pass as template paragraphs are, or
   unless the page repeats an article seen on other pages (:func:`_span_and_chrome`).
2. **The article span.** The named lines cut the page into runs of the page's own lines. The
   run with the most running text (good lines, near-good ones at half weight) is the article;
   runs next to it are joined to it across a small gap of named lines when they hold running
   text of their own (:data:`JOIN_SHARE` of the article's), or across a larger one (a share
   bar, a newsletter box and a link box inside the article) when they hold a finished
   paragraph. The article span runs from the first to the last line of the joined runs, less
   a long end that brings less running text than its lines cost (a box of headlines run on
   from the article's last paragraph with no template line between).
3. **Inside and outside.** Inside the span the page's own short and medium lines move one step
   towards content (a sub-heading, a short paragraph), and the named lines are transparent to
   the context pass (they neither end nor extend the article). Outside the span the page's own
   lines are left as the rules classed them: the entries of a dynamic box are not pushed
   towards content. When the span holds a finished paragraph, the chrome right above it is
   transparent too (a fixed box of template entries ends where the article begins), and the
   scraps amid it too short to be counted are ``site_box``.

Measured on every page of four Chinese portals (``bench/bench_sites.py``); marking the own
lines framed by template lines outside the span as boilerplate too changed nothing there and
cost recall on the synthetic siblings, so it is not done.

Pseudo-code::

    named, recurring = lines the template names (share >= min_share), (share >= min_pages)
    runs = maximal runs of lines that are neither named nor recurring
    main = argmax(run mass); span = main joined with neighbours across small gaps
    for line in span: own short/medium lines one step towards content; named lines transparent
    if span holds a paragraph: the chrome right above it is transparent too
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .classify import Classified, Kind
from .features import LineFeatures
from .names import han_names_line

#: A line the template does not name, with at least this many letters and digits, counts one
#: step more like content inside the article span.
UNIQUE_MIN_ALNUM = 4
#: Runs of the page's own lines are joined across at most this many named lines (non-blank).
JOIN_GAP = 3
#: ... when the neighbouring run's mass is at least this share of the article run's.
JOIN_SHARE = 0.15
#: Runs holding a finished paragraph (a good line of at least PARAGRAPH_ALNUM letters and
#: digits that ends a sentence) are joined across at most this many named lines: a share
#: bar, a newsletter box and a "most popular" box can sit between an article's paragraphs.
PARAGRAPH_GAP = 10
PARAGRAPH_ALNUM = 60
#: Each of the page's own lines without any punctuation costs this much mass: the span is
#: trimmed to its densest stretch, so that a box of headlines run on from the article's last
#: paragraph (a list of own lines, no template line between) is not taken into the span. A
#: line with a comma or a colon in it (a clause, a "key: value" line) costs nothing.
LINE_COST = 3.0
#: ... when the trimmed end holds at least this many own lines (a caption, a source line or an
#: editor's name at the article's end is no box).
TRIM_MIN_LINES = 10
#: A page whose article span holds more than this share of its running text in recurring
#: lines ...
REPEAT_SHARE = 0.5
#: ... and keeps less than this share when they are taken out repeats an article seen on other
#: pages: its recurring lines are its own (a short article followed by a box of other pages'
#: summaries keeps more).
REPEAT_LEFT = 0.2
#: A recurring line right above the article span, with at least this many letters and digits,
#: is the article's own headline (a link such as "list view" is shorter).
HEADLINE_MIN_ALNUM = 8
#: ... and so are the recurring lines of the article's head above the span (its date and
#: source line, on other pages of the same day) up to this many lines.
HEAD_LINES = 3
#: The reason of a scrap too short to be counted amid the template lines above the article.
BOX_REASON = "site_box"
#: The reason of a line on several of the site's pages, too few to be template: chrome outside
#: the article span only (inside it, a page that repeats an earlier page's article).
RECURRING_REASON = "recurring_on_site"

#: A line of bare Han names above the article's first paragraph: its byline, label left out.
_NAMES_BYLINE = Classified(Kind.BAD, "meta", "byline")

Template = Callable[[str], "str | None"]


def _mass(kind: Kind, f: LineFeatures) -> float:
    """How much running text a line brings to its run: good lines count their letters and
    digits, near-good ones half."""
    if kind is Kind.GOOD:
        return float(f.alnum)
    if kind is Kind.NEAR:
        return f.alnum / 2
    return 0.0


def _paragraph(c: Classified, f: LineFeatures) -> bool:
    """A finished paragraph: a good line of at least PARAGRAPH_ALNUM letters and digits that
    ends a sentence."""
    return c.kind is Kind.GOOD and f.ends_sentence and not f.ends_ellipsis and \
        f.alnum >= PARAGRAPH_ALNUM


def _runs(chrome: Sequence[bool], blank: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal [start, end) runs of lines that are not chrome; blank lines neither start nor
    end a run (a run starts and ends on a non-blank line)."""
    runs: list[tuple[int, int]] = []
    start = last = -1
    for i, (is_chrome, is_blank) in enumerate(zip(chrome, blank, strict=True)):
        if is_blank:
            continue
        if is_chrome:
            if start >= 0:
                runs.append((start, last + 1))
                start = -1
            continue
        if start < 0:
            start = i
        last = i
    if start >= 0:
        runs.append((start, last + 1))
    return runs


def _gap(chrome: Sequence[bool], blank: Sequence[bool], end: int, start: int) -> int:
    """Non-blank chrome lines between two runs."""
    return sum(1 for i in range(end, start) if chrome[i] and not blank[i])


def article_span(chrome: Sequence[bool], blank: Sequence[bool], mass: Sequence[float],
                 paragraph: Sequence[bool] | None = None, cost: Sequence[float] | None = None
                 ) -> tuple[int, int] | None:
    """[start, end) of the article: the run of own lines with the most mass, joined with its
    neighbours across small gaps of chrome (:data:`JOIN_GAP`) when they carry enough mass, or
    across larger ones (:data:`PARAGRAPH_GAP`) when they hold a finished paragraph
    (``paragraph``); None without mass. With ``cost`` (per line), a long end of the span
    that costs more than it brings is left out (:func:`_densest`)."""
    runs = _runs(chrome, blank)
    weights = [sum(mass[start:end]) for start, end in runs]
    if not weights or max(weights) <= 0:
        return None
    best = max(range(len(runs)), key=lambda k: (weights[k], -k))
    needed = JOIN_SHARE * weights[best]

    def joins(k: int, gap: int) -> bool:
        if weights[k] >= needed and gap <= JOIN_GAP:
            return True
        return paragraph is not None and gap <= PARAGRAPH_GAP and \
            any(paragraph[runs[k][0]:runs[k][1]])

    low = high = best
    while low > 0 and joins(low - 1, _gap(chrome, blank, runs[low - 1][1], runs[low][0])):
        low -= 1
    while high + 1 < len(runs) and \
            joins(high + 1, _gap(chrome, blank, runs[high][1], runs[high + 1][0])):
        high += 1
    if cost is None:
        return runs[low][0], runs[high][1]
    return _densest(chrome, blank, mass, cost, runs[low][0], runs[high][1])


def _densest(chrome: Sequence[bool], blank: Sequence[bool], mass: Sequence[float],
             cost: Sequence[float], start: int, end: int) -> tuple[int, int]:
    """[start, end) less the end that the stretch with the most mass less cost (named and
    blank lines cost nothing) leaves out, when that end holds at least
    TRIM_MIN_LINES own lines. (Only the end: the start of an article may be a run of short
    clauses, one a line, that the mass does not see.)"""
    own = [i for i in range(start, end) if not chrome[i] and not blank[i]]
    best = (0.0, start, end)
    total, first = 0.0, start
    for i in own:
        if total <= 0:
            total, first = 0.0, i
        total += mass[i] - cost[i]
        if total > best[0]:
            best = (total, first, i + 1)
    return start, best[2] if sum(1 for i in own if i >= best[2]) >= TRIM_MIN_LINES else end


def _lookup(template: Template) -> Callable[[str], tuple[bool, str | None]]:
    """(counted, reason) of a line: the template's own ``lookup`` (a
    :class:`scrubber.sites.SiteTemplate`), or, for a plain callable, every line counted."""
    lookup = getattr(template, "lookup", None)
    if callable(lookup):
        return lookup  # type: ignore[no-any-return]
    return lambda line: (True, template(line))


def apply_template(template: Template | None, feats: Sequence[LineFeatures],
                   classified: list[Classified]) -> tuple[dict[int, str], frozenset[int]]:
    """Mark the lines the site template names and judge the page's own lines by where they lie
    (see the module's docstring); ``classified`` is updated in place. Returns ({line index:
    reason} of the good paragraphs the template names, left for after the context pass, the
    indices of the named lines the context pass treats as transparent chrome)."""
    if template is None:
        return {}, frozenset()
    lookup = _lookup(template)
    n = len(feats)
    reasons: list[str | None] = [None] * n
    blank = [True] * n  # blank, or too short to be counted: says nothing about the page
    for i, f in enumerate(feats):
        if f.text:
            counted, reasons[i] = lookup(f.text)
            blank[i] = not counted
    first, last, chrome = _span_and_chrome(reasons, blank, feats, classified)
    pending: dict[int, str] = {}
    for i, reason in enumerate(reasons):
        kind = classified[i].kind
        if reason is None or kind is Kind.BAD or kind is Kind.HEADER:
            continue
        if kind is Kind.GOOD:
            pending[i] = reason
        else:
            classified[i] = Classified(Kind.BAD, "template", reason)
    _push_own_lines(feats, classified, chrome, first, last)
    lead = _lead(feats, classified, chrome, blank, first, last)
    for i in range(lead, first):  # too short to be counted ("0", "T + -"), amid the chrome
        if feats[i].text and not chrome[i]:
            chrome[i] = True
            if classified[i].kind is not Kind.BAD:
                classified[i] = Classified(Kind.BAD, "template", BOX_REASON)
    transparent = frozenset(i for i in range(lead, last) if chrome[i])
    return pending, transparent


def _lead(feats: Sequence[LineFeatures], classified: Sequence[Classified],
          chrome: Sequence[bool], blank: Sequence[bool], first: int, last: int) -> int:
    """Where the chrome the context pass sees as known chrome starts: the article span's start,
    or, when the span holds a finished paragraph (the article is surely there), the start of
    the chrome right above it, so that a fixed box of template entries ends where the article
    begins."""
    if not any(_paragraph(classified[i], feats[i]) for i in range(first, last)):
        return first
    lead = first
    while lead > 0 and (chrome[lead - 1] or blank[lead - 1]):
        lead -= 1
    return lead


def _span_and_chrome(reasons: list[str | None], blank: Sequence[bool],
                     feats: Sequence[LineFeatures], classified: Sequence[Classified]
                     ) -> tuple[int, int, list[bool]]:
    """The article span [first, last) and the chrome lines. Recurring lines are chrome, unless
    the page repeats an article seen on other pages (a duplicate, a reprint): read with its
    recurring lines as its own, its article is mostly recurring lines, and read without them
    it has little running text left. Then the recurring lines of the span are its own text
    (``reasons`` of those lines are cleared). The nearest line above the span, when recurring,
    is the article's own headline (on other pages, in their hot lists)."""
    n = len(reasons)
    mass = [0.0 if reasons[i] is not None and reasons[i] != RECURRING_REASON
            else _mass(classified[i].kind, f) for i, f in enumerate(feats)]
    paragraph = [_paragraph(c, f) for c, f in zip(classified, feats, strict=True)]
    chrome = [reason is not None for reason in reasons]
    cost = [0.0 if f.clause_punct or f.sentence_punct else LINE_COST for f in feats]
    span = article_span(chrome, blank, mass, paragraph, cost)
    left = sum(mass[i] for i in range(*span) if not chrome[i]) if span else 0.0
    if any(reason == RECURRING_REASON for reason in reasons):
        named = [reason is not None and reason != RECURRING_REASON for reason in reasons]
        whole = article_span(named, blank, mass, paragraph, cost)
        if whole is not None:
            total = sum(mass[whole[0]:whole[1]])
            recurring = sum(mass[i] for i in range(*whole) if reasons[i] == RECURRING_REASON)
            if recurring > REPEAT_SHARE * total and left < REPEAT_LEFT * total:
                for i in range(*whole):
                    if reasons[i] == RECURRING_REASON:
                        reasons[i] = None
                return whole[0], whole[1], named
    if span is None:
        return n, n, chrome
    first, last = span
    return _head_above(reasons, blank, feats, classified, chrome, first), last, chrome


def _head_above(reasons: list[str | None], blank: Sequence[bool], feats: Sequence[LineFeatures],
                classified: Sequence[Classified], chrome: list[bool], first: int) -> int:
    """The start of the article span taken up over the article's head: the recurring lines
    right above it (its headline, in other pages' hot lists; its date and source line, on the
    pages of the same day), and its byline lines among them (a rule's, or bare names), up to
    :data:`HEAD_LINES` lines. Their reasons are cleared: they are the page's own."""
    above, seen = first - 1, 0
    while above >= 0 and seen < HEAD_LINES:
        if blank[above]:
            above -= 1
            continue
        seen += 1
        if reasons[above] == RECURRING_REASON and feats[above].alnum >= HEADLINE_MIN_ALNUM:
            reasons[above] = None
            chrome[above] = False
            first = above
        elif reasons[above] is None and (classified[above].label == "meta" or
                                         han_names_line(feats[above].text)):
            first = above
        elif classified[above].label != "meta":  # (a byline the template names: passed over)
            break
        above -= 1
    return first


def _push_own_lines(feats: Sequence[LineFeatures], classified: list[Classified],
                    chrome: Sequence[bool], first: int, last: int) -> None:
    """Inside the article span, the page's own short and medium lines count one step more like
    content (a line of a few characters is too short to tell), except the bare names above its
    first paragraph (a newspaper's byline without its label, :func:`names.han_names_line`;
    at the article's end the same names sign it and are pushed)."""
    opening = next((i for i in range(first, last) if not chrome[i] and _paragraph(
        classified[i], feats[i])), last)
    for i in range(first, last):
        if chrome[i]:
            continue
        if i < opening and han_names_line(feats[i].text):
            classified[i] = _NAMES_BYLINE
            continue
        if feats[i].alnum < UNIQUE_MIN_ALNUM:
            continue
        kind = classified[i].kind
        if kind is Kind.NEAR:
            classified[i] = Classified(Kind.GOOD)
        elif kind is Kind.SHORT:
            classified[i] = Classified(Kind.NEAR)
