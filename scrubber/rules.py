"""Keyword rule tables: loaded once from ``data/rules.tsv``, applied with one flat alternation.

The tables are data; this module only turns them into a matcher. Every line is scanned once by
a single alternation of all keywords (the pre-filter); only the keywords that hit are looked up,
and only their rules' scope conditions are checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

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


class _Matcher:
    """Keywords of some scopes as flat alternations (stdlib ``re``): the literals that start
    with an ASCII letter or digit behind one check that no ASCII letter or digit precedes, so
    that inside a word no branch is tried; the other literals (run on lines that are not pure
    ASCII); and the few regular expressions. Literals go longest first. A hit is looked up in
    the literal table; only a hit that is not a literal is tried against the expressions.

    Keywords that start or end with an ASCII letter or digit only match as whole words.
    """

    def __init__(self, entries: Iterable[Entry], anchored: bool = False) -> None:
        self.literal: dict[str, list[Rule]] = {}
        self.patterns: list[tuple[re.Pattern[str], Rule]] = []
        for keyword, rule in entries:
            if keyword.startswith("re:"):
                self.patterns.append((re.compile(keyword[3:]), rule))
            else:
                self.literal.setdefault(keyword, []).append(rule)
        latin = [w for w in self.literal if _is_word_char(w[0])]
        other = [w for w in self.literal if not _is_word_char(w[0])]
        exprs = [f"(?:{p.pattern})" for p, _ in self.patterns]
        # No ASCII letter or digit before the word: checked first, as it fails inside words.
        self.latin = re.compile(f"(?<![0-9a-z])(?:{trie_pattern(latin)})") if latin else None
        self.other = re.compile(trie_pattern(other)) if other else None
        self.exprs = re.compile("|".join(exprs)) if exprs else None
        self.anchored = anchored

    def _rules(self, text: str, m: re.Match[str]) -> list[Rule]:
        found = self.literal.get(m.group())
        if found is not None:
            end = m.end()
            glued_right = end < len(text) and _is_word_char(text[end]) and \
                _is_word_char(text[end - 1])
            return [] if glued_right else found
        return [rule for pattern, rule in self.patterns if pattern.match(text, m.start())]

    def find(self, text: str, pos: int = 0,
             latin: bool = True) -> list[tuple[int, int, list[Rule]]]:
        """(start, end, rules) of every hit in ``text`` (case-folded), or of the hit at ``pos``
        when the matcher is anchored. ``latin=False`` skips the Latin keywords (the line has no
        word outside CJK); lines of pure ASCII skip the others."""
        out = []
        for alternation in (self.latin if latin else None,
                            None if text.isascii() else self.other, self.exprs):
            if alternation is None:
                continue
            if self.anchored:
                m = alternation.match(text, pos)
                hits: Iterable[re.Match[str]] = (m,) if m else ()
            else:
                hits = alternation.finditer(text, pos)
            for m in hits:
                rules = self._rules(text, m)
                if rules:
                    out.append((m.start(), m.end(), rules))
        if len(out) > 1:
            out.sort(key=lambda hit: hit[0])
        return out


class RuleSet:
    """The compiled tables for one set of options (built-in plus user keywords), split by scope
    so that each line meets only the keywords that can apply to it."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        by_scope: dict[str, list[Entry]] = {scope: [] for scope in SCOPES}
        for keyword, rule in entries:
            by_scope[rule.scope].append((keyword, rule))
        self.header: dict[str, Rule] = {}
        for keyword, rule in by_scope["header"]:
            self.header.setdefault(keyword, rule)
        self.prefix = _Matcher(by_scope["prefix"], anchored=True)
        self.short = _Matcher(by_scope["short"] + by_scope["seo_topic"] + by_scope["seo_hook"])
        # "line" and "anywhere" keywords share one scan; the scope is checked on the hits.
        self.line = _Matcher(by_scope["line"] + by_scope["anywhere"])
        self.prefix_anywhere = _Matcher(by_scope["prefix"])
        self.gate = _gate([keyword for keyword, _ in entries])

    def keyword_lines(self, feats: list[LineFeatures], options: Options) -> set[int]:
        """Indices of the lines in which a keyword rule may fire: lines some scope applies to
        (:func:`may_fire`) in which some keyword of some scope occurs. No keyword rule can fire
        on any other line, so those skip :func:`match`. The scans stop at a line's first hit
        (measured cheaper than scanning the whole document for every hit)."""
        latin, other, *rest = self.gate
        flagged = set()
        for i, f in enumerate(feats):
            if may_fire(f, options):
                lower = f.lower
                if latin.search(lower) or (not lower.isascii() and other.search(lower)) or \
                        any(pattern.search(lower) for pattern in rest):
                    flagged.add(i)
        return flagged


