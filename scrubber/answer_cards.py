"""The cards of a Q&A page's answerers that no post mark names: the answerer's name, a line
holding only invisible characters (the place of an avatar or a badge, zero-width spaces),
and the answerer's credential ("dana_k" / "\u200b" / "Geologist, 10 years in the field"),
over each answer's body (a heading over such a line has a paragraph under it). Where at
least ``CARD_MIN_REPEATS`` such cards stand on the page, the short lines of those the
article block took are the answers' chrome (``answer_head``, like
:mod:`scrubber.answer_heads`). A single one is a heading and a stray blank.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import LineFeatures
from .regions import Decision

#: The characters of a line that shows nothing (zero-width spaces and joiners, word
#: joiner, byte order mark).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
#: A line of a card has fewer units than this and ends no sentence (a name, a credential).
CARD_MAX_UNITS = 12
#: A page holds at least this many cards (one over each answer).
CARD_MIN_REPEATS = 2
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "…", ":", "：")
ARTICLE: Decision = ("content", "article_block")
ANSWER_HEAD: Decision = ("meta", "answer_head")


def _is_card_line(f: LineFeatures) -> bool:
    """Whether a line can be a card's name or credential: short, with letters, no sentence."""
    return (f.alnum > 0 and f.units < CARD_MAX_UNITS
            and not f.text.rstrip().endswith(_SENTENCE_ENDS))


def _text_lines(feats: Sequence[LineFeatures]) -> list[int]:
    return [i for i, f in enumerate(feats) if f.text.strip()]


def answer_cards(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Remove the kept lines of the answerers' cards (in place): see the module's docstring."""
    lines = _text_lines(feats)
    cards: list[list[int]] = []
    for k, i in enumerate(lines):
        if feats[i].text.strip(INVISIBLE + " ") or k in (0, len(lines) - 1):
            continue
        name, bio = lines[k - 1], lines[k + 1]
        # (A heading over an invisible line has a paragraph under it, not a credential.)
        if _is_card_line(feats[name]) and _is_card_line(feats[bio]):
            cards.append([name, bio])
    if len(cards) < CARD_MIN_REPEATS:
        return
    for card in cards:
        for j in card:
            if decisions[j] == ARTICLE:
                decisions[j] = ANSWER_HEAD
