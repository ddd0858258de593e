"""The copies inside the posts of a thread page (:mod:`scrubber.threads`): a line that
repeats an earlier line of the thread exactly (a quote of an earlier post inside a reply, a
signature), a reply's subject that repeats the thread's title or an earlier line
("Re: <title>"), and a run of short lines that repeats an earlier run (a poster's card no
post mark names: name, title, place). All are ``post_repeat``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures

#: Inside a thread, a line of at least this many units that repeats an earlier line of the
#: thread exactly is a quote or a signature (shorter lines repeat by chance: "Thanks!").
REPEAT_MIN_UNITS = 4
#: ... and so is a run of at least this many short lines that repeats an earlier run line for
#: line (a poster's card: two lines repeat by chance, "Reply" / "Quote").
CARD_MIN_LINES = 3
POST_REPEAT = Classified(Kind.BAD, "meta", "post_repeat")
#: The mark of a reply before the subject it repeats ("Re: <title>", "RE:", "回复：").
_REPLY_SUBJECT = re.compile(r"^(?:re|aw|sv|回复|回復)\s?[:：]\s?", re.IGNORECASE)

#: The lines of a poster's card have at most this many units, as a line of post chrome
#: (:data:`scrubber.threads.CHROME_MAX_UNITS`).
CARD_MAX_UNITS = 8

def thread_repeats(first: int, last: int, feats: Sequence[LineFeatures],
             chrome: set[int]) -> list[int]:
    """The lines from ``first`` to ``last`` of at least REPEAT_MIN_UNITS units that repeat,
    exactly, an earlier line of the same span (a quote of an earlier post inside a reply, a
    poster's signature under each of their posts), and the short lines of a run of
    CARD_MIN_LINES that repeats an earlier run line for line, none of them ``chrome`` (the
    poster's card over each of their posts that no mark names: name, rank, location)."""
    # The thread's title above it, which a reply's subject repeats ("Re: <title>"); a copy
    # of a line above without the mark may be the first post's own text (its teaser above).
    above = {f.text for f in feats[:first] if f.units >= REPEAT_MIN_UNITS}
    seen: set[str] = set()
    out = []
    for i in range(first, last + 1):
        f = feats[i]
        if f.units < REPEAT_MIN_UNITS:
            continue
        subject = _REPLY_SUBJECT.sub("", f.text, count=1)
        if f.text in seen or (subject != f.text and (subject in seen or subject in above)):
            out.append(i)
        else:
            seen.add(f.text)
    return sorted(set(out).union(_repeated_cards(first, last, feats, chrome)))


def _repeated_cards(first: int, last: int, feats: Sequence[LineFeatures],
                    chrome: set[int]) -> list[int]:
    """The short lines (at most CARD_MAX_UNITS units, not ``chrome``) from ``first`` to
    ``last`` in runs of CARD_MIN_LINES lines of text that repeat an earlier such run exactly."""
    lines = [i for i in range(first, last + 1) if feats[i].text]
    seen: set[tuple[str, ...]] = set()
    out: set[int] = set()
    for k in range(len(lines) - CARD_MIN_LINES + 1):
        run = lines[k:k + CARD_MIN_LINES]
        if any(feats[i].units > CARD_MAX_UNITS or i in chrome for i in run):
            continue
        key = tuple(feats[i].text for i in run)
        if key in seen:
            out.update(run)
        else:
            seen.add(key)
    return sorted(out)
