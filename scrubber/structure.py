"""Page structure the line-by-line pass cannot see: runs of code, runs of headlines, list and
quote markers. These passes run between the first pass
(:mod:`scrubber.classify`) and the context pass (:mod:`scrubber.regions`), and after it for the
post chrome; each looks at a line together with its neighbours or the whole page. (Record
grids, the content of pages without an article, are :mod:`scrubber.grids`; the posts of a
thread page and their chrome, :mod:`scrubber.threads`.)

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
- **Legal headers.** A short footer line about policies, terms, cookies or returns followed
  by a paragraph opens a footer region: the policy text under it is not the article.
- **Lines inside the article.** Sentences and lines of a list left outside the article
  between its first and last line: :mod:`scrubber.inner_lines`.
- **Emoji lines.** A line of emoji only (``🥹✨``, or of shortcodes: ``:smile::+1::heart:``)
  between a blog's sentences is read as a blank line by the context pass (it neither ends
  the article nor extends it) and removed
  as ``emoji_line``; so is a section break of three to six marks (``* * *``, ``---``, ``⁂``),
  removed as ``no_letters``; other lines without letters (``☼ ☼ ☼``, a long rule) stay
  ``no_letters`` lines that part the text.
  A line of invisible characters only (a zero-width space: a block editor's empty paragraph)
  is a blank line, unless it stands between a short name and another line that is no
  sentence: there it is the place of an avatar in an answer card.
(The end of the article, headings of the matter after it and lines the page repeats outside
it, are :mod:`scrubber.endmatter`.)"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .classify import Classified, Kind, classify
from .features import LineFeatures, line_features
from .inner_lines import INNER_LIST_LINE as INNER_LIST_LINE
from .inner_lines import INNER_SENTENCE as INNER_SENTENCE
from .inner_lines import edge_sentences as edge_sentences
from .inner_lines import inner_list_lines as inner_list_lines
from .inner_lines import inner_sentences as inner_sentences
from .inner_lines import list_closers as list_closers
from .options import Options
from .phrase_tables import phrase_rows
from .regions import OUTSIDE_REASONS
from .rules import RuleSet
from .tables import ARTICLE_TABLE, table_rows_end

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
    # a list of numbers or strings, as a program prints it ("[1, 2, 3]", '["a", "b"]')
    r"|\[\s*(?:-?[\d.]+|\"[^\"\n]*\"|'[^'\n]*')(?:\s*,\s*(?:-?[\d.]+|\"[^\"\n]*\"|'[^'\n]*'))+\s*\]$"
    r"|(?:if|else|fi|for|done|echo|import|from|def|return|sudo|cd|export|source|npm|pip|git"
    r"|docker|curl|set|alias|const|let|var|function|class|public|private|SELECT|INSERT)\b)")
_CODE_ENDS = frozenset("=\\;{}")
_CODE_INSIDE: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("&&", None), ("||", None), ("::", None),
    ("$", re.compile(r"\$[A-Za-z_]")),
    # "a=b"; an assignment spaced as style guides ask ("pivot = arr[0]", "x += 1")
    ("=", re.compile(r"\w=\S|^\s*[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?\s*(?:[-+*/%|&^]|//|\*\*)?"
                     r"=\s+\S")),
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
    # (Simplified and traditional forms: 们/們, 这/這, 吗/嗎, 过/過, 还/還, 会/會, 说/說.)
    "zh": re.compile("[的了是在我你他她们們这這那就都也和但吗嗎呢吧啊着过過很还還要会會说說]"),
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
#: A menu word written in Han characters has at most this many (a channel's name is two to
#: four characters: "诗歌", "每日精选").
MENU_WORD_CJK_UNITS = 4


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
        if all(classified[j].kind is Kind.SHORT and _menu_word(feats[j])
               for j in (before, after)):
            classified[i] = Classified(Kind.BAD, c.label, c.reason)


def _menu_word(f: LineFeatures) -> bool:
    """Whether the line is short enough for a menu word (more characters when all Han)."""
    return f.units <= MENU_WORD_UNITS or \
        (f.units <= MENU_WORD_CJK_UNITS and f.cjk == f.alnum)


_MENU_SEPARATORS = re.compile(r"[|｜·•»>›→\t\u3000]|-->?|—>|\s/|/\s|\s{2,}")


#: A slash between two digits: a fraction or a ratio ("小さじ1/2", "1/3 cup"), no menu's
#: separator in any script.
_FRACTION_SLASH = re.compile(r"(?<=\d)/(?=\d)")


def unslash_paths(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Leave to the context pass (as short lines) the alphabetic lines that the link-list rule
    removed only for slashes inside tokens, and the lines of any script whose only slashes
    stand between digits (in place)."""
    for i, c in enumerate(classified):
        if c.reason == "link_list":
            f = feats[i]
            if "/" not in f.text or _MENU_SEPARATORS.search(f.text) is not None:
                continue
            if not f.is_cjk or "/" not in _FRACTION_SLASH.sub("", f.text):
                classified[i] = _SHORT


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


