"""The end of the article: what stands after it, and lines of the page's chrome inside it.
These passes run around the context pass (:mod:`scrubber.regions`), like those of
:mod:`scrubber.structure`.

- **End-matter headings.** A heading-length line that is no sentence and starts with a phrase
  of the end-matter table (``data/article_end.tsv``, per language: "More from …", "Related
  articles that …", "About the author", "関連記事をもっと見る") opens a region
  (``article_end_header`` / ``article_end_region``) like a related header: the heading may go
  on after the phrase, where a region header of rules.tsv must be the whole line. An inline
  link ("» Related: Another Headline"), a menu entry and a heading the page repeats (a
  listing's section chrome: an article ends once) open none.
- **The article resumes.** A region of such a heading that holds ``END_RESUME_LINES``
  sentences in a row is the article going on after a box inside it: the heading is taken
  back and the context pass runs again without it.
- **Repeated lines.** A short line of the article (``REPEAT_MAX_UNITS``) that the page repeats
  verbatim below it, outside the article (in a menu, a link box, a footer), is a link or a
  control of the page's chrome (``repeated_line``); not the headings over the article's
  paragraphs when the page repeats ``SECTION_MENU_MIN`` of them (a menu of its sections,
  "On this page")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cache

from .classify import Classified, Kind
from .features import LineFeatures
from .phrase_tables import phrase_rows
from .structure import MENU_WORD_UNITS

#: An end-matter heading has at most this many units (words; CJK characters count one each).
END_MAX_UNITS = 10
END_MAX_CJK_UNITS = 20
END_HEADER = Classified(Kind.HEADER, "related", "article_end_header")


@cache
def _end_phrases() -> tuple[re.Pattern[str], frozenset[str]]:
    """The phrases of ``data/article_end.tsv`` as one expression anchored at a line's start
    (after decoration: bullets, brackets, counts), and the phrases' first characters (a
    line that starts with another letter cannot match); loaded once."""
    phrases = [p for _, row in phrase_rows("article_end.tsv", 3) for p in row]
    # Longest first, so that a phrase wins over the phrases it starts with.
    body = "|".join(re.escape(p) + (r"(?![a-z0-9-])" if p[-1].isascii() and p[-1].isalnum()
                                    else "")
                    for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    initials = {p[0] for p in phrases}
    return re.compile(rf"[\W\d_]{{0,8}}(?P<phrase>{body})"), frozenset(initials)


def end_headers(classified: list[Classified], feats: Sequence[LineFeatures],
                removed: Collection[str] = ()) -> None:
    """Heading-length lines that are no sentence and start with an end-matter phrase open a
    region that runs to the next header (in place). Lines a rule named keep their class; an
    inline link ("» Related: Another Headline"), an entry of a menu (menu words on both
    sides) and a heading the page repeats (a listing's section chrome: an article ends once)
    open none. ``removed``: keywords the user took out of the rules (``Options.
    remove_keywords``); a phrase that starts with one of them, or that one starts with, is
    taken out too."""
    drop = tuple(k.casefold() for k in removed if k)
    pattern, initials = _end_phrases()
    text_lines = [i for i, f in enumerate(feats) if f.alnum]
    found_at: dict[str, list[int]] = {}
    for n, i in enumerate(text_lines):
        c = classified[i]
        if c.kind is not Kind.SHORT and c.kind is not Kind.NEAR:
            continue
        f = feats[i]
        # The cheap tests first (most short lines are menu words, none a heading of these).
        if f.units > END_MAX_CJK_UNITS or f.sentence_punct > 1 or \
                (f.ends_sentence and not f.text.endswith(("?", "？"))) or \
                (f.lower[:1] not in initials and f.lower[:1].isalpha()) or f.has_sentence or \
                (f.units > END_MAX_UNITS and not f.is_cjk):
            continue
        found = pattern.match(f.lower)
        if found is None or _INLINE_LINK.match(f.lower, found.end()) or (drop and any(
                found["phrase"].startswith(k) or k.startswith(found["phrase"]) for k in drop)):
            continue
        around = text_lines[max(n - 1, 0):n] + text_lines[n + 1:n + 2]
        if len(around) == 2 and all(classified[j].kind is Kind.SHORT and
                                    feats[j].units <= MENU_WORD_UNITS for j in around):
            continue
        found_at.setdefault(f.lower, []).append(i)
    if not found_at:
        return
    seen = Counter(f.lower for f in feats if f.lower in found_at)
    for text, lines in found_at.items():
        if seen[text] == 1:
            classified[lines[0]] = END_HEADER


#: After an end-matter phrase, a colon and more words: an inline link to another article
#: ("Related reading: How to …"), not a heading.
_INLINE_LINK = re.compile(r"[^:：]*[:：]\s*\S")
#: An end-matter region holding this many lines of text in a row that end a sentence is the
#: article resuming after a box inside it (a teaser list has a headline between its leads).
END_RESUME_LINES = 4


def resumed_end_headers(classified: Sequence[Classified], feats: Sequence[LineFeatures]
                        ) -> list[int]:
    """The end-matter headings whose region holds END_RESUME_LINES lines of text in a row
    (paragraphs or sentences; blank lines between them allowed) that end a sentence: the
    heading of a box inside the article, which the article goes on after; and the related
    headers whose region holds the article's closing stamp (:func:`stamped_headers`). The
    caller decides again without them."""
    out: list[int] = stamped_headers(classified)
    n = len(classified)
    for h in range(n):
        if classified[h] is not END_HEADER or h in out:
            continue
        run = 0
        for i in range(h + 1, n):
            c = classified[i]
            if c.kind is Kind.HEADER:
                break
            if c.kind is Kind.BLANK:
                continue
            run = run + 1 if (c.kind is Kind.GOOD or c.kind is Kind.NEAR) and \
                feats[i].ends_sentence else 0
            if run >= END_RESUME_LINES:
                out.append(h)
                break
    return out


#: The reasons of the lines that close a news article: its source and its editor ("本文来源：…
#: 责任编辑：…"), written under its last paragraph, never under a box of other articles.
CLOSING_STAMPS = frozenset(("byline_source", "byline_source_hant"))


def stamped_headers(classified: Sequence[Classified]) -> list[int]:
    """The related headers (of rules.tsv or end-matter headings) whose region holds a
    paragraph and, after it, the article's closing stamp (:data:`CLOSING_STAMPS`): the box
    ("相关阅读", "相关新闻") is part of the article, whose editor signs under it."""
    out: list[int] = []
    header, paragraph = -1, False
    for i, c in enumerate(classified):
        if c.kind is Kind.HEADER:
            header, paragraph = (i if c.label == "related" else -1), False
        elif header < 0 or c.kind is Kind.BLANK:
            continue
        elif c.kind is Kind.GOOD:
            paragraph = True
        elif c.reason in CLOSING_STAMPS:
            if paragraph:
                out.append(header)
            header = -1
    return out


#: A line of the article of at most this many units that the page repeats below it, outside
#: the article (in a menu, a link box, a footer), is a link or a label of the page's chrome
#: ("Pricing", "Contact sales", a product's name), not the article's.
REPEAT_MAX_UNITS = 3
REPEATED_LINE = ("noise", "repeated_line")


def repeated_lines(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Short lines of the article that stand again, verbatim, on a later line the article
    does not hold become boilerplate (in place). A copy above does not count (a table of
    contents repeats the article's sub-headings above them), nor does a field's label that
    the article holds twice (of its records: "Reported by:", "Price:"); a control it holds
    twice does ("Transcript", "Download")."""
    last_outside: dict[str, int] = {}
    kept: Counter[str] = Counter()
    for i, f in enumerate(feats):
        if f.alnum and f.units <= REPEAT_MAX_UNITS:
            if decisions[i][0] in _KEPT_LABELS:
                kept[f.lower] += 1
            else:
                last_outside[f.lower] = i
    if not last_outside:
        return
    repeated = [i for i, f in enumerate(feats)
                if decisions[i][1] == "article_block" and f.units <= REPEAT_MAX_UNITS and
                last_outside.get(f.lower, -1) > i and
                (kept[f.lower] == 1 or not f.text.endswith(_FIELD_LABEL))]
    headings = {i for i in repeated if _heads_paragraph(i, decisions, feats)}
    if len(headings) < SECTION_MENU_MIN:
        headings = set()
    for i in repeated:
        if i not in headings:
            decisions[i] = REPEATED_LINE


#: A paragraph under a heading has at least this many units and ends a sentence.
PARAGRAPH_MIN_UNITS = 12
#: A menu of the page's sections repeats at least this many of the article's headings (one
#: link over a paragraph, repeated in the footer, is a link: "Pricing").
SECTION_MENU_MIN = 3


def _heads_paragraph(i: int, decisions: Sequence[tuple[str, str]],
                     feats: Sequence[LineFeatures]) -> bool:
    """Whether the next line of text after ``i`` is a paragraph of the article: ``i`` is a
    section's heading, which a menu of the page's sections ("On this page") repeats below."""
    j = next((k for k in range(i + 1, len(feats)) if feats[k].alnum), -1)
    return j >= 0 and decisions[j][0] == "content" and feats[j].ends_sentence and \
        feats[j].units >= PARAGRAPH_MIN_UNITS


_KEPT_LABELS = frozenset(("content", "title"))
#: A field's label ends in a colon ("Price:", "Reported by:").
_FIELD_LABEL = (":", "：")


#: A disclaimer is a notice, not a paragraph of the article: at most this many units.
DISCLAIMER_MAX_UNITS = 200
#: A disclaimer closes the article: after it, the article holds at most this many lines that
#: are no disclaimers (a translation of the notice, a reprint line).
DISCLAIMER_TAIL_LINES = 2
#: Lines a disclaimer pass may take from the article (the reasons of the article's blocks).
_DISCLAIMER_FROM = frozenset(("article_block", "inner_sentence"))
DISCLAIMER = ("footer", "disclaimer")
#: Decoration before a statement's label: brackets, bullets, spaces.
_LEAD_DECOR = r"[\s【\[［(（〔*＊·•]{0,3}"


@cache
def _disclaimer_kinds() -> dict[str, list[str]]:
    """The phrases of ``data/disclaimer.tsv`` by kind, case-folded; loaded once."""
    kinds: dict[str, list[str]] = {k: [] for k in _DISCLAIMER_KINDS}
    for (_, kind), phrases in phrase_rows("disclaimer.tsv", 3):
        if kind not in kinds:
            raise ValueError(f"data/disclaimer.tsv: unknown kind {kind!r}")
        kinds[kind] += phrases
    return kinds


_DISCLAIMER_KINDS = ("lead", "bare", "self", "vocab", "disclose", "paid", "first")


def _alternation(words: list[str]) -> str:
    """The phrases as one alternation, longest first (a phrase wins over its prefixes)."""
    if not words:
        raise ValueError("data/disclaimer.tsv: a kind without phrases")
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _disclaimer_tables() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                  re.Pattern[str]]:
    """The phrases of ``data/disclaimer.tsv`` as four expressions: a lead at the line's start
    (a statement's label and a colon or a closing bracket), a bare lead, the page speaking of
    itself, and the vocabulary of disclaimers; loaded once."""
    kinds = _disclaimer_kinds()
    end = r"\s?[:：】\]］)）〕]"
    return (re.compile(rf"{_LEAD_DECOR}(?:{_alternation(kinds['lead'])}){end}"),
            re.compile(rf"{_LEAD_DECOR}(?:{_alternation(kinds['bare'])}){end}"),
            re.compile(_alternation(kinds["self"])),
            re.compile(_alternation(kinds["vocab"])))


