"""Stat cards: the labels a ranking's records repeat next to bare figures, and the figures,
are taken out; a table's cells written one per line, a record's own text and a page with
only one or two such labels stay."""

from __future__ import annotations

from scrubber.features import document_features
from scrubber.stat_cards import stat_cards

_SCHOOLS = (("Lakeshore State University", "71%", "$7,210", "12,480"),
            ("Northern Plains College", "64%", "$9,050", "8,905"),
            ("Riverside Institute of Technology", "88%", "$11,300", "21,377"),
            ("Harbor City University", "59%", "$6,480", "30,112"))


def _record(name: str, rate: str, tuition: str, students: str) -> list[str]:
    return [name, "Why students choose it:",
            f"{name} offers an accelerated online program with evening classes and a "
            "dedicated advisor for every student who enrolls.",
            rate, "Online Enrollment", tuition, "Avg. Tuition, In-State",
            "Acceptance Rate", rate, "Students Enrolled", students]


def _decide(lines: list[str]) -> list[tuple[str, str]]:
    feats = document_features(lines)
    decisions = [("content", "article_block") if line else ("blank", "blank") for line in lines]
    stat_cards(decisions, feats)
    return decisions


def test_the_figures_of_every_records_card_are_taken_out() -> None:
    lines = [line for school in _SCHOOLS for line in _record(*school)]
    decisions = _decide(lines)
    removed = {lines[i] for i, d in enumerate(decisions) if d[1] == "stat_field"}
    assert {"Online Enrollment", "Acceptance Rate", "Students Enrolled", "71%",
            "$9,050", "21,377"} <= removed
    kept = {lines[i] for i, d in enumerate(decisions) if d[1] == "article_block"}
    assert {"Lakeshore State University", "Why students choose it:"} <= kept
    assert all("accelerated online program" in t for t in kept if len(t) > 60)


def test_a_table_written_one_cell_per_line_stays() -> None:
    rows = (("Financial Managers", "$161,700", "15%"), ("Budget Analysts", "$87,930", "1%"),
            ("Management Analysts", "$101,190", "9%"), ("Accountants", "$81,680", "5%"))
    lines = ["Job", "Median Salary", "Growth", "Education"]
    for job, pay, growth in rows:
        lines += [job, pay, growth, "Bachelor's"]
    assert all(d[1] == "article_block" for d in _decide(lines))


def test_two_repeated_labels_are_no_stat_cards() -> None:
    lines: list[str] = []
    for name, rate, _, students in _SCHOOLS:
        lines += [name, "Acceptance Rate", rate, "Students Enrolled", students,
                  f"{name} is a public university with a large online campus."]
    assert all(d[1] == "article_block" for d in _decide(lines))
