"""Consent dialogs: a site's cookie settings that the scraper took in with the page's text.

A consent dialog ("Privacy Preference Center", "Your privacy settings") is written in
sentences, often long ones ("This website uses cookies to improve your experience ...",
"These cookies are essential to provide ...", a table of the cookies each with what "sets
this cookie"), so the article search keeps it as a block of its own at the page's end, or
glued to the footer's blurb. The line rules only name its short lines (``cookie_notice``).

A run of kept lines (at most ``CONSENT_MAX_GAP`` removed lines in a row inside it) is cut
from its first line that speaks of the site's cookies (``_CONSENT``: "we use cookies",
"necessary cookies", "cookie settings", "sets this cookie") to its end when from there on
(``consent_box``):

- at least ``CONSENT_MIN_HITS`` lines speak of the site's cookies, and
- at least ``CONSENT_MIN_SHARE`` of the kept lines use the dialog's words (``_PRIVACY``:
  cookies, consent, personal data, partners, advertising, tracking: an article that goes on
  after the dialog dilutes them and is left alone), and
- the page keeps at least ``CONSENT_MIN_OUTSIDE`` lines outside it (a cookie policy that is
  the page's own text stays).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures

#: A dialog's run of kept lines goes on over at most this many removed lines in a row (a
#: "Cookie | Duration | Description" row, an "Accept all" button).
CONSENT_MAX_GAP = 3
#: At least this many lines of the run, from its first, speak of the site's cookies...
CONSENT_MIN_HITS = 2
#: ... and at least this share of its kept lines use the dialog's words...
CONSENT_MIN_SHARE = 0.25
#: ... and the page keeps at least this many lines outside it.
CONSENT_MIN_OUTSIDE = 3
CONSENT_BOX = ("footer", "consent_box")
#: Lines that speak of the site's own cookies (lower-case text): who uses them, which kind
#: they are, their settings, the cookie table's "sets this cookie".
_CONSENT = re.compile(
    r"\b(?:we|partners|site|website|these|necessary|essential|functional|performance"
    r"|analytics?|analytical|advertising|advertisement|targeting|marketing|optional"
    r"|third[- ]party) (?:use )?cookies\b"
    r"|\bcookies? (?:settings|preferences|policy|consent)\b|\buses? (?:of )?cookies\b"
    r"|\bcookies (?:and|&) similar\b|\bsets? (?:this|the) cookie\b|\bthis cookie is\b")
#: The words of a consent dialog (lower-case text).
_PRIVACY = re.compile(r"cookie|consent|personal data|privacy|partners|advertis|tracking"
                      r"|technologies|preferences")


def _runs(decisions: Sequence[tuple[str, str]], lines: list[int]) -> list[list[int]]:
    """The runs of kept lines (indices into the page), each taking in at most
    CONSENT_MAX_GAP removed lines in a row."""
    runs: list[list[int]] = []
    current: list[int] = []
    gap = 0
    for i in lines:
        if decisions[i][0] == "content":
            current.append(i)
            gap = 0
        elif current:
            gap += 1
            if gap > CONSENT_MAX_GAP:
                runs.append(current)
                current, gap = [], 0
    if current:
        runs.append(current)
    return runs


def consent_boxes(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take back the consent dialogs kept as the article's (see above), in place."""
    lines = [i for i, f in enumerate(feats) if f.text]
    total = sum(1 for i in lines if decisions[i][0] == "content")
    for run in _runs(decisions, lines):
        first = next((x for x, i in enumerate(run) if _CONSENT.search(feats[i].lower)), None)
        if first is None:
            continue
        box = run[first:]
        hits = sum(1 for i in box if _CONSENT.search(feats[i].lower))
        words = sum(1 for i in box if _PRIVACY.search(feats[i].lower))
        if hits >= CONSENT_MIN_HITS and words >= CONSENT_MIN_SHARE * len(box) and \
                total - len(box) >= CONSENT_MIN_OUTSIDE:
            for i in box:
                decisions[i] = CONSENT_BOX


#: Lines a consent dialog's run may take in before the context pass: text of any size.
_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)
_CONSENT_LINE = Classified(Kind.BAD, *CONSENT_BOX)


def consent_lines(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Mark a consent dialog's lines as boilerplate before the context pass (in place), so that
    the article search does not take a long dialog for the article of a page whose own
    content is a list of short lines (a collection, a listing), nor run the article on
    through the page's end into it: the runs of text lines (at most CONSENT_MAX_GAP other
    lines in a row inside them) cut as :func:`consent_boxes` cuts the kept ones, when the
    dialog starts below a footer line (a cookie policy that is the page's own text stands
    above the footer)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    text = [("content", "") if classified[i].kind in _TEXT_KINDS else ("noise", "")
            for i in range(len(feats))]
    total = sum(1 for i in lines if text[i][0] == "content")
    footer = next((i for i in lines if classified[i].label == "footer"), len(feats))
    for run in _runs(text, lines):
        box = _box(run, feats)
        if box and box[0] > footer and total - len(box) >= CONSENT_MIN_OUTSIDE:
            for i in box:
                classified[i] = _CONSENT_LINE


def _box(run: list[int], feats: Sequence[LineFeatures]) -> list[int]:
    """The run's dialog: from its first line that speaks of the site's cookies to its end,
    when enough of it does (see the module's doc); else nothing."""
    first = next((x for x, i in enumerate(run) if _CONSENT.search(feats[i].lower)), None)
    if first is None:
        return []
    box = run[first:]
    hits = sum(1 for i in box if _CONSENT.search(feats[i].lower))
    words = sum(1 for i in box if _PRIVACY.search(feats[i].lower))
    return box if hits >= CONSENT_MIN_HITS and words >= CONSENT_MIN_SHARE * len(box) else []
