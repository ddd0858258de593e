"""Parts of an article outside recipes (``data/part_headers.tsv``): a job posting's duties,
requirements and benefits, bullet fragments under their headings, and an API reference page's
sections, a table of parameters among them (``structure.introduced_lists``,
``tables.table_rows_end``). Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.structure import _part_header

DUTIES = ["Build and operate batch and streaming pipelines in Python and SQL",
          "Own the data models that the finance and product teams rely on",
          "Mentor junior members of the team and review their code"]
NEEDS = ["At least five years of experience in data engineering",
         "Strong SQL and a cloud data warehouse", "Clear written communication"]
PERKS = ["25 days holiday plus bank holidays", "Private health insurance"]


def _job(duties: str, needs: str) -> list[str]:
    return ["Senior Data Engineer - Remote | Brightwater Careers", "Brightwater", "Jobs",
            "Teams", "Sign in", "All jobs", "Senior Data Engineer", "Remote (UK)",
            "Full-time", "Posted 5 days ago", "Apply now",
            "We are looking for a senior data engineer to join our platform team. You will "
            "design and maintain the pipelines that move data from our payment systems into "
            "the warehouse.",
            duties, *DUTIES, needs, *NEEDS, "Benefits", *PERKS,
            "Share this job", "LinkedIn", "Email", "Similar jobs", "Data Analyst",
            "Machine Learning Engineer", "© 2024 Brightwater Payments Ltd"]


@pytest.mark.parametrize(("duties", "needs"), [
    ("What you'll do", "What we're looking for"), ("Responsibilities", "Requirements:"),
    ("What you’ll do", "Qualifications")])
def test_a_job_postings_lists_under_their_headings_are_kept(duties: str, needs: str) -> None:
    """The bullet lists under a job posting's headings, right under its first paragraph, are
    the posting's; the similar jobs and the share bar under them are not."""
    lines = _job(duties, needs)
    verdicts = {v.text: v.keep for v in scrub("\n".join(lines)).lines}
    start = lines.index(duties)
    assert all(verdicts[line] for line in lines[start:start + 10]), verdicts
    assert not any(verdicts[line] for line in ["Similar jobs", "Data Analyst", "LinkedIn"])


_API = ["parse_duration() — Timewarp 2.4 documentation", "Timewarp", "Docs", "API",
        "Changelog", "GitHub", "Search docs", "User guide", "API reference",
        "parse_duration()",
        "Convert a human-readable duration string into a number of seconds.",
        "The function accepts compound durations such as 1h30m as well as single values "
        "with a unit suffix. Whitespace between the parts is ignored.",
        "Parameters",
        "Name\tType\tDefault\tDescription",
        "text\tstr\t—\tThe duration to parse.",
        "default_unit\tstr\t\"s\"\tUnit used when a number has no suffix.",
        "Returns", "A float: the total duration in seconds.",
        "Example", ">>> parse_duration(\"1h30m\")", "5400.0",
        "See also", "format_duration()", "Previous", "Next",
        "© Copyright 2024, the Timewarp developers."]


def test_a_table_under_a_parts_heading_is_kept_and_the_parts_go_on_under_it() -> None:
    """An API page's parameters table (tab-separated rows, which read as a menu) under its
    heading is the page's, and so are the parts after it; "See also" ends them."""
    verdicts = {v.text: (v.keep, v.reason) for v in scrub("\n".join(_API)).lines}
    start, end = _API.index("Parameters"), _API.index("See also")
    assert all(verdicts[line][0] for line in _API[start:end]), verdicts
    assert verdicts[_API[start + 1]][1] == "article_table"
    assert not any(verdicts[line][0] for line in _API[end:])


def test_a_table_stays_out_without_an_introduction() -> None:
    """The same rows right under a menu (nothing of the article introduces them) stay out."""
    rows = _API[_API.index("Parameters") + 1:_API.index("Returns")]
    lines = [*_API[:6], *rows, *_API[9:12], "© Copyright 2024, the Timewarp developers."]
    verdicts = {v.text: v.keep for v in scrub("\n".join(lines)).lines}
    assert not any(verdicts[line] for line in rows)


@pytest.mark.parametrize(("line", "heads"), [
    ("responsibilities", True), ("what you’ll do", True), ("requirements:", True),
    ("parameters", True), ("任职要求", True), ("ihr profil", True),
    ("benefits of cycling to work", False), ("the requirements", False)])
def test_job_and_reference_part_headings(line: str, heads: bool) -> None:
    assert (_part_header().fullmatch(line) is not None) is heads


_EVENT = ["Riverside Jazz Weekend 2024 | Whitcombe Arts Centre", "Whitcombe Arts Centre",
          "What's On", "Visit", "Support Us", "What's On › Music", "Riverside Jazz Weekend 2024",
          "Saturday 14 – Sunday 15 September 2024", "Book tickets",
          "Two days of live jazz by the river, from big band swing to contemporary trios. Bring "
          "a picnic for the free afternoon sets on the terrace.",
          "{programme}", "Time\tStage\tPerformer", "12:00\tTerrace\tCommunity Swing Band",
          "14:00\tTerrace\tThe Low Tide Trio", "20:00\tMain Hall\tEllie Marsh Quartet",
          "Share this event", "Facebook", "You may also like", "Autumn Folk Nights",
          "© Whitcombe Arts Centre 2024"]


@pytest.mark.parametrize("programme", ["Programme", "Schedule:", "Line-up"])
def test_an_events_programme_table_is_kept(programme: str) -> None:
    """An event page's programme, a table of times, stages and acts under its heading right
    under the description, is the page's; the share bar under it is not."""
    lines = [line.format(programme=programme) for line in _EVENT]
    verdicts = {v.text: v.keep for v in scrub("\n".join(lines)).lines}
    start = lines.index(programme)
    assert all(verdicts[line] for line in lines[start:start + 5]), verdicts
    assert not any(verdicts[line] for line in ["Share this event", "Autumn Folk Nights"])
