"""Metadata from the boilerplate: headline, publication date, author, source, channel.

The headline is found by :mod:`scrubber.headline`; when the line it gives is a personal name
over a date (a blog's byline), ``Metadata.title`` is the line above the article that shares the
most words with it (:func:`unconfirmed_headline`, the line's verdict unchanged), or the headline
part of the ``<title>`` line, and the name is an author. The publication date
is chosen among all of the page's dates (:mod:`scrubber.pubdate`); authors come from the byline
lines nearest the article, then from bylines near the date line, then from a bare name beside
the date line or the headline (:mod:`scrubber.page_authors`); sources and editors from the byline
window. Comment, related, link and footer regions never give an author.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import regex

from .authors import find_authors, split_names
from .dates import find_dates
from .document import AUTHOR_JOIN, Metadata
from .features import LineFeatures
from .headline import headline_part, title_line_headline
from .headline_byline import unconfirmed_headline
from .headline_shape import BYLINE_MAX_UNITS, next_line
from .lang import folded_twin
from .names import NOT_AUTHOR, bare_name, collective_name, handle_name
from .page_authors import HAN_NAME, date_follows, find_page_authors
from .pubdate import choose_date, publication_word
from .regions import Decision
from .titles import TITLE_SPLIT, alnum_key, plain_title
from .yearless import date_for_stamp, yearless_block, yearless_stamp

#: How many short lines above the article are searched for a byline.
BYLINE_WINDOW = 12


def _any_of(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


_NAMES = rf"{HAN_NAME}(?:\s*[、,，]\s*{HAN_NAME})*"
_NAME_END = (r"(?=$|[\s　|｜()（）\[\]【】,，。；;]"
             r"|来源|发布|时间|日期|编辑|通讯员|摄影|发自|报道|摄)")
#: Words the editor and source expressions need (a cheap test before them).
_EDITOR_NEEDS = _any_of("编", "編")
_SOURCE_NEEDS = _any_of("来源", "來源", "稿源", "出处", "出處", "source", "출처", "提供", "出典")
_EDITOR = regex.compile(rf"(?:责任编辑|责编|编辑|責任編輯|編輯)\s*[：:]\s*(?P<name>{_NAMES})"
                        rf"{_NAME_END}")
#: Source words per language ("来源：经济日报", "來源：中央社", "출처: 연합뉴스", "写真提供：…"); a
#: bracket after the name opens a place or a note ("来源: 澎湃新闻(上海)").
SOURCE_WORDS = ("来源", "来源于", "稿源", "出处", "稿件来源", "文章来源", "新闻来源", "來源",
                "稿件來源", "出處", "source", "출처", "제공", "提供", "出典", "情報提供")
#: A source that is an address names no publisher ("URL Source: https://…", a scraper's
#: header; "来源：www.example.com/…").
_ADDRESS = regex.compile(r"(?i)(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://|www\.")
_SOURCE = regex.compile(
    rf"(?:{'|'.join(sorted(SOURCE_WORDS, key=len, reverse=True))})\s*[：:]\s*[\[【(（]?\s*"
    r"(?P<name>[^\s\]】(（)）|｜,，。;；=\"'<>]{2,30}+)(?![=\"'])",
    regex.IGNORECASE,
)
#: (Not a verb's phrase that ends in the preposition before its date: "已于 2023-06-01 修改",
#: "发布于 …", "写在 …".)
_CATEGORY_GLUED = regex.compile(r"^\s*(?P<name>\p{Han}{2,8})(?<![于於在])\s*$")
#: The first name after the date of a date line ("2018-06-07 14:50:42 新华网  高敬",
#: "2024-05-09 ·新华社"): a publication when it ends like one or stands in 《》.
_AFTER_DATE = regex.compile(r"^[\s·•|]*(?P<name>《[^》\s]{1,12}》|[\p{Han}\p{N}]{2,12})(?:\s|$)")
_BREADCRUMB_SPLIT = regex.compile(r"(?:(?<!\s)\s+)?(?:>+|»|›|→|-->|/|／|＞)\s*")
_BREADCRUMB_LABEL = regex.compile(r"^[^：:]*[：:]\s*")


def _category(feats: Sequence[LineFeatures], decisions: Sequence[Decision], limit: int,
              headline: int | None) -> tuple[str | None, str | None]:
    """(the page's channel, a publication named where a channel may stand): from the first
    breadcrumb above the article ("首页 > 财经频道 > 正文", "Home › Guides › Headline": its last
    crumb that is neither the page itself nor the home page), else from a Han name glued
    before the date of a date line ("财经 2018-06-13"), which is a publication when it ends
    like one ("每日经济新闻 2018-06-13")."""
    title = alnum_key(feats[headline].text) if headline is not None else ""
    glued: str | None = None
    channel: str | None = None
    publication: str | None = None
    crumbed = False
    for i in range(limit):
        text = feats[i].text
        if not text or feats[i].units > BREADCRUMB_MAX_UNITS:
            continue
        reason = decisions[i][1]
        if reason == "date_line" and glued is None:
            date = next(find_dates(text), None)
            if date is not None:
                m = _CATEGORY_GLUED.match(text[:date.start])
                if m:
                    glued = str(m.group("name"))
                elif publication is None:
                    publication = _publication_after(text, date.end)
        crumbs = [] if crumbed else _crumbs(text, reason == "breadcrumb")
        if crumbs:
            crumbed = True  # the first breadcrumb is the page's
            crumbs = [c for c in crumbs if c.split()[0].casefold() not in _NOT_CHANNEL and
                      not (title and alnum_key(c) == title) and
                      next(find_dates(c), None) is None]
            if crumbs and len(crumbs[-1]) <= CHANNEL_MAX_CHARS:
                channel = crumbs[-1]
    if glued is not None and _PUBLICATION_END.search(glued):
        return channel, glued
    return channel or (None if crumbed else glued), publication


def _publication_after(text: str, end: int) -> str | None:
    """The publication named right after the date that ends at ``end``, if any."""
    m = _AFTER_DATE.match(text[end:])
    if m is None:
        return None
    name = str(m.group("name"))
    return name if name.startswith("《") or _PUBLICATION_END.search(name) else None


#: A breadcrumb line is at most this many units; a channel name at most this many characters.
BREADCRUMB_MAX_UNITS = 30
CHANNEL_MAX_CHARS = 24
#: Crumbs that name no channel: the page itself and the home page.
_NOT_CHANNEL = frozenset(("正文", "首页", "home", "homepage", "正文内容", "内容", "詳細", "본문"))
#: The arrows between the crumbs of a breadcrumb; an explicit breadcrumb label ("当前位置：")
#: may use "/" too. (The crumbs are stripped after the split: spaces around an arrow in the
#: pattern would backtrack quadratically over a line of spaces.)
_CRUMB_ARROW = regex.compile(r"-->|>+|»|›|→|＞")
#: A crumb is a name: letters first (two at least), no code, field or sentence punctuation,
#: no tab (a table's cells).
_CRUMB = regex.compile(r"^(?=(?:\P{L}*\p{L}){2})[\p{L}\p{N}][^(){}\[\]=;<>\"。！？!?：:\t]*$")
#: A Han name that ends like a newspaper, a site or an agency names a publication.
_PUBLICATION_END = regex.compile(r"(?:报|網|网|社|新闻|新聞|时报|晚报|周刊|杂志|电视台|客户端)$")


def _crumbs(text: str, labelled: bool) -> list[str]:
    """The crumbs of a breadcrumb line (two or more names joined by arrows), else []."""
    if labelled:
        text = _BREADCRUMB_LABEL.sub("", text)
        parts = _BREADCRUMB_SPLIT.split(text)
    else:
        parts = _CRUMB_ARROW.split(text)
    crumbs = [p.strip() for p in parts if p.strip()]
    if len(crumbs) < 2 or not all(_CRUMB.match(c) for c in crumbs):
        return []
    return crumbs


def article_end(feats: Sequence[LineFeatures], in_article: Sequence[bool],
                main_start: int) -> int:
    """The first line after the article that starts at ``main_start``."""
    main_end = main_start
    while main_end < len(feats) and (in_article[main_end] or not feats[main_end].text):
        main_end += 1
    return main_end


def byline_order(feats: Sequence[LineFeatures], in_article: Sequence[bool],
                 main_start: int) -> list[int]:
    """Lines where a byline may stand, most likely first: the short lines right above the
    article (nearest first), the first lines of the article, the short lines right after it.
    Without an article: every short line, top down."""
    n = len(feats)

    def first(lines: range, most: int, max_units: float = BYLINE_MAX_UNITS) -> list[int]:
        """The first ``most`` non-blank lines of ``lines`` up to ``max_units`` (the rest of
        the page is not visited)."""
        out: list[int] = []
        for i in lines:
            if len(out) >= most:
                break
            if feats[i].text and feats[i].units <= max_units:
                out.append(i)
        return out

    if main_start < 0:
        return first(range(n), n)
    main_end = article_end(feats, in_article, main_start)
    above = first(range(main_start - 1, -1, -1), BYLINE_WINDOW)
    # The article's first three lines and its last two after those.
    top = first(range(main_start, main_end), 3, math.inf)
    if len(top) == 3:
        top += first(range(main_end - 1, top[-1], -1), 2, math.inf)[::-1]
    below = first(range(main_end, n), BYLINE_WINDOW // 3)
    return above + top + below


#: The languages whose numeric dates put the month first ("3/12/2024": March 12, in the United
#: States); others put the day first.
MONTH_FIRST_LANGS = frozenset(("en",))


def _byline_below(feats: Sequence[LineFeatures], i: int) -> bool:
    """Whether the next non-blank line after ``i`` is a byline that names its author ("By Maria
    Lopez | June 2, 2024"): line ``i`` is then the headline over it ("Classic Banana Bread"),
    not an author's name over the date."""
    j = next_line(feats, i)
    return j is not None and bool(find_authors(feats[j].text, feats[j].lower, False))


def extract(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
            in_article: Sequence[bool], main_start: int,
            title_index: int | None, page_title_index: int | None,
            no_slug: bool = False, lang: str | None = None) -> Metadata:
    """Metadata from the byline lines (see :func:`byline_order`) and the headline. ``no_slug``:
    the page's address has no slug (a home, landing or section page): a heading no <title>
    confirms is a tagline there, and the first line's headline part, when it may be the
    <title>, is the title. ``lang``: the page's language (:func:`scrubber.lang.guess_lang`);
    numeric dates read day first ("12/3/2024": 12 March) on a CJK page or one in a language
    other than English (:data:`MONTH_FIRST_LANGS`)."""
    order = [i for i in byline_order(feats, in_article, main_start)
             if i not in (title_index, page_title_index)]
    title = None
    headline = title_index  # the headline line, confirmed or not: bylines stand near it
    # A "headline" that is a personal name over a date is the byline above the real one (blog
    # layouts: author, then date, then the article): an author, and no title.
    named_headline = (bare_name(feats[title_index].text, NOT_AUTHOR) or
                      collective_name(feats[title_index].text) or
                      handle_name(feats[title_index].text)) \
        if title_index is not None and date_follows(feats, title_index) and \
        not _byline_below(feats, title_index) else None
    if no_slug and page_title_index is None:
        title = title_line_headline(feats, decisions, main_start)
    if title is None and title_index is not None and named_headline is None:
        title = feats[title_index].text
        if title_index == next((i for i, f in enumerate(feats) if f.text), None):
            title = headline_part(title)  # the first line itself: a <title>, less its site
    elif title is None and named_headline is not None:
        # (Without any headline line, find_title has already tried unconfirmed_headline.)
        headline = unconfirmed_headline(feats, decisions, main_start)
        if page_title_index is not None:
            title = max(TITLE_SPLIT.split(feats[page_title_index].text), key=len).strip() \
                or None
        elif headline is not None:
            title = feats[headline].text
    if title is None:
        # No headline line: the first line's headline part when it may be a <title> (WET
        # style) that names the article.
        title = title_line_headline(feats, decisions, main_start)

    source = editor = None
    cjk_page = sum(feats[i].cjk for i in order) >= sum(feats[i].units for i in order) / 2
    anchor = headline if headline is not None else max(main_start, 0)
    day_first = cjk_page or (lang is not None and lang not in MONTH_FIRST_LANGS)
    date, date_line = choose_date(feats, decisions, order, headline, anchor, day_first)
    # The byline block (the lines under the headline, down to the article's first ones): a
    # stamp there without its year dates the page, and no other item's date may stand in for
    # it (:mod:`scrubber.yearless`).
    block = yearless_block(feats, order, main_start, headline)
    date = date_for_stamp(feats, date, date_line,
                          date_line is not None and publication_word(feats[date_line].lower),
                          block, yearless_stamp(feats, block))
    authors = find_page_authors(feats, decisions, order, date_line, headline) or \
        ((named_headline,) if named_headline else ())
    for i in order:
        text, lower = feats[i].text, feats[i].lower
        if editor is None and decisions[i][0] != "content" and _EDITOR_NEEDS.search(lower):
            folded = folded_twin(text, lower)
            m = _EDITOR.search(text) or (_EDITOR.search(folded) if folded else None)
            editor = split_names(text[m.start("name"):m.end("name")]) if m else None
        if source is None and _SOURCE_NEEDS.search(lower):
            m = _SOURCE.search(text)
            if m and not _ADDRESS.match(m.group("name")):
                source = m.group("name").strip()
    # Pages that name no author often name the editor who is answerable for the text.
    authors = authors or editor or ()
    limit = main_start if main_start >= 0 else len(feats)
    category, publication = _category(feats, decisions, limit, headline)
    return Metadata(title=plain_title(title) if title else title, date=date,
                    author=AUTHOR_JOIN.join(authors) or None,
                    source=source or publication, category=category, authors=authors)
