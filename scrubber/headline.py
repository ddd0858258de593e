"""The headline of a page: the line the first line confirms when that line is the ``<title>``
(WET style puts it first, usually with a site suffix: "标题-搜狐财经", "Headline | Site"), or the
heading over the article's byline; without either (scrapers that keep only the body's text),
the heading over the article's dated byline, or the line above the article that shares the most
words with it (:mod:`scrubber.headline_byline`).

Pseudo-code::

    if the first line may be a <title>: the line above the article that matches its headline
        part (first or longest part; a region line only when it is that part itself)
    else the heading right above the byline block over the article, when it shares the
        article's words (a section word, a share button or a name does not)
    else the heading over the nearest dated byline (up to 40 lines above the article), when it
        shares them; else the line above the article sharing most of them; else the heading
        right under the dated byline
"""
from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

import regex

from .features import LineFeatures
from .headline_byline import (
    CANDIDATE_LABELS,
    headline_above,
    headline_by_byline,
)
from .headline_shape import (
    DATED_BYLINES,
    HEADLINE_MAX_UNITS,
    HEADLINE_MIN_ALNUM,
    TITLE_MATCH_MAX_PUNCT,
    clause_end,
    date_stamp,
    full_stop,
    headline_shaped,
    next_line,
    shares_words,
    ui_prompt,
)
from .headline_url import (
    SLUG_OPENING_LINES,
    SLUG_OVERRIDE_WORDS,
    deep_slug_headline,
    section_line,
    slug_headline,
    spelt_out_headline,
)
from .post_marks import is_mark
from .regions import Decision
from .titles import TITLE_SPLIT, alnum_key
from .urls import line_words, slug_share, slug_wanted

#: A line confirmed as the headline by a first line of one part (no site suffix) has at least
#: this many letters and digits, or CJK characters when it writes some.
TITLE_MATCH_MIN_ALNUM = 10
TITLE_MATCH_MIN_CJK = 4
#: Regions a link box's header opens may run on over the headline: a line in one is the
#: headline when it is the <title>'s headline part (at least this close to it).
_REGION_LABELS = ("links", "related", "nav")
REGION_MATCH = 0.9
#: A line that no part of the <title> holds is its headline reworded when it has at least
#: REWORDED_MIN_SHARE of a part's words, REWORDED_MIN_WORDS at least; it ranks under a line a
#: part holds (REWORDED_SCORE, the least closeness a part's match needs).
REWORDED_MIN_SHARE = 0.7
REWORDED_MIN_WORDS = 3
REWORDED_SCORE = 0.5
#: ... and it has at most this many times the part's words: a sentence that mentions them
#: ("Our black wallet has an anodized aluminum plating that …" under "Aluminum Black Wallet")
#: is longer.
REWORDED_MAX_GROWTH = 2.5


def _reworded(part: str, line: str) -> bool:
    want, words = line_words(part), line_words(line)
    shared = want & words
    return len(shared) >= REWORDED_MIN_WORDS and len(shared) >= REWORDED_MIN_SHARE * len(want) \
        and len(words) <= REWORDED_MAX_GROWTH * len(want)


#: A tag in brackets that a <title> adds to its headline ("【图】", "【行情 报价 价格 评测】",
#: "[Solved]"): no word of the headline on the page.
_TITLE_TAG = regex.compile(r"[【\[][^】\]]{0,30}[】\]]")


def _title_parts(page_title: str) -> list[str]:
    """The parts of a <title> line (letters and digits), less the tags in brackets around its
    headline (a part that is nothing but a tag stays as it is)."""
    parts = [p for p in (alnum_key(_TITLE_TAG.sub("", x)) or alnum_key(x)
                         for x in TITLE_SPLIT.split(page_title)) if p]
    return parts or [alnum_key(page_title)]


#: How many of the article's first lines may still be its head (over a byline).
HEAD_LINES = 5
#: A finished sentence of this many letters and digits is a paragraph, not a head's line.
HEAD_PARAGRAPH_ALNUM = 60


