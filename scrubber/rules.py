"""Keyword rule tables: loaded once from ``data/rules.tsv``, applied with one scan per line.

The tables are data; this module only turns them into a matcher. A line that some scope can
apply to is scanned once for every keyword of every scope (a trie: walked in C when the
compiled module is built, else a trie-shaped ``re`` alternation), and once for the literals
the regular-expression keywords require; only the keywords found are looked up, and only
their rules' scope conditions are checked. Lines where the scans find nothing skip the rules,
and so do lines where nothing found can fire (:func:`rule_mask`, :meth:`RuleSet._relevant`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import regex

from .compiled import speedups as _speedups
from .dates import DATE, may_hold_date
from .features import LineFeatures
from .options import Options
from .prefilter import required_literals

#: Where a keyword must stand in the line (see the header of data/rules.tsv).
SCOPES = ("header", "short", "prefix", "line", "anywhere", "seo_topic", "seo_hook")
#: Header rules of these labels open a region that runs to the next header.
REGION_LABELS = ("related", "links", "comment")


@dataclass(frozen=True, slots=True)
class Rule:
    label: str
    scope: str
    name: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that decided a line: its label, its stable reason name, and whether the line is a
    header that opens a region."""

    label: str
    reason: str
    opens_region: bool = False


#: Lines up to this many units are too small to be a sentence, whatever their punctuation.
TINY_UNITS = 10

Entry = tuple[str, Rule]  # (keyword or "re:pattern", rule)


def split_keywords(field: str) -> list[str]:
    """Split a keywords field on '|' outside parentheses and brackets (regexes keep theirs)."""
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in field:  # load time only: never on the per-line path
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [k for k in items if k]


@cache
def builtin_entries() -> tuple[Entry, ...]:
    """Parse ``data/rules.tsv`` (once per process)."""
    text = resources.files("scrubber").joinpath("data/rules.tsv").read_text(encoding="utf-8")
    entries: list[Entry] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        try:
            label, scope, name, keywords = raw.split("\t")
        except ValueError:
            raise ValueError(f"data/rules.tsv:{number}: expected 4 tab-separated fields") from None
        if scope not in SCOPES:
            raise ValueError(f"data/rules.tsv:{number}: unknown scope {scope!r}")
        rule = Rule(label, scope, name)
        items = split_keywords(keywords)
        if not items:
            raise ValueError(f"data/rules.tsv:{number}: rule {name} has no keywords")
        entries.extend((k if k.startswith("re:") else k.casefold(), rule) for k in items)
    return tuple(entries)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words``, shaped as a trie: at each position the
    engine follows one branch per character instead of trying every word (measured 4 to 6
    times faster than a flat alternation here). The longest word wins at a position, as in a
    longest-first alternation."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


#: The scopes whose keywords are looked for together, as one group each: a line's hits are
#: found per group (prefix keywords also anywhere in a dated heading: "2023年4月18日 来源：…").
_GROUP = {"prefix": "prefix", "line": "line", "anywhere": "line", "short": "short",
          "seo_topic": "short", "seo_hook": "short"}
_GROUPS = ("prefix", "line", "short")

Span = tuple[int, int, list[Rule]]  # (start, end, rules) of a keyword in a line


class Found(NamedTuple):
    """What the scans found in one line (case-folded): the longest literal keyword at every
    position where one starts, as (start, keyword, starts with an ASCII letter or digit), and
    whether some expression matches in the line (found by a scan for the literals the
    expressions require, then confirmed by the expressions requiring the literals found)."""

    occurrences: list[tuple[int, str, bool]]
    exprs: bool


#: A leading ``(?<!\d)\d+`` leaves ``re`` no first character to look for, so a search tries
#: the expression at every position of the line; written ``\d(?<!\d\d)\d*`` the same digits
#: start with a digit, which ``re`` skips to directly (three times faster on English lines).
#: The two match the same spans: the lookbehind after the first digit looks at the character
#: before it.
_LEADING_DIGITS, _LEADING_DIGITS_FAST = r"(?<!\d)\d+", r"\d(?<!\d\d)\d*"


