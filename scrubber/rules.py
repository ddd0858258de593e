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

from .compiled import speedups as _speedups
from .dates import may_hold_date
from .features import LineFeatures
from .lang import hant_fold
from .options import Options
from .rule_tries import expr_hint, searchable, trie_arrays, trie_pattern

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


#: Letters and digits from here on are CJK, kana and hangul: they may follow a Latin keyword
#: with no space ("PR記事").
_SPACED_SCRIPTS_END = "\u2e80"


def _goes_on(ch: str) -> bool:
    """Whether a letter or digit of an alphabetic script (Latin with its accents, Greek,
    Cyrillic): after a keyword's last ASCII letter it makes the keyword part of a longer word
    ("PR" in "Préparation")."""
    return ch.isalnum() and ch < _SPACED_SCRIPTS_END


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
        required, requiring, plain = expr_hint(expressions)
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
                _speedups.Scanner(*trie_arrays(words), tuple(words), flags, True),
                _speedups.Scanner(*trie_arrays(hint), tuple(hint), hint_flags, False),
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
        :func:`scrubber.rule_scopes.match` checks them (it finds no hit in the other lines):

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
                if not (end < len(text) and _goes_on(text[end]) and
                        _is_word_char(text[end - 1])):
                    out.append((start, end, rules))
        if found.exprs:
            exprs = self.exprs[group]
            out += exprs.at(text, anchor) if anchor is not None else exprs.find(text)
        if len(out) > 1:
            out.sort(key=lambda hit: hit[0])
        return out


#: Scanner flags of a keyword: it counts in pure-ASCII text even if not Latin-first; it
#: counts only after a digit; only before one (as _speedups.c defines them).
_WORD_ASCII_OK, _DIGIT_BEFORE, _DIGIT_AFTER = 1, 2, 4


@lru_cache(maxsize=16)
def _ruleset(keywords: tuple[tuple[str, tuple[str, ...]], ...],
             removed: tuple[str, ...], hant: bool) -> RuleSet:
    drop = {k.casefold() for k in removed}
    entries = [e for e in builtin_entries() if e[0] not in drop]
    for label, words in keywords:
        rule = Rule(label, "header" if label in REGION_LABELS else "short", f"user_{label}")
        entries.extend((w.casefold(), rule) for w in words if w)
    if hant:  # a zh-Hant page's lines are folded: so are the keywords written for them
        known = {e[0] for e in entries}
        folded = {(hant_fold(k), rule) for k, rule in entries}
        entries += sorted((e for e in folded if e[0] not in known),
                          key=lambda e: (e[0], e[1].name))
    return RuleSet(entries)


def ruleset(options: Options, hant: bool = False) -> RuleSet:
    """The keyword rules of ``options``; ``hant``: for a traditional Chinese page, whose
    case-folded lines :func:`scrubber.lang.hant_fold` has folded, every keyword also folded
    ("相關閱讀" of the traditional rows matches as "相关阅读"; the simplified rows match as
    they are)."""
    return _ruleset(options.keywords, options.remove_keywords, hant)


#: Keyword rules look at lines up to this long only: bylines, headers, menus and footers are
#: far shorter, and a pathological line (100,000 digits) costs nothing.
MAX_RULE_CHARS = 2000
#: A "short" keyword rule fires when one keyword covers this share of the line ...
SHORT_COVER = 0.3
#: Header lines are at most this long (a header check needs no more).
MAX_HEADER_CHARS = 40


def may_prefix(f: LineFeatures) -> bool:
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
    """Which keyword groups may fire on the line, as :func:`scrubber.rule_scopes.match` checks
    them (0: none, and :func:`may_fire` is false). The compiled twin is ``_speedups.rule_masks``."""
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
    if may_prefix(f):
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
    """Whether some scope of :func:`scrubber.rule_scopes.match` applies to the line at all (a
    paragraph of several sentences meets none: too long for a header, a footer or a heading)."""
    return rule_mask(f, options) != 0


