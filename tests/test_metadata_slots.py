"""Bylines read from their slot on the page: a line between the headline and its date, one word
after the date on the date line, an author box whose name line carries the job, a handle or a
desk's role as the author; a month-day stamp with the year after a dash; a bare date stamp
that copies a comment's date. Positive and negative cases, invented text."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.author_boxes import leading_name
from scrubber.dates import find_dates
from scrubber.features import document_features
from scrubber.names import collective_name, handle_name, slot_names
from scrubber.pubdate import choose_date

from .test_metadata_bylines import _page


@pytest.mark.parametrize(("line", "expected"), [
    ("12/19 — 2025", "2025-12-19"),
    ("Posted 3/7 – 2024 | Opinion", "2024-03-07"),
    # In a sentence or before more words the dash is no date's: the year alone is read.
    ("In 12/19 — 2025 we met again", "2025"),
    ("3/4 – 2024 season", "2024"),
    ("13/19 — 2025", "2025"),  # no 13th month
])
def test_month_day_dash_year(line: str, expected: str) -> None:
    assert " ".join(d.iso for d in find_dates(line)) == expected


@pytest.mark.parametrize(("line", "names"), [
    ("Harbor View Animal Clinic", ("Harbor View Animal Clinic",)),
    ("Jane Doe, The Daily Example", ("Jane Doe",)),
    ("Greg Roe, AP National Political Writer", ("Greg Roe",)),
    ("World News Today Live", ()),  # section words
    ("Three decades of making things on the internet", ()),  # a tagline
    ("Read More Top Stories", ()),  # heading words, one in front
    ("Health Care", ()),  # two words: a section, or a person for bare_name
    ("March Garden Show Notes", ()),  # a month
    ("The vote followed months of debate, officials said.", ()),
])
def test_slot_names(line: str, names: tuple[str, ...]) -> None:
    assert slot_names(line) == names


@pytest.mark.parametrize(("top", "authors"), [
    ("Harbor View Animal Clinic\nJuly 27, 2025", ("Harbor View Animal Clinic",)),
    ("Tom Hale, The Example Wire\nJuly 27, 2025", ("Tom Hale",)),
    # Not between the headline and the date: no byline slot.
    ("July 27, 2025\nRead More Top Stories", ()),
    ("Read More Top Stories\nJuly 27, 2025", ()),
])
def test_name_between_headline_and_date(top: str, authors: tuple[str, ...]) -> None:
    """The page's <title> first (WET style) confirms the headline; without it a capitalised
    line over the date may be taken for the headline itself."""
    page = "Council approves new budget for schools - Example News\n" + _page(top)
    assert scrubber.scrub(page).metadata.authors == authors


@pytest.mark.parametrize(("top", "authors"), [
    ("October 8, 2024       Acmeworks", ("Acmeworks",)),
    ("October 8, 2024 | Acmeworks", ("Acmeworks",)),
    ("October 8, 2024 Acmeworks", ()),  # no field of its own
    ("Page last modified: 03-07-2005 22:28:27 Zulu", ()),
    ("May 12, 2024, 03:00 AM EDT", ()),
    ("October 8, 2024  |  Monday", ()),
])
def test_one_word_after_the_date(top: str, authors: tuple[str, ...]) -> None:
    assert scrubber.scrub(_page(top)).metadata.authors == authors


@pytest.mark.parametrize(("line", "following", "name"), [
    ("Jane Roe UK-based Science Writer & Editor", "Jane explores the history of medicine. "
     "Her work appears in several magazines.", "Jane Roe"),
    ("Anna Vale (Lisbon)", "Anna Vale has written two books on tiles.", "Anna Vale"),
    # A sentence that opens with a capitalised pair is no name line.
    ("Blue Lantern will change your life! Notes:", "Blue Lantern by Jane Roe is a novel.", None),
    # The next line does not open with the first name.
    ("Jane Roe UK-based Science Writer", "She explores the history of medicine.", None),
])
def test_leading_name(line: str, following: str, name: str | None) -> None:
    assert leading_name(line, following) == name


def test_author_box_with_the_job_on_the_name_line() -> None:
    bottom = ("Jane Roe UK-based Science Writer & Editor\nJane explores the history of "
              "medicine and public health. Her work appears in several magazines.")
    assert scrubber.scrub(_page("March 3, 2024", bottom)).metadata.authors == ("Jane Roe",)


@pytest.mark.parametrize(("line", "name"), [
    ("Staff Clinician", "Staff Clinician"), ("Staff Writer", None), ("Staff Picks", None),
    ("Staff", None),
])
def test_staff_and_a_job(line: str, name: str | None) -> None:
    assert collective_name(line) == name


@pytest.mark.parametrize(("line", "name"), [
    ("jdoe42", "jdoe42"), ("j_doe", "j_doe"), ("3d23d65-ddc6-4ce5", "3d23d65-ddc6-4ce5"),
    ("COVID-19", None), ("web3", None), ("Introduction", None), ("2024", None),
])
def test_handle_names(line: str, name: str | None) -> None:
    assert handle_name(line) == name


FILLER = [f"Tag {k}" for k in range(12)]


@pytest.mark.parametrize(("copied", "date"), [
    # The stamp repeats the comment's date: the page's other date wins.
    ("Commented May 29, 2015 at 9:24", "2012-06-29T10:51"),
    # An update at another minute: the stamp in the byline window is the page's own date.
    ("Updated: May 29, 2015 at 9:31", "2015-05-29T09:24"),
    # Another day: no copy.
    ("Commented May 30, 2015 at 9:24", "2015-05-29T09:24"),
])
def test_bare_stamp_copies_its_neighbour(copied: str, date: str) -> None:
    lines = ["How do I reset the router?", "Jun 29, 2012 at 10:51", *FILLER,
             "2015-05-29 09:24:10 +00:00", copied,
             "Hold the button for ten seconds until the light blinks, then wait a minute."]
    feats = document_features(lines)
    decisions = [("noise", "x")] * len(lines)
    stamp = len(lines) - 3
    order = [stamp, stamp + 1, stamp - 1, stamp - 2]
    for prune in (True, False):
        assert choose_date(feats, decisions, order, None, len(lines) - 1, False,
                           prune=prune)[0] == date


@pytest.mark.parametrize(("line", "names"), [
    ("By JANE DOE", ("JANE DOE",)),
    ("By JANE DOE and JOHN ROE", ("JANE DOE", "JOHN ROE")),
    ("By JANE DOE, Times Film Critic", ("JANE DOE",)),
    ("BY THE NUMBERS", ()),  # a heading in capitals
    ("BY TOPIC AREA", ()),
    ("SORT BY PRICE LEVEL", ()),  # a control: a word before "by"
    # A month before a day ends the name: it is the date's.
    ("By Jane Doe November 19, 2019, 07:47 PM EST", ("Jane Doe",)),
    ("By Jane Doe Mar. 3, 2024", ("Jane Doe",)),
    ("By May Roe", ("May Roe",)),  # a month name that is a first name
])
def test_by_forms_in_capitals_and_before_a_date(line: str, names: tuple[str, ...]) -> None:
    from scrubber.authors import find_authors

    assert find_authors(line, line.casefold(), False) == names