def searchable(expr: str) -> str:
    """``expr`` as it is compiled for searching (see _LEADING_DIGITS); its required literals
    are read from ``expr`` itself (:mod:`scrubber.prefilter`)."""
    if expr.startswith(_LEADING_DIGITS):
        return _LEADING_DIGITS_FAST + expr[len(_LEADING_DIGITS):]
    return expr


class _Exprs:
    """The regular-expression keywords of one group, as one alternation."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.patterns = [(re.compile(searchable(k[3:])), rule)
                         for k, rule in entries if k.startswith("re:")]
        alternation = "|".join(f"(?:{p.pattern})" for p, _ in self.patterns)
        self.any = re.compile(alternation) if alternation else None

    def _rules(self, text: str, start: int) -> list[Rule]:
        return [rule for pattern, rule in self.patterns if pattern.match(text, start)]

    def at(self, text: str, pos: int) -> list[Span]:
        m = self.any.match(text, pos) if self.any else None
        rules = self._rules(text, pos) if m else []
        return [(m.start(), m.end(), rules)] if m and rules else []

    def find(self, text: str) -> list[Span]:
        out = []
        for m in self.any.finditer(text) if self.any else ():
            rules = self._rules(text, m.start())
            if rules:
                out.append((m.start(), m.end(), rules))
        return out


class RuleSet:
    """The compiled tables for one set of options (built-in plus user keywords).

    One scan per line finds every position where a literal keyword of any scope starts, with
    the longest keyword there (a trie-shaped alternation, searched again one character after
    each hit). A table built once gives, for that keyword and each group of scopes, the
    longest keyword of the group that it starts with: the groups' hits follow without
    another scan, exactly as a scan per group would find them (leftmost, longest, not
    overlapping). Keywords that start or end with an ASCII letter or digit only match as
    whole words.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        entries = list(entries)
        self.header: dict[str, Rule] = {}
        by_keyword: dict[str, list[Rule]] = {}
        for keyword, rule in entries:
            if rule.scope == "header":
                self.header.setdefault(keyword, rule)
            elif not keyword.startswith("re:"):
                by_keyword.setdefault(keyword, []).append(rule)
        literals = {k for k, _ in entries if not k.startswith("re:")}
        self.table: dict[str, dict[str, tuple[int, list[Rule]]]] = {}
        for keyword in literals:
            groups: dict[str, tuple[int, list[Rule]]] = {}
            for n in range(len(keyword), 0, -1):
                for rule in by_keyword.get(keyword[:n], ()):
                    group = _GROUP[rule.scope]
                    if group not in groups or groups[group][0] == n:
                        groups.setdefault(group, (n, []))[1].append(rule)
            self.table[keyword] = groups
        self.exprs = {group: _Exprs(e for e in entries if _GROUP.get(e[1].scope) == group)
                      for group in _GROUPS}
        latin = [w for w in literals if _is_word_char(w[0])]
        other = [w for w in literals if not _is_word_char(w[0])]
        # Pure ASCII lines can only hold the pure ASCII ones of the other literals ("(c) 20").
        ascii_other = [w for w in other if w.isascii()]
        never = re.compile("(?!)")  # a scan with nothing to find
        # No ASCII letter before a word (a digit may precede a header: "12comments"; the
        # groups check digits on the hits): checked first, as it fails inside words.
        self.latin = re.compile(f"(?<![a-z])(?:{trie_pattern(latin)})") if latin else never
        self.other = re.compile(trie_pattern(other)) if other else never
        self.ascii_other = re.compile(trie_pattern(ascii_other)) if ascii_other else None
        expressions = sorted({k[3:] for k, _ in entries if k.startswith("re:")} - {""})
        required, requiring, plain = _expr_hint(expressions)
        # Each expression on its own: a hinted line is confirmed with the expressions that
        # require the literals found in it (" of " is common, "3 of 10" is not). The hint
        # scan reports the longest literal at a position, so a literal also stands for the
        # literals it starts with.
        compiled = {e: re.compile(searchable(e)) for e in expressions}
        self.expressions = list(compiled.values())
        self._requiring = {
            w: [compiled[e] for e in sorted({e for p, es in requiring.items() if w.startswith(p)
                                             for e in es})]
            for w in requiring}
        bare = [w for w, (before, after) in required.items() if not before and not after]
        beside_digits = [
            (r"(?<=\d)" if before else "") + re.escape(w) + (r"(?=\d)" if after else "")
            for w, (before, after) in sorted(required.items()) if before or after]
        branches = ([trie_pattern(bare)] if bare else []) + beside_digits + plain
        self.expr_hint = re.compile("|".join(branches)) if branches else None
        self._compiled = None
        if _speedups is not None:  # the same scans, as a trie walked in C
            words = sorted(literals)
            hint = sorted(required)
            hint_flags = bytes(_WORD_ASCII_OK | (_DIGIT_BEFORE if required[w][0] else 0) |
                               (_DIGIT_AFTER if required[w][1] else 0) for w in hint)
            flags = bytes(_WORD_ASCII_OK * w.isascii() | self._group_flags(w) for w in words)
            self._compiled = (
                _speedups.Scanner(*_trie_arrays(words), tuple(words), flags, True),
                _speedups.Scanner(*_trie_arrays(hint), tuple(hint), hint_flags, False),
                re.compile("|".join(plain)) if plain else None)

    def _group_flags(self, keyword: str) -> int:
        """The groups ``keyword`` has rules in (itself or the keywords it starts with), as
        scanner flags; for the short group, whether of scope short or seo."""
        flags = 0
        for group, (_, rules) in self.table[keyword].items():
            if group != "short":
                flags |= _GROUP_FLAGS[group]
                continue
            for rule in rules:
                flags |= _GROUP_SHORT if rule.scope == "short" else _GROUP_SEO
        return flags

    def _relevant(self, text: str, occurrences: list[tuple[int, str, bool]], mask: int
                  ) -> bool:
        """Whether one of the keywords found may fire on a line of this :func:`rule_mask`, as
        :func:`match` checks them (it finds no hit in the other lines):

        - a keyword at the start of a line short enough for a header (before its first
          letter: decoration and counts may come first);
        - a keyword of a group the mask allows: a prefix keyword only at the line's start
          (within its leading run of non-alphanumeric characters) unless the line is a dated
          heading, a short keyword only in a list or when the short keywords found cover
          SHORT_COVER of the line (their longest forms, overlaps counted twice: a bound).
        """
        lead = _NON_ALNUM_RUN.match(text).end()  # type: ignore[union-attr]
        letter = _BEFORE_LETTER.match(text).end()  # type: ignore[union-attr]
        covered = 0
        short_found = False
        for start, keyword, _ in occurrences:
            groups = self._group_flags(keyword)
            if (mask & _MASK_HEADER and start <= letter) or groups & mask & _GROUP_LINE or \
                    (groups & _GROUP_SEO and mask & _GROUP_SHORT) or \
                    (groups & _GROUP_PREFIX and (mask & _MASK_PREFIX_ANYWHERE or (
                        mask & _MASK_PREFIX_AT_LEAD and start <= lead))):
                return True
            if groups & _GROUP_SHORT:
                short_found = True
                covered += len(keyword)
        return short_found and bool(mask & _GROUP_SHORT) and bool(
            mask & _MASK_SEPARATED or covered / len(text) >= SHORT_COVER)

    def _expression_in(self, text: str, literals: Iterable[str] | None = None) -> bool:
        """Whether an expression matches in ``text``: one of those requiring ``literals``
        (found in it by the hint scan), or any."""
        if literals is None:
            return any(e.search(text) for e in self.expressions)
        return any(e.search(text) for w in literals for e in self._requiring[w])

    def scan(self, text: str) -> Found | None:
        """The literal keywords in ``text`` (case-folded) and whether an expression may match;
        None when neither."""
        if self._compiled is None:
            return self.scan_python(text)
        scanner, hint, plain = self._compiled
        occurrences = scanner.scan(text)
        exprs = self._expression_in(text, {w for _, w, _ in hint.scan(text)}) or \
            (plain is not None and plain.search(text) is not None)
        return Found(occurrences, exprs) if occurrences or exprs else None

    def scan_python(self, text: str) -> Found | None:
        """:meth:`scan` with ``re`` only (the reference the compiled scanner is held to)."""
        occurrences = []
        search = self.latin.search
        m = search(text)
        while m:
            occurrences.append((m.start(), m.group(), True))
            m = search(text, m.start() + 1)
        other = self.other if not text.isascii() else self.ascii_other
        if other is not None:
            m = other.search(text)
            while m:
                occurrences.append((m.start(), m.group(), False))
                m = other.search(text, m.start() + 1)
            occurrences.sort()  # in order of position, as the compiled scan gives them
        exprs = self.expr_hint is not None and self.expr_hint.search(text) is not None and \
            self._expression_in(text)
        return Found(occurrences, exprs) if occurrences or exprs else None

    def scan_lines(self, feats: list[LineFeatures], options: Options) -> dict[int, Found]:
        """:meth:`scan` of every line some scope applies to (:func:`rule_mask`), for the
        lines where it finds something that may fire: an expression, or a keyword the line's
        mask allows (:meth:`_relevant`; no keyword rule can fire on the other lines, and on
        a line with an expression the others find nothing either)."""
        if self._compiled is None or _speedups is None:
            return self.scan_lines_python(feats, options)
        scanner, hint, plain = self._compiled
        masks = _speedups.rule_masks(feats, _limits(options))
        lowers = [f.lower for f in feats]
        occurrences = scanner.scan_many(lowers, masks, True, SHORT_COVER)
        hinted = {i for i, found in hint.scan_many(lowers, masks).items()
                  if self._expression_in(lowers[i], {w for _, w, _ in found})}
        if plain is not None:
            hinted.update(i for i, lower in enumerate(lowers) if masks[i] and plain.search(lower))
        return {i: Found(occurrences.get(i, []), i in hinted)
                for i in sorted(occurrences.keys() | hinted)}

    def scan_lines_python(self, feats: list[LineFeatures], options: Options
                          ) -> dict[int, Found]:
        """:meth:`scan_lines` with ``re`` only (the reference the compiled one is held to)."""
        out = {}
        for i, f in enumerate(feats):
            mask = rule_mask(f, options)
            if not mask:
                continue
            found = self.scan_python(f.lower)
            if found is None:
                continue
            if not self._relevant(f.lower, found.occurrences, mask):
                if not found.exprs:
                    continue
                found = Found([], True)
            out[i] = found
        return out

    def hits(self, text: str, found: Found, group: str, anchor: int | None = None) -> list[Span]:
        """The keywords of ``group`` in ``text``, in order (or the one at ``anchor``)."""
        out: list[Span] = []
        if found.occurrences:
            # Literals first, then expressions, each as a scan of their own would find them.
            cursor = {True: 0, False: 0}  # end of the last hit, per kind of first character
            for start, keyword, is_latin in found.occurrences:
                if (anchor is not None and start != anchor) or start < cursor[is_latin]:
                    continue
                if is_latin and start and text[start - 1].isdigit() and \
                        text[start - 1].isascii():
                    continue  # inside a word for every group
                entry = self.table[keyword].get(group)
                if entry is None:
                    continue
                length, rules = entry
                end = start + length
                cursor[is_latin] = end
                if not (end < len(text) and _is_word_char(text[end]) and
                        _is_word_char(text[end - 1])):
                    out.append((start, end, rules))
        if found.exprs:
            exprs = self.exprs[group]
            out += exprs.at(text, anchor) if anchor is not None else exprs.find(text)
        if len(out) > 1:
            out.sort(key=lambda hit: hit[0])
        return out


