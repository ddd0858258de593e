"""Lines left outside the article that stand between its first and its last line: the
article's, when they read as its text. Run after the context pass, on the decisions.

- **Inner sentences.** A line that ends a sentence between the article's first and last line
  is kept (``inner_sentence``), but for the lines in the gap between the article's text and a
  grid of records below it (the page's chrome under the article) and for short sentences the
  page repeats (``SLOGAN_MAX_UNITS``: the slogans and buttons of its cards) and labels whose
  only sentence is a note in brackets at their end (``Litmaps (What is Litmaps?)``).
  Nor the lines of a list of topics (``TOPIC_MIN_RUN`` short lines in a row that start with
  the same word: "What is a laptop?", "What is a tablet?").
- **Lines of a list inside the article.** Lines the link-list rule removed, up to
  ``INNER_MAX_RUN`` in a row, whose nearest lines above and below are both the article's are
  kept (``inner_list_line``): paths, commands, figures parted by pipes; a menu does not stand
  between two lines of an article (tab-separated table rows and spaced-out CJK words
  excepted).
- **Sentences that close a list.** The sentences right under a list that a later pass took
  into the article (``spec_lines``, ``introduced_list``, ...), which the context pass left
  after the article with the list, are kept (``list_closer``).
- **Sentences at the edges.** A sentence of at least ``EDGE_MIN_UNITS`` units no rule named,
  right above the article block's first line or right under its last, is kept
  (``edge_sentence``): a post's short first or last sentence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .features import LineFeatures
from .posts import stamped
from .regions import OUTSIDE_REASONS

_OUTSIDE = OUTSIDE_REASONS


INNER_SENTENCE = ("content", "inner_sentence")
#: A sentence of at most this many units that the page repeats is a slogan or a button of its
#: cards ("Shop now!", "Free returns."), not a paragraph.
SLOGAN_MAX_UNITS = 6
#: The same in characters, for a line in Han or kana: a teaser's line repeated in a carousel
#: and a list is longer ("…の2月の「食スケジュール」を大公開！"; measured: 16 and 40 alike on
#: Chinese, 40 gains on Japanese; English loses from 7 words up: quoted posts, coupons' terms).
SLOGAN_MAX_CJK_UNITS = 40


def _slogan(f: LineFeatures) -> bool:
    """Whether a line is short enough for a slogan or a button."""
    return f.units <= (SLOGAN_MAX_CJK_UNITS if f.is_cjk else SLOGAN_MAX_UNITS)


#: A label with a note in brackets at its end: only the note ends a sentence ("Litmaps (What
#: is Litmaps?)", a tool's name and the tooltip of its help link).
_NOTED_LABEL = re.compile(r"[^.!?(]{1,80}\([^()]{1,80}[.!?]\)")


def _noted_label(text: str) -> bool:
    """Whether a line is a label whose only sentence is the note in brackets at its end."""
    return text.endswith(")") and _NOTED_LABEL.fullmatch(text) is not None


def inner_sentences(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """A line that ends a sentence, left outside the article but standing between its first
    and its last line, is the article's (in place): a short answer in a thread ("Thanks, that
    fixed it."), a one-line paragraph between two blocks. Not a line in the gap between the
    article's text and a grid of records below it: the page's chrome under the article (a
    survey, a newsletter's error text, a teaser) is no paragraph of it; nor a short sentence
    the page repeats (:func:`_slogan`): the slogan or button of its cards."""
    # The first line of a page is its <title> (wet style) wherever its verdict puts it: no
    # anchor of the article's span.
    first = next((i for i, f in enumerate(feats) if f.text), 0)
    content = [i for i, d in enumerate(decisions) if d[0] == "content" and i != first]
    if len(content) < 2:
        return
    seen = Counter(f.text for f in feats if f.text)
    topics = _topic_lists(feats)
    n = 0
    for i in range(content[0] + 1, content[-1]):
        while i > content[n + 1]:
            n += 1
        f = feats[i]
        if decisions[i][1] not in _OUTSIDE or not f.ends_sentence or \
                (seen[f.text] > 1 and _slogan(f)) or _noted_label(f.text) or \
                i in topics or \
                _grid_gap(decisions[content[n]][1], decisions[content[n + 1]][1]):
            continue
        decisions[i] = INNER_SENTENCE


#: At least this many short lines in a row that start with the same word are a list of topics
#: ("What is a laptop?", "What is a tablet?"), the links of a course or a help centre.
TOPIC_MIN_RUN = 3


def _topic_lists(feats: Sequence[LineFeatures]) -> set[int]:
    """The lines of lists of topics: short lines of a spaced script in runs of at least
    TOPIC_MIN_RUN that start with the same word."""
    out: set[int] = set()
    run: list[int] = []
    word = ""
    for i, f in enumerate(feats):
        if not f.text:
            continue
        words = f.lower.split(maxsplit=1) if f.units <= SLOGAN_MAX_UNITS and not f.is_cjk \
            else []
        first = words[0] if words else ""
        if not first or first != word:
            if len(run) >= TOPIC_MIN_RUN:
                out.update(run)
            run = []
        word = first
        if first:
            run.append(i)
    if len(run) >= TOPIC_MIN_RUN:
        out.update(run)
    return out


#: Kept records of a grid or a row of cards.
_RECORD_REASONS = frozenset(("record_grid", "card_text"))


def _grid_gap(above: str, below: str) -> bool:
    """Whether the lines between a line of reason ``above`` and one of reason ``below`` part
    the article from a grid of records."""
    return above not in _RECORD_REASONS and below in _RECORD_REASONS


INNER_LIST_LINE = ("content", "inner_list_line")
#: At most this many such lines in a row (measured: 2, 4 and 8 all gain; 4 and 8 alike).
INNER_MAX_RUN = 4


def inner_list_lines(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Lines the link-list rule removed, up to INNER_MAX_RUN in a row, whose nearest lines
    above and below are both the article's are the article's (in place): paths, commands,
    lines of code or of figures that their separators made look like a menu; a menu does
    not stand between two lines of an article. A table row of tab-separated cells is left to
    the record grids, and a CJK line of words parted by single spaces stays removed (a menu,
    a heading spaced out: "郑 重 声 明"), as does a post's stamp ("dana_k | 83 | 1周前")."""
    text_lines = [i for i, f in enumerate(feats) if f.text]
    flags = [decisions[i][1] == "link_list" and "\t" not in feats[i].text and
             bool(feats[i].strong_separators or not feats[i].is_cjk) and
             not stamped(feats[i].text) for i in text_lines]
    n = 0
    while n < len(text_lines):
        if not flags[n]:
            n += 1
            continue
        end = n
        while end < len(text_lines) and flags[end]:
            end += 1
        if end - n <= INNER_MAX_RUN and n > 0 and end < len(text_lines) and \
                decisions[text_lines[n - 1]][0] == "content" and \
                decisions[text_lines[end]][0] == "content":
            for k in range(n, end):
                decisions[text_lines[k]] = INNER_LIST_LINE
        n = end


# --- The sentences that close a list under the article ---------------------------------------
#: The reasons of the passes that take a list under the article's text back into it.
_LIST_REASONS = frozenset(("spec_lines", "introduced_list", "inner_list_line", "numbered_item",
                           "definition_list"))
LIST_CLOSER = ("content", "list_closer")
#: A closing sentence has at least this many units (a button's "Apply now." has fewer).
CLOSER_MIN_UNITS = 6


def list_closers(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """The sentences right under a list that a later pass took into the article (a table of
    figures, the steps of a recipe), left after the article, are its too (in place): the
    context pass saw the list's short lines as the article's end, so the paragraph that
    follows the list was cut off with it ("Grundförderung: 30 Prozent" ... "Anträge können
    seit Februar gestellt werden."). The run of such sentences ends at the first line that
    is not one."""
    previous: tuple[str, str] | None = None
    closing = False
    for i, f in enumerate(feats):
        if not f.text:
            continue
        d = decisions[i]
        if d[1] == "after_article" and f.ends_sentence and f.units >= CLOSER_MIN_UNITS and (
                closing or (previous is not None and previous[1] in _LIST_REASONS)):
            decisions[i] = LIST_CLOSER
            closing = True
        else:
            closing = False
        previous = decisions[i]


# --- Sentences at the article's edges --------------------------------------------------------
EDGE_SENTENCE = ("content", "edge_sentence")
#: A sentence right above or under the article's block has at least this many units, words of
#: a spaced script (a Korean blog's first sentence has six; a control's "Thanks!" has fewer;
#: five Han or kana characters are a phrase: "欢迎关注我们。" is no sentence of the article).
EDGE_MIN_UNITS = 5
#: ... or this many Han, kana or hangul characters, a whole sentence's.
EDGE_MIN_CJK_UNITS = 20


def edge_sentences(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """A sentence no rule named right above the article block's first line or right under its
    last (no line between), or above or under a line a later pass kept (a recipe's list of
    ingredients), is the article's first or last sentence (in place): too short for the
    context pass to take ("지난 주말에 가족과 함께 제주도에 다녀왔어요.", "Then I went
    home.", a CJK sentence of EDGE_MIN_CJK_UNITS characters), but a sentence."""
    text = [i for i, f in enumerate(feats) if f.text]
    for k, i in enumerate(text):
        reason = decisions[i][1]
        if reason not in ("before_article", "after_article"):
            continue
        j = text[k + 1] if reason == "before_article" and k + 1 < len(text) else \
            text[k - 1] if reason == "after_article" and k > 0 else -1
        f = feats[i]
        if j >= 0 and decisions[j][0] == "content" and f.ends_sentence and \
                f.units >= (EDGE_MIN_CJK_UNITS if f.is_cjk else EDGE_MIN_UNITS) and \
                not f.ends_ellipsis:
            decisions[i] = EDGE_SENTENCE
