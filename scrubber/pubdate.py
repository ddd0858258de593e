"""Which of a page's dates is the publication date.

Every date on the page (:func:`scrubber.dates.find_dates`) is a candidate; each gets a score
from four pieces of evidence, and the best one wins:

1. **The words beside it** (tables per language below): a publication word ("Published",
   "发布时间", "입력", "公開日") is strong evidence; an update word ("Updated", "更新", "수정")
   ranks the date below an unnamed one (publication wins when a page gives both); words that
   name another kind of date ("Registered", "注册", "answered", "©") count against it.
   A reading counter on the same line ("阅读 12 次", "views") marks a byline.
2. **Where the line stands**: the byline window (the short lines right above the article, its
   first and last lines, see :func:`scrubber.metadata.byline_order`), nearest first; the lines
   right under the headline; elsewhere a little less the farther away.
3. **What the line is**: a short line (a date line or a byline) rather than an article
   sentence — a date inside the article text is an event date and only wins when nothing else
   is there; lines of comment, related, link, footer and ad regions count against it (less when
   a publication word names the date), and so does a run of dated lines (an archive list).
4. **Precision**: a day beats a month beats a year; a year alone is only taken with a
   publication word in front of it or alone on its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from .dates import FoundDate, find_dates, holds_year, may_hold_date, other_digits
from .features import LineFeatures
from .names import name_list
from .regions import Decision

#: Words that make the date after them (or, for the suffix forms, before them) the
#: publication date, per language.
PUBLISHED: dict[str, tuple[str, ...]] = {
    "en": ("published", "posted", "first published", "publication date", "date posted",
           "asked", "start date", "created", "written on", "written", "issued",
           "dated", "date:"),
    "zh": ("发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "发布", "发表",
           "发帖", "刊发", "时间：", "时间:", "日期：", "日期:", "出版"),
    "zh-hant": ("發佈時間", "發布時間", "發表時間", "發表於", "發佈於", "發布於", "發佈", "發布",
                "發表", "時間：", "時間:"),
    "ja": ("公開日", "投稿日", "掲載日", "配信日", "公開", "投稿", "掲載", "配信", "作成日"),
    "ko": ("입력", "기사입력", "등록일", "등록", "발행", "게재", "작성일", "작성"),
}
#: Words that make the date an update: weaker than a publication word.
UPDATED: dict[str, tuple[str, ...]] = {
    "en": ("updated", "last updated", "modified", "last modified", "edited", "last edited",
           "revised", "reviewed", "fact checked"),
    "zh": ("更新时间", "更新于", "更新", "修改于", "修改", "编辑于", "最后编辑"),
    "zh-hant": ("更新時間", "更新於", "修改於", "最後編輯"),
    "ja": ("更新日", "最終更新", "更新"),
    "ko": ("수정", "최종수정", "업데이트", "갱신"),
}
#: Words that name some other date: sign-up, replies, copyright, deadlines.
OTHER_DATE: dict[str, tuple[str, ...]] = {
    "en": ("registered", "joined", "member since", "commented", "answered", "replied",
           "reply", "copyright", "©", "(c)", "born", "expires", "deadline", "due", "until",
           "closing date", "event date", "last seen", "last active", "retrieved", "accessed",
           "archived"),
    "zh": ("注册", "加入时间", "回复", "评论于", "到期", "生日", "截止", "最后登录", "上次登录",
           "版权"),
    "zh-hant": ("註冊", "加入時間", "回覆", "版權"),
    "ja": ("登録日時", "返信", "締切", "誕生日"),
    "ko": ("가입", "댓글", "마감"),
}
#: Words that name a date of a life or a body, never a page's (an infobox's "Born", "Died",
#: "Founded"): such a date is no candidate at all, even when the page gives no other.
LIFE_DATE: dict[str, tuple[str, ...]] = {
    "en": ("born", "died", "date of birth", "date of death", "founded", "established"),
    "zh": ("出生", "逝世", "去世", "成立时间", "成立日期"),
    "zh-hant": ("出生", "逝世", "成立時間", "成立日期"),
    "ja": ("生年月日", "没年月日", "設立"),
    "ko": ("출생", "사망", "설립"),
}
#: Reading counters: a date on the same line is a byline's ("阅读 12 次", "1,024 views").
COUNTERS: dict[str, tuple[str, ...]] = {
    "en": ("views", "reads", "min read", "minute read", "comments"),
    "zh": ("阅读", "浏览", "点击", "人气", "评论"),
    "zh-hant": ("閱讀", "瀏覽", "點擊", "人氣"),
    "ja": ("閲覧",),
    "ko": ("조회",),
}

#: Words of a byline besides dates: a dated line holding one is the page's byline.
BYLINE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("by ", "author", "source:"),
    "zh": ("来源", "作者", "记者", "编辑", "责编"),
    "zh-hant": ("來源", "記者", "編輯"),
    "ja": ("記者", "出典", "提供"),
    "ko": ("기자", "출처", "제공"),
}


def _words(table: dict[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """One alternation of every word of ``table``, longest first (an empty group is refused)."""
    words = sorted({w.casefold() for ws in table.values() for w in ws}, key=len, reverse=True)
    if not words or not all(words):
        raise ValueError("a word table is empty")
    return regex.compile("|".join(map(_bounded, words)))


def _bounded(word: str) -> str:
    """A Latin word matches whole words only ("dated" is not in "updated")."""
    text = re.escape(word)
    if word[:1].isascii() and word[:1].isalpha():
        text = r"(?<!\p{L})" + text
    if word[-1:].isascii() and word[-1:].isalpha():
        text += r"(?!\p{L})"
    return text


_PUBLISHED, _UPDATED, _OTHER = _words(PUBLISHED), _words(UPDATED), _words(OTHER_DATE)
_LIFE = _words(LIFE_DATE)
_COUNTER = _words(COUNTERS)
_BYLINE = _words(BYLINE_WORDS)
#: Suffix forms: the word stands after the date ("2005-04-27 14:32更新", "…在2005年8月12日发表").
SUFFIX_WORDS = ("更新", "發佈", "发布", "發布", "发表", "發表", "修改", "入力", "작성", "등록",
                "수정", "公開", "投稿", "配信")
_SUFFIX = regex.compile(rf"^\s*(?:[^\p{{L}}\p{{N}}\s]\s*)?(?P<word>{'|'.join(SUFFIX_WORDS)})")
_LETTER = regex.compile(r"[\p{L}]")
#: The year marks a year alone may carry on its line ("1998年", "2018년").
_YEAR_MARKS = regex.compile(r"[年년]")
#: The first post of a thread ("#1", "Post #1", "1楼", "楼主"): its date is the page's.
_FIRST_POST = regex.compile(r"(?:^|[\s(\[])(?:#|post\s*#\s*)1(?!\d)|(?<!\d)1\s*楼|楼主|樓主",
                            regex.IGNORECASE)
#: Whatever may make a date of the line a named one, without word bounds (a test of the whole
#: line that never says no where a slice of it would say yes): the publication words, the
#: suffix words and the first-post marks.
_MAY_NAME = re.compile("|".join(
    [re.escape(w.casefold()) for ws in PUBLISHED.values() for w in ws]
    + list(SUFFIX_WORDS) + ["#", r"1\s*楼", "楼主", "樓主"]))

#: Evidence weights (see the module docstring).
PUBLISHED_WORD = 40
#: An update date is taken only when no other date of the article is there: below an unnamed
#: date of the same line ("August 16, 2019 - Updated July 9, 2025").
UPDATED_WORD = -5
OTHER_WORD = -60
COUNTER_ON_LINE = 10
SHORT_LINE = 10
ARTICLE_SENTENCE = -70
#: Labels whose dates are someone else's (comments, related items, footers, ads).
#: Below an article sentence's date: those are never the page's own.
LABEL_SCORE = {"comment": -80, "related": -80, "links": -80, "footer": -100, "ad": -100,
               "spam": -100, "template": -30, "nav": -10}
#: A month or a year alone loses to any full date that is not clearly someone else's.
#: A date named by a publication word, or on a line with byline words, loses at most this much
#: for its region's label.
NAMED_LABEL_FLOOR = -20
#: A date line among others (an archive, a list of dated items) is one item of a list.
DATED_LIST = -40
DATED_LIST_SPAN, DATED_LIST_OTHERS = 4, 3
PRECISION_SCORE = {"minute": 4, "day": 0, "month": -35, "year": -50}
#: In the byline window: this much for the nearest line, 2 less per rank.
WINDOW_TOP = 30
#: A line this many lines or fewer under the headline is tied to it.
UNDER_HEADLINE = 8
UNDER_HEADLINE_SCORE = 15
#: Far lines: one point less every this many lines from the anchor, at most FAR_MAX.
FAR_STEP, FAR_MAX = 10, 20
#: Dates read per line at most (a line of ten thousand dates is no byline).
MAX_DATES_PER_LINE = 20
#: Dates this many lines apart or fewer, scoring within STACKED_MARGIN, are one stack.
STACKED_LINES, STACKED_MARGIN = 2, 6
#: A line ending in a full stop is a sentence from this many units on ("Posted on May 3." is
#: no sentence).
SENTENCE_MIN_UNITS = 8
#: A byline or date line is at most this many units.
SHORT_UNITS = 40
#: Blank lines between a date line and the name list of its byline, at most (the dump style
#: puts one after each block).
NAME_LINE_GAP = 2
#: Words from the date to the previous date (or the line start) that are read as its label.
LABEL_CHARS = 24
#: Blank lines between a bare date stamp and the worded line it copies, at most (see
#: :func:`_copy_of_other`).
COPY_LINE_GAP = 1


def publication_word(lower: str) -> bool:
    """Whether the (case-folded) line holds a publication word ("Published", "发布时间")."""
    return _PUBLISHED.search(lower) is not None


def _context_score(text: str, lower: str, found: FoundDate, previous_end: int) -> tuple[int, bool]:
    """(score of the words beside the date, whether a publication word names it)."""
    before = lower[max(previous_end, found.start - LABEL_CHARS):found.start]
    if _OTHER.search(before):
        return OTHER_WORD, False
    # Update words are blanked before publication words are looked for: "时间：" inside
    # "更新时间：" is no publication word. The nearest word decides ("Published … Updated <date>").
    updated = [m.end() for m in _UPDATED.finditer(before)]
    bare = _UPDATED.sub(lambda m: " " * len(m.group()), before)
    published = [m.end() for m in _PUBLISHED.finditer(bare)]
    after = _SUFFIX.match(text, found.end)
    if after and not updated and not published:
        word = after.group("word")
        return (UPDATED_WORD, False) if _UPDATED.fullmatch(word.casefold()) else \
            (PUBLISHED_WORD, True)
    if updated and (not published or updated[-1] > published[-1]):
        return UPDATED_WORD, False
    if published or _FIRST_POST.search(before):
        return PUBLISHED_WORD, True
    return 0, False


def _sentence(f: LineFeatures) -> bool:
    """Article text: two sentences, or one that ends the line and is not a few words."""
    return f.sentence_punct >= 2 or (f.ends_sentence and f.units >= SENTENCE_MIN_UNITS)


def _line_score(f: LineFeatures) -> int:
    score = 0
    if _sentence(f):
        score += ARTICLE_SENTENCE
    elif f.units <= SHORT_UNITS:
        score += SHORT_LINE
    if _COUNTER.search(f.lower):
        score += COUNTER_ON_LINE
    return score


def _in_dated_list(feats: Sequence[LineFeatures], i: int,
                   dates_of: Callable[[int], list[FoundDate]]) -> bool:
    """The line is one of a run of short dated lines (an archive or a list of items, each
    with its date): at least DATED_LIST_OTHERS others within DATED_LIST_SPAN lines that are
    no article sentence and hold a date more precise than a year (``dates_of``: a line's
    dates)."""
    others = 0
    for j in range(max(0, i - DATED_LIST_SPAN), min(len(feats), i + DATED_LIST_SPAN + 1)):
        f = feats[j]
        if j == i or f.units > SHORT_UNITS or not may_hold_date(f.text) or _sentence(f):
            continue
        if any(d.precision != "year" for d in dates_of(j)):
            others += 1
            if others >= DATED_LIST_OTHERS:
                return True
    return False


def _line_bound(f: LineFeatures, label: str) -> int:
    """A bound of :func:`_upper_bound` without its position score, from the line's size and
    label alone (no expression is run)."""
    return (ARTICLE_SENTENCE if _sentence(f) else SHORT_LINE if f.units <= SHORT_UNITS else 0) \
        + COUNTER_ON_LINE + max(LABEL_SCORE.get(label, 0), NAMED_LABEL_FLOOR) + PUBLISHED_WORD \
        + max(PRECISION_SCORE.values())


def _upper_bound(feats: Sequence[LineFeatures], i: int, label: str, base: int) -> int:
    """The highest score a date of line ``i`` can reach (``base``: its line and position
    scores): a publication word or a byline word only when the line holds one, however
    bounded (:data:`_MAY_NAME` has no word bounds: a slice of the line may cut a word), or
    when a list of names stands beside it."""
    f = feats[i]
    named = _MAY_NAME.search(f.lower) is not None
    region = LABEL_SCORE.get(label, 0)
    if named or _BYLINE.search(f.lower) is not None or \
            (region < NAMED_LABEL_FLOOR and _beside_names(feats, i)):
        region = max(region, NAMED_LABEL_FLOOR)
    return base + region + (PUBLISHED_WORD if named else 0) + max(PRECISION_SCORE.values())


def _position_score(i: int, rank: dict[int, int], title_index: int | None,
                    anchor: int) -> int:
    if i in rank:
        return WINDOW_TOP - 2 * rank[i]
    if title_index is not None and 0 < i - title_index <= UNDER_HEADLINE:
        return UNDER_HEADLINE_SCORE
    return -min(FAR_MAX, abs(i - anchor) // FAR_STEP)


def choose_date(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                order: Sequence[int], title_index: int | None, anchor: int,
                day_first: bool, *, prune: bool = True) -> tuple[str | None, int | None]:
    """(the publication date as ISO 8601 at its precision, the index of its line).
    ``prune=False`` scores every line (the reference the tests hold the pruned search to).

    Only the lines that may hold a year are candidates; each gets an upper bound of the score
    its dates can reach from what is cheap to know (its words, place and label, see
    :func:`_upper_bound`), and the date expression — the costliest step — is run on the lines
    in falling order of that bound until no further line could win or stack with the best
    (STACKED_MARGIN). The choice is the same as scoring every line: ties go to the higher
    byline rank, then the line nearer the anchor, then a line that is no article sentence,
    then the line and the date higher on the page."""
    rank = {i: r for r, i in enumerate(order)}
    unranked = len(order)
    found: dict[int, list[FoundDate]] = {}  # the dates of a line, found once

    def dates_of(i: int) -> list[FoundDate]:
        dates = found.get(i)
        if dates is None:
            dates = found[i] = list(find_dates(feats[i].text, day_first=day_first))
        return dates

    # The coarse bound first (no expression run: any words, the counter, the floor of a named
    # date's label); the finer one (:func:`_upper_bound`) only for the lines that pass it.
    # (One search over the page for other scripts' digits, rather than one per line.)
    holds = may_hold_date if other_digits("".join(f.text for f in feats)) else holds_year
    coarse = sorted([(_line_bound(f, decisions[i][0]) + _position_score(i, rank, title_index,
                                                                       anchor), i)
                     for i, f in enumerate(feats) if holds(f.text)], reverse=True)
    best: tuple[int, int, int, int, int, int] | None = None
    best_iso = ""
    scored: list[tuple[int, int, str, int]] = []  # line, score, iso, words
    for bound, i in coarse:
        if best is not None and prune:
            if bound < best[0] - STACKED_MARGIN:
                break  # no date of this line or of the ones after it could win or stack
            if _upper_bound(feats, i, decisions[i][0], _line_score(feats[i]) +
                            _position_score(i, rank, title_index, anchor)) < \
                    best[0] - STACKED_MARGIN:
                continue
        dates = dates_of(i)
        if not dates:
            continue
        sentence = _sentence(feats[i])
        base = _line_score(feats[i]) + _position_score(i, rank, title_index, anchor)
        for n, score, iso, words in _line_dates(feats, decisions, i, dates, base, dates_of):
            scored.append((i, score, iso, words))
            key = (score, -rank.get(i, unranked), -abs(i - anchor), int(not sentence), -i, -n)
            if best is None or key > best:
                best, best_iso = key, iso
    if best is None:
        return None, None
    return _earlier_beside(scored, -best[4], best[0], best_iso)


def _line_dates(feats: Sequence[LineFeatures], decisions: Sequence[Decision], i: int,
                dates: Sequence[FoundDate], base: int,
                dates_of: Callable[[int], list[FoundDate]]) -> list[tuple[int, int, str, int]]:
    """The scored dates of line ``i`` (at most MAX_DATES_PER_LINE): (position on the line,
    score, ISO date, the score of its context words). ``base`` is the line's score and its
    place's; a year alone counts only when a label names it or it stands alone on its line."""
    f = feats[i]
    out: list[tuple[int, int, str, int]] = []
    previous_end = 0
    line_score: int | None = None
    lettered = byline = None  # per line, computed on the first date that needs them
    for n, date in enumerate(dates[:MAX_DATES_PER_LINE]):
        if _LIFE.search(f.lower[max(previous_end, date.start - LABEL_CHARS):date.start]):
            previous_end = date.end
            continue
        words, named = _context_score(f.text, f.lower, date, previous_end)
        previous_end = date.end
        if words == 0 and not named:
            words = _copy_of_other(feats, i, date, dates_of)
        if date.precision == "year" and not named:
            if lettered is None:
                lettered = _LETTER.search(_YEAR_MARKS.sub("", f.text)) is not None
            if lettered:
                continue
        if line_score is None:
            line_score = base + (DATED_LIST if f.units <= SHORT_UNITS and not _sentence(f) and
                                 _in_dated_list(feats, i, dates_of) else 0)
        label = LABEL_SCORE.get(decisions[i][0], 0)
        if byline is None:
            byline = _BYLINE.search(f.lower) is not None or \
                (label < NAMED_LABEL_FLOOR and _beside_names(feats, i))
        if named or byline:
            # The line says it is the byline: its region label is likely wrong.
            label = max(label, NAMED_LABEL_FLOOR)
        out.append((n, line_score + label + words + PRECISION_SCORE[date.precision], date.iso,
                    words))
    return out