def _expr_hint(exprs: list[str]) -> tuple[dict[str, tuple[bool, bool]], dict[str, list[str]],
                                         list[str]]:
    """What finds something in every line where one of ``exprs`` may match: for each
    expression the literals one of which it requires (see :mod:`scrubber.prefilter`), or else
    the expression itself. Returns ({literal: (needs a digit before it, needs one after it)},
    {literal: the expressions requiring it}, expressions); a literal some expression requires
    with fewer digits beside it needs only those."""
    required: dict[str, tuple[bool, bool]] = {}
    requiring: dict[str, list[str]] = {}
    plain: list[str] = []
    for expr in exprs:
        literals = required_literals(expr)
        if literals is None:
            plain.append(f"(?:{searchable(expr)})")
            continue
        for literal in literals:
            before, after = required.get(literal.text, (True, True))
            required[literal.text] = (before and literal.digit_before,
                                      after and literal.digit_after)
            requiring.setdefault(literal.text, []).append(expr)
    return required, requiring, plain


#: Scanner flags of a keyword: it counts in pure-ASCII text even if not Latin-first; it
#: counts only after a digit; only before one (as _speedups.c defines them).
_WORD_ASCII_OK, _DIGIT_BEFORE, _DIGIT_AFTER = 1, 2, 4


