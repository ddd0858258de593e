"""The posts of a thread under signed headers, after the context pass (see
:mod:`scrubber.posts` for the other passes over a thread's posts).

A post header is a short line ending with the post's relative time after
the poster's name ("客栈小K | 版主 | 6天前", "dana_k · 3 hours ago"). With at least
``HEADER_MIN_POSTS`` of them after the article, at most ``HEADER_MAX_GAP`` lines of text
apart, the first close to the article's end, and most of them (``HEADER_POSTS_SHARE``)
followed by text (a feed's items headed by "Source • 5 hours ago" are not), the lines of
text right under each header (after the post's floor number, "1") that the context pass
left after the article, or that it or a later pass kept, are the posts' bodies
(``post_body``): kept. Where the replies of a region were found, the posts' text in
such a region is taken too, and a header taken for a reply is the post's chrome.

Where no such headers are found, the posts' date stamps with a clock time ("May 19 2024 |
3:26 pm") head them when at least ``HEADER_MIN_POSTS`` + 1 of one shape (numbers, month
names and the half of the day folded) stand on lines of their own and the first of them
heads the article (the thread's first post): nothing kept above it but the title, a kept
line within ``TIMED_FIRST_REACH`` lines of text below it. A blog's comments are stamped
unlike the article above them. Such posts may be of any length apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .classify import Classified, Kind
from .features import LineFeatures
from .posts import BODY_MIN_UNITS, POST_BODY, POST_HEADER, REPLY_REGIONS
from .regions import Decision
from .relative_times import RELATIVE_TIME

_AFTER: Decision = ("noise", "after_article")
_CONTENT: Decision = ("content", "article_block")
#: The kinds of line that may be a reply's text (not a line a rule names).
_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)
#: A post's header: the poster's name (and rank), then the post's relative time, last on a short
#: line ("客栈小K | 版主 | 6天前", "马亮南生 10月前", "dana_k · 3 hours ago").
_SIGNED_TIME = re.compile(rf"{RELATIVE_TIME}\s*$")
#: A post header has at most this many units (the name, a rank, the time): a feed's item
#: ("Title of another article | 4年前") is longer.
HEADER_MAX_UNITS = 10
#: A page is a thread of signed posts when at least this many post headers stand outside
#: the article, each followed by a post's text before the next...
HEADER_MIN_POSTS = 3
#: ... at least this share of them followed by a post's text (a feed's items are headed by
#: their source and time too, "KGW • 21 hours ago", with no text under them)...
HEADER_POSTS_SHARE = 2 / 3
#: ... and at most this many lines of text apart (a thread's posts follow one another).
HEADER_MAX_GAP = 8
#: A post's date stamp with its clock time, alone on its line ("May 19 2024 | 3:26 pm",
#: "2024-05-19 15:26"): the header of a thread's posts when the stamp of the same shape heads
#: the article (the thread's first post) within this many lines of text, nothing kept above
#: it but the title (a blog's comments are stamped unlike the article above them).
TIMED_FIRST_REACH = 3
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
#: A stamp's shape folds its numbers, month names and half of the day.
_STAMP_PARTS = re.compile(r"\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                          r"|\b[ap]\.?m\b\.?")
#: The reasons of the lines that may be a post's date stamp ("date_line", "date_stamp").
_DATE_REASONS = ("date",)
#: A post's floor number alone on its line between its header and its text ("1", "#1").
_FLOOR_ALONE = re.compile(r"#?\d{1,4}")


def signed_posts(decisions: list[Decision], classified: Sequence[Classified],
                 feats: Sequence[LineFeatures]) -> None:
    """Keep the text of the posts under post headers (a name, then a relative time) that
    stand outside the article: the replies of a thread with no article block of its own
    (``post_body``). Each post's text is the run of text lines right after its header."""
    headers = [i for i, f in enumerate(feats)
               if f.units <= HEADER_MAX_UNITS and f.text and decisions[i] != _CONTENT
               and _SIGNED_TIME.search(f.text) is not None and _named(f.text)]
    # (Timed stamps head posts of any length: the first heads the article.)
    timed = len(headers) < HEADER_MIN_POSTS
    if timed:
        headers = _timed_headers(decisions, classified, feats)
    if len(headers) < HEADER_MIN_POSTS:
        return
    # Where the replies of a thread were found inside a region, its later posts are too.
    open_to = {_AFTER, _CONTENT, POST_BODY}
    if POST_BODY in decisions:
        open_to.update(d for d in decisions if d[0] in REPLY_REGIONS)
    bodies = [_post_text(h, decisions, classified, feats, open_to) for h in headers]
    texts = [0] * (len(feats) + 1)
    for i, f in enumerate(feats):
        texts[i + 1] = texts[i] + (1 if f.text else 0)
    posts = sum(1 for body in bodies if body)
    if posts < max(HEADER_MIN_POSTS, HEADER_POSTS_SHARE * len(headers)) or (not timed and any(
            texts[b] - texts[a] > HEADER_MAX_GAP for a, b in pairwise(headers))):
        return
    # The thread follows the article (its question, its first post), not a sidebar's box of
    # latest comments above it (its lines are before the article) or far below it.
    kept = [i for i in range(headers[0]) if decisions[i][0] in ("content", "title")]
    if kept and texts[headers[0]] - texts[kept[-1] + 1] > HEADER_MAX_GAP:
        return
    for body in bodies:
        for i in body:
            if decisions[i][0] != "content":
                decisions[i] = POST_BODY
    for i in headers:
        if decisions[i] == POST_BODY:
            decisions[i] = POST_HEADER


