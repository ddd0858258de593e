"""The lines of a grid's records that are no record's own: labels, shared prices and counts.

Of a record's lines (kept by :mod:`scrubber.grids` or :mod:`scrubber.catalogues`), the ones
every record repeats word for word (a title-like line the page shows ``LABEL_MIN_REPEATS``
times or more and keeps at least ``LABEL_MIN_KEPT`` times: "Quick view", "Code", a badge) are
its labels, a price the page shows ``PRICE_MIN_REPEATS`` times or more is shared by many
products, and a whole number alone on its line is a count (of reviews, a rank): none is kept
as a record's. A number with a decimal fraction ("8.7") is a score, a field; so are the few
texts that fill one slot of most records ("Hardcover", "Paperback": a book's format; see
:func:`_slot_fields`).

The lines are read by their codes (:func:`scrubber.grids.line_codes`: T a title, t a word or
two, P a price, K a "label:" line, ...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .features import LineFeatures

#: The codes of the lines that may be labels: titles, a word or two.
_LABEL_CODES = frozenset("Tt")
#: A number alone on its line ("6207", "(64)", "1,024"): a count of reviews or a rank, no
#: field. A number with a decimal fraction ("9.1", "4.5") is a score, a field of the record.
_BARE_COUNT = re.compile(r"\(?\d[\d,]*\)?$")


#: A title line (not the value after a "label:" line) whose very text the page repeats at
#: least this many times is the same label in every record ("Code", "Quick view", "In
#: stock"), not a record's content (as many as a grid's records: GRID_MIN_REPEATS).
LABEL_MIN_REPEATS = 3
#: ... and that the page keeps at least this many times: a teaser's title that the page shows
#: once in its list and again in a box or two ("Trending") is no label.
LABEL_MIN_KEPT = 2
#: A price the page shows at least this many times word for word ("$35", "$99+") is a price
#: band shared by many products (or a filter's), no record's own field.
PRICE_MIN_REPEATS = 3


def drop_labels(decisions: list[tuple[str, str]], before: Sequence[tuple[str, str]],
                coded: tuple[list[int], str], feats: Sequence[LineFeatures],
                kept_as: frozenset[tuple[str, str]]) -> None:
    """Take back the record lines (kept with a decision in ``kept_as``) that are labels (title
    lines whose text the page repeats LABEL_MIN_REPEATS times or more and keeps
    LABEL_MIN_KEPT times, unless a "label:" line names them or they are the values of a
    field, :func:`_slot_fields`), prices many records share (PRICE_MIN_REPEATS) or bare
    counts, in place: they get their decision before the grids back."""
    lines, codes = coded
    kept = [x for x, i in enumerate(lines)
            if decisions[i] in kept_as]
    if not kept:
        return
    seen = Counter(feats[i].text for i in lines)
    among = Counter(feats[i].text for i in lines if decisions[i][0] == "content")
    value = {lines[x] for x in range(1, len(lines)) if codes[x - 1] == "K"}
    labels = [x for x in kept if codes[x] in _LABEL_CODES and lines[x] not in value
              and seen[feats[lines[x]].text] >= LABEL_MIN_REPEATS
              and among[feats[lines[x]].text] >= LABEL_MIN_KEPT]
    fields = _slot_fields(labels, coded, feats, sum(1 for x in kept if codes[x] == "P"))
    label_set = set(labels)
    for x in kept:
        i, text = lines[x], feats[lines[x]].text
        if (x in label_set and i not in fields) or _BARE_COUNT.match(text) or \
                (codes[x] == "P" and seen[text] >= PRICE_MIN_REPEATS):
            decisions[i] = before[i]


#: Labels that share a slot of the records (the same shapes of line before and after them)
#: and take several texts there...
FIELD_MAX_COMMONEST = 0.8
#: (the commonest in at most FIELD_MAX_COMMONEST of them: a label every record shows, with
#: a stray line beside it, is still one text) in at least this share of the priced records
#: (one price line a record) are the values of a field that every record has (a book's
#: format: "Hardcover", "Paperback"), not a label or a badge that some products show ("Top
#: rated", "New").
FIELD_MIN_SHARE = 0.6
#: A record holds at least a name, a price and the field: two values of a slot closer than
#: this (in lines) are two labels of one record ("Add", "Style"), no field's values.
FIELD_MIN_GAP = 3


def _slot_fields(labels: list[int], coded: tuple[list[int], str],
                 feats: Sequence[LineFeatures], records: int) -> set[int]:
    """The lines among ``labels`` (positions in the codes) that are a field's values: in a
    slot (the codes of the lines on either side) filled in FIELD_MIN_SHARE of the
    ``records`` or more, one a record at most (labels that every record shows side by side,
    "Departs from: London", "Add to my wishlist", fill it twice; nor two within
    FIELD_MIN_GAP lines), by texts none of which fills more than FIELD_MAX_COMMONEST of it."""
    lines, codes = coded
    slots: dict[str, list[int]] = {}
    for x in labels:
        slots.setdefault(codes[x - 1:x] + codes[x + 1:x + 2], []).append(x)
    fields: set[int] = set()
    for xs in slots.values():
        texts = Counter(feats[lines[x]].text for x in xs)
        if records >= len(xs) >= FIELD_MIN_SHARE * records > 0 and \
                texts.most_common(1)[0][1] <= FIELD_MAX_COMMONEST * len(xs) and \
                all(b - a >= FIELD_MIN_GAP for a, b in pairwise(xs)):
            fields.update(lines[x] for x in xs)
    return fields
