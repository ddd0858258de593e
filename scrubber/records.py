"""Article records: a run of records inside an article, each closed by the same control line.

An article may present its subject as a list of records (a diary of restaurants visited, a
list of places, of products reviewed), each record a few fields a line — a name, a sentence
about it, a rating, a price, an address — and closed by a control that every record repeats
word for word ("Open in the app", "View on map"). The fields look like boilerplate to the
line rules (a name and an address read like a link list), and the record's shape varies (a
field some records lack), so no record grid is found (:mod:`scrubber.grids`).

Such a run is found by its control: a short line whose very text recurs at least
``RECORD_MIN_CONTROLS`` times, each ``RECORD_MIN_LINES`` to ``RECORD_MAX_LINES`` non-blank
lines after the one before, mostly at one gap (``RECORD_MIN_REGULAR``: the records are as
long as each other, a field a record lacks still has its line, a dash). The lines between two
controls are a record; the one before the first control is as long as the typical record.
The run is the article's own when the article reaches it (the line before the first record,
or one of its lines, is in the article), nearly every record (``RECORD_MIN_SENTENCE_SHARE``)
holds a sentence of its own (a menu or a box of links holds none) and no line of the records
is named a comment, an advertisement, a share prompt, a byline or a footer
(``RECORD_LABELS``). Then the records' lines are kept (``article_record``), all but the
controls, lines without letters, and labels (a text that recurs in nearly every record).

A region header above such a run (records whose lines the rules name no comment, ad, share
prompt, byline or footer) may open a region that runs on over the article and its records:
the nearest one opens no region (:func:`record_headers`, called with the other headers that
hide a listing, :func:`scrubber.listings.count_headers`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from .classify import Classified, Kind
from .features import LineFeatures

#: A record's control recurs at least this many times (a run of that many records or more)...
RECORD_MIN_CONTROLS = 4
#: ... each at least this many (a record holds a sentence and a few fields: a two-line note
#: and its "back" link are no record) and at most this many non-blank lines after the last.
RECORD_MIN_LINES = 5
RECORD_MAX_LINES = 16
#: Records of one list are as long as each other (a field a record lacks still has its line,
#: a dash): at least this share of the controls follow the one before at the most common gap.
RECORD_MIN_REGULAR = 0.8
#: A control is short: a button or a link ("Open in the app", "Map").
CONTROL_MAX_UNITS = 12
#: At least this share of the records hold a sentence of their own.
RECORD_MIN_SENTENCE_SHARE = 0.8
#: A text that recurs in at least this many records, and in at least this share of them, is
#: a label of each, not a field (a price band or a weekday some records share is a field).
LABEL_MIN_RECORDS = 3
LABEL_MIN_SHARE = 0.8
ARTICLE_RECORD = ("content", "article_record")
#: The labels a record's lines (its control too) may carry: a record holding a comment, an
#: advertisement, a share prompt, a byline or a footer line is a post or a box, not the
#: article's.
RECORD_LABELS = frozenset(("content", "nav", "links", "noise", "blank"))


def gapped_runs(values: list[int], gap: Callable[[int, int], bool], least: int
                ) -> list[list[int]]:
    """The runs of at least ``least`` values in which ``gap(before, value)`` holds between each
    value and the one before it."""
    out: list[list[int]] = []
    run: list[int] = []
    for value in values:
        if run and not gap(run[-1], value):
            if len(run) >= least:
                out.append(run)
            run = []
        run.append(value)
    if len(run) >= least:
        out.append(run)
    return out


def _runs(positions: list[int]) -> list[list[int]]:
    """Runs of at least RECORD_MIN_CONTROLS positions, each RECORD_MIN_LINES to
    RECORD_MAX_LINES after the one before."""
    return gapped_runs(positions, lambda a, b: RECORD_MIN_LINES <= b - a <= RECORD_MAX_LINES,
                       RECORD_MIN_CONTROLS)


def _regular(run: list[int]) -> bool:
    """Whether the controls follow each other at one gap (RECORD_MIN_REGULAR of them)."""
    gaps = Counter(b - a for a, b in pairwise(run))
    return gaps.most_common(1)[0][1] >= RECORD_MIN_REGULAR * (len(run) - 1)


def _records(run: list[int]) -> list[range]:
    """The records (ranges of non-blank positions, control left out) that the controls at
    ``run`` close; the first is as long as the typical (median) record."""
    gaps = sorted(b - a for a, b in pairwise(run))
    first = range(max(0, run[0] - gaps[len(gaps) // 2] + 1), run[0])
    return [first, *(range(a + 1, b) for a, b in pairwise(run))]


def _has_sentence(c: Classified, f: LineFeatures) -> bool:
    return c.kind is Kind.GOOD or (c.kind is Kind.NEAR and f.ends_sentence) or \
        (f.ends_sentence and f.has_sentence)


def _candidates(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                lines: list[int]) -> list[tuple[list[int], list[range]]]:
    """The runs of records (controls' positions in ``lines``, records) whose controls keep
    one gap and nearly all of whose records hold a sentence."""
    where: dict[str, list[int]] = {}
    for x, i in enumerate(lines):
        if feats[i].units <= CONTROL_MAX_UNITS:
            where.setdefault(feats[i].text, []).append(x)
    out: list[tuple[list[int], list[range]]] = []
    for text in sorted(t for t, xs in where.items() if len(xs) >= RECORD_MIN_CONTROLS):
        for run in _runs(where[text]):
            records = _records(run)
            if _regular(run) and _sentence_share(records, lines, classified, feats) >= \
                    RECORD_MIN_SENTENCE_SHARE:
                out.append((run, records))
    return out


def article_records(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                    feats: Sequence[LineFeatures], in_article: Sequence[bool]) -> None:
    """Keep the lines of the article's records (see the module's docstring), in place."""
    if not any(in_article):
        return
    lines = [i for i, f in enumerate(feats) if f.text]
    for run, records in _candidates(classified, feats, lines):
        if all(decisions[lines[x]][0] in RECORD_LABELS
               for x in range(records[0].start, run[-1] + 1)) and \
                _article_reaches(records[0], lines, in_article):
            keep_record_lines(decisions, feats, [[lines[x] for x in r] for r in records])


def record_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures]
                   ) -> list[int]:
    """The region headers (indices) that hide a run of records (see above) whose lines the
    rules name no comment, advertisement, share prompt, byline or footer: the nearest header
    above the first record, whose region ran on over the article's records."""
    lines = [i for i, f in enumerate(feats) if f.text]
    found: set[int] = set()
    for run, records in _candidates(classified, feats, lines):
        inside = [classified[lines[x]] for x in range(records[0].start, run[-1] + 1)]
        if any(c.kind is Kind.HEADER or (c.kind is Kind.BAD and c.label not in RECORD_LABELS)
               for c in inside):
            continue
        start = lines[records[0].start]
        header = next((i for i in range(start - 1, -1, -1)
                       if classified[i].kind is Kind.HEADER), None)
        if header is not None:
            found.add(header)
    return sorted(found)


def _article_reaches(first: range, lines: list[int], in_article: Sequence[bool]) -> bool:
    """Whether the line before the first record, or one of its lines, is in the article."""
    before = [first.start - 1] if first.start > 0 else []
    return any(in_article[lines[x]] for x in [*before, *first])


def _sentence_share(records: list[range], lines: list[int], classified: Sequence[Classified],
                    feats: Sequence[LineFeatures]) -> float:
    held = sum(1 for r in records
               if any(_has_sentence(classified[lines[x]], feats[lines[x]]) for x in r))
    return held / len(records)


def keep_record_lines(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
          records: list[list[int]]) -> None:
    """Keep the records' lines but labels (texts in LABEL_MIN_RECORDS records or more and in
    LABEL_MIN_SHARE of them) and lines without letters or digits."""
    seen = Counter(t for r in records for t in {feats[i].text for i in r})
    least = max(LABEL_MIN_RECORDS, LABEL_MIN_SHARE * len(records))
    for r in records:
        for i in r:
            if decisions[i][0] != "content" and feats[i].alnum and \
                    seen[feats[i].text] < least:
                decisions[i] = ARTICLE_RECORD