def _trie_arrays(words: list[str]) -> tuple[list[int], list[int], list[int], list[int],
                                            list[int]]:
    """``words`` as a trie in flat arrays, for :class:`_speedups.Scanner`: per node (0 is the
    root) the index of the word ending there or -1, its first edge and its number of edges;
    per edge its character (code point) and child node. A node's edges are sorted."""
    children: list[dict[str, int]] = [{}]
    word_at = [-1]
    for index, word in enumerate(words):
        node = 0
        for ch in word:
            child = children[node].get(ch)
            if child is None:
                child = children[node][ch] = len(children)
                children.append({})
                word_at.append(-1)
            node = child
        word_at[node] = index
    first: list[int] = []
    count: list[int] = []
    chars: list[int] = []
    child_of: list[int] = []
    for edges in children:
        first.append(len(chars))
        count.append(len(edges))
        for ch in sorted(edges):
            chars.append(ord(ch))
            child_of.append(edges[ch])
    return word_at, first, count, chars, child_of


@lru_cache(maxsize=16)
def _ruleset(keywords: tuple[tuple[str, tuple[str, ...]], ...],
             removed: tuple[str, ...]) -> RuleSet:
    drop = {k.casefold() for k in removed}
    entries = [e for e in builtin_entries() if e[0] not in drop]
    for label, words in keywords:
        rule = Rule(label, "header" if label in REGION_LABELS else "short", f"user_{label}")
        entries.extend((w.casefold(), rule) for w in words if w)
    return RuleSet(entries)


