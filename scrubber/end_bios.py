"""What closes an article: the author's box the article block ran into (a name over the
person's bio), and the reporter's sign-off the block stopped short of.

Blogs and company sites close a post with its author's box: the name alone on its line, a
job maybe ("Contributing Writer", "Co-founder"), then the bio, which opens with the name or
in the first person ("Jane Doe is a freelance writer …", "Jane covers …", "I'm the founder
of …"). When nothing in the page's layout sets the box apart, the article block runs on into
it and keeps it. What a name and a bio look like is :mod:`scrubber.names` and
:mod:`scrubber.author_boxes` (:func:`~scrubber.author_boxes.names_a_bio`); this pass takes
such a box out of the article (``author_bio``): the name, the job and the bio, with the lines
under the bio that go on about the person (they name them, or open with a pronoun).

Not every name over its bio is an author's box:

- at the top of the article it is the article's own subject (a profile opens with the
  person's name and who they are): the box must have ``BIO_MIN_ABOVE`` lines of the article
  above it;
- an article about several people (the founders, the speakers of an event) holds a name and
  a bio for each: a page with boxes of two different names keeps them all. A box the page
  repeats (the same author at the top and at the bottom of a post) counts once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .author_boxes import leading_name, may_open_bio, names_a_bio
from .features import LineFeatures
from .names import NOT_AUTHOR, bare_name
from .slideshows import slideshows

AUTHOR_BIO = ("noise", "author_bio")
#: The box stands under at least this many lines of the article.
BIO_MIN_ABOVE = 3
#: A job between the name and the bio is short ("Contributing Writer", "Head of Growth").
JOB_MAX_UNITS = 6
#: The lines of the article a box may be taken from (the article block's own lines).
_FROM = frozenset(("article_block", "inner_sentence"))
#: A line that goes on about the person opens with a pronoun.
_PRONOUN = re.compile(r"(?:he|she|they|his|her|their)\b", re.IGNORECASE)


def article_ends(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """The boxes the article block ran into and the close it stopped short of, in place: a
    slideshow (:mod:`scrubber.slideshows`), the author's box, the reporter's sign-off."""
    slideshows(decisions, feats)
    author_bios(decisions, feats)
    reporter_signoffs(decisions, feats)


def author_bios(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Take the author's box out of the article (in place, ``author_bio``): see the module."""
    lines = [i for i, f in enumerate(feats) if f.alnum and decisions[i][0] == "content"]
    boxes: list[tuple[str, list[int]]] = []
    for n in range(BIO_MIN_ABOVE, len(lines)):
        box = _box(lines, n, decisions, feats)
        if box is not None:
            boxes.append(box)
    if not boxes or len({name for name, _ in boxes}) > 1:
        return
    for _, box_lines in boxes:
        for i in box_lines:
            decisions[i] = AUTHOR_BIO


def _box(lines: Sequence[int], n: int, decisions: Sequence[tuple[str, str]],
         feats: Sequence[LineFeatures]) -> tuple[str, list[int]] | None:
    """The name and the lines of the box whose name is the ``n``-th content line, or None."""
    i = lines[n]
    if decisions[i][1] not in _FROM or feats[i].ends_sentence:
        return None
    for step in (1, 2):
        if n + step >= len(lines):
            return None
        j = lines[n + step]
        if step == 2:
            job = feats[lines[n + 1]]
            if job.units > JOB_MAX_UNITS or job.ends_sentence:
                return None
        bio = feats[j]
        if decisions[j][1] not in _FROM or \
                not may_open_bio(feats[i].text, bio.text, bio.lower):
            continue
        name = bare_name(feats[i].text, NOT_AUTHOR) or leading_name(feats[i].text, bio.text)
        if name is not None and names_a_bio(name, bio.text):
            return name, [*lines[n:n + step + 1], *_more(lines, n + step + 1, name, feats,
                                                         decisions)]
    return None


def _more(lines: Sequence[int], start: int, name: str, feats: Sequence[LineFeatures],
          decisions: Sequence[tuple[str, str]]) -> list[int]:
    """The lines after a bio that go on about the person: they name them (first or last
    name) or open with a pronoun."""
    words = {w.casefold() for w in name.split()}
    out: list[int] = []
    for k in lines[start:]:
        f = feats[k]
        if decisions[k][1] not in _FROM or not (
                _PRONOUN.match(f.text) or not words.isdisjoint(f.lower.split())):
            break
        out.append(k)
    return out


REPORTER_SIGNOFF = ("content", "reporter_signoff")
#: A sign-off is a line of a name or two, a newspaper's and a place: at most this many units.
SIGNOFF_MAX_UNITS = 30
#: The words that name a reporter, per language (as data); English has no row: its sign-offs
#: ("Reporting by …") are a wire's, which pages label either way.
REPORTER_WORDS: dict[str, tuple[str, ...]] = {
    "zh": ("记者", "通讯员", "特约撰稿"),
    "zh-Hant": ("記者", "通訊員"),
    "ja": ("記者", "特派員"),
    "ko": ("기자", "특파원"),
}
_REPORTER = re.compile("|".join(sorted({w for ws in REPORTER_WORDS.values() for w in ws})))
#: An editor's line names the reporter too ("责编 每经记者 …"): no sign-off.
_EDITOR = re.compile(r"\W{0,3}(?:责编|責編|责任编辑|編輯|编辑|責任編輯)")
_SENTENCE_END = frozenset("。！？!?")


def reporter_signoffs(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the reporter's sign-off right after the article's last line (in place): see the
    module."""
    last = next((i for i in range(len(feats) - 1, -1, -1)
                 if decisions[i][0] == "content" and feats[i].alnum), -1)
    if last < 0:
        return
    j = next((k for k in range(last + 1, len(feats)) if feats[k].alnum), -1)
    if j < 0:
        return
    f = feats[j]
    if f.units > SIGNOFF_MAX_UNITS or f.text[-1] in _SENTENCE_END or \
            _REPORTER.search(f.text) is None or _EDITOR.match(f.text):
        return
    decisions[j] = REPORTER_SIGNOFF