@cache
def _disclosure_tables() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ``disclose``, ``paid`` and ``first`` phrases of ``data/disclaimer.tsv``, each
    matched at word boundaries; loaded once."""
    kinds = _disclaimer_kinds()

    def words(kind: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(kinds[kind])})(?!\w)")

    return words("disclose"), words("paid"), words("first")


def is_disclaimer(f: LineFeatures) -> bool:
    """Whether the line reads as a disclaimer or a reprint notice: a statement's label at its
    start and a phrase of the vocabulary ("【免责声明】本文仅代表作者本人观点…"), a bare label
    and two ("声明：本文观点…，不代表…立场"), or the page speaking of itself and one
    ("本作品为…原创，转载时请注明出处")."""
    if not f.cjk or f.units > DISCLAIMER_MAX_UNITS:
        return False
    lead, bare, self_, vocab = _disclaimer_tables()
    text = f.lower
    words = set(vocab.findall(text))
    if not words:
        return False
    if lead.match(text):
        return True
    if bare.match(text):
        return len(words) >= 2
    return self_.search(text) is not None


#: A disclosure of paid links is a notice of a sentence or three, not a paragraph.
DISCLOSURE_MAX_UNITS = 60


def is_disclosure(f: LineFeatures) -> bool:
    """Whether the line discloses the page's paid links or what a form's sender agrees to, in
    a language that spaces its words: a ``disclose`` phrase ("As an Amazon Associate we earn
    from qualifying purchases", "We may earn a commission …", "By submitting this form, you
    authorize …"), or a ``paid`` phrase with a ``first`` one ("This post
    contains affiliate links"). An article that explains affiliate links to its reader
    ("streamers earn a commission via affiliate links") speaks of others, not of itself."""
    if f.is_cjk or f.units > DISCLOSURE_MAX_UNITS:
        return False
    disclose, paid, first = _disclosure_tables()
    text = f.lower
    if disclose.search(text):
        return True
    return paid.search(text) is not None and first.search(text) is not None


def disclaimers(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Disclaimers at the end of the article become footer lines (in place): a line of the
    article that :func:`is_disclaimer` names, with at most DISCLAIMER_TAIL_LINES lines of the
    article after it that are no disclaimers (an article quoting a notice goes on); and,
    wherever they stand in the article, the disclosures of paid links
    (:func:`is_disclosure`)."""
    after = 0  # the article's lines below that are no disclaimers
    for i in range(len(feats) - 1, -1, -1):
        label, reason = decisions[i]
        if label != "content" or not feats[i].alnum:
            continue
        if reason in _DISCLAIMER_FROM and is_disclosure(feats[i]):
            decisions[i] = DISCLAIMER  # wherever it stands: above the article or inside it
            continue
        if reason in _DISCLAIMER_FROM and is_disclaimer(feats[i]):
            if after <= DISCLAIMER_TAIL_LINES:
                decisions[i] = DISCLAIMER
                _translated_notice(decisions, feats, i)
            continue
        after += 1


def _translated_notice(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                       notice: int) -> None:
    """The line right after a disclaimer, when it is the article's last and written without
    Han characters, is the notice's translation ("Notice: The content above …"): a
    disclaimer too (in place)."""
    j = notice + 1
    while j < len(feats) and not feats[j].alnum:
        j += 1
    if j == len(feats) or decisions[j][1] not in _DISCLAIMER_FROM or feats[j].cjk or \
            feats[j].units > DISCLAIMER_MAX_UNITS:
        return
    if all(decisions[k][0] != "content" for k in range(j + 1, len(feats))):
        decisions[j] = DISCLAIMER