def _gate(keywords: list[str]) -> tuple[re.Pattern[str], ...]:
    """The scans of :meth:`RuleSet.keyword_lines`: the literals that start with an ASCII letter
    or digit, under a looser condition than any scope's (a header keyword may follow a digit:
    "12comments"); the other literals that are not pure ASCII (only lines that are not pure
    ASCII can hold them); then the pure ASCII ones ("(c) 20") and, for each expression, the
    literals one of which it requires (see :mod:`scrubber.prefilter`), or else the
    expression itself."""
    literals = {k for k in keywords if not k.startswith("re:")}
    anywhere: set[str] = set()  # required literals of expressions: no word-start condition
    exprs: list[str] = []
    for keyword in sorted(k[3:] for k in keywords if k.startswith("re:") and k != "re:"):
        required = required_literals(keyword)
        if required is None:
            exprs.append(f"(?:{keyword})")
        else:
            anywhere |= required
    latin = [w for w in literals if _is_word_char(w[0])]
    other = [w for w in literals if not _is_word_char(w[0])]
    # re tries a trie's first branches one by one wherever one may start: the few required
    # literals that start with an ASCII character (" of ", "ago") get a scan of their own,
    # so that spaces and common letters do not meet every branch of the big tries.
    ascii_anywhere = [w for w in anywhere if w[0].isascii()] + [w for w in other if w.isascii()]
    other = [w for w in other if not w.isascii()] + [w for w in anywhere if not w[0].isascii()]
    never = "(?!)"  # a scan with nothing to find
    patterns = [f"(?<![a-z])(?:{trie_pattern(latin)})" if latin else never,
                trie_pattern(other) if other else never]
    patterns += [p for p in (trie_pattern(ascii_anywhere), "|".join(exprs)) if p]
    return tuple(re.compile(p) for p in patterns)


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


def _header(f: LineFeatures, rules: RuleSet) -> Rule | None:
    """The header rule whose keyword is the whole line, give or take decoration (and up to two
    trailing characters in CJK: 【相关文章列表】)."""
    if f.chars > MAX_HEADER_CHARS:
        return None
    core = f.lower
    lead = _HEADER_LEAD.match(core)
    if lead:
        core = core[lead.end():]
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


def may_fire(f: LineFeatures, options: Options) -> bool:
    """Whether some scope of :func:`match` applies to the line at all (a paragraph of several
    sentences meets none: too long for a header, a footer or a heading)."""
    if not f.text or f.chars > MAX_RULE_CHARS:
        return False
    return (f.chars <= MAX_HEADER_CHARS or f.units <= options.boilerplate_max_units
            or not f.sentence_punct or _may_prefix(f)
            or (f.units <= options.heading_units and not f.has_sentence))


def match(f: LineFeatures, rules: RuleSet, options: Options) -> Hit | None:
    """The first rule whose scope condition holds on this line, or ``None``. Callers skip the
    lines :meth:`RuleSet.keyword_lines` does not flag."""
    if not may_fire(f, options):
        return None
    header = _header(f, rules)
    if header is not None:
        return Hit(header.label, header.name, header.label in REGION_LABELS)
    text = f.lower
    latin = f.units > f.cjk  # some word outside CJK: Latin keywords may apply
    lead = len(_LEAD.match(text).group())
    heading_like = f.units <= options.heading_units and not f.has_sentence
    if _may_prefix(f):
        for _, _, found in rules.prefix.find(text, lead, latin):
            return Hit(found[0].label, found[0].name)
    if f.units <= options.boilerplate_max_units:
        # A sentence that merely mentions copyright is not a footer; one that starts with it
        # ("©…", "【版权…"), or a line that is no sentence, is. "anywhere" phrases always are.
        not_sentence = not f.ends_sentence or f.units <= TINY_UNITS
        for start, _, found in rules.line.find(text, 0, latin):
            rule = found[0]
            if rule.scope == "anywhere" or not_sentence or start <= lead:
                return Hit(rule.label, rule.name)
    if not heading_like and f.sentence_punct:
        return None
    seo: set[str] = set()
    covered: dict[str, float] = {}  # per label: the share of the line its keywords cover
    for start, end, found in rules.short.find(text, 0, latin):
        for rule in found:
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
        for _, _, found in rules.prefix_anywhere.find(text, 0, latin):
            return Hit(found[0].label, found[0].name)
    return None
