"""Report dialogs: a marketplace's "Report this item" form, taken in with the page's text.

A shop, a marketplace or a classifieds site lets a visitor report what a page shows; the
form's text sits hidden in the page and comes out with it: a heading ("Report this item",
"Report this listing"), the question and its choices ("What's wrong with this listing?",
"Tell us why you're reporting this item", "Please choose a reason"), advice written in
sentences ("The first thing you should do is contact the seller directly.") and the
submission's fine print ("By submitting this report, you confirm ..."). Its sentences make
the article search keep it.

From a short heading of ``_HEADING``, the lines up to the last one that speaks the form's
words (``_FORM``), each such line at most ``DIALOG_MAX_GAP`` non-blank lines below the one
before, are the dialog's when at least
``DIALOG_MIN_HITS`` lines speak them (``report_dialog``): a "Report this comment" link under
each comment of a thread is followed by the next comment, not by a form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

#: The heading is a few words...
HEADING_MAX_UNITS = 8
#: ... and each line of the form in its words is at most this many non-blank lines below the
#: one before (the heading first; the choices of a reason stand between two of them)...
DIALOG_MAX_GAP = 25
#: ... with at least this many such lines below the heading.
DIALOG_MIN_HITS = 2
REPORT_DIALOG = ("noise", "report_dialog")
#: A report form's heading (lower case, at the line's start).
_HEADING = re.compile(r"report (?:this|an?) (?:item|listing|ad|advert|product|seller|shop"
                      r"|store|user|profile|post|review|photo|video)\b")
#: The form's own words (lower case, anywhere in a line): its question, its choices, its
#: submission.
_FORM = re.compile(r"\breporting (?:this|an?)\b|\b(?:choose|select|pick) an? reason\b"
                   r"|\bsubmit(?:ting)? (?:this|a|your)? ?report\b|\bwhat['’]?s wrong with this\b"
                   r"|\breason for (?:this|your) report\b")


def report_dialogs(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take back the report forms kept as the article's (see above), in place."""
    lines = [i for i, f in enumerate(feats) if f.text]
    x = 0
    while x < len(lines):
        f = feats[lines[x]]
        if f.units > HEADING_MAX_UNITS or _HEADING.match(f.lower) is None:
            x += 1
            continue
        end, hits = _form_end(feats, lines, x)
        if hits < DIALOG_MIN_HITS:
            x += 1
            continue
        for i in lines[x:end + 1]:
            if decisions[i][0] == "content":
                decisions[i] = REPORT_DIALOG
        x = end + 1


def _form_end(feats: Sequence[LineFeatures], lines: list[int], x: int) -> tuple[int, int]:
    """The position (in ``lines``) of the form's last line from the heading at ``x``, each of
    its lines in the form's words at most DIALOG_MAX_GAP lines below the one before, and how
    many there are."""
    end, hits = x, 0
    for y in range(x + 1, len(lines)):
        if y - end > DIALOG_MAX_GAP:
            break
        if _FORM.search(feats[lines[y]].lower):
            end, hits = y, hits + 1
    return end, hits
