"""Doubled lines: a kept line that says again, word for word, the line just above it.

A page shows some texts twice in a row: a teaser's title as the image's caption and as its
link, an author's name under the avatar and beside it, a product's name over its picture and
under it. The scraper writes both copies one after the other, and the article keeps both when
they fall inside it or inside a record grid. The second copy adds nothing to the text (the
first one stays): it is taken out (``doubled_line``). Only a copy that follows the first
directly counts (blank lines between them aside): a line the page repeats further down (a
record's field, a chorus) is another occurrence, not a doubled line.

Only a name is doubled this way: a short line (at most ``DOUBLE_MAX_UNITS``) with letters
that ends no sentence. A sentence or a paragraph said twice is the page's text (a pull quote,
a summary above its article), a value without letters a cell of a table ("60%", "$26": two
columns may hold the same), and the fields of a table or of an article's records are left as
they are (two of a record's fields may agree: the same price band for lunch and dinner).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

DOUBLED_LINE = ("noise", "doubled_line")
#: A doubled name is short: a title, a person's or a product's name.
DOUBLE_MAX_UNITS = 12
#: The labels of the kept lines a doubled line is looked for in (the article's lines, a
#: record grid's, a catalogue's: every content line)...
_KEPT = frozenset(("content",))
#: ... but the cells of a table and the fields of an article's records.
_FIELDS = frozenset(("article_table", "article_record"))
_LETTER = re.compile(r"[^\W\d_]")


def doubled_lines(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take out every kept line whose text is that of the nearest non-blank line above it,
    itself kept (in place, ``doubled_line``)."""
    above = -1  # the nearest non-blank line so far
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if above >= 0 and _name(f) and decisions[i][0] in _KEPT and \
                decisions[i][1] not in _FIELDS and decisions[above][0] in _KEPT and \
                feats[above].text == f.text:
            decisions[i] = DOUBLED_LINE
            continue  # a third copy is compared with the first, which stays
        above = i


def _name(f: LineFeatures) -> bool:
    """Whether a line may be a doubled name: short, with letters, ending no sentence."""
    return f.units <= DOUBLE_MAX_UNITS and not f.ends_sentence and \
        _LETTER.search(f.text) is not None