def ruleset(options: Options) -> RuleSet:
    return _ruleset(options.keywords, options.remove_keywords)


# Decoration around a header: bullets, brackets, arrows, counts, "more" links. The trailing
# pattern searches backwards from the end ((?r)), so neither costs more than the decoration.
_HEADER_LEAD = regex.compile(r"[\s\p{P}\p{S}\d]+")
_HEADER_TAIL = regex.compile(r"(?r)[\s\p{P}\p{S}\d]+$")
_MORE = ("查看更多", "更多", "see all", "view all", "more")
#: Keyword rules look at lines up to this long only: bylines, headers, menus and footers are
#: far shorter, and a pathological line (100,000 digits) costs nothing.
MAX_RULE_CHARS = 2000
#: A "short" keyword rule fires when one keyword covers this share of the line ...
SHORT_COVER = 0.3
#: ... or the keywords of one label together cover this share.
SHORT_COVER_ALL = 0.5
#: Header lines are at most this long (a header check needs no more).
MAX_HEADER_CHARS = 40
_LEAD = regex.compile(r"^[\s\p{P}\p{S}]*")


def _header(f: LineFeatures, rules: RuleSet,
            occurrences: list[tuple[int, str, bool]] | None = None) -> Rule | None:
    """The header rule whose keyword is the whole line, give or take decoration (and up to two
    trailing characters in CJK: 【相关文章列表】). With the line's ``occurrences`` (its scan),
    a line where no keyword starts right after the leading decoration is no header: the scan
    reports a keyword, the header's or a longer one, wherever a header keyword starts."""
    if f.chars > MAX_HEADER_CHARS:
        return None
    core = f.lower
    lead = _HEADER_LEAD.match(core)
    if lead:
        core = core[lead.end():]
    if occurrences is not None:
        start = lead.end() if lead else 0
        if not any(at == start for at, _, _ in occurrences):
            return None
    for _ in range(2):  # "相关文章 更多>>": decoration, "more", decoration
        tail = _HEADER_TAIL.search(core)
        if tail:
            core = core[:tail.start()]
        more = next((m for m in _MORE if core.endswith(m) and len(core) > len(m)), None)
        if more is None:
            break
        core = core[:-len(more)]
    if not core:
        return None
    # A suffix such as 区, 列表 may follow a Chinese header (评论区, 相关文章列表); nothing may
    # precede it: 领导留言板 is a site's channel, not a comment box.
    for right in (0, 1, 2) if f.is_cjk else (0,):
        rule = rules.header.get(core[:len(core) - right])
        if rule is not None:
            return rule
    return None


