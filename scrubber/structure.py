"""Page structure the line-by-line pass cannot see: runs of code, runs of headlines, list and
quote markers, and the repeated chrome of posts. These passes run between the first pass
(:mod:`scrubber.classify`) and the context pass (:mod:`scrubber.regions`), and after it for the
post chrome; each looks at a line together with its neighbours or the whole page. (Record
grids, the content of pages without an article, are :mod:`scrubber.grids`.)

- **Code runs.** A run of at least ``CODE_MIN_RUN`` code-like lines (blank lines allowed inside)
  is text: its lines count as sentences (NEAR) in the article search, so that a post whose
  body is mostly a snippet or shell commands is found as an article, and a snippet bridges
  between the paragraphs around it; a link-list or keyword rule does not remove them. A line
  is code-like when it is mostly not CJK, has no CJK full stop, and carries a token of code
  syntax (``_CODE_START``, ``_CODE_ENDS``, ``_CODE_INSIDE``); a comment line (``# 测试``) of
  any script joins a run that holds CODE_MIN_RUN code-like lines of its own.
- **Headline runs.** At least ``HEADLINE_MIN_RUN`` headline-like lines in a row (one line each,
  ``HEADLINE_MIN_UNITS`` to ``HEADLINE_MAX_UNITS`` units, no sentence inside, no trailing
  clause punctuation, no enumerator such as ``1、``) are a list of headlines, not paragraphs:
  each counts as a short line, so the article block does not run on through them.
- **Markers.** A line that a link-list rule removed only because of its list or quote marker
  (``> ``, ``- ``, ``* ``, ``## ``, ``1. ``) is judged again without it.
- **Prose in short lines.** Blogs and photo posts break their prose into short lines, one
  clause a line, without sentence punctuation. A run of at least ``PROSE_MIN_RUN`` short lines
  most of which hold a function word of their language (particles, pronouns, articles: the
  ``FUNCTION_WORDS`` table) is prose, not a menu: its lines count as sentences (NEAR). Menu
  and tag items are nouns and names, which hold none.
- **Menu entries are no headers.** A region header standing between two menu words (both
  neighbours a word or three, with no rule naming them: "图片 | 评论 | 探索" one a line) is an
  entry of the menu, not the heading of a comment box or a related list: it opens no region.
- **Paths are not menus.** A line of an alphabetic script that the link-list rule removed only
  for slashes inside its tokens (``/var/log/app``, ``A/B``, ``5/16″``) is left to the context
  pass; `` / `` with spaces, pipes, middots, arrows, tabs and wide gaps still separate items.
- **Thread chrome.** A comment header repeated under every post ("Reply", "Add a comment"),
  and comment author lines ("X wrote:") when there are several, that start right where the
  article block ends, are the chrome of the page's own thread: removed, but they open no
  region, so the later posts count as the page's content. A comment box after an article
  (its header apart from the article, after share bars and tags) still opens its region; the
  heads of quoted posts ("X said:", "X wrote:") never do when there are several.
- **Legal headers.** A short footer line about policies, terms, cookies or returns followed
  by a paragraph opens a footer region: the policy text under it is not the article.
- **Post chrome.** Inside the kept text, a short line with no sentence that holds a relative
  time, a floor number or a vote/reply counter, and whose shape (letters and digits
  generalised) repeats at least ``STAMP_MIN_REPEATS`` times on the page, is a post's chrome
  (``post_stamp``), not its body. A floor number ("#3") is a stamp only beside a time or a
  year or with few words and no title after a colon ("Tip #3: ..." is a numbered heading).
- **Thread posts.** Before the context pass: on a page where at least ``THREAD_MIN_MARKS``
  kinds of post marks (``POST_MARKS`` per language: floor numbers, post counts, join dates,
  ranks, answer stamps; a line as a whole or one of its fields split by "·", "|" or "•")
  each repeat and enclose paragraphs (one kind is enough on a page
  with signed comments), the short lines of repeated
  shape from the first mark to the last ("Reply", "Share", vote counts), the date stamps and
  the short lines between two of them (the poster's name and title) are the posts' chrome
  (``post_chrome``): removed, and transparent to the article search, so that the posts of
  the thread read as one run of text. A line of the thread that repeats an earlier one exactly
  (a quote of an earlier post inside a reply, a signature) is removed too (``post_repeat``).
  The chrome runs back from the first mark of a repeated kind over the first post's own
  chrome (a question's single "asked" stamp, its votes), across one post body at most.
- **Signed comments.** On a Q&A page the short comments under the question and each answer
  are signed: the author's name, then a dash and the name again ("Dana Kim" / "– Dana Kim").
  With at least ``COMMENT_MIN_SIGNED`` such signatures, each comment (its body up to the
  chrome above it, the name, the signature) is ``post_comment``: removed, and transparent
  to the article search. The signatures also tell that the page is a thread: one kind of
  repeated post mark is then enough.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .classify import Classified, Kind, classify
from .features import LineFeatures, line_features
from .options import Options
from .rules import RuleSet

#: A run of code needs at least this many code-like lines.
CODE_MIN_RUN = 2
#: A code-like line has at most this share of CJK characters among its letters and digits.
CODE_MAX_CJK_SHARE = 0.3
# Tokens of code syntax, as data: how a line of code starts (a comment, a prompt, a flag, a
# brace, a JSON key before its value, a keyword or a common shell verb), the characters it
# ends with (a continued or assigned line, a statement end, a brace), and tokens inside it,
# each behind a literal the line must hold for its expression to be worth trying (most lines
# hold none).
_CODE_START = re.compile(
    r"\s*(?:#(?:\s|!|(?:include|define|ifn?def|endif|pragma)\b)|//|--?[A-Za-z]|\$ |>>>|[{}]"
    r"|\"[\w.$@-]+\"\s*:\s*(?:[\"{\[\d-]|null\b|true\b|false\b)"
    r"|(?:if|else|fi|for|done|echo|import|from|def|return|sudo|cd|export|source|npm|pip|git"
    r"|docker|curl|set|alias|const|let|var|function|class|public|private|SELECT|INSERT)\b)")
_CODE_ENDS = frozenset("=\\;{}")
_CODE_INSIDE: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("&&", None), ("||", None), ("::", None),
    ("$", re.compile(r"\$[A-Za-z_]")),
    ("=", re.compile(r"\w=\S")),
    # A call: "print(x)", "os.path.join(a, b)"; not a counted link ("Linux(40)", "2006年(5)").
    ("(", re.compile(r"(?<![A-Za-z0-9_])[a-z_][A-Za-z0-9_.]*\((?!\d+\))[^()\n]*\)")),
    (" -", re.compile(r"\s--?[A-Za-z][\w-]*(?=\s|=|$)")),
)
#: A character of every needle above.
_INSIDE_CHARS = frozenset("&|:$=(-")
#: A comment line of code: a shell or Python comment, a C-style comment, then a space.
_CODE_COMMENT = re.compile(r"\s*(?:#|//)\s")
#: Reasons a code run does not override (a copyright line under a snippet is still a footer).
CODE_KEEPS_REASONS = ("copyright", "icp")

HEADLINE_MIN_RUN = 3
HEADLINE_MIN_UNITS = 12
HEADLINE_MAX_UNITS = 45
#: The same per language where a unit is a word, not a character, as data: a Korean headline
#: ("우승 횟수 합산만 25회, 명가 3팀이 벌일 선두 싸움") has 6 to 25 words. English has no row:
#: a list of bullet points without full stops reads the same (measured: it cost recall).
HEADLINE_WORDS: dict[str, tuple[int, int]] = {"ko": (6, 25)}
_ENUMERATOR = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[、.．)）]")
_CLAUSE_END = frozenset("，,、；;：:")
_FULL_STOPS = frozenset("。.")

_MARKER = re.compile(r"^\s*(?:>+|[-*+•]|#{1,6}|\d{1,2}[.、)）])\s+")

STAMP_MAX_UNITS = 10
STAMP_MIN_REPEATS = 3
# (Every run of digits starts after a non-digit, so that a search stays linear on a long
# run of digits.)
_STAMP = re.compile(r"(?<!\d)\d+\s*(?:秒|分钟|小时|天|周|个?月|年)前|#\d+|(?<!\d)\d+\s*楼|楼主"
                    r"|(?<!\d)\d+\s*(?:个赞|赞|声望|回复|举报)"
                    r"|\b\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b"
                    r"|\b\d+\s*(?:likes?|replies|points|votes)\b", re.IGNORECASE)
_WORDISH = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
POST_STAMP = ("meta", "post_stamp")
#: A line with a floor number and more words than this is a numbered heading, not a stamp,
#: unless it holds a time or a year.
FLOOR_MAX_WORDS = 3
#: A floor number as a post's: first on the line or after the word for a post, and no title
#: after a colon or a dash ("Tip #1: Fresh Beans", "Standard #3- Maths" are headings).
_FLOOR = re.compile(r"(?:^|\b(?:post|reply|comment|answer|floor)\s*)#\d+(?!\d|\s*[:\-–])",
                    re.IGNORECASE)
_TIME_OR_YEAR = re.compile(r"\d:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")


def code_like(f: LineFeatures) -> bool:
    """Whether a line reads as a line of code or a shell command."""
    text = f.text
    if not text or f.cjk > CODE_MAX_CJK_SHARE * f.alnum or "。" in text:
        return False
    if text[-1] in _CODE_ENDS or _CODE_START.match(text):
        return True
    if _INSIDE_CHARS.isdisjoint(text):  # one scan in C: no needle can be in the line
        return False
    return any(needle in text and (token is None or token.search(text))
               for needle, token in _CODE_INSIDE)


def _runs(flags: Sequence[bool], feats: Sequence[LineFeatures], min_run: int) -> list[int]:
    """The flagged lines that stand in runs of at least ``min_run`` (blank lines and lines
    without letters or digits, such as a row of emoji or a closing brace, allowed inside a
    run)."""
    out: list[int] = []
    run: list[int] = []
    for i, flag in enumerate(flags):
        if flag:
            run.append(i)
        elif feats[i].alnum:
            if len(run) >= min_run:
                out += run
            run = []
    if len(run) >= min_run:
        out += run
    return out


def code_runs(classified: list[Classified], feats: Sequence[LineFeatures]) -> list[int]:
    """Mark the lines of code runs as sentences (NEAR, in place) and return their indices. A
    comment line (``# 测试``, ``// 开启``) is part of a run whatever its script, as long as the
    run holds CODE_MIN_RUN code-like lines of its own."""
    # A paragraph is no line of code (and the test is skipped on the most common lines).
    flags = [c.kind is not Kind.GOOD and c.kind is not Kind.BLANK and code_like(f)
             for c, f in zip(classified, feats, strict=True)]
    if sum(flags) < CODE_MIN_RUN:
        return []
    comments = [not flag and c.kind is not Kind.GOOD and _CODE_COMMENT.match(f.text) is not None
                for flag, c, f in zip(flags, classified, feats, strict=True)]
    code = set(_runs(flags, feats, CODE_MIN_RUN))
    if any(comments):
        joined = [a or b for a, b in zip(flags, comments, strict=True)]
        for run in _groups(_runs(joined, feats, CODE_MIN_RUN), feats):
            if sum(flags[i] for i in run) >= CODE_MIN_RUN:
                code.update(run)
    out = []
    for i in sorted(code):
        c = classified[i]
        if c.kind is Kind.HEADER or c.kind is Kind.GOOD or c.reason.startswith(CODE_KEEPS_REASONS):
            continue
        classified[i] = _NEAR
        out.append(i)
    return out


def _groups(lines: Sequence[int], feats: Sequence[LineFeatures]) -> list[list[int]]:
    """Split flagged lines (the output of :func:`_runs`) back into their runs: consecutive but
    for lines without letters or digits."""
    groups: list[list[int]] = []
    for i in lines:
        if groups and not any(feats[j].alnum for j in range(groups[-1][-1] + 1, i)):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _headline_like(f: LineFeatures, sizes: tuple[int, int]) -> bool:
    text = f.text
    if not (sizes[0] <= f.units <= sizes[1]):
        return False
    if (f.ends_sentence and text[-1] in _FULL_STOPS) or f.sentence_punct > 1 or \
            "。" in text[:-1] or text[-1] in _CLAUSE_END:
        return False
    return _ENUMERATOR.match(text) is None


def headline_runs(classified: list[Classified], feats: Sequence[LineFeatures],
                  lang: str | None = None) -> None:
    """Turn the lines of headline runs into short lines (in place). ``lang``: the page's
    language, for the size of a headline where units are words (:data:`HEADLINE_WORDS`)."""
    sizes = HEADLINE_WORDS.get((lang or "").split("-")[0],
                               (HEADLINE_MIN_UNITS, HEADLINE_MAX_UNITS))
    flags = [c.kind in _TEXT_KINDS and _headline_like(f, sizes)
             for c, f in zip(classified, feats, strict=True)]
    for i in _runs(flags, feats, HEADLINE_MIN_RUN):
        if classified[i].kind is not Kind.SHORT:
            classified[i] = _SHORT


def unmark_lists(classified: list[Classified], feats: Sequence[LineFeatures], rules: RuleSet,
                 options: Options) -> None:
    """Judge again, without its marker, a line the link-list rule removed (in place)."""
    for i, c in enumerate(classified):
        if c.reason != "link_list":
            continue
        marker = _MARKER.match(feats[i].text)
        if marker is None:
            continue
        again = classify(line_features(feats[i].text[marker.end():]), rules, options)
        if again.reason != "link_list":
            classified[i] = again


PROSE_MIN_RUN = 6
#: Share of a run's lines that must hold a function word.
PROSE_MIN_SHARE = 0.7
PROSE_MAX_UNITS = 15
#: The median line of such a run has at most this many units; per language where its clauses
#: run longer (Japanese writes a clause in more characters than Chinese; a list of headlines
#: is longer still).
PROSE_MAX_MEDIAN_UNITS = 9
PROSE_MEDIAN_UNITS: dict[str, int] = {"ja": 12}
#: Function words per script, as data: Japanese particles and auxiliaries (hiragana), Chinese
#: function characters. Scripts that space their words have none: English menus hold function
#: words too ("Terms of use", "About the author"), and nearly every Korean word carries a
#: particle, headlines included (measured: a table for either kept menus and headline lists).
FUNCTION_WORDS: dict[str, re.Pattern[str]] = {
    "ja": re.compile(r"[\u3040-\u309f]"),
    "zh": re.compile("[的了是在我你他她们这那就都也和但吗呢吧啊着过很还要会说]"),
}


def prose_runs(classified: list[Classified], feats: Sequence[LineFeatures],
               lang: str | None = None) -> None:
    """Short lines in long runs that read as prose count as sentences (in place). ``lang``:
    the page's language; a page in a script without a FUNCTION_WORDS table is left alone."""
    if lang is not None and lang.split("-")[0] not in FUNCTION_WORDS:
        return
    # Short lines, and the clauses among them that do read as sentences (NEAR).
    short = [(c.kind is Kind.SHORT or c.kind is Kind.NEAR) and 2 <= f.units <= PROSE_MAX_UNITS
             for c, f in zip(classified, feats, strict=True)]
    if sum(short) < PROSE_MIN_RUN:
        return
    patterns = tuple(FUNCTION_WORDS.values())
    median_units = PROSE_MEDIAN_UNITS.get((lang or "").split("-")[0], PROSE_MAX_MEDIAN_UNITS)
    run = _runs(short, feats, PROSE_MIN_RUN)
    if not run:
        return
    for group in _groups(run, feats):
        wordy = [i for i in group if any(p.search(feats[i].text) for p in patterns)]
        # Clauses are of all lengths, mostly short; a list of headlines is of one length.
        sizes = sorted(feats[i].units for i in group)
        if len(group) >= PROSE_MIN_RUN and len(wordy) >= PROSE_MIN_SHARE * len(group) and \
                sizes[len(sizes) // 2] <= median_units:
            for i in group:
                classified[i] = _NEAR


#: A menu word has at most this many units.
MENU_WORD_UNITS = 3


def menu_headers(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Region headers that stand between two menu words become plain boilerplate lines that
    open no region (in place)."""
    text_lines = [i for i, f in enumerate(feats) if f.alnum]
    for n, i in enumerate(text_lines):
        c = classified[i]
        if c.kind is not Kind.HEADER or c.reason == "comment_author" or n == 0 or \
                n + 1 == len(text_lines) or feats[i].units > MENU_WORD_UNITS + 1:
            continue
        before, after = text_lines[n - 1], text_lines[n + 1]
        if all(classified[j].kind is Kind.SHORT and feats[j].units <= MENU_WORD_UNITS
               for j in (before, after)):
            classified[i] = Classified(Kind.BAD, c.label, c.reason)


_MENU_SEPARATORS = re.compile(r"[|｜·•»>›→\t\u3000]|-->?|—>|\s/|/\s|\s{2,}")


def unslash_paths(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Leave to the context pass (as short lines) the alphabetic lines that the link-list rule
    removed only for slashes inside tokens (in place)."""
    for i, c in enumerate(classified):
        if c.reason == "link_list":
            f = feats[i]
            if "/" in f.text and not f.is_cjk and _MENU_SEPARATORS.search(f.text) is None:
                classified[i] = _SHORT


#: A comment header repeated at least this many times is post chrome ("Reply" under each post).
HEADER_MIN_REPEATS = 3
#: ... as are comment author lines ("X wrote:") when there are at least this many.
AUTHOR_MIN_REPEATS = 2
#: ... provided the first of them stands within this many lines after the end of the article
#: block found without them: the chrome of the page's own thread, whose first post is that
#: block, not a comment box after an article (its header stands apart, after share bars,
#: tags and the like).
THREAD_MAX_GAP = 2
# The head of a quoted post: past tense ("said:", "wrote:", "写道："), unlike a blog comment's
# author line ("says:").
_QUOTE_HEAD = re.compile(r"(?:\bsaid|\bwrote|写道|寫道)\s*[:：]\s*$", re.IGNORECASE)


def thread_chrome(classified: Sequence[Classified], feats: Sequence[LineFeatures],
                  article_end: int) -> list[int]:
    """The comment headers and author lines that are the chrome of the page's own thread:
    repeated (see above) and starting at most THREAD_MAX_GAP lines after ``article_end``
    (the end of the article block, or -1). The caller turns them into boilerplate lines that
    open no region."""
    headers = [i for i, c in enumerate(classified)
               if c.kind is Kind.HEADER and c.label == "comment"]
    if len(headers) < AUTHOR_MIN_REPEATS or article_end < 0:
        return []
    counts = Counter(feats[i].lower for i in headers if classified[i].reason != "comment_author")
    authors = [i for i in headers if classified[i].reason == "comment_author"]
    chrome = authors if len(authors) >= AUTHOR_MIN_REPEATS else []
    chrome += [i for i in headers if classified[i].reason != "comment_author"
               and counts[feats[i].lower] >= HEADER_MIN_REPEATS]
    if not chrome:
        return []
    # "X said:" and "X wrote:" head the quotes inside forum posts, wherever they stand.
    quotes = [i for i in chrome if _QUOTE_HEAD.search(feats[i].text)]
    first = min(chrome)
    gap = sum(1 for i in range(article_end, first) if feats[i].text)
    if gap <= THREAD_MAX_GAP:
        return sorted(chrome)
    return quotes if len(quotes) >= AUTHOR_MIN_REPEATS else []


LEGAL_MAX_UNITS = 6
_LEGAL = re.compile(r"\b(?:polic(?:y|ies)|terms|cookies?|conditions|disclaimer|returns?)\b",
                    re.IGNORECASE)
LEGAL_HEADER = Classified(Kind.HEADER, "footer", "legal_header")


def legal_headers(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """A short footer line about policies or terms, followed by a paragraph, opens a footer
    region (in place)."""
    previous = -1
    for i, c in enumerate(classified):
        if c.kind is Kind.BLANK:
            continue
        if c.kind is Kind.GOOD and previous >= 0:
            p = classified[previous]
            f = feats[previous]
            if p.kind is Kind.BAD and p.label == "footer" and f.units <= LEGAL_MAX_UNITS and \
                    _LEGAL.search(f.text):
                classified[previous] = LEGAL_HEADER
        previous = i


def _shape(text: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("0", _WORDISH.sub("a", text))).strip()


def _stamped(text: str) -> bool:
    """Whether a line holds a post's stamp. A floor number ("#3") is one only beside a time or
    a year, or with at most FLOOR_MAX_WORDS words, standing first or after the word for a
    post ("Post #3", "#3 Post by X"), with no title after it: a numbered heading ("Trend #2:
    Local Food", "Unit #4", "#4 of 20 Best Cafés in Town") is none."""
    stamps = [m.group() for m in _STAMP.finditer(text)]
    if not stamps:
        return False
    if not all(stamp.startswith("#") for stamp in stamps):
        return True
    if _TIME_OR_YEAR.search(text) is not None:
        return True
    return len(_WORDISH.findall(text)) <= FLOOR_MAX_WORDS and _FLOOR.search(text) is not None


def post_stamps(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Relabel the post chrome among the kept lines (in place)."""
    candidates = [i for i, (d, f) in enumerate(zip(decisions, feats, strict=True))
                  if d[0] == "content" and f.units <= STAMP_MAX_UNITS and not f.sentence_punct
                  and _stamped(f.text)]
    if len(candidates) < STAMP_MIN_REPEATS:
        return
    shapes = Counter(_shape(f.text) for f in feats if f.text and f.units <= STAMP_MAX_UNITS)
    for i in candidates:
        if shapes[_shape(feats[i].text)] >= STAMP_MIN_REPEATS:
            decisions[i] = POST_STAMP


#: A line of the article that ends in one of these introduces what follows ("Ingredients:",
#: "步骤如下：").
_INTRODUCES = (":", "：")
INTRODUCED_LIST = ("content", "introduced_list")
_OUTSIDE = frozenset(("before_article", "after_article"))


def introduced_lists(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                     feats: Sequence[LineFeatures]) -> None:
    """The lines that a line of the article introduces (it ends in a colon) belong to it, up
    to the next line a rule names or a region, or back into the article (in place): a list
    of ingredients, steps, names or figures whose items are too short to count as text."""
    n = len(decisions)
    for i in range(n):
        if decisions[i][0] != "content" or not feats[i].text.endswith(_INTRODUCES):
            continue
        j = i + 1
        while j < n and (not feats[j].text or (decisions[j][1] in _OUTSIDE and
                                               classified[j].kind is not Kind.BAD)):
            if feats[j].text:
                decisions[j] = INTRODUCED_LIST
            j += 1


INNER_SENTENCE = ("content", "inner_sentence")


def inner_sentences(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """A line that ends a sentence, left outside the article but standing between its first
    and its last line, is the article's (in place): a short answer in a thread ("Thanks, that
    fixed it."), a one-line paragraph between two blocks."""
    # The first line of a page is its <title> (wet style) wherever its verdict puts it: no
    # anchor of the article's span.
    first = next((i for i, f in enumerate(feats) if f.text), 0)
    content = [i for i, d in enumerate(decisions) if d[0] == "content" and i != first]
    if len(content) < 2:
        return
    for i in range(content[0] + 1, content[-1]):
        if decisions[i][1] in _OUTSIDE and feats[i].ends_sentence:
            decisions[i] = INNER_SENTENCE


_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)
_SHORT = Classified(Kind.SHORT)
_NEAR = Classified(Kind.NEAR)


# --- Post chrome of a thread page ----------------------------------------------------------
#: A line of post chrome has at most this many units and no sentence end.
CHROME_MAX_UNITS = 8
#: A shape of chrome repeats at least this many times on a thread page...
CHROME_MIN_REPEATS = 3
#: ... a kind of post mark (one shape of :data:`POST_MARKS`) encloses a paragraph between two
#: of its lines at least this often...
THREAD_MIN_POSTS = 2
#: ... and at least this many kinds of marks do so (a floor number and a post count, a rank
#: and a join date): one repeated kind alone is also found on article pages (a list of
#: numbered sections, a comment box's "Reply", a review's "Helpful").
THREAD_MIN_MARKS = 2
#: A run of at most this many short lines between two lines of chrome is chrome too (the
#: poster's name and title between the controls of one post and the rank of the next).
CHROME_MAX_BETWEEN = 2
#: Before the first mark of a repeated kind, the first post's chrome runs back over lines of
#: the thread's chrome shapes at least this many other lines of text apart (more where the
#: thread's posts are longer).
CHROME_BACK_GAP = 4
#: The marks of a post per language, as data: lines that head or sign a post in a forum or
#: Q&A thread (the floor number, the poster's counters and rank, the stamp of an answer). A
#: line is a mark when it is one of these as a whole (give or take a count or a date).
POST_MARKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:post\s*)?#\s?\d+",  # floor number: "#3", "Post # 3"
        # counters and dates of the poster: "Posts: 11,642", "Joined: Mar 2019", "Reactions: A, B"
        r"(?:posts|messages|threads|reputation|reaction score|points|rep|likes received"
        r"|solutions|trophies|karma|joined|join date|registered|member since|has thanked"
        r"|been thanked|reactions|likes)(?:\s*:.*|\s+[\d,.]+k?)?",
        r"[\d,.]+k?\s+(?:posts|messages)",  # "2.8k posts"
        r"(?:senior |junior |full |new |active |established |distinguished |prominent "
        r"|well-known |registered |valued |gold |silver |platinum |elite |premium )?member"
        r"|(?:global |super )?moderator|administrator|original poster|thread starter",
        r"(?:answered|asked|commented|replied)\s.*\d.*",  # "answered May 2, 2009 at 0:09"
    ),
    "zh": (
        r"#?\d+\s*楼|沙发|板凳|地板|楼主|第\s*\d+\s*楼",  # floor numbers
        r"(?:帖子|主题|精华|积分|金币|威望|注册时间|最后登录|在线时间|阅读权限|发帖|回帖|经验"
        r"|贡献|uid|帖子数|金钱)(?:\s*[:：].*|\s*[\d,.]+k?)?",  # "积分：120", "注册时间 2019-3-1"
        r"新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|初级会员|版主|超级版主|管理员"
        r"|实习版主",  # ranks
        r"(?:发表于|回复于|发帖时间).*",  # "发表于 2019-3-1 12:00"
    ),
}
# (Matched against the case-folded line: no IGNORECASE, which doubles the cost of a match.)
_MARK = re.compile("(?:" + "|".join(p for group in POST_MARKS.values() for p in group)
                   + r")\s*")
#: The separators of the fields of one line of post chrome.
_FIELD_SEPARATORS = frozenset("·|•")
_FIELDS = re.compile(r"[·|•]")
_NUMBER = re.compile(r"\d[\d,.:]*")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")
#: Reasons of the date lines, which are the posts' stamps on a thread page.
_CHROME_DATES = ("date_line", "date_stamp", "relative_time")
POST_CHROME = Classified(Kind.BAD, "meta", "post_chrome")
#: Inside a thread, a line of at least this many units that repeats an earlier line of the
#: thread exactly is a quote or a signature (shorter lines repeat by chance: "Thanks!").
REPEAT_MIN_UNITS = 4
POST_REPEAT = Classified(Kind.BAD, "meta", "post_repeat")


def _chrome_key(f: LineFeatures) -> str:
    """A line's shape as chrome: numbers, month names and runs of white space folded."""
    return _SPACES.sub(" ", _MONTH.sub("m", _NUMBER.sub("0", f.lower)))


def post_chrome(classified: list[Classified], feats: Sequence[LineFeatures]) -> list[int]:
    """The chrome of the posts of a thread page, labelled ``post_chrome`` (in place), and
    their indices, which the caller makes transparent to the article search: the posts then
    read as one run of text, whatever comment headers stand between them. A page is a thread
    when at least THREAD_MIN_MARKS kinds of post marks (:data:`POST_MARKS`) repeat, each
    enclosing paragraphs; then, from the first to the last of them, every short line whose
    shape repeats at least CHROME_MIN_REPEATS times is chrome ("Reply", "Share", a vote
    count), as are the marks themselves, the date stamps, the comment headers ("X said:"
    over a quote, "Reply") and the short lines between two lines of chrome; so is a line
    that repeats an earlier line of the thread exactly (``post_repeat``: a quote of an
    earlier post inside a reply, a signature)."""
    # Most pages hold no marks at all: they are looked for first, on the short lines only.
    marks = [i for i, f in enumerate(feats) if f.units <= CHROME_MAX_UNITS and f.alnum
             and _is_mark(f.lower) and not f.ends_sentence
             and classified[i].kind is not Kind.GOOD]
    if len(marks) < THREAD_MIN_MARKS * CHROME_MIN_REPEATS:
        return []
    cand = [i for i, (c, f) in enumerate(zip(classified, feats, strict=True))
            if f.alnum and c.kind is not Kind.GOOD and c.kind is not Kind.BLANK
            and f.units <= CHROME_MAX_UNITS and not f.ends_sentence]
    marked = set(marks)
    keys = {i: _chrome_key(feats[i]) for i in cand}
    shapes = Counter(keys.values())
    kinds: dict[str, list[int]] = {}
    for i in marks:
        if shapes[keys[i]] >= CHROME_MIN_REPEATS:
            kinds.setdefault(keys[i], []).append(i)
    enclosing = [lines for lines in kinds.values() if _posts(lines, classified) >= THREAD_MIN_POSTS]
    # Signed comments under the posts make a page a Q&A thread: one kind of mark is enough.
    if len(enclosing) < THREAD_MIN_MARKS and not (
            enclosing and len(_signatures(feats)[1]) >= COMMENT_MIN_SIGNED):
        return []
    first = min(lines[0] for lines in enclosing)
    last_mark = max(lines[-1] for lines in enclosing)
    last = _last_post_end(last_mark, classified, feats)
    first = _first_post_chrome(first, last, cand, keys, shapes, marked, classified, feats)
    # (A comment header after the last mark still ends the thread: "Reply" under the last
    # post is the heading of what follows it only in the context pass's eyes, which is what
    # keeps a footer's text out of the last post.)
    out = [i for i in cand if first <= i <= last and (
        shapes[keys[i]] >= CHROME_MIN_REPEATS or classified[i].reason in _CHROME_DATES
        or i in marked
        or (i < last_mark and classified[i].kind is Kind.HEADER
            and classified[i].label == "comment"))]
    out += _between_chrome(cand, set(out), feats)
    for i in out:
        classified[i] = POST_CHROME
    chrome = set(out)
    repeats = [i for i in _repeats(first, last, feats) if i not in chrome]
    for i in repeats:
        classified[i] = POST_REPEAT
    return sorted(out + repeats)


def _first_post_chrome(first: int, last: int, cand: Sequence[int], keys: dict[int, str],
                       shapes: Counter[str], marked: set[int], classified: Sequence[Classified],
                       feats: Sequence[LineFeatures]) -> int:
    """Where the thread's chrome begins: the first mark of a repeated kind, or earlier, the
    chrome of the first post (a question whose stamp is of a kind of its own: "asked" above
    "answered"): lines of a shape of the thread's chrome, marks, date stamps and comment
    headers, each at most as many lines of text before the next as the longest post between
    two lines of chrome inside the thread holds (and at least CHROME_BACK_GAP), and across
    one post's body at most (the first post's; the paragraphs above it are not the thread's),
    past which the lines of chrome stand at most CHROME_BACK_GAP lines apart (the stamps and
    votes over the first post, not a box of the page's header)."""
    chrome = [i for i in cand if first <= i <= last and shapes[keys[i]] >= CHROME_MIN_REPEATS]
    inside = {keys[i] for i in chrome}
    # The longest post of the thread, in lines of text between two lines of its chrome.
    texts = [0] * (len(feats) + 1)
    for i, f in enumerate(feats):
        texts[i + 1] = texts[i] + (1 if f.text else 0)
    reach = max([CHROME_BACK_GAP] + [texts[b] - texts[a + 1] for a, b in pairwise(chrome)])
    short = set(cand)
    gap = 0
    bodies = 0
    in_body = False
    for i in range(first - 1, -1, -1):
        if not feats[i].text:
            continue
        c = classified[i]
        if i in short and (keys[i] in inside or i in marked or c.reason in _CHROME_DATES
                           or (c.kind is Kind.HEADER and c.label == "comment")):
            first, gap, in_body = i, 0, False
            continue
        if c.kind is Kind.GOOD and not in_body:
            bodies += 1
            in_body = True
            if bodies > 1:
                break
        gap += 1
        if gap > (reach if bodies == 0 else CHROME_BACK_GAP):
            break
    return first


def _is_mark(lower: str) -> bool:
    """Whether a (case-folded) line is a post mark as a whole, or holds one as a field among
    others ("#3 · May 2, 2024", "103 posts · Joined 2019")."""
    if _MARK.fullmatch(lower):
        return True
    if _FIELD_SEPARATORS.isdisjoint(lower):
        return False
    return any(_MARK.fullmatch(field.strip()) for field in _FIELDS.split(lower))


def _repeats(first: int, last: int, feats: Sequence[LineFeatures]) -> list[int]:
    """The lines from ``first`` to ``last`` of at least REPEAT_MIN_UNITS units that repeat,
    exactly, an earlier line of the same span: a quote of an earlier post inside a reply, a
    poster's signature under each of their posts."""
    seen: set[str] = set()
    out = []
    for i in range(first, last + 1):
        f = feats[i]
        if f.units < REPEAT_MIN_UNITS:
            continue
        if f.text in seen:
            out.append(i)
        else:
            seen.add(f.text)
    return out


def _last_post_end(mark: int, classified: Sequence[Classified],
                   feats: Sequence[LineFeatures]) -> int:
    """The last line of the post whose last mark is ``mark``: its body (up to the first
    paragraph after the mark) and the short lines that follow it (its controls)."""
    n = len(feats)
    i = mark + 1
    while i < n and classified[i].kind is not Kind.GOOD:
        i += 1
    while i + 1 < n and (not feats[i + 1].text or (
            classified[i + 1].kind is not Kind.GOOD and feats[i + 1].units <= CHROME_MAX_UNITS
            and not feats[i + 1].ends_sentence)):
        i += 1
    return min(i, n - 1)


def _posts(lines: Sequence[int], classified: Sequence[Classified]) -> int:
    """How many times two successive ``lines`` (of one kind of mark) enclose a paragraph."""
    return sum(1 for a, b in pairwise(lines)
               if any(classified[j].kind is Kind.GOOD for j in range(a, b)))


def _between_chrome(cand: Sequence[int], chrome: set[int],
                    feats: Sequence[LineFeatures]) -> list[int]:
    """The short lines (``cand``) standing in runs of at most CHROME_MAX_BETWEEN between two
    lines of ``chrome`` (blank lines aside)."""
    short = set(cand)
    out: list[int] = []
    run: list[int] = []
    opened = False
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if i in chrome:
            if opened and 0 < len(run) <= CHROME_MAX_BETWEEN:
                out += run
            opened, run = True, []
        elif i in short and opened:
            run.append(i)
        else:
            opened, run = False, []
    return out


# --- Comments under the posts of a Q&A thread ----------------------------------------------
#: A comment under a post is signed: its author's name on a line, then a dash and the name
#: again ("Dana Kim" / "– Dana Kim"); the page must hold at least this many signed comments.
COMMENT_MIN_SIGNED = 2
#: A signature's name has at most this many units.
SIGNATURE_MAX_UNITS = 6
#: A comment's body is at most this many lines above its signature, up to the line of chrome
#: before it (the previous comment's stamp, the post's badges, a vote count); without such a
#: line within reach only the line right above the name is taken.
COMMENT_MAX_LINES = 3
_SIGNATURE = re.compile(r"[–—-]\s+(\S.*)")
_SIGNATURE_DASHES = frozenset("–—-")
POST_COMMENT = Classified(Kind.BAD, "comment", "post_comment")


def post_comments(classified: list[Classified], feats: Sequence[LineFeatures]) -> list[int]:
    """The signed comments under the posts of a Q&A thread (question, answers, and short
    comments under each, which are not the thread's posts), labelled ``post_comment`` (in
    place), and their indices, which the caller makes transparent to the article search so
    that the answers around them still read as one run. A comment is its body, its author's
    name and the signature line (a dash, then the same name); the date stamps after it are
    date lines already."""
    text_lines, signed = _signatures(feats)
    if len(signed) < COMMENT_MIN_SIGNED:
        return []
    out: list[int] = []
    for n in signed:
        out += [text_lines[n - 1], text_lines[n]]
        body: list[int] = []
        bounded = False
        for k in range(n - 2, max(n - 2 - COMMENT_MAX_LINES, -1), -1):
            j = text_lines[k]
            if _comment_bound(classified[j], feats[j]):
                bounded = True
                break
            body.append(j)
        out += body if bounded else body[:1]
    for i in out:
        classified[i] = POST_COMMENT
    return sorted(set(out))


def _signatures(feats: Sequence[LineFeatures]) -> tuple[list[int], list[int]]:
    """The indices of the lines of text, and the positions among them of the signatures of
    comments (a dash and the name on the line above)."""
    text_lines = [i for i, f in enumerate(feats) if f.text]
    signed = []
    for n in range(1, len(text_lines)):
        f = feats[text_lines[n]]
        if f.text[0] not in _SIGNATURE_DASHES or f.units > SIGNATURE_MAX_UNITS:
            continue
        match = _SIGNATURE.fullmatch(f.text)
        if match is not None and match.group(1) == feats[text_lines[n - 1]].text:
            signed.append(n)
    return text_lines, signed


def _comment_bound(c: Classified, f: LineFeatures) -> bool:
    """Whether a line above a comment ends its body: a line a rule names, or a short line
    with no sentence in it (a stamp, a vote count, a name)."""
    if c.kind is Kind.BAD or c.kind is Kind.HEADER:
        return True
    return not f.ends_sentence and not f.sentence_punct and f.units <= CHROME_MAX_UNITS
