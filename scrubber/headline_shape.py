"""What a headline line looks like, and whether it speaks of the article under it: the shape
tests (:func:`headline_shaped`, :func:`byline_like`, :func:`date_stamp`), the words a heading
shares with the article's first lines (:func:`shares_words`), and the neighbours of a line
across blank lines (:func:`next_line`). :mod:`scrubber.headline` finds the headline with them;
:mod:`scrubber.metadata` reads the byline slots around it."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from .authors import find_authors
from .byline_labels import label_line
from .dates import MONTH_NAME, find_dates
from .features import LineFeatures
from .names import bare_name, lone_name
from .pubdate import nearest_line
from .relative_times import RELATIVE_TIME

#: Blank lines between a line and the next one read as its neighbour, at most.
NEIGHBOUR_GAP = 2


def next_line(feats: Sequence[LineFeatures], i: int, step: int = 1) -> int | None:
    """The next non-blank line after (``step`` 1) or before (-1) line ``i``, NEIGHBOUR_GAP
    blank lines apart at most."""
    return nearest_line(feats, i, step, NEIGHBOUR_GAP)


#: A line the <title> confirms may hold this many sentence marks ("結果!!絶対に…", "Wow! Look!");
#: a headline no <title> confirms, one at most.
TITLE_MATCH_MAX_PUNCT = 3
#: A headline is at most this many units long.
HEADLINE_MAX_UNITS = 60
#: ... and at least this many letters and digits: a font-size control ("T + -", "A A A") is none.
HEADLINE_MIN_ALNUM = 2
#: A byline is at most this many units long.
BYLINE_MAX_UNITS = 40
#: A month and day without a year ("Apr 12", "12 Apr"): a date stamp.
MONTH_DAY = regex.compile(rf"^(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME})$",
                          regex.IGNORECASE)


#: How the page's controls and notices address the reader, per language: a line that opens
#: with one of these is a prompt ("Sign up to get the inside scoop…", "Select a size", "More
#: from <site>", "We've detected you are on…"), never the article's headline.
UI_PROMPTS: dict[str, tuple[str, ...]] = {
    "en": ("sign up", "sign in", "log in", "login", "create an account", "create your account",
           "reset your", "forgot your", "select a", "select an", "select your", "choose a",
           "choose an", "choose your", "more from", "read blog", "read the blog", "read more",
           "check out", "subscribe", "download the app", "download our app", "open in app",
           "read in app", "get the app", "follow us", "join our", "we've detected",
           "we’ve detected", "something went wrong", "please enable", "please update",
           "your browser"),
    "zh": ("登录", "登錄", "注册", "註冊", "下载客户端", "下載客戶端", "打开APP", "打開APP",
           "扫码", "掃碼"),
    "ja": ("ログイン", "会員登録", "アプリで開く", "アプリで読む"),
    "ko": ("로그인", "회원가입", "앱으로 보기", "앱에서 보기"),
}
_UI_PROMPT = regex.compile(
    r"^(?:" + "|".join(regex.escape(p) for ps in UI_PROMPTS.values() for p in ps) +
    r")(?![\p{L}\p{N}])", regex.IGNORECASE)


def ui_prompt(f: LineFeatures) -> bool:
    """The line opens as a control or a notice addresses the reader (:data:`UI_PROMPTS`)."""
    return _UI_PROMPT.match(f.text.lstrip()) is not None


def under_label(feats: Sequence[LineFeatures], i: int) -> bool:
    """Line ``i`` stands right under a byline label ("By:" / "Great Day Editorial Team"): the
    name the label introduces, whatever its words."""
    above = next_line(feats, i, -1)
    return above is not None and label_line(feats[above].lower)


def headline_shaped(f: LineFeatures, stop: bool = False) -> bool:
    """Short enough, at most TITLE_MATCH_MAX_PUNCT sentence marks, no full stop at its end
    (a deck, a caption or a paragraph; with ``stop``, a line the <title> repeats letter for
    letter may end in one: a question's title, "教えてください。") nor a CJK clause mark, no
    byline, no prompt to the reader."""
    return f.alnum >= HEADLINE_MIN_ALNUM and f.units <= HEADLINE_MAX_UNITS and \
        f.sentence_punct <= TITLE_MATCH_MAX_PUNCT and (stop or not full_stop(f)) and \
        not clause_end(f) and not byline_like(f) and not ui_prompt(f)


def full_stop(f: LineFeatures) -> bool:
    return f.text.rstrip()[-1] in FULL_STOPS


#: A CJK line that ends in a clause mark goes on in the next line (a verse's first line:
#: "深夜看书须尽欢，"): it is no headline.
CJK_CLAUSE_ENDS = frozenset("，、；")


def clause_end(f: LineFeatures) -> bool:
    return f.text.rstrip()[-1] in CJK_CLAUSE_ENDS


def shares_words(feats: Sequence[LineFeatures], i: int, main_start: int) -> bool:
    body_words, body_pairs = tokens("\n".join(first_lines(feats, main_start,
                                                            HEADLINE_SHARE_LINES)))
    words, pairs = tokens(feats[i].text)
    return not (words.isdisjoint(body_words) and pairs.isdisjoint(body_pairs))


def byline_like(f: LineFeatures) -> bool:
    """A short line that reads as part of a byline whatever its label: a date, an author form,
    a personal name alone ("Dylan Bailey, MS, RD" and "Apr 12, 2024" are no headlines)."""
    return f.units <= BYLINE_MAX_UNITS and (
        dated(f) or bool(find_authors(f.text, f.lower, False, strict=False))
        or bare_name(f.text) is not None or honorific_handle(f.text))


#: A user's handle with a Japanese honorific, as Q&A sites and blogs name posters
#: ("abc********さん", "yamada_taro さん"): no headline.
_HONORIFIC_HANDLE = regex.compile(r"[\w*.@-]{2,30}\s?(?:さん|様|氏)")


def honorific_handle(text: str) -> bool:
    return _HONORIFIC_HANDLE.fullmatch(text.strip()) is not None


#: A date stamp alone on its line ("Jan 23", "March 3, 2024 at 5:42 pm") is at most this
#: many units.
STAMP_UNITS = 6


def date_stamp(f: LineFeatures) -> bool:
    """The line is a date stamp: a few words holding a day or a month ("Jan 23", "Dec 16,
    2025"), no year alone ("2005 Climate Awards" is a headline)."""
    return f.units <= STAMP_UNITS and dated(f)


def dated(f: LineFeatures) -> bool:
    """The line holds a day or a month ("Jan 23", "2024-03-05"); a year alone is no date of a
    byline ("2025 Price Guide" is a headline)."""
    return MONTH_DAY.match(f.text) is not None or \
        any(d.precision != "year" for d in find_dates(f.text))


def first_lines(feats: Sequence[LineFeatures], start: int, most: int = 0) -> list[str]:
    """The first ``most`` non-blank lines from ``start`` (HEADLINE_ARTICLE_LINES if 0)."""
    most = most or HEADLINE_ARTICLE_LINES
    body = []
    for f in feats[start:]:
        if f.text:
            body.append(f.text)
            if len(body) >= most:
                break
    return body


#: Without a byline or a <title> to confirm it, a headline shares this many words (Latin
#: script: words of 4+ letters) or character pairs (CJK) with the article's first lines.
HEADLINE_SHARED_WORDS = 1
HEADLINE_SHARED_PAIRS = 2
#: How many non-blank lines of the article an unconfirmed headline is compared with...
HEADLINE_ARTICLE_LINES = 5
#: ... and a heading over the byline or the article's first line (a deck or a source note may
#: open the article, the headline's words come later).
HEADLINE_SHARE_LINES = 10
#: A word of four characters or more: letters with their combining marks (the vowel signs of
#: Devanagari and Thai, an accent written apart), which would split it otherwise.
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]{3,}")
FULL_STOPS = frozenset(".。")
CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}")
#: Words of four letters or more that any two lines of a language share ("this", "with"):
#: no evidence that a line heads the text below it.
COMMON_WORDS = frozenset((
    "about", "after", "also", "been", "before", "being", "between", "both", "each", "even",
    "from", "have", "here", "into", "just", "like", "many", "more", "most", "much", "must",
    "need", "only", "other", "over", "should", "some", "such", "than", "that", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "very", "were", "what",
    "when", "where", "which", "while", "will", "with", "would", "your", "yours", "could",
    "does", "make", "made", "every", "because", "under", "well", "within", "without",
    "above", "across", "again", "against", "along", "among", "around", "away", "back",
    "behind", "below", "beyond", "during", "since", "still", "toward", "towards", "until",
    "upon",
))


