"""The items of a numbered list (or the headings of numbered sections) inside the article that
a keyword rule took out: a line between two lines of the article whose number follows the
number of the nearest numbered line of the article above it ("3. …" over "4. 作者提供永久技术支持",
"（一）…" over "（二）取得…许可证；", "2. Typography" and its paragraphs over "3. Navigation") is
the sequence's next item, whatever words it holds (``numbered_item``); so is a line whose
number precedes that of the nearest numbered line of the article below it (the list's "1."
over the article's "2."). Run after the context pass, on the decisions.

A menu's entries are not numbered in the article's sequence, so the numbers themselves are
the evidence; only the numbers 1 to 99 count (a year or a price is no item's number)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

NUMBERED_ITEM = ("content", "numbered_item")
#: An item's number at the start of its line: an optional bullet, an optional opening bracket,
#: one or two digits or a Chinese numeral up to 99 ("十一"), then a full stop, an enumeration
#: comma, a closing bracket or a space.
_ITEM_NUMBER = re.compile(
    r"\s*(?:[-*•]\s*)?[(（]?(\d{1,2}|[一二三四五六七八九]?十?[一二三四五六七八九]?)"
    r"(?:[.、)）]|\s)")
_HAN_DIGITS = {ch: n for n, ch in enumerate("一二三四五六七八九", 1)}


def item_number(text: str) -> int | None:
    """The number a list item's line opens with, or None."""
    m = _ITEM_NUMBER.match(text)
    if m is None or not m.group(1):
        return None
    number = m.group(1)
    if number.isdigit():
        return int(number)
    tens, _, units = number.partition("十")
    if not _:
        return _HAN_DIGITS[number] if len(number) == 1 else None
    return _HAN_DIGITS.get(tens, 1) * 10 + _HAN_DIGITS.get(units, 0)


#: The article's line with the previous number may stand this many of its lines above (a
#: numbered section's heading over the section's paragraphs).
SECTION_REACH = 40


def numbered_items(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the removed lines that carry the next number of the article's list or sections
    above them, or the number before the next one below them, and stand between two lines
    of the article (in place)."""
    text = [i for i, f in enumerate(feats) if f.text]
    for k in range(1, len(text) - 1):
        i, above, below = text[k], text[k - 1], text[k + 1]
        if decisions[i][0] == "content" or decisions[above][0] != "content" or \
                decisions[below][0] != "content":
            continue
        number = item_number(feats[i].text)
        if number is not None and ((number > 1 and _nearest(decisions, feats, text, k, -1) ==
                                    number - 1) or
                                   _nearest(decisions, feats, text, k, 1) == number + 1):
            decisions[i] = NUMBERED_ITEM


def _nearest(decisions: Sequence[tuple[str, str]], feats: Sequence[LineFeatures],
             text: Sequence[int], k: int, step: int) -> int | None:
    """The number of the nearest numbered line above (``step`` -1) or below (1) ``text[k]``,
    when every line up to it is the article's (SECTION_REACH lines at most)."""
    j = k + step
    while 0 <= j < len(text) and abs(j - k) <= SECTION_REACH:
        if decisions[text[j]][0] != "content":
            return None
        number = item_number(feats[text[j]].text)
        if number is not None:
            return number
        j += step
    return None


#: A short label before a list's first number on its line ("附件：1.…", "Attachments: 1. …").
_LABEL = re.compile(r"[^\d\s：:]{1,12}[：:]\s*")
NUMBERED_TAIL = ("content", "numbered_tail")


#: A sub-item's number ("5.2 …"): the list it counts on is the section's, not "5.".
_SUB_NUMBER = re.compile(r"\s*\d{1,2}\.\d")


def _labelled_number(text: str) -> int | None:
    """The number a line opens with, or opens with after a short label and a colon (not a
    sub-item's)."""
    if _SUB_NUMBER.match(text):
        return None
    number = item_number(text)
    if number is None:
        label = _LABEL.match(text)
        number = item_number(text[label.end():]) if label else None
    return number


def numbered_tails(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the lines right after a numbered line of the article, left after it, that count
    on from its number ("附件：1.登记表.docx" / "2.操作指南.pdf"; "3. …" / "4. …"): the rest of
    the article's list, which the context pass cut off with the short items (in place)."""
    text = [i for i, f in enumerate(feats) if f.text]
    k = 0
    while k < len(text):
        i = text[k]
        number = _labelled_number(feats[i].text) if decisions[i][0] == "content" else None
        k += 1
        while number is not None and k < len(text) and decisions[text[k]][1] == "after_article" \
                and item_number(feats[text[k]].text) == number + 1:
            decisions[text[k]] = NUMBERED_TAIL
            number += 1
            k += 1
