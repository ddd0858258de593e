"""Small kinds of page chrome that a kept grid, list or article may hold, each alone on its
line: removed after the context pass, once the grids and the article are found (as a rule
of the first pass they would break a grid's records apart: a credit heads each teaser).

- **Photo credits** (``photo_credit``): a labelled credit ("Photo: Jane Doe", "Image: Acme
  (Shutterstock)") or a photographer and a wire agency or a stock library parted by a slash
  or a pipe ("Jane Doe/Getty Images", "John Roe/AFP via Getty Images", "Ann Lee | Reuters"),
  or a free library's ("Photo by Jane Doe on Unsplash"). Not a credit in brackets: a
  caption's note ("(Image credit: Acme)"), which the gold keeps as often as not.
- **Engagement counters** (``engagement_count``): a count and what it counts, nothing else
  ("84 reactions", "1.2k views", "Star 194k", "阅读 1.2万", "조회 1,024").
- **Markup** (``markup_line``): an embed's HTML tag left as text ("<iframe src=…>"), nothing
  else on the line but the label of the box that offers it for copying, a word or two
  ("Embed    <iframe src=…>": a share widget's field, its label and its value on one
  line), with no markup on the lines next to it and no line introducing it (ending in a
  colon) above it: a snippet a document shows (``<body>`` around the ``<iframe>``, "paste
  this code:") stays.

A line a pass kept as code stays, whatever its shape."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures
from .regions import Decision

PHOTO_CREDIT: Decision = ("meta", "photo_credit")
ENGAGEMENT_COUNT: Decision = ("meta", "engagement_count")
MARKUP_LINE: Decision = ("noise", "markup_line")

#: A credit line is at most this many units (a photographer's name, two agencies) and
#: characters (the longest line the credit expression can match).
CREDIT_MAX_UNITS = 12
CREDIT_MAX_CHARS = 160
#: A counter line is at most this many characters ("19.8K followers", "阅读 1.2万").
COUNT_MAX_CHARS = 20
#: Kept lines a late pass must not touch: code a document shows.
_CODE_REASONS = frozenset(("code_line", "code_run"))

#: Wire agencies, stock libraries and photo desks that a credit names after its slash.
AGENCIES = ("getty images", "ap", "ap photo", "reuters", "afp", "epa", "npr", "bloomberg",
            "shutterstock", "alamy", "istock", "istockphoto", "unsplash", "pexels",
            "associated press", "xinhua", "anadolu")
#: The labels that open a credit line.
CREDIT_LABELS = ("photo", "photos", "photograph", "image", "images", "credit",
                 "photo credit", "image credit", "image source", "illustration")

_AGENCY = "|".join(re.escape(a) for a in AGENCIES)
#: Free image libraries a blog's credit names: "Photo by Jane Doe on Unsplash".
IMAGE_LIBRARIES = ("unsplash", "pexels", "pixabay")
_CREDIT = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in CREDIT_LABELS) + r")\s?:\s?[^:\n]{1,80}"
    r"|(?:photo|image) by [^:\n]{1,40} on (?:" + "|".join(IMAGE_LIBRARIES) + ")"
    r"|[^/|\n]{2,60}?\s?[/|]\s?(?:[^/|\n]{1,40}?\s?[/|]\s?)?(?:" + _AGENCY +
    r"|[\w.& -]{1,30}? via getty images)"
    r"|[^/|\n]{2,60}?\s(?:via|for) getty images", re.IGNORECASE)

#: What an engagement counter counts, per script: after the number ("84 reactions",
#: "1.2万阅读", "12 いいね") or before it ("Star 194k", "阅读 1.2万", "조회 1,024").
COUNTED_AFTER = ("reactions?", "likes?", "shares?", "views?", "followers?", "upvotes?",
                 "claps?", "retweets?", "reposts?", "bookmarks?", "stars?", "forks?",
                 "downloads?", "次阅读", "人阅读", "阅读", "次浏览", "人浏览", "浏览", "点赞",
                 "次播放", "播放", "閱讀", "瀏覽", "いいね", "回閲覧", "ビュー", "pv")
COUNTED_BEFORE = ("stars?", "forks?", "views?", "likes?", "shares?", "阅读", "浏览", "点赞",
                  "播放", "閱讀", "瀏覽", "조회수?", "공감", "좋아요")
_NUMBER = r"\d[\d.,]*\s?[kmb万萬w]?\+?"
_COUNTER = re.compile(
    rf"{_NUMBER}\s?(?:{'|'.join(COUNTED_AFTER)})"
    rf"|(?:{'|'.join(COUNTED_BEFORE)})\s?[:：]?\s?{_NUMBER}", re.IGNORECASE)

#: An embed's tag alone on its line, its closing tag at most after it.
_MARKUP = re.compile(
    r"<(iframe|embed|object|script|video|audio|noscript)\b[^<>]{0,1000}>(?:\s?</\1>)?",
    re.IGNORECASE)
#: The label of a box that offers the tag for copying, before it on its line: at most this
#: many words of letters ("Embed", "Embed code:"), no sentence.
EMBED_LABEL_MAX_WORDS = 2
_LABELLED_MARKUP = re.compile(
    rf"(?:[^\W\d_]+ ?){{1,{EMBED_LABEL_MAX_WORDS}}}[:：]?\s+(?=<)",
    re.IGNORECASE)


def chrome_kind(f: LineFeatures) -> Decision | None:
    """The decision for a line that is a photo credit, a counter or an embed's tag, or
    None. Cheap tests first: most lines are too long or end a sentence."""
    text = f.text
    if not text:
        return None
    if text[0] == "<":  # an embed's tag: any length, its address counts many units
        return MARKUP_LINE if _MARKUP.fullmatch(text) else None
    if "<" in text:  # the same after its box's label
        label = _LABELLED_MARKUP.match(text)
        if label is not None and _MARKUP.fullmatch(text, label.end()):
            return MARKUP_LINE
    if f.units > CREDIT_MAX_UNITS or f.chars > CREDIT_MAX_CHARS:
        return None
    if f.chars <= COUNT_MAX_CHARS and any(c.isdigit() for c in text) and \
            _COUNTER.fullmatch(f.lower):
        return ENGAGEMENT_COUNT
    if not f.ends_sentence and _CREDIT.fullmatch(text):
        return PHOTO_CREDIT
    return None


def _in_snippet(feats: Sequence[LineFeatures], i: int) -> bool:
    """Whether the nearest lines around line ``i`` make it a line of a snippet: markup
    next to it, or a line introducing it (ending in a colon) above it."""
    above = next((feats[k].text for k in range(i - 1, -1, -1) if feats[k].text), "")
    below = next((feats[k].text for k in range(i + 1, len(feats)) if feats[k].text), "")
    return above.endswith((":", "：", ">")) or above.startswith("<") or \
        below.startswith("<") or below.endswith(">")


def chrome_lines(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Remove the kept lines that are photo credits, engagement counters or an embed's
    markup (in place); code a document shows stays."""
    for i, (decision, f) in enumerate(zip(decisions, feats, strict=True)):
        if decision[0] != "content" or decision[1] in _CODE_REASONS:
            continue
        kind = chrome_kind(f)
        if kind is not None and not (kind is MARKUP_LINE and _in_snippet(feats, i)):
            decisions[i] = kind
