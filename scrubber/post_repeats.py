"""The copies inside the posts of a thread page (:mod:`scrubber.threads`): a line that
repeats an earlier line of the thread exactly (a quote of an earlier post inside a reply, a
signature), a reply's subject that repeats the thread's title or an earlier line
("Re: <title>"), and a run of short lines that repeats an earlier run (a poster's card no
post mark names: name, title, place). All are ``post_repeat``.

A signature's first copy is no quote's original: a line whose every copy (at least two) ends a
post, alone or in a run of such lines right above the post's chrome, is the poster's
signature (``post_signature``), the first copy as well as the later ones; a quote's copy
stands above the reply's own text.
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
POST_SIGNATURE = Classified(Kind.BAD, "meta", "post_signature")
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


def thread_signatures(first: int, last: int, feats: Sequence[LineFeatures],
                      chrome: set[int], heads: set[int]) -> list[int]:
    """The lines from ``first`` to ``last`` (none ``chrome``) of a signature: a line of at
    least REPEAT_MIN_UNITS units copied at least twice, each copy in the same block of lines
    (the lines above and below that are alike in every copy), each block right above a line
    of ``chrome`` (the post's controls) and none right under a quote's head (``heads``:
    "X said:" over a quote's copy), and the other lines of that block."""
    lines = [i for i in range(first, last + 1) if feats[i].text]
    at = {i: k for k, i in enumerate(lines)}
    copies: dict[str, list[int]] = {}
    for i in lines:
        if feats[i].units >= REPEAT_MIN_UNITS and i not in chrome:
            copies.setdefault(feats[i].text, []).append(i)
    out: list[int] = []
    for group in copies.values():
        if len(group) < 2:
            continue
        ks = [at[i] for i in group]
        below = _common_reach(ks, lines, feats, chrome, 1)
        above = _common_reach(ks, lines, feats, set(), -1)
        ends = [lines[k + below] if k + below < len(lines) else -1 for k in ks]
        tops = [lines[k - above] if k - above >= 0 else -1 for k in ks]
        if all(j in chrome for j in ends) and all(_under_post(j, feats, chrome, heads)
                                                  for j in tops) and any(
                j not in chrome for j in tops):
            # The whole block, its short lines too ("~ E. W. Dijkstra" under a quote).
            out += [lines[k + d] for k in ks for d in range(1 - above, below)
                    if lines[k + d] not in chrome]
    return sorted(set(out))


def _under_post(top: int, feats: Sequence[LineFeatures], chrome: set[int],
                heads: set[int]) -> bool:
    """Whether the line above a signature's copy (``top``) is a post's chrome (its edit stamp)
    or text, not a quote's head nor a short line (the name over a copy of a whole post)."""
    if top < 0 or top in heads:
        return False
    return top in chrome or feats[top].units >= REPEAT_MIN_UNITS


def _common_reach(ks: Sequence[int], lines: Sequence[int], feats: Sequence[LineFeatures],
                  chrome: set[int], step: int) -> int:
    """How far (in ``lines`` of text, ``step`` by ``step``) from each of ``ks`` the first line
    stands that differs between the copies or is ``chrome``: the line just past their common
    block."""
    d = step
    while all(0 <= k + d < len(lines) and lines[k + d] not in chrome for k in ks) and len(
            {feats[lines[k + d]].text for k in ks}) == 1:
        d += step
    return abs(d)