def _head_end(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
              main_start: int, chrome: Collection[int] = ()) -> int:
    """Where the article's head ends: the article block may reach up over its headline (a
    blog's short lines, or a site's known chrome between the page's first line and its
    headline: ``chrome``, not counted); a dated byline among its first lines, before any
    sentence, ends the head."""
    below = [i for i in range(main_start, len(feats)) if feats[i].text and (
        i not in chrome or decisions[i][1] in _HEAD_ENDS)][:HEAD_LINES]
    for i in below:
        if decisions[i][1] in _HEAD_ENDS:
            return i
        if feats[i].ends_sentence and feats[i].alnum >= HEAD_PARAGRAPH_ALNUM:
            break  # a paragraph: the article has begun
    return main_start


def find_title(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
               main_start: int, slug: Sequence[str] = (), chrome: Collection[int] = (),
               section: str | None = None) -> tuple[int | None, int | None]:
    """(index of the headline, index of the ``<title>`` copy it was confirmed by). ``slug``:
    the words of the page's URL slug (:func:`scrubber.urls.slug_words`), which confirm the
    headline when no <title> line does; ``chrome``: the lines a site template names, which
    the article block may span."""
    first = next((i for i, f in enumerate(feats) if f.text), None)
    if first is None:
        return None, None
    limit = _head_end(feats, decisions, main_start, chrome) if main_start >= 0 else len(feats)
    loose = _candidates(feats, decisions, first, limit, TITLE_MATCH_MAX_PUNCT,
                        CANDIDATE_LABELS + _REGION_LABELS)
    candidates = [i for i in loose if feats[i].sentence_punct <= 1 and
                  decisions[i][0] in CANDIDATE_LABELS]
    if first in candidates or decisions[first][0] in CANDIDATE_LABELS or (
            decisions[first][0] in _LIST_LABELS and _headline_first(feats[first].text)):
        best = _title_confirmed(feats, decisions, loose, first, main_start)
        if best is None:
            best = _opening_title(feats, first, main_start)
        if best is not None:
            # A line the URL's slug names wins when the first line holds none of the slug's
            # words (SLUG_OVERRIDE_WORDS or more, or any when the first line is a word or
            # two): it is a site's header or a menu's entry, no <title> (a blog's name
            # matching the author's over the date; "Physics" over "The Year in Mathematics").
            few_words = len(feats[first].text.split()) < TITLE_LINE_MIN_WORDS
            if (len(slug_wanted(slug)) >= SLUG_OVERRIDE_WORDS or few_words) and \
                    slug_share(feats[first].text, slug) == 0.0:
                by_slug = slug_headline(feats, loose, first, slug, decisions)
                if by_slug is not None:
                    return by_slug, first
            # So does the line that is the URL's section name, over a menu's entry.
            named = section_line(feats, loose, first, limit, section) if few_words else None
            return (best if named is None else named), first
    # (The article block may open with its headline: its first lines are candidates too.)
    opening = [i for i in range(max(main_start, limit), len(feats)) if feats[i].text][
        :SLUG_OPENING_LINES] if main_start >= 0 else []
    by_slug = slug_headline(feats, [*loose, *(i for i in opening if feats[i].units <=
                                               HEADLINE_MAX_UNITS and not ui_prompt(feats[i]))],
                            first, slug, decisions)
    if main_start >= 0:
        by_slug = deep_slug_headline(feats, decisions, max(main_start, limit), first, slug,
                                     by_slug)
    if by_slug is not None:
        return by_slug, None
    named = section_line(feats, [*loose, *opening], first, limit, section)
    if named is not None:
        return named, None
    above = headline_above(feats, decisions, candidates, limit, first)
    if main_start < 0 or (above is not None and shares_words(feats, above, main_start)):
        return above, None
    # A section word, a share button, a site's or a person's name over the byline ("Sport",
    # "Flipboard") shares no word with the article: the heading over the page's dated byline,
    # when it shares them, or else the line above the article that shares them most; else a
    # heading shown twice in a row.
    found = headline_by_byline(feats, decisions, main_start)
    if found is None:
        found = thread_title(feats, decisions, main_start, above)
    if found is None:
        found = _twice_shown(feats, [*loose, *opening], first)
    if found is None and title_line_headline(feats, decisions, main_start) is None:
        # (A first line that may be the <title> names the article better than the slug.)
        found = spelt_out_headline(feats, first, slug)
    return found, None


