"""Stat cards: the figures a ranking's records show under the same labels, record after record.

A ranking of schools, plans or products gives each record a box of figures, each on a line of
its own next to its label: "Acceptance Rate" over "94%", "Students Enrolled" over "33,881",
"$14,499" over "Avg. Tuition". The record's text around the box is the article's; the box is a
widget the site fills from its database, the same labels in every record. A label is a stat
card's when it stands, next to a bare figure, at least ``STAT_MIN_RECORDS`` times in the
article block, and the page has at least ``STAT_MIN_LABELS`` such labels: each occurrence of
them and the figures next to it are taken out (``stat_field``).

Only an occurrence whose other neighbour is a figure or another such label counts: a table
whose cells the scraper wrote one per line repeats a column's value ("Bachelor's") next to a
figure too, but also next to the row's own name, which no other row repeats. A label is a few
words with letters and no digits that ends no sentence and introduces nothing ("Cost per
Credit:" heads the record's own text); a figure is a number, with a currency sign, a percent
sign or a magnitude at most.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .features import LineFeatures

STAT_FIELD = ("noise", "stat_field")
#: A stat card's label stands in at least this many records.
STAT_MIN_RECORDS = 3
#: A page of stat cards has at least this many labels.
STAT_MIN_LABELS = 3
#: A label is at most this many words.
LABEL_MAX_WORDS = 6
#: A bare figure: a number, perhaps with a currency sign, a sign, a percent sign or a
#: magnitude ("94%", "$14,499", "€ 6.948", "12K+").
_FIGURE = re.compile(r"[$€£¥+~<>-]?\s?\d[\d,.]{0,14}\s?(?:%|[kKmMbB]\+?|\+)?")
#: A label: a letter, then letters, spaces and light punctuation only (each character
#: matches one branch only: no backtracking).
_LABEL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ ,.'\u2019&/()+-])*")
#: The keep reasons a stat card's lines are taken from (the article block's plain lines).
_FROM = frozenset(("article_block",))


def stat_cards(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take out the labels of the stat cards of a ranking's records and their figures (in
    place, ``stat_field``; see above)."""
    text = [i for i, f in enumerate(feats) if f.text.strip() and decisions[i][1] in _FROM]
    kinds = {i: _kind(feats[i]) for i in text}
    found = _occurrences(text, kinds, feats, None)
    repeated = {t for t, found_at in found.items() if len(found_at) >= STAT_MIN_RECORDS}
    found = _occurrences(text, kinds, feats, repeated)
    labels = [t for t, found_at in sorted(found.items()) if len(found_at) >= STAT_MIN_RECORDS]
    if len(labels) < STAT_MIN_LABELS:
        return
    for t in labels:
        for group in found[t]:
            for i in group:
                decisions[i] = STAT_FIELD


def _kind(f: LineFeatures) -> str:
    """"figure", "label" or "" (any other line)."""
    text = f.text.strip()
    if _FIGURE.fullmatch(text):
        return "figure"
    if len(text.split()) <= LABEL_MAX_WORDS and not f.ends_sentence and \
            not text.endswith((":", "\uff1a")) and _LABEL.fullmatch(text):
        return "label"
    return ""


def _occurrences(text: Sequence[int], kinds: dict[int, str], feats: Sequence[LineFeatures],
                 repeated: set[str] | None) -> dict[str, list[list[int]]]:
    """{label: [[the label's line, the figures next to it], ...]} over the article block's
    lines ``text`` (consecutive non-blank lines are neighbours when both are in it); with
    ``repeated``, only the occurrences whose neighbours are figures, those labels or no line
    of the block."""
    found: dict[str, list[list[int]]] = defaultdict(list)
    for n, i in enumerate(text):
        if kinds[i] != "label":
            continue
        near = [text[m] for m in (n - 1, n + 1) if 0 <= m < len(text) and
                _adjacent(i, text[m], feats)]
        figures = [j for j in near if kinds[j] == "figure"]
        if not figures or (repeated is not None and any(
                kinds[j] != "figure" and feats[j].text.strip() not in repeated for j in near)):
            continue
        found[feats[i].text.strip()].append([i, *figures])
    return found


def _adjacent(i: int, j: int, feats: Sequence[LineFeatures]) -> bool:
    """Whether only blank lines stand between lines ``i`` and ``j``."""
    lo, hi = min(i, j), max(i, j)
    return all(not feats[k].text.strip() for k in range(lo + 1, hi))