def tokens(text: str) -> tuple[set[str], set[str]]:
    """(words of four or more letters, case-folded, less :data:`COMMON_WORDS`; pairs of
    adjacent CJK characters)."""
    words = {w.casefold() for w in WORD.findall(text) if not CJK_RUN.match(w)}
    words -= COMMON_WORDS
    pairs = {run[k:k + 2] for run in CJK_RUN.findall(text) for k in range(len(run) - 1)}
    return words, pairs


def name_under_headline(feats: Sequence[LineFeatures], title_index: int,
                         at: int = 1) -> tuple[str, ...]:
    """The line right under the headline when the next one is a date ("Gabo" / "Jan 23",
    "ibby" / "Dec 16, 2025"): a one-word name or handle (:func:`lone_name`) stands there.
    ``at=-1``: ``title_index`` is that line itself (is it a name over a date?)."""
    j = next_line(feats, title_index) if at == 1 else title_index
    k = next_line(feats, j) if j is not None else None
    if j is None or k is None or feats[j].units > 3:
        return ()
    date = feats[k].text
    if next(find_dates(date), None) is None and MONTH_DAY.match(date) is None:
        return ()
    name = lone_name(feats[j].text)
    return (name,) if name else ()


#: A word written in lower case (see :func:`written_as_name`), not in an address
#: ("jane.doe@…", "/author/jane-doe").
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}./@_-])\p{Ll}{3,}(?![\p{L}\p{N}@_/-]|\.\p{L})")