#: The chrome of a thread's posts (:mod:`scrubber.threads`).
_POST_CHROME = "post_chrome"


def thread_title(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                 main_start: int, above: int | None) -> int | None:
    """The title of a thread or a Q&A page: the heading right over its first post's card (at
    most THREAD_CARD_LINES lines of post chrome, one of them a post mark or a date: the
    poster's name over the post's stamp), whatever words it shares with the post (a question's
    title and its body seldom repeat each other): ``above``, when only that card stands
    between it and the article, or the article's first line when that card stands right under
    it (the chrome is transparent to the article search, which takes a question's title in
    when it ends in "?")."""
    if above is not None:
        card = [i for i in range(above + 1, main_start) if feats[i].text]
        return above if _post_card(feats, decisions, card) else None
    opening = list(itertools.islice((i for i in range(main_start, len(feats)) if feats[i].text),
                                    THREAD_CARD_LINES + 2))
    if not opening or decisions[opening[0]][0] != "content" or \
            feats[opening[0]].units > HEADLINE_MAX_UNITS or \
            feats[opening[0]].sentence_punct > 1 or full_stop(feats[opening[0]]):
        return None
    card = list(itertools.takewhile(lambda i: decisions[i][1] == _POST_CHROME, opening[1:]))
    return opening[0] if _post_card(feats, decisions, card) else None


#: A post's card under a thread's title: at most this many lines of chrome.
THREAD_CARD_LINES = 3


def _post_card(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
               card: Sequence[int]) -> bool:
    """Whether the lines ``card`` are a post's card: one to THREAD_CARD_LINES lines of post
    chrome, one of them a post mark or a date stamp."""
    return 0 < len(card) <= THREAD_CARD_LINES and \
        all(decisions[i][1] == _POST_CHROME for i in card) and \
        any(is_mark(feats[i].lower) or date_stamp(feats[i]) for i in card)


#: How many of the article block's first lines may be the headline a <title> names exactly (its
#: first: a line further down the block is its text, when no date line parts them).
OPENING_TITLE_LINES = 1


def _opening_title(feats: Sequence[LineFeatures], first: int, main_start: int) -> int | None:
    """The article block's first line when it is, letter for letter, a part of the first
    line's title ("Tag - Question - Site" over a thread that opens with its question's
    heading): the block took the headline in."""
    if main_start <= first:
        return None
    parts = [alnum_key(p) for p in TITLE_SPLIT.split(feats[first].text) if alnum_key(p)]
    if len(parts) < 2:
        return None
    opening = [i for i in range(main_start, len(feats)) if feats[i].text][:OPENING_TITLE_LINES]
    return next((i for i in opening if alnum_key(feats[i].text) in parts
                 and len(alnum_key(feats[i].text)) >= TITLE_MATCH_MIN_ALNUM
                 and headline_shaped(feats[i], stop=True)), None)


