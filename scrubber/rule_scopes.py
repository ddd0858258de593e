"""Where a keyword rule's keyword must stand for the rule to decide a line: the whole line give
or take decoration (a region's header), at its start (a byline, a source), anywhere in a short
line (a footer), or covering enough of a heading-like line (a menu, a share bar). The keywords
and their scopes are data (``data/rules.tsv``, loaded by :mod:`scrubber.rules`); this module
checks the scope conditions on the keywords a line's scan found."""

from __future__ import annotations

import re

import regex

from .dates import DATE, date_text, may_hold_date
from .features import LineFeatures
from .options import Options
from .rules import (
    MAX_HEADER_CHARS,
    REGION_LABELS,
    SHORT_COVER,
    TINY_UNITS,
    Found,
    Hit,
    Rule,
    RuleSet,
    may_fire,
    may_prefix,
)

# Decoration around a header: bullets, brackets, arrows, counts, "more" links. The trailing
# pattern searches backwards from the end ((?r)), so neither costs more than the decoration.
_HEADER_LEAD = regex.compile(r"[\s\p{P}\p{S}\d]+")
_HEADER_TAIL = regex.compile(r"(?r)[\s\p{P}\p{S}\d]+$")
_MORE = ("查看更多", "更多", "see all", "view all", "more")
#: A "short" keyword rule fires when one keyword covers SHORT_COVER of the line, or the
#: keywords of one label together cover this share.
SHORT_COVER_ALL = 0.5
_LEAD = regex.compile(r"^[\s\p{P}\p{S}]*")


def header_rule(f: LineFeatures, rules: RuleSet,
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
        header = header_rule(f, rules, found.occurrences)
        if header is not None:
            return Hit(header.label, header.name, header.label in REGION_LABELS)
    lead = len(_LEAD.match(text).group())
    heading_like = f.units <= options.heading_units and not f.has_sentence
    if may_prefix(f):
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
    if heading_like and may_hold_date(text) and DATE.search(date_text(text)):
        # "2023年4月18日 来源：经济日报": a byline keyword after the date.
        for _, _, rules_ in rules.hits(text, found, "prefix"):
            return Hit(rules_[0].label, rules_[0].name)
    return None