def _may_prefix(f: LineFeatures) -> bool:
    return f.sentence_punct <= 1 and (not f.ends_sentence or f.units <= TINY_UNITS)


#: A line's mask (rule_mask): which keyword groups may fire on it (as _speedups.c defines
#: them; a keyword's flags use the same bits for its groups).
_MASK_HEADER, _MASK_PREFIX_AT_LEAD, _MASK_PREFIX_ANYWHERE, _MASK_MAY_FIRE = 1, 8, 64, 128
_MASK_SEPARATED = 2
_GROUP_PREFIX, _GROUP_LINE, _GROUP_SHORT, _GROUP_SEO = 8, 16, 32, 64
_GROUP_FLAGS = {"prefix": _GROUP_PREFIX, "line": _GROUP_LINE}
# Used anchored: the leading run of characters that are not letters or digits, and the one
# that runs to the first letter (digits included).
_NON_ALNUM_RUN = re.compile(r"(?<![\W_])[\W_]*")
_BEFORE_LETTER = re.compile(r"(?<![\W\d_])[\W\d_]*")


def rule_mask(f: LineFeatures, options: Options) -> int:
    """Which keyword groups may fire on the line, as :func:`match` checks them (0: none, and
    :func:`may_fire` is false). The compiled twin is ``_speedups.rule_masks``."""
    if not f.text or f.chars > MAX_RULE_CHARS:
        return 0
    heading_like = f.units <= options.heading_units and not f.has_sentence
    mask = 0
    if f.chars <= MAX_HEADER_CHARS:
        mask |= _MASK_HEADER
    if f.units <= options.boilerplate_max_units:
        mask |= _GROUP_LINE
    if heading_like or not f.sentence_punct:
        mask |= _GROUP_SHORT
    if _may_prefix(f):
        mask |= _MASK_PREFIX_AT_LEAD
    if heading_like and may_hold_date(f.lower):
        mask |= _MASK_PREFIX_ANYWHERE
    if not mask:
        return 0
    return mask | _MASK_MAY_FIRE | (_MASK_SEPARATED if f.separators >= 2 else 0)


def _limits(options: Options) -> tuple[int, int, float, float, float]:
    return (MAX_RULE_CHARS, MAX_HEADER_CHARS, float(TINY_UNITS),
            float(options.boilerplate_max_units), float(options.heading_units))