def _timed_headers(decisions: Sequence[Decision], classified: Sequence[Classified],
                   feats: Sequence[LineFeatures]) -> list[int]:
    """The posts' date stamps with a clock time of the shape most often found (numbers
    folded), when the first of them heads the article: no line kept above it but the title,
    and a kept line within TIMED_FIRST_REACH lines of text below it."""
    shapes: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        if (f.text and f.units <= HEADER_MAX_UNITS and decisions[i][0] != "content"
                and classified[i].reason.startswith(_DATE_REASONS)
                and _CLOCK.search(f.text) is not None):
            shapes.setdefault(_STAMP_PARTS.sub("0", f.lower), []).append(i)
    if not shapes:
        return []
    stamps = max(shapes.values(), key=lambda lines: (len(lines), -lines[0]))
    first = stamps[0]
    if len(stamps) <= HEADER_MIN_POSTS or any(
            decisions[i][0] == "content" for i in range(first)):
        return []
    below = [i for i in range(first + 1, len(feats)) if feats[i].text][:TIMED_FIRST_REACH]
    return stamps if any(decisions[i][0] == "content" for i in below) else []


def _named(text: str) -> bool:
    """Whether a post header holds letters before its time (the poster's name)."""
    head = _SIGNED_TIME.sub("", text)
    return any(ch.isalpha() for ch in head)


def _post_text(header: int, decisions: Sequence[Decision], classified: Sequence[Classified],
               feats: Sequence[LineFeatures], open_to: set[Decision]) -> list[int]:
    """The lines of text right after a post header (and the post's floor number, "1", "#1")
    that the context pass or a pass after it kept, or that it left after the article: each
    of at least BODY_MIN_UNITS units or ending a sentence, no rule naming it, up to the next
    header."""
    out: list[int] = []
    for i in range(header + 1, len(feats)):
        f = feats[i]
        if not f.text or (not out and _FLOOR_ALONE.fullmatch(f.text) is not None):
            continue
        if ((decisions[i] not in open_to and decisions[i][0] != "content")
                or classified[i].kind not in _TEXT_KINDS
                or _SIGNED_TIME.search(f.text) is not None
                or (f.units < BODY_MIN_UNITS and not f.ends_sentence)):
            break
        out.append(i)
    return out