#: A line of the article that ends in one of these introduces what follows ("Ingredients:",
#: "步骤如下：").
_INTRODUCES = (":", "：")
INTRODUCED_LIST = ("content", "introduced_list")
_OUTSIDE = OUTSIDE_REASONS


#: A part's heading is this many units long at most ("What you will need", "制作步骤").
PART_HEADER_MAX_UNITS = 6


@cache
def _part_header() -> re.Pattern[str]:
    """The headings of ``data/part_headers.tsv`` as one expression for a whole line (a colon
    after it allowed, and what the part is for in brackets: "材料 (2人分)", "Ingredients
    (serves 4)"); loaded once."""
    phrases = {p for _, row in phrase_rows("part_headers.tsv", 2) for p in row}
    words = "|".join(re.escape(p).replace("'", "['’]")  # either apostrophe: "what you’ll do"
                     for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return re.compile(rf"(?:{words})\s*(?:[(（][^()（）]{{1,20}}[)）])?\s*[:：]?")


def _opens_part(decisions: Sequence[tuple[str, str]], classified: Sequence[Classified],
                feats: Sequence[LineFeatures], i: int) -> bool:
    """Whether line ``i``, left outside the article, is the heading of a part of it
    (``data/part_headers.tsv``: "Ingredients", "作り方") right under a line of the article,
    or over a part that runs into the article's first line."""
    if decisions[i][1] not in _OUTSIDE or feats[i].units > PART_HEADER_MAX_UNITS or \
            not _part_header().fullmatch(feats[i].lower.strip()):
        return False
    j = i - 1
    while j >= 0 and not feats[j].text:
        j -= 1
    return (j >= 0 and decisions[j][0] == "content") or _runs_into_article(decisions, classified,
                                                                          feats, i)


def _runs_into_article(decisions: Sequence[tuple[str, str]], classified: Sequence[Classified],
                       feats: Sequence[LineFeatures], i: int) -> bool:
    """Whether the part under heading ``i`` runs, over lines left outside the article that no
    rule named and the heading of the next part, into the article's first line: the
    ingredients above a recipe's steps, which the article search took alone. (A menu's entry
    named like a part, "Equipment", "Tips", heads no second part.)"""
    j = i + 1
    parts = 0
    while j < len(feats) and (not feats[j].text or (decisions[j][1] in _OUTSIDE
                                                    and classified[j].kind is not Kind.BAD)):
        if feats[j].text and feats[j].units <= PART_HEADER_MAX_UNITS and \
                _part_header().fullmatch(feats[j].lower.strip()):
            parts += 1
        j += 1
    return j < len(feats) and decisions[j][0] == "content" and parts > 0


def introduced_lists(decisions: list[tuple[str, str]], classified: Sequence[Classified],
                     feats: Sequence[LineFeatures]) -> None:
    """The lines that a line of the article introduces (it ends in a colon, or it is the
    heading of a part of the article: :func:`_opens_part`) belong to it, up to the next line
    a rule names or a region, or back into the article (in place): a list of ingredients,
    steps, names or figures whose items are too short to count as text. A table of
    tab-separated rows among them (which the link-list rule names) is the article's too
    (``article_table``): the list goes on under it."""
    n = len(decisions)
    for i in range(n):
        if _opens_part(decisions, classified, feats, i):
            decisions[i] = INTRODUCED_LIST
        elif decisions[i][0] != "content" or not feats[i].text.endswith(_INTRODUCES):
            continue
        j = i + 1
        while j < n:
            rows = table_rows_end(decisions, feats, j)  # a table under the introduction
            for k in range(j, rows):
                decisions[k] = ARTICLE_TABLE
            j = rows
            if not (j < n and (not feats[j].text or (decisions[j][1] in _OUTSIDE and
                                                     classified[j].kind is not Kind.BAD))):
                break
            if feats[j].text:
                decisions[j] = INTRODUCED_LIST
            j += 1


_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)
_SHORT = Classified(Kind.SHORT)
_NEAR = Classified(Kind.NEAR)


