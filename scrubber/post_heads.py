"""The poster's name over each post of a thread whose chrome stands under the posts.

A Tieba-like board writes each post as the poster's name, the post's text, then its chrome
(the client it came from, the floor number, the date): the name stands between the chrome of
the post above and the text of its own post, with no line of chrome between it and the text.
:mod:`scrubber.threads` finds the chrome by its repeated shapes and the short lines between two
lines of chrome; a name that a paragraph follows is neither, and would be kept as the post's
first line. A short line that may be a name (no sentence, no greeting: "Hi guys" is a post's
first line), standing right under a line of the thread's chrome and right over a post's text,
is such a head (``post_chrome``) when the thread's posts open so at least ``HEAD_MIN_POSTS``
times and in at least ``HEAD_MIN_SHARE`` of the posts that open under chrome: a post's own
short first line ("补充一下") opens one post, not most.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .classify import Classified
from .features import LineFeatures
from .greetings import greeting_opens

#: At least this many posts open with a head (a name) between chrome and their text...
HEAD_MIN_POSTS = 3
#: ... and at least this share of the posts that open right under the thread's chrome.
HEAD_MIN_SHARE = 0.5
#: A reply addressed to a poster ("@小鱼干 谢谢") is a post's text, not a name over it.
_MENTION = re.compile(r"@\S")


def _name_shaped(f: LineFeatures) -> bool:
    """Whether a short line may be a poster's name: no sentence mark, no greeting ("Hey
    Kevin,", "Hi guys": a post's first line), no reply to a poster, and it ends in a letter or
    a digit (a clause mark goes on in the next line)."""
    text = f.text.rstrip()
    return f.sentence_punct == 0 and text[-1:].isalnum() and not greeting_opens(f.lower) \
        and _MENTION.match(text) is None


def poster_heads(cand: Sequence[int], chrome: set[int], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures], first: int, last: int,
                 is_body: Callable[[Classified, LineFeatures], bool]) -> list[int]:
    """The short lines (``cand``, of the thread from ``first`` to ``last``) each right under a
    line of ``chrome`` and right over a post's text (``is_body``), when the posts open so
    often enough (see above); none otherwise."""
    lines = [i for i in range(first, last + 1) if feats[i].text]
    short = set(cand)
    heads: list[int] = []
    openings = 0
    for k in range(1, len(lines)):
        body = lines[k]
        if not is_body(classified[body], feats[body]):
            continue
        above = lines[k - 1]
        if above in chrome:
            openings += 1
        elif k >= 2 and lines[k - 2] in chrome and above in short and _name_shaped(feats[above]):
            openings += 1
            heads.append(above)
    if len(heads) < HEAD_MIN_POSTS or len(heads) < HEAD_MIN_SHARE * openings:
        return []
    return heads
