"""The heads of the answers of a Q&A page after the context pass: the answerer's name and
bio ("dana_k" / "Geologist, 10 years in the field") stand between the vote counts under one
answer and the body of the next one, short lines no post mark names, which the article
block takes as the body's first lines.

- **Answer heads.** After a removed line that is a post mark
  (:data:`scrubber.post_marks.POST_MARKS`: the answer's votes, "赞同 104  40 条评论"), a
  run of at most ``HEAD_MAX_LINES`` lines of text whose kept lines (at most
  ``HEAD_MAX_KEPT``, all the article block's) are short (under ``BODY_MIN_UNITS``) and end
  no sentence, up to a kept line of the next answer's
  body (a sentence, or at least ``BODY_MIN_UNITS`` units), holds the next answer's head.
  When at least ``HEAD_MIN_REPEATS`` such runs stand on the page (one head under each
  answer), their kept short lines are the answers' chrome (``answer_head``): removed. A
  single run is a heading between a share bar and a section of an article. The marks and
  lines of the thread's chrome (``post_chrome``, :mod:`scrubber.threads`) are not such a
  run's: that pass took the posters' names between them, and the short lines under them
  open a reply ("Hi Dana,").
- **The first answer's head.** The article block's first kept lines, at most
  ``HEAD_MAX_KEPT`` short lines that end no sentence (the answerer's name and bio) and a post
  mark under them that is no floor number alone (the answer's votes, "3,456 人赞同了该回答"),
  right over the answer's body, are its head (``answer_head``): the context pass took them
  into the block when their scores summed to zero or more. One such head is enough: the mark
  names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answer_cards import answer_cards
from .features import LineFeatures
from .post_marks import is_mark
from .regions import Decision

#: A post mark it follows at most this many (a vote count with its controls)...
MARK_MAX_UNITS = 14
#: ... and at most this many lines of text (the tail's controls, the head, its follow
#: button) stand between the mark and the next answer's body...
HEAD_MAX_LINES = 8
#: ... of which at most this many are kept (name, bio, a control the context pass took).
HEAD_MAX_KEPT = 3
#: A kept line with at least this many units is the first line of an answer's body; a
#: shorter one with no sentence end is a line of its head (a name, a bio).
BODY_MIN_UNITS = 12
#: A page holds at least this many answer heads (one under each answer but the first).
HEAD_MIN_REPEATS = 2
ANSWER_HEAD: Decision = ("meta", "answer_head")
#: The chrome the thread pass found (:func:`scrubber.threads.post_chrome`): where it stands,
#: that pass took the posters' names between its lines, and the short lines after it are
#: the first lines of a reply ("Hi Dana,", "@dana_k").
THREAD_CHROME: Decision = ("meta", "post_chrome")
#: The head's lines are ones the article block took (a reply a later pass kept, "post_body",
#: is a short post between two posts' stamps).
ARTICLE: Decision = ("content", "article_block")
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "…", ":", "：")


def answer_heads(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Remove the heads of a Q&A page's answers (in place): see the module's docstring;
    and the answerers' cards no post mark names (:mod:`scrubber.answer_cards`)."""
    answer_cards(decisions, feats)
    for j in _first_head(decisions, feats):
        decisions[j] = ANSWER_HEAD
    heads: list[list[int]] = []
    for i, f in enumerate(feats):
        if (f.text and decisions[i][0] != "content" and decisions[i] != THREAD_CHROME
                and f.units <= MARK_MAX_UNITS and is_mark(f.lower)):
            head = _head_after(i, decisions, feats)
            if head:
                heads.append(head)
    if len(heads) < HEAD_MIN_REPEATS:
        return
    for head in heads:
        for j in head:
            decisions[j] = ANSWER_HEAD


#: A floor number alone ("#3") is no answer's mark at the top of a block: a list's first item.
_FLOOR_ONLY = re.compile(r"#\s?\d+")


def _first_head(decisions: Sequence[Decision], feats: Sequence[LineFeatures]) -> list[int]:
    """The article block's first lines when they are an answer's head over its body (see the
    module's docstring), or nothing."""
    lines = [i for i, f in enumerate(feats) if f.text.strip()]
    start = next((k for k, i in enumerate(lines) if decisions[i] == ARTICLE), None)
    if start is None:
        return []
    for k in range(start, min(start + HEAD_MAX_KEPT + 1, len(lines) - 1)):
        f = feats[lines[k]]
        if decisions[lines[k]] != ARTICLE or f.units >= BODY_MIN_UNITS or \
                f.text.rstrip().endswith(_SENTENCE_ENDS):
            return []
        if f.units <= MARK_MAX_UNITS and is_mark(f.lower) and not _FLOOR_ONLY.fullmatch(f.lower):
            body = feats[lines[k + 1]]
            if decisions[lines[k + 1]][0] == "content" and (
                    body.units >= BODY_MIN_UNITS or body.text.rstrip().endswith(_SENTENCE_ENDS)):
                return lines[start:k + 1]
            return []
    return []


def _head_after(mark: int, decisions: Sequence[Decision],
                feats: Sequence[LineFeatures]) -> list[int]:
    """The kept short lines between ``mark`` and the first line of the next answer's body,
    or nothing when no body follows within HEAD_MAX_LINES lines of text or a kept line
    between them is not short."""
    head: list[int] = []
    seen = 0
    for j in range(mark + 1, len(feats)):
        f = feats[j]
        if not f.text:
            continue
        seen += 1
        if seen > HEAD_MAX_LINES:
            return []
        if decisions[j][0] != "content":
            if decisions[j] == THREAD_CHROME or is_mark(f.lower):
                return []
            continue
        if f.units >= BODY_MIN_UNITS or f.text.rstrip().endswith(_SENTENCE_ENDS):
            return head
        if len(head) >= HEAD_MAX_KEPT or decisions[j] != ARTICLE:
            return []
        head.append(j)
    return []
