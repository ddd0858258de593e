"""Page structure the line-by-line pass cannot see: runs of code, runs of headlines, list and
quote markers, and the repeated chrome of posts. These passes run between the first pass
(:mod:`scrubber.classify`) and the context pass (:mod:`scrubber.regions`), and after it for the
post chrome; each looks at a line together with its neighbours or the whole page.

- **Code runs.** A run of at least ``CODE_MIN_RUN`` code-like lines (blank lines allowed inside)
  is part of whatever surrounds it: its lines score nothing in the article search (they neither
  start nor end an article, they bridge between its paragraphs), and a link-list or keyword
  rule does not remove them. A line is code-like when it is mostly not CJK, has no CJK full
  stop, and carries a token of code syntax (``CODE_TOKEN``).
- **Headline runs.** At least ``HEADLINE_MIN_RUN`` headline-like lines in a row (one line each,
  ``HEADLINE_MIN_UNITS`` to ``HEADLINE_MAX_UNITS`` units, no sentence inside, no trailing
  clause punctuation, no enumerator such as ``1、``) are a list of headlines, not paragraphs:
  each counts as a short line, so the article block does not run on through them.
- **Markers.** A line that a link-list rule removed only because of its list or quote marker
  (``> ``, ``- ``, ``* ``, ``## ``, ``1. ``) is judged again without it.
- **Post chrome.** Inside the kept text, a short line with no sentence that holds a relative
  time, a floor number or a vote/reply counter, and whose shape (letters and digits
  generalised) repeats at least ``STAMP_MIN_REPEATS`` times on the page, is a post's chrome
  (``post_stamp``), not its body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .classify import Classified, Kind, classify
from .features import LineFeatures, line_features
from .options import Options
from .rules import RuleSet

#: A run of code needs at least this many code-like lines.
CODE_MIN_RUN = 2
#: A code-like line has at most this share of CJK characters among its letters and digits.
CODE_MAX_CJK_SHARE = 0.3
# Tokens of code syntax: a comment or prompt at the start, a line continued or closed at the
# end, shell operators and variables, assignments, calls, scopes, and common shell verbs.
CODE_TOKEN = re.compile(
    r"^\s*(?:#|//|--?[A-Za-z]|\$ |>>>|[{}])"
    r"|[=\\;{}]\s*$|&&|\|\||\$[A-Za-z_]|\w=\S|\w\(.*\)|::"
    r"|^\s*(?:if|else|fi|for|done|echo|import|from|def|return|sudo|cd|export|source|npm|pip|git"
    r"|docker|curl|set|alias|const|let|var|function|class|public|private|SELECT|INSERT)\b")
#: Labels a code run does not override (a copyright line under a snippet is still a footer).
CODE_KEEPS_LABELS = frozenset(("footer",))

HEADLINE_MIN_RUN = 3
HEADLINE_MIN_UNITS = 12
HEADLINE_MAX_UNITS = 45
_ENUMERATOR = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[、.．)）]")
_CLAUSE_END = frozenset("，,、；;：:")
_FULL_STOPS = frozenset("。.")

_MARKER = re.compile(r"^\s*(?:>+|[-*+•]|#{1,6}|\d{1,2}[.、)）])\s+")

STAMP_MAX_UNITS = 10
STAMP_MIN_REPEATS = 3
_STAMP = re.compile(r"\d+\s*(?:秒|分钟|小时|天|周|个?月|年)前|#\d+|\d+\s*楼|楼主"
                    r"|\d+\s*(?:个赞|赞|声望|回复|举报)"
                    r"|\b\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b"
                    r"|\b\d+\s*(?:likes?|replies|points|votes)\b", re.IGNORECASE)
_WORDISH = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
POST_STAMP = ("meta", "post_stamp")


def code_like(f: LineFeatures) -> bool:
    """Whether a line reads as a line of code or a shell command."""
    if not f.text or f.cjk_share > CODE_MAX_CJK_SHARE or "。" in f.text:
        return False
    return CODE_TOKEN.search(f.text) is not None


def _runs(flags: Sequence[bool], feats: Sequence[LineFeatures], min_run: int) -> list[int]:
    """The flagged lines that stand in runs of at least ``min_run`` (blank lines allowed
    inside a run)."""
    out: list[int] = []
    run: list[int] = []
    for i, flag in enumerate(flags):
        if flag:
            run.append(i)
        elif feats[i].text:
            if len(run) >= min_run:
                out += run
            run = []
    if len(run) >= min_run:
        out += run
    return out


def code_runs(classified: list[Classified], feats: Sequence[LineFeatures]) -> list[int]:
    """Mark the lines of code runs as short lines (in place) and return their indices: the
    caller makes them transparent to the article search."""
    flags = [code_like(f) if f.text and not f.text.isspace() else False for f in feats]
    if sum(flags) < CODE_MIN_RUN:
        return []
    out = []
    for i in _runs(flags, feats, CODE_MIN_RUN):
        c = classified[i]
        if c.kind is Kind.HEADER or c.kind is Kind.GOOD or c.label in CODE_KEEPS_LABELS:
            continue
        classified[i] = Classified(Kind.SHORT)
        out.append(i)
    return out


def _headline_like(f: LineFeatures) -> bool:
    text = f.text
    if not (HEADLINE_MIN_UNITS <= f.units <= HEADLINE_MAX_UNITS):
        return False
    if (f.ends_sentence and text[-1] in _FULL_STOPS) or f.sentence_punct > 1 or \
            "。" in text[:-1] or text[-1] in _CLAUSE_END:
        return False
    return _ENUMERATOR.match(text) is None


def headline_runs(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Turn the lines of headline runs into short lines (in place)."""
    flags = [c.kind in _TEXT_KINDS and _headline_like(f) for c, f in zip(classified, feats,
                                                                         strict=True)]
    for i in _runs(flags, feats, HEADLINE_MIN_RUN):
        if classified[i].kind is not Kind.SHORT:
            classified[i] = _SHORT


def unmark_lists(classified: list[Classified], feats: Sequence[LineFeatures], rules: RuleSet,
                 options: Options) -> None:
    """Judge again, without its marker, a line the link-list rule removed (in place)."""
    for i, c in enumerate(classified):
        if c.reason != "link_list":
            continue
        marker = _MARKER.match(feats[i].text)
        if marker is None:
            continue
        again = classify(line_features(feats[i].text[marker.end():]), rules, options)
        if again.reason != "link_list":
            classified[i] = again


def _shape(text: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("0", _WORDISH.sub("a", text))).strip()


def post_stamps(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Relabel the post chrome among the kept lines (in place)."""
    candidates = [i for i, f in enumerate(feats)
                  if f.text and f.units <= STAMP_MAX_UNITS and not f.sentence_punct
                  and _STAMP.search(f.text)]
    if len(candidates) < STAMP_MIN_REPEATS:
        return
    shapes = Counter(_shape(f.text) for f in feats if f.text and f.units <= STAMP_MAX_UNITS)
    for i in candidates:
        if decisions[i][0] == "content" and shapes[_shape(feats[i].text)] >= STAMP_MIN_REPEATS:
            decisions[i] = POST_STAMP


_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)
_SHORT = Classified(Kind.SHORT)
