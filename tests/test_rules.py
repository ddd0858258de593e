"""Rule families, each with positive cases and negative ones (article lines that mention the
same words must survive). Cases are data: tests/data/rule_cases.tsv."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scrubber
from scrubber.classify import Kind, classify
from scrubber.features import line_features
from scrubber.options import DEFAULT_OPTIONS
from scrubber.prefilter import Literal, required_literals
from scrubber.rule_scopes import header_rule
from scrubber.rules import Rule, RuleSet, builtin_entries, ruleset, searchable

CASES = Path(__file__).resolve().parent / "data" / "rule_cases.tsv"
ARTICLE = (
    "研究人员在报告中指出，过去十年城市人口持续增长，公共服务的供给需要随之调整和完善。\n"
    "{line}\n"
    "报告建议，各地应当根据人口结构的变化，合理规划学校、医院和养老机构的布局和规模。\n"
    "Officials said the plan would be reviewed every year, and that residents could comment.\n"
)


def load_cases() -> list[tuple[str, str]]:
    rows = []
    for raw in CASES.read_text(encoding="utf-8").splitlines():
        if raw and not raw.startswith("#"):
            expected, line = raw.split("\t", 1)
            rows.append((expected, line))
    return rows


POSITIVE = [c for c in load_cases() if c[0] != "keep"]
NEGATIVE = [c[1] for c in load_cases() if c[0] == "keep"]


@pytest.mark.parametrize(("expected", "line"), POSITIVE)
def test_rule_names_the_line(expected: str, line: str) -> None:
    result = classify(line_features(line), ruleset(DEFAULT_OPTIONS), DEFAULT_OPTIONS)
    assert result.kind in (Kind.BAD, Kind.HEADER)
    assert (result.label, bool(result.reason)) == (expected, True)


@pytest.mark.parametrize("line", NEGATIVE)
def test_article_line_is_not_boilerplate(line: str) -> None:
    result = classify(line_features(line), ruleset(DEFAULT_OPTIONS), DEFAULT_OPTIONS)
    assert result.kind not in (Kind.BAD, Kind.HEADER), result


@pytest.mark.parametrize("line", NEGATIVE)
def test_article_line_survives_in_an_article(line: str) -> None:
    doc = scrubber.scrub(ARTICLE.format(line=line))
    assert doc.lines[1].keep, doc.lines[1]


def test_every_family_has_positive_and_negative_cases() -> None:
    labels = {label for label, _ in POSITIVE}
    assert {"ad", "related", "links", "meta", "nav", "share", "footer", "comment"} <= labels
    assert len(NEGATIVE) >= 20


def test_table_rules_have_stable_snake_case_names() -> None:
    for keyword, rule in builtin_entries():
        assert rule.name.isidentifier() and rule.name == rule.name.lower(), rule
        assert keyword.strip() == keyword and keyword, rule


def test_user_keywords_add_and_remove() -> None:
    line = "本站特约赞助商名单"
    plain = classify(line_features("特约伙伴专区"), ruleset(DEFAULT_OPTIONS), DEFAULT_OPTIONS)
    assert plain.kind is not Kind.BAD
    options = scrubber.Options(keywords={"ad": ["特约伙伴"]})
    added = classify(line_features("特约伙伴专区"), ruleset(options), options)
    assert (added.label, added.reason) == ("ad", "user_ad")
    options = scrubber.Options(remove_keywords=("赞助",))
    assert classify(line_features(line), ruleset(options), options).kind is not Kind.BAD


def test_unknown_keyword_label_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown keyword label"):
        scrubber.Options(keywords={"bogus": ["x"]})


def test_expression_hint_needs_the_digits_its_literal_stands_between() -> None:
    assert required_literals(r"(?<!\d)\d+ of \d+") == {Literal(" of ", True, True)}
    assert required_literals(r"page \d+") == {Literal("page ", False, True)}
    assert required_literals(r"\d?x") == {Literal("x")}  # an optional digit is not required
    rules = ruleset(DEFAULT_OPTIONS)
    assert rules.scan("one of the best of them") is None  # " of " but no digit beside it
    for line in ("3 of 10", "page 3 of 10"):
        found = rules.scan(line)
        assert found is not None and found.exprs and found == rules.scan_python(line)


HEADER_PIECES = ["相关文章", "相关阅读", "评论", "友情链接", "related", "comments", "more", "更多",
                 "【", "】", " ", ">>", "12", "·", "列表", "区", "x", "Links", "™", "\u0301"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HEADER_PIECES), max_size=6).map("".join))
def test_header_check_with_the_scan_agrees_with_the_full_check(line: str) -> None:
    """The scan's shortcut (no keyword right after the decoration: no header) never misses a
    header the full check finds."""
    rules = ruleset(DEFAULT_OPTIONS)
    f = line_features(line)
    found = rules.scan(f.lower)
    occurrences = found.occurrences if found is not None else []
    assert header_rule(f, rules, occurrences) == header_rule(f, rules)


def test_expression_hint_literal_stands_for_the_literals_it_starts_with() -> None:
    """The hint scan reports "abc" where both "abc" and "ab" start: the expressions requiring
    "ab" are tried too."""
    rules = RuleSet([("re:ab", Rule("nav", "line", "needs_ab")),
                     ("re:abc$", Rule("nav", "line", "needs_abc_at_end"))])
    for line in ("abcd", "xabc", "zzz"):
        found = rules.scan(line)
        assert found == rules.scan_python(line)
        assert (found is not None and found.exprs) == ("ab" in line)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "23", "٣", " ", "of", " of ", "a", "x1", "min read",
                                 "comments", "条评论", "\n"]), max_size=12).map("".join))
def test_searchable_expressions_match_what_the_written_ones_match(text: str) -> None:
    """The leading digits rewritten for a faster search match the same spans."""
    written = [k[3:] for k, _ in builtin_entries() if k.startswith("re:")]
    rewritten = [e for e in written if searchable(e) != e]
    assert rewritten  # the rule table has such expressions
    for expr in [*rewritten, r"(?<!\d)\d+"]:
        fast, slow = re.compile(searchable(expr)), re.compile(expr)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        for pos in range(len(text)):  # anchored, as the prefix rules use them
            found, expected = fast.match(text, pos), slow.match(text, pos)
            assert (found and found.span()) == (expected and expected.span())


def test_a_latin_keyword_is_no_part_of_a_word_with_accents() -> None:
    """'PR' (an ad's mark on Japanese pages, "PR記事") starts 'Préparation': the accented
    letter after it goes on with the word, as an ASCII letter would."""
    line = "Préparation : 20 min  Cuisson : 35 min  Facile  Bon marché"
    result = classify(line_features(line), ruleset(DEFAULT_OPTIONS), DEFAULT_OPTIONS)
    assert result.label != "ad"
