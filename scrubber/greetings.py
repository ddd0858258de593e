"""The greetings that open a post or a letter, per language (:data:`GREETINGS`): a post's first
line, which :mod:`scrubber.posts` keeps over a kept line and :mod:`scrubber.post_heads` tells
from a poster's name over the post."""

from __future__ import annotations

import re

#: The greetings that open a post or a letter, per language, as data: a line that is nothing
#: but one of these (and a word for whom it greets, and punctuation) right above a kept line is
#: the first line of that text ("Hi guys", "Hello everyone!", "大家好！").
GREETINGS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)"
           r"|dear (?:all|friends|colleagues|sir|madam))(?:[ ,]+(?:all|everyone|everybody|guys"
           r"|folks|there|friends|team|people))?",),
    "zh": (r"大家好|各位好|您好|你好|各位大佬好|各位朋友好",),
    "ja": (r"こんにちは|こんばんは|おはようございます|はじめまして|皆さんこんにちは",),
    "ko": (r"안녕하세요|안녕하십니까|여러분 안녕하세요",),
}
_ANY = "(?:" + "|".join(p for group in GREETINGS.values() for p in group) + ")"
#: A line that is nothing but a greeting (``fullmatch``), with its marks.
GREETING_LINE = re.compile(_ANY + r"[\s!,.:！，。：~]{0,3}")
#: A line's opening greeting: a whole word ("hi" opens "hiking" as no greeting).
_OPENING = re.compile(_ANY + r"(?![a-z])")


def greeting_opens(lower: str) -> bool:
    """Whether a (case-folded) line opens with a greeting ("hey kevin,", "大家好，我是…")."""
    return _OPENING.match(lower) is not None
