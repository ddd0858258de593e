"""Keyword rule tables: loaded once from ``data/rules.tsv``, applied with one flat alternation.

The tables are data; this module only turns them into a matcher. Every line is scanned once by
a single alternation of all keywords (the pre-filter); only the keywords that hit are looked up,
and only their rules' scope conditions are checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

from .dates import DATE
from .features import LineFeatures
from .options import Options

#: Where a keyword must stand in the line (see the header of data/rules.tsv).
SCOPES = ("header", "short", "prefix", "line", "seo_topic", "seo_hook")
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
    items, depth, current = [], 0, []
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


def _fragment(keyword: str) -> str:
    """The regex for one keyword: word boundaries where it starts or ends with a Latin letter."""
    if keyword.startswith("re:"):
        return f"(?:{keyword[3:]})"
    body = regex.escape(keyword)
    if keyword[:1].isascii() and keyword[:1].isalnum():
        body = r"(?<![\p{Latin}\d])" + body
    if keyword[-1:].isascii() and keyword[-1:].isalnum():
        body += r"(?![\p{Latin}\d])"
    return body


class RuleSet:
    """The compiled tables for one set of options (built-in plus user keywords)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.literal: dict[str, list[Rule]] = {}
        self.patterns: list[tuple[regex.Pattern[str], Rule]] = []
        for keyword, rule in entries:
            if keyword.startswith("re:"):
                self.patterns.append((regex.compile(keyword[3:], regex.IGNORECASE), rule))
            else:
                self.literal.setdefault(keyword, []).append(rule)
        fragments = sorted(self.literal, key=len, reverse=True)
        alternation = "|".join([_fragment(k) for k in fragments] +
                               [f"(?:{p.pattern})" for p, _ in self.patterns])
        self.prefilter = regex.compile(alternation, regex.IGNORECASE)

    def rules_at(self, matched: str) -> list[Rule]:
        """The rules a pre-filter match belongs to."""
        found = self.literal.get(matched.casefold())
        if found is not None:
            return found
        return [rule for pattern, rule in self.patterns if pattern.fullmatch(matched)]


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


# Decoration around a header: bullets, brackets, arrows, counts, "more" links.
_HEADER_DECORATION = regex.compile(
    r"^[\s\p{P}\p{S}\d]*"
    r"|(?:[\s\p{P}\p{S}]*(?:更多|more|查看更多|see all|view all)?[\s\p{P}\p{S}\d]*)$",
    regex.IGNORECASE,
)
_LEAD = regex.compile(r"^[\s\p{P}\p{S}]*")


def _is_header(f: LineFeatures, start: int, end: int) -> bool:
    """The keyword at [start, end) is (nearly) the whole line."""
    core = _HEADER_DECORATION.sub("", f.lower)
    if not core:
        return False
    keyword = f.lower[start:end]
    extra = len(core) - len(keyword)
    return keyword in core and extra <= (2 if f.is_cjk else 0)


def match(f: LineFeatures, rules: RuleSet, options: Options) -> Hit | None:
    """The first rule whose scope condition holds on this line, or ``None``."""
    if not f.text:
        return None
    heading_like = f.units <= options.heading_units and not f.has_sentence
    seo_topic = seo_hook = False
    byline: Hit | None = None
    lead = len(_LEAD.match(f.lower).group())  # type: ignore[union-attr]
    for m in rules.prefilter.finditer(f.lower):
        for rule in rules.rules_at(m.group()):
            scope = rule.scope
            if scope == "header":
                if _is_header(f, m.start(), m.end()):
                    return Hit(rule.label, rule.name, rule.label in REGION_LABELS)
            elif scope == "prefix":
                at_start = m.start() <= lead and f.sentence_punct <= 1
                if at_start and (not f.ends_sentence or f.units <= TINY_UNITS):
                    return Hit(rule.label, rule.name)
                if byline is None and heading_like and DATE.search(f.text):
                    byline = Hit(rule.label, rule.name)  # "2023年4月18日 来源：经济日报"
            elif scope == "short":
                covered = (m.end() - m.start()) / max(len(f.lower), 1)
                if heading_like and (covered >= 0.3 or f.separators >= 2):
                    return Hit(rule.label, rule.name)
            elif scope == "line":
                # A sentence that merely mentions copyright is not a footer; one that starts
                # with it, or a line that is no sentence, is.
                if f.units <= options.boilerplate_max_units and (
                        not f.ends_sentence or m.start() <= lead or f.units <= TINY_UNITS):
                    return Hit(rule.label, rule.name)
            elif scope == "seo_topic":
                seo_topic = True
            elif scope == "seo_hook":
                seo_hook = True
            if seo_topic and seo_hook and not f.ends_sentence and f.sentence_punct == 0:
                return Hit(rule.label, rule.name)
    return byline