def _copy_of_other(feats: Sequence[LineFeatures], i: int, date: FoundDate,
                   dates_of: Callable[[int], list[FoundDate]]) -> int:
    """A bare date stamp (no letters on its line besides the date: "2015-05-29 09:24:10
    +00:00") over or under a short line that gives the same date (to the minute when both
    give one) with an update or an other-date word ("Commented May 29, 2015 at 9:24") is
    that date's machine-readable copy: it takes the word's score. Only a lower score is taken
    (never a publication word's), so the search's score bounds still hold."""
    text = feats[i].text
    if _LETTER.search(text[:date.start] + " " + text[date.end:]):
        return 0
    for step in (-1, 1):
        j = nearest_line(feats, i, step, COPY_LINE_GAP)
        if j is None or feats[j].units > SHORT_UNITS or not may_hold_date(feats[j].text):
            continue
        previous_end = 0
        for other in dates_of(j)[:MAX_DATES_PER_LINE]:
            same = min(len(other.iso), len(date.iso))
            if other.iso[:same] == date.iso[:same]:
                words, _ = _context_score(feats[j].text, feats[j].lower, other, previous_end)
                if words < 0:
                    return words
            previous_end = other.end
    return 0


def nearest_line(feats: Sequence[LineFeatures], i: int, step: int, gap: int) -> int | None:
    """The next non-blank line above (``step`` -1) or below (1) line ``i``, at most ``gap``
    blank lines away."""
    j = i + step
    while 0 <= j < len(feats) and abs(j - i) <= gap + 1:
        if feats[j].text:
            return j
        j += step
    return None


def _beside_names(feats: Sequence[LineFeatures], i: int) -> bool:
    """The line next to line ``i`` (above or below, blank lines skipped) is a list of names
    (:func:`scrubber.names.name_list`): line ``i`` is the date of a byline."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(feats) and abs(j - i) <= NAME_LINE_GAP + 1:
            if feats[j].text:
                if name_list(feats[j].text):
                    return True
                break
            j += step
    return False


def _earlier_beside(scored: Sequence[tuple[int, int, str, int]], line: int, score: int,
                    iso: str) -> tuple[str, int]:
    """Two dates of the article stacked without words ("8/1/2025" over "8/27/2025"): the
    earlier one is the publication date, the later one its update. Of the unnamed dates within
    STACKED_LINES lines of the chosen one that score nearly as well, the earliest wins."""
    best = (iso, line)
    for j, other_score, other_iso, words in scored:
        if 0 < abs(j - line) <= STACKED_LINES and words == 0 and \
                other_score >= score - STACKED_MARGIN and len(other_iso) >= len(iso) and \
                other_iso[:10] < best[0][:10]:
            best = (other_iso, j)
    return best