def _title_confirmed(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                     loose: Sequence[int], first: int, main_start: int) -> int | None:
    """Of the candidates ``loose``, the line the first line (a <title>) confirms: the one that
    matches its headline part most closely (or rewords it), the nearest the article on a tie
    (unless :func:`_named_over`); ``None`` when no line matches."""
    others = [i for i in loose if i != first]
    if not others:
        return None
    parts = _title_parts(feats[first].text)
    longest = max(map(len, parts))
    raw_parts = [p for p in TITLE_SPLIT.split(feats[first].text) if alnum_key(p)]
    # A first line of a word or two may be a menu's entry ("Degrees"), no <title>: it
    # confirms only a line that repeats it.
    few_words = len(feats[first].text.split()) < TITLE_LINE_MIN_WORDS and \
        feats[first].cjk < TITLE_LINE_MIN_CJK
    best: tuple[bool, float, int] | None = None
    for i in others:
        line = alnum_key(feats[i].text)
        if (len(line) < 4 and not _short_han_headline(feats[i], line, parts)) or (
                len(parts) == 1 and (len(line) < (
                TITLE_MATCH_MIN_CJK if feats[i].cjk else TITLE_MATCH_MIN_ALNUM)
                or few_words) and not _confirms_short(feats, first, i, line == parts[0])):
            continue
        # Whether the line matches the title's headline part (its first or its longest:
        # "Headline - Site", "Section | Headline"; a short later part is the name of the
        # site, the section or the author), then how closely; on a tie the line nearer
        # the article.
        score = max(((k == 0 or len(p) == longest,
                      min(len(line), len(p)) / max(len(line), len(p)))
                     for k, p in enumerate(parts) if line in p or p in line),
                    default=(False, 0.0))
        if not score[1] and not feats[i].cjk and headline_shaped(feats[i]):
            # No part holds it: the headline reworded ("Top 11 SEO Tips for 2025 | Site"
            # over "11 SEO Tips for 2025 to Boost Rankings"), ranked under any part.
            score = max(((k == 0 or len(p) == longest, REWORDED_SCORE)
                         for k, p in enumerate(raw_parts) if _reworded(p, feats[i].text)),
                        default=(False, 0.0))
        # A line that matches only a later, shorter part names the site, the section or
        # the author ("Shots" under "Headline : Shots - Health News : NPR").
        # A line inside a region (a link box run on over the headline) only when it is the
        # title's headline part itself.
        if score[1] >= (0.5 if decisions[i][0] in CANDIDATE_LABELS else REGION_MATCH) and \
                (score[0] or len(parts) == 1) and (best is None or score > best[:2] or (
                    score == best[:2] and not _named_over(feats, best[2], i, parts,
                                                          main_start))):
            best = (*score, i)
    return best[2] if best is not None else None


def _named_over(feats: Sequence[LineFeatures], earlier: int, later: int, parts: Sequence[str],
                main_start: int) -> bool:
    """Whether, of two lines that match the <title> equally well, the ``earlier`` is the
    headline all the same: it is the title's first part and shares words with the article,
    while the ``later`` is only a later part (the site's tagline right over a wiki's lead,
    "张三丰 - 维基百科，自由的百科全书") and shares none."""
    if main_start < 0 or len(parts) < 2:
        return False
    early, late = alnum_key(feats[earlier].text), alnum_key(feats[later].text)
    return early == parts[0] and parts[0] not in late and late not in parts[0] and \
        shares_words(feats, earlier, main_start) and not shares_words(feats, later, main_start)


#: A Han headline this short (a wiki entry's name: "张三丰", "西湖") is confirmed only as the
#: <title>'s first part exactly, before a site's suffix.
SHORT_HAN_MIN = 2


def _short_han_headline(f: LineFeatures, line: str, parts: Sequence[str]) -> bool:
    """Whether a line of fewer than four letters is the title's first part, all Han, before
    another part: the name a wiki's entry is about."""
    return len(parts) >= 2 and line == parts[0] and len(line) >= SHORT_HAN_MIN and \
        f.cjk == len(line)


#: A line shown twice in a row is the headline when it has at least this many letters and
#: digits (a page's heading rendered twice: the visible one and a copy for screen readers or
#: a sticky bar); a short one is a menu's entry or a label.
TWICE_MIN_ALNUM = 16


def _twice_shown(feats: Sequence[LineFeatures], lines: Sequence[int], first: int) -> int | None:
    """The last of the candidate ``lines`` that the next non-blank line repeats word for word
    (the second copy's index is returned: the one nearer the article)."""
    found = None
    for i in lines:
        j = next_line(feats, i)
        if i != first and j is not None and feats[j].text == feats[i].text and \
                feats[i].alnum >= TWICE_MIN_ALNUM and not full_stop(feats[i]):
            found = j
    return found


