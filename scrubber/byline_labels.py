"""Bylines over two lines: a label alone on its line ("By", "Written By:", "作者：") and the
names on the next one ("Jane Doe | The Texas Newsroom", "王五"). What a name looks like is
:mod:`scrubber.names`, a byline's name list :mod:`scrubber.authors`."""

from __future__ import annotations

import regex

from .authors import HAN_NAMES, LATIN_NAMES, facet, split_names
from .names import CREDENTIALS, HANDLE, LATIN_NAME, NOT_AUTHOR

#: Labels that stand alone on their line, the byline's names on the next one ("By" / "Jane
#: Doe", "Written By:" / "Jeff Roe", "作者：" / "王五"), per language.
LABEL_LINES: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "posted by", "authored by", "article by", "story by", "words by",
           "article written by", "post written by", "author", "authors", "about the author",
           "about the authors", "meet the author"),
    "zh": ("作者", "文", "撰文", "记者", "撰稿"),
    "zh-hant": ("作者", "記者", "撰文"),
    "ja": ("著者", "筆者", "執筆者", "記者"),
    "ko": ("글", "기자"),
}
#: The label lines as they stand (case-folded, stripped), with a colon or not.
LABEL_FORMS = frozenset(w + end for ws in LABEL_LINES.values() for w in ws
                        for end in ("", ":", "：", " :", " ："))
#: A user's nickname in brackets after their handle ("abc123 (小明)", a BBS's author field).
_NICKNAME = r"[(（][^()（）]{1,20}[)）]"
#: The line under a label: a list of names (with credentials, an outlet after a bar: "Jane
#: Doe | The Texas Newsroom") or a user handle; or a sentence that opens with the name
#: ("Jane Doe is a writer …", under "About the author").
_NAME_LINE = regex.compile(rf"^(?P<name>(?:{LATIN_NAMES})(?:\s*\|\s*{LATIN_NAME})?"
                           rf"|{HAN_NAMES}|{HANDLE})(?:\s*{_NICKNAME})?$")
_NAME_OPENS = regex.compile(rf"^(?P<name>{LATIN_NAME})\s+(?:is|was|has|writes|covers|leads)\s")


def label_line(lower: str) -> bool:
    """The line (case-folded) is only a byline label ("By", "Written by:", "作者：")."""
    return lower.strip() in LABEL_FORMS


def names_under_label(text: str) -> tuple[str, ...]:
    """The names of the line under a label line (see :data:`_NAME_LINE`); credentials stay
    with their name ("Dylan Bailey, MS, RD")."""
    text = text.strip()
    credentials = CREDENTIALS.search(text)
    bare = text[:credentials.start()] if credentials else text
    m = _NAME_LINE.match(bare) or _NAME_OPENS.match(text)
    if m is None or facet(m.group("name")) or m.group("name").casefold() in NOT_AUTHOR:
        return ()
    if credentials and m.end() == len(bare):
        return (text,)
    return split_names(m.group("name"))