def may_fire(f: LineFeatures, options: Options) -> bool:
    """Whether some scope of :func:`match` applies to the line at all (a paragraph of several
    sentences meets none: too long for a header, a footer or a heading)."""
    return rule_mask(f, options) != 0


#: A line that opens with "By" and a word in lower case, then a comma, is a sentence ("By
#: contrast, …", "By the end of this tutorial, you'll …", "By default, …"), not a byline
#: ("By Jane Doe", "by admin, March 5, 2021": a byline holds a date): from this many units on.
BY_CLAUSE_MIN_UNITS = 6
_BY_CLAUSE = re.compile(r"[^\w]{0,8}[Bb]y\s+[a-z][\w'’-]{0,30}\b[^,]{0,100},\s*\S")
_BY_RULES = frozenset(("byline_en",))

#: ``match(..., found=SCAN)``: scan the line first (the default).
SCAN = "scan"


def match(f: LineFeatures, rules: RuleSet, options: Options,
          found: Found | str | None = SCAN) -> Hit | None:
    """The first rule whose scope condition holds on this line, or ``None``. ``found`` is the
    line's :meth:`RuleSet.scan` when the caller already has it (:meth:`RuleSet.scan_lines`),
    ``None`` when that found nothing."""
    if not may_fire(f, options):
        return None
    text = f.lower
    if found == SCAN:
        found = rules.scan(text)
    if not isinstance(found, Found):
        return None  # no keyword of any scope in the line
    if f.chars <= MAX_HEADER_CHARS and found.occurrences:
        header = _header(f, rules, found.occurrences)
        if header is not None:
            return Hit(header.label, header.name, header.label in REGION_LABELS)
    lead = len(_LEAD.match(text).group())
    heading_like = f.units <= options.heading_units and not f.has_sentence
    if _may_prefix(f):
        for _, _, rules_ in rules.hits(text, found, "prefix", lead):
            if rules_[0].name in _BY_RULES and f.units >= BY_CLAUSE_MIN_UNITS and \
                    _BY_CLAUSE.match(f.text) and not DATE.search(f.text):
                break  # "By contrast, …": a sentence, which the other scopes may still name
            return Hit(rules_[0].label, rules_[0].name)
    if f.units <= options.boilerplate_max_units:
        # A sentence that merely mentions copyright is not a footer; one that starts with it
        # ("©…", "【版权…"), or a line that is no sentence, is. "anywhere" phrases always are.
        not_sentence = not f.ends_sentence or f.units <= TINY_UNITS
        for start, _, rules_ in rules.hits(text, found, "line"):
            rule = rules_[0]
            if rule.scope == "anywhere" or not_sentence or start <= lead:
                return Hit(rule.label, rule.name)
    if not heading_like and f.sentence_punct:
        return None
    seo: set[str] = set()
    covered: dict[str, float] = {}  # per label: the share of the line its keywords cover
    for start, end, rules_ in rules.hits(text, found, "short"):
        for rule in rules_:
            if rule.scope == "short":
                share = covered[rule.label] = covered.get(rule.label, 0.0) + \
                    (end - start) / max(len(text), 1)
                # One keyword covering a third of the line, several covering half of it
                # ("Facebook Twitter Google+ Whatsapp"), or a keyword in a link list.
                if heading_like and (share >= SHORT_COVER or f.separators >= 2) and \
                        (share >= SHORT_COVER_ALL or (end - start) / len(text) >= SHORT_COVER
                         or f.separators >= 2):
                    return Hit(rule.label, rule.name)
            else:
                seo.add(rule.scope)
                if len(seo) == 2 and not f.ends_sentence:
                    return Hit(rule.label, rule.name)
    if heading_like and may_hold_date(text) and DATE.search(text):
        # "2023年4月18日 来源：经济日报": a byline keyword after the date.
        for _, _, rules_ in rules.hits(text, found, "prefix"):
            return Hit(rules_[0].label, rules_[0].name)
    return None