#: A first line of fewer words (and fewer CJK characters) is no <title>: a menu's entry.
TITLE_LINE_MIN_WORDS = 3
TITLE_LINE_MIN_CJK = 6
_NOT_TITLE_LABELS = frozenset(("nav", "links", "footer", "comment", "related"))
#: A first line the link rules took ("Headline--Section--Site" reads as a list of links) is
#: still a <title> when its first part is this long: a headline, no menu's entry.
_LIST_LABELS = frozenset(("nav", "links"))
LINKS_TITLE_MIN_CJK = 8
LINKS_TITLE_MIN_ALNUM = 24


def title_line_headline(feats: Sequence[LineFeatures], decisions: Sequence[Decision],
                        main_start: int) -> str | None:
    """Without a headline line: the headline part of the first line (its first part, or its
    longest when the first is a short section name) when that line may be the page's <title>
    (WET style puts it first): a few words or more, no rule's menu, above the article and
    sharing words with it, no sentence (a full stop at its end). A scraper's first line that
    is a menu entry or a status message shares no word with the article."""
    first = next((i for i, f in enumerate(feats) if f.text), None)
    if first is None or main_start <= first:
        return None
    f = feats[first]
    if decisions[first][0] in _NOT_TITLE_LABELS and not (
            decisions[first][0] in _LIST_LABELS and _headline_first(f.text)):
        return None
    if len(f.text.split()) < TITLE_LINE_MIN_WORDS and f.cjk < TITLE_LINE_MIN_CJK:
        return None
    if full_stop(f) or f.sentence_punct > TITLE_MATCH_MAX_PUNCT or \
            not shares_words(feats, first, main_start):
        return None
    return headline_part(f.text)


def _headline_first(title: str) -> bool:
    """The <title>-like line has parts (a site's suffix) and its first part is long enough to
    be a headline."""
    parts = [p for p in TITLE_SPLIT.split(title) if p.strip()]
    if len(parts) < 2:
        return False
    key = alnum_key(parts[0])
    return len(key) >= LINKS_TITLE_MIN_ALNUM or sum(1 for ch in key if ch > "\u2e7f") >= \
        LINKS_TITLE_MIN_CJK


def headline_part(title: str) -> str:
    """The headline part of a <title> line: its first part, or its longest when the first is
    a short section name ("Headline | Site", "Section - Headline - Site")."""
    parts = [str(p).strip() for p in TITLE_SPLIT.split(title) if p.strip()]
    if not parts:
        return title.strip()
    return parts[0] if len(alnum_key(parts[0])) >= TITLE_MATCH_MIN_ALNUM // 2 else \
        max(parts, key=len)


#: The reasons of the dated lines that end an article's head: a date stamp alone too.
_HEAD_ENDS: frozenset[str] = DATED_BYLINES | {"date_stamp"}


def _confirms_short(feats: Sequence[LineFeatures], first: int, i: int, same: bool) -> bool:
    """Whether a short line ``i`` matched to a first line of one part is the headline that
    first line (a <title>) confirms. A first line without a site's suffix may be no <title> at
    all but a menu's first entry (scrapers that keep only the body's text): then the short
    line is another entry ("Blog" over "Blogs"), or the same menu again ("Platform",
    "Customers" ... twice). So the line must repeat it exactly and go on otherwise than the
    first line does."""
    if not same:
        return False
    after_first, after_line = next_line(feats, first), next_line(feats, i)
    return after_first is None or after_line is None or \
        feats[after_first].text != feats[after_line].text


def _candidates(feats: Sequence[LineFeatures], decisions: Sequence[Decision], first: int,
                limit: int, max_punct: int = 1,
                labels: tuple[str, ...] = CANDIDATE_LABELS) -> list[int]:
    return [
        i for i in range(first, limit)
        if feats[i].text and decisions[i][0] in labels
        and feats[i].alnum >= HEADLINE_MIN_ALNUM and feats[i].units <= HEADLINE_MAX_UNITS
        and feats[i].sentence_punct <= max_punct and not ui_prompt(feats[i])
        and not clause_end(feats[i])
    ]