def lower_words(feats: Sequence[LineFeatures]) -> frozenset[str]:
    """The words the page writes in lower case somewhere (for :func:`written_as_name`)."""
    return frozenset(_LOWER_WORD.findall("\n".join(f.text for f in feats)))


def written_as_name(name: str, lowered: frozenset[str]) -> bool:
    """Whether a capitalised pair ("Lisa Pham") is a name rather than a heading: a page that
    writes one of its words in lower case ("offer", "hub", "stoves"; or its plural, or its
    singular) uses a heading ("Limited Time Offer", "Community Hub", "Camp Stoves")."""
    words = name.casefold().split()
    return lowered.isdisjoint([*words, *(w + "s" for w in words), *(w[:-1] for w in words)])


#: The arrows and slashes between a breadcrumb's crumbs, spaced ("Home / Blog / Headline",
#: "All Games > Action > Title"): a slash or an arrow inside a word ("AI/ML") is none.
_CRUMB_ARROW = regex.compile(r"\s(?:>|»|›|/|→)\s")
#: A line with this many spaced arrows or more is a breadcrumb, no heading.
BREADCRUMB_ARROWS = 2


def breadcrumb(text: str) -> bool:
    """Whether the line is a breadcrumb (BREADCRUMB_ARROWS spaced arrows or slashes)."""
    return len(_CRUMB_ARROW.findall(text, overlapped=True)) >= BREADCRUMB_ARROWS


#: The reasons of the byline lines that carry the article's date.
DATED_BYLINES = frozenset(("byline", "date_line", "byline_en", "byline_ja", "byline_ko"))


_RELATIVE = regex.compile(RELATIVE_TIME)
#: A post's stamp line ("再睡一夏 | 455 | 1周前": the poster, a count, a time, in fields) is
#: at most this many units.
STAMP_LINE_UNITS = 20
#: A line of counters alone ("1    1    11": views, replies, likes) holds this many numbers.
COUNTERS_MIN = 2
_COUNTER = regex.compile(r"\d[\d,.]*[kKmM万]?")


def post_stamp(f: LineFeatures) -> bool:
    """Whether the line is a post's stamp: short, in fields (a bar or a slash between them),
    one of which is a date or a relative time."""
    return 0 < f.units <= STAMP_LINE_UNITS and f.strong_separators > 0 and \
        (_RELATIVE.search(f.text) is not None or dated(f))


def counters(f: LineFeatures) -> bool:
    """Whether the line is only counters ("1    1    11", "0 0 0")."""
    words = f.text.split()
    return len(words) >= COUNTERS_MIN and all(_COUNTER.fullmatch(w) for w in words)