# A line of emoji only (pictographs, hearts, sparkles; with their joiners, selectors and skin
# tones): blogs put one between their sentences as others put a blank line.
_EMOJI_ONLY = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2661\ufe0f\u200d\\s]+")
_PICTOGRAPH = re.compile("[\U0001f300-\U0001faff\u2728\u2764\u2763\u263a\u2661]")
EMOJI_LINE = Classified(Kind.BLANK, "noise", "emoji_line")
# A row of emoji shortcodes (":smile::+1::heart:", a comment box's emoji picker): at least
# three codes and nothing else.
_SHORTCODES = re.compile(r"(?::[a-z0-9_+\-]{1,40}:[ \t]?){3,}")
# A line of invisible characters only (zero-width spaces and joiners, word joiners, byte-order
# marks, soft hyphens): an editor's empty paragraph, blank to a reader.
_INVISIBLE_ONLY = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e\\s]+")
INVISIBLE_LINE = Classified(Kind.BLANK, "blank", "blank_line")


#: A section break: three to six marks of a thematic break and nothing else ("* * *", "---",
#: "⁂", a Markdown fence "```"), a typographic pause inside an article, like a blank line. A
#: longer rule ("------------------------------") parts a post from its signature or a page
#: from its footer.
_BREAK_ONLY = re.compile(r"\s*[-*_=~•·●○◦◆◇■□★☆❧⁂※§#—–―`](?:\s*[-*_=~•·●○◦◆◇■□★☆❧⁂※§#—–―`])"
                         r"{2,5}\s*|\s*⁂\s*")
SECTION_BREAK = Classified(Kind.BLANK, "noise", "no_letters")


def emoji_lines(classified: list[Classified], feats: Sequence[LineFeatures]) -> None:
    """Lines of emoji only, and section breaks, count as blank lines in the context pass,
    which neither end an article nor extend one (in place); :func:`emoji_decisions` names
    them afterwards."""
    for i, c in enumerate(classified):
        text = feats[i].text
        pictographs = c.reason == "no_letters" and _EMOJI_ONLY.fullmatch(text) is not None \
            and _PICTOGRAPH.search(text) is not None
        if pictographs or (text[:1] == ":" and _SHORTCODES.fullmatch(feats[i].lower)):
            classified[i] = EMOJI_LINE
        elif c.reason == "no_letters" and _BREAK_ONLY.fullmatch(text) is not None:
            classified[i] = SECTION_BREAK
        elif c.reason == "no_letters" and _INVISIBLE_ONLY.fullmatch(text) is not None and \
                not _avatar_place(i, feats):
            classified[i] = INVISIBLE_LINE


#: A name over an avatar's place has at most this many units ("dana_k", "等风").
AVATAR_NAME_MAX_UNITS = 4


def _avatar_place(i: int, feats: Sequence[LineFeatures]) -> bool:
    """Whether invisible line ``i`` stands between a short line and another line, neither a
    sentence: the place of an avatar or a badge between a name and a credential (the answer
    cards of :mod:`scrubber.answer_cards`), not an empty paragraph."""
    near = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(feats) and not feats[j].alnum:
            j += step
        if not 0 <= j < len(feats) or feats[j].has_sentence:
            return False
        near.append(j)
    return feats[near[0]].units <= AVATAR_NAME_MAX_UNITS


def emoji_decisions(decisions: list[tuple[str, str]], classified: Sequence[Classified]) -> None:
    """The decision of each line of emoji only: removed, as ``emoji_line`` (in place)."""
    for i, c in enumerate(classified):
        if c is EMOJI_LINE or c is INVISIBLE_LINE or c is SECTION_BREAK:
            decisions[i] = (c.label, c.reason)
