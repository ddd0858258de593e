"""Directories: an article's list of places or providers, each record holding a phone number.

An article may go on as a directory: a few introductory paragraphs, then a run of records
(a clinic, a shop, an office), each a few fields a line — a name, an address, the phone
number, the services, the fees. The records differ in length (a second address, an e-mail
some have) and repeat no control word for word (:mod:`scrubber.records`), no line shape
line for line (:mod:`scrubber.grids`); their fields read like a menu and the phone numbers
like page numbers, so the lines fall after the article.

Such a run is found by its phone numbers: a line that starts with one
(:data:`_PHONE`, at least ``PHONE_MIN_DIGITS`` digits) recurs at least
``DIRECTORY_MIN_RECORDS`` times, each ``DIRECTORY_MIN_GAP`` to ``DIRECTORY_MAX_GAP``
non-blank lines after the one before, every number different (a footer's one phone number
repeated is no directory). The run is the article's when the article reaches it: its last
line before the first number is at most ``DIRECTORY_MAX_GAP`` lines above it. The records
run from the line after that to the last number and as many lines after it as the first
record had after the article's end less its length (the last record's tail). No line of it
is named a comment, an advertisement, a share prompt, a byline or a footer, nor opens a
region. Then its lines are kept (``article_record``), as an article's records are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .classify import Classified, Kind
from .features import LineFeatures
from .records import RECORD_LABELS, gapped_runs, keep_record_lines

#: A directory holds at least this many records (numbers)...
DIRECTORY_MIN_RECORDS = 4
#: ... each at least this many non-blank lines after the one before (a name and the number)
#: and at most this many (a record of a dozen fields: several addresses, services, fees).
DIRECTORY_MIN_GAP = 2
DIRECTORY_MAX_GAP = 12
#: A phone number has at least this many digits (an area code and the number).
PHONE_MIN_DIGITS = 9
#: A line that starts with a phone number: "(415) 555-0134", "415-555-0134", "+44 20 7946
#: 0958", optionally after "Tel:" or "Phone:". Every part is bounded (no backtracking).
_PHONE = re.compile(r"(?:(?:tel|phone|call)\.?:?\s?)?\+?\d{0,3}[ .-]?(?:\(\d{2,4}\)|\d{2,4})"
                    r"[ .-]?\d{2,4}[ .-]\d{3,4}(?![\d])", re.IGNORECASE)


def _phone(f: LineFeatures) -> str | None:
    """The phone number a line starts with (its digits), or None."""
    m = _PHONE.match(f.text)
    if m is None:
        return None
    digits = "".join(ch for ch in m.group() if ch.isdigit())
    return digits if len(digits) >= PHONE_MIN_DIGITS else None


def directory_records(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                      feats: Sequence[LineFeatures], in_article: Sequence[bool]) -> None:
    """Keep the lines of the article's directory (see the module's docstring), in place."""
    if not any(in_article):
        return
    lines = [i for i, f in enumerate(feats) if f.text]
    numbers = {x: _phone(feats[i]) for x, i in enumerate(lines)}
    found = [x for x, number in numbers.items() if number is not None]
    runs = gapped_runs(found, lambda a, b: DIRECTORY_MIN_GAP <= b - a <= DIRECTORY_MAX_GAP,
                       DIRECTORY_MIN_RECORDS)
    for run in runs:
        if len({numbers[x] for x in run}) < len(run):
            continue
        span = _span(run, lines, in_article)
        if span is None:
            continue
        records = [lines[x] for x in span]
        if all(decisions[i][0] in RECORD_LABELS and classified[i].kind is not Kind.HEADER
               for i in records):
            keep_record_lines(decisions, feats, [records])


def _span(run: list[int], lines: list[int], in_article: Sequence[bool]) -> range | None:
    """The records' non-blank positions: from the line after the article's last line before
    the first number to the last number and the last record's tail; None when the article
    does not reach the run."""
    first = run[0]
    end = next((x for x in range(first - 1, max(-1, first - DIRECTORY_MAX_GAP - 1), -1)
                if in_article[lines[x]]), None)
    if end is None:
        return None
    gaps = sorted(b - a for a, b in pairwise(run))
    tail = max(0, gaps[len(gaps) // 2] - (first - end))
    return range(end + 1, min(run[-1] + tail + 1, len(lines)))
