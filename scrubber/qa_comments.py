"""The signed comments under the posts of a Q&A thread (the question, its answers, and the
short comments under each, which are not the thread's posts). The posts and their chrome:
:mod:`scrubber.threads`.

- **Signed comments.** On a Q&A page the short comments under the question and each answer
  are signed: the author's name, then a dash and the name again ("Dana Kim" / "– Dana Kim").
  With at least ``COMMENT_MIN_SIGNED`` such signatures, each comment (its body up to the
  chrome above it, the name, the signature) is ``post_comment``: removed, and transparent
  to the article search. The signatures also tell that the page is a thread: one kind of
  repeated post mark is then enough.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified, Kind
from .features import LineFeatures

#: A short line with no sentence in it of at most this many units ends a comment's body above
#: it (a stamp, a vote count, a name): as long as a line of post chrome
#: (:data:`scrubber.threads.CHROME_MAX_UNITS`).
BOUND_MAX_UNITS = 8
#: A comment under a post is signed: its author's name on a line, then a dash and the name
#: again ("Dana Kim" / "– Dana Kim"); the page must hold at least this many signed comments.
COMMENT_MIN_SIGNED = 2
#: A signature's name has at most this many units.
SIGNATURE_MAX_UNITS = 6
#: A comment's body is at most this many lines above its signature, up to the line of chrome
#: before it (the previous comment's stamp, the post's badges, a vote count); without such a
#: line within reach only the line right above the name is taken.
COMMENT_MAX_LINES = 3
_SIGNATURE = re.compile(r"[–—-]\s+(\S.*)")
_SIGNATURE_DASHES = frozenset("–—-")
POST_COMMENT = Classified(Kind.BAD, "comment", "post_comment")

def post_comments(classified: list[Classified], feats: Sequence[LineFeatures]) -> list[int]:
    """The signed comments under the posts of a Q&A thread (question, answers, and short
    comments under each, which are not the thread's posts), labelled ``post_comment`` (in
    place), and their indices, which the caller makes transparent to the article search so
    that the answers around them still read as one run. A comment is its body, its author's
    name and the signature line (a dash, then the same name); the date stamps after it are
    date lines already."""
    text_lines, signed = signatures(feats)
    if len(signed) < COMMENT_MIN_SIGNED:
        return []
    out: list[int] = []
    for n in signed:
        out += [text_lines[n - 1], text_lines[n]]
        body: list[int] = []
        bounded = False
        for k in range(n - 2, max(n - 2 - COMMENT_MAX_LINES, -1), -1):
            j = text_lines[k]
            if _comment_bound(classified[j], feats[j]):
                bounded = True
                break
            body.append(j)
        out += body if bounded else body[:1]
    for i in out:
        classified[i] = POST_COMMENT
    return sorted(set(out))

def signatures(feats: Sequence[LineFeatures]) -> tuple[list[int], list[int]]:
    """The indices of the lines of text, and the positions among them of the signatures of
    comments (a dash and the name on the line above)."""
    text_lines = [i for i, f in enumerate(feats) if f.text]
    signed = []
    for n in range(1, len(text_lines)):
        f = feats[text_lines[n]]
        if f.text[0] not in _SIGNATURE_DASHES or f.units > SIGNATURE_MAX_UNITS:
            continue
        match = _SIGNATURE.fullmatch(f.text)
        if match is not None and match.group(1) == feats[text_lines[n - 1]].text:
            signed.append(n)
    return text_lines, signed

def _comment_bound(c: Classified, f: LineFeatures) -> bool:
    """Whether a line above a comment ends its body: a line a rule names, or a short line
    with no sentence in it (a stamp, a vote count, a name)."""
    if c.kind is Kind.BAD or c.kind is Kind.HEADER:
        return True
    return not f.ends_sentence and not f.sentence_punct and f.units <= BOUND_MAX_UNITS
