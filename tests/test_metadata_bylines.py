"""Author forms that span lines or stand away from the headline: a label alone over the names,
a forum's first poster over their stats, an author box, a sentence that names the writer; and
what is none of these (a facet menu, a table header, a heading over its definition)."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.author_boxes import names_a_bio, poster_name, poster_stats
from scrubber.authors import find_authors
from scrubber.byline_labels import label_line, names_under_label
from scrubber.names import NOT_AUTHOR, bare_name, collective_name, lone_name, name_list

ARTICLE = ("The city council approved a new budget on Tuesday that adds funding for twelve "
           "schools across the district, officials said after the meeting.\n"
           "The vote followed months of debate about how to pay for repairs, and the plan "
           "takes effect next year, the council said in a statement.\n"
           "Parents who spoke at the meeting said the repairs were long overdue and that "
           "several classrooms had been closed for most of the winter.")


def _page(top: str, bottom: str = "") -> str:
    return ("Home | World | Business | Sport\nCouncil approves new budget for schools\n"
            f"{top}\n{ARTICLE}\n{bottom}\nCopyright 2024 Example News")


@pytest.mark.parametrize(("lower", "expected"), [
    ("by", True), ("written by:", True), ("article written by:", True), ("作者：", True),
    ("about the author", True), ("by the way", False), ("stand by", False),
])
def test_label_lines(lower: str, expected: bool) -> None:
    assert label_line(lower) is expected


@pytest.mark.parametrize(("line", "names"), [
    ("Jane Doe", ("Jane Doe",)),
    ("Jane Doe | The Daily Example", ("Jane Doe | The Daily Example",)),
    ("Doris Roe, MD, FACP", ("Doris Roe, MD, FACP",)),
    ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Great Day Editorial Team", ("Great Day Editorial Team",)),
    ("Jane Doe is a health writer based in Ohio.", ("Jane Doe",)),
    ("Message", ()),  # a table header under "Author"
    ("Event Type", ()),  # a facet under "By"
    ("The vote followed months of debate, officials said.", ()),
])
def test_names_under_a_label(line: str, names: tuple[str, ...]) -> None:
    assert names_under_label(line) == names


@pytest.mark.parametrize(("top", "bottom", "authors"), [
    ("By\nJane Doe | The Daily Example\nMarch 3, 2024", "", ("Jane Doe | The Daily Example",)),
    ("March 3, 2024", "Written By:\nJeff Roe\nEditor in Chief", ("Jeff Roe",)),
    # the dump style: a blank line after each block
    ("By\n\nJane Doe\n\nMarch 3, 2024", "", ("Jane Doe",)),
    ("By\nEvent Type\nBy Topic", "", ()),
])
def test_label_over_the_names(top: str, bottom: str, authors: tuple[str, ...]) -> None:
    assert scrubber.scrub(_page(top, bottom)).metadata.authors == authors


@pytest.mark.parametrize(("line", "expected"), [
    ("Member", True), ("Registered: 2024-01-27", True), ("Posts: 98", True),
    ("2.8k posts", True), ("1,992 gold badges 14 silver badges", True),
    ("wrote on last edited by", True), ("Global Moderator", True),
    ("My Plan", False), ("Posted in News", False), ("Members of the council said", False),
])
def test_poster_stats(line: str, expected: bool) -> None:
    assert poster_stats(line) is expected


@pytest.mark.parametrize(("line", "name"), [
    ("chunix64", "chunix64"), ("Eduardo Roe", "Eduardo Roe"), ("Message", None),
    ("Members", None), ("The vote followed", None),
])
def test_poster_names(line: str, name: str | None) -> None:
    assert poster_name(line) == name


FORUM = ("Forums | Search | Members\nWhy is the ISO bigger now?\n{posts}\n"
         "Why did the ISO size increase so rapidly from 2024 to 2025, from 800 MB to 1.4 GB, "
         "almost half the size again? I could not find an answer anywhere.\n"
         "#2 2025-11-02 06:23:21\nothers\nMember\nRegistered: 2010-01-05\n"
         "Because the kernel and firmware packages grew, and the installer ships more of "
         "them now than it did before, as the release notes explain.")


@pytest.mark.parametrize(("posts", "author"), [
    # the first post's poster, under its date line
    ("#1 2025-11-01 15:14:37\nchunix64\nMember\nRegistered: 2016-07-02\nPosts: 1",
     ("chunix64",)),
    # an editor's block above the question: the poster is the one under the "asked" date
    ("edited Oct 17, 2025 at 9:40\nGreg Roe\n39.8k 6 gold badges 62 silver badges\n"
     "asked Oct 16, 2025 at 9:40\nEduardo Roe\n111 silver badge 1 bronze badge",
     ("Eduardo Roe",)),
    # a menu's "Members" is no rank line: the poster is the one of the next post
    ("Find a Doctor\nView Glossary\nMembers\nMy Plan", ("others",)),
])
def test_forum_first_poster(posts: str, author: tuple[str, ...]) -> None:
    assert scrubber.scrub(FORUM.format(posts=posts)).metadata.authors == author


@pytest.mark.parametrize(("name", "following", "expected"), [
    ("Jane Roe", "Jane Roe is a marketing writer who covers health technology.", True),
    ("Jane Roe", "Jane was the editor of the school paper before she joined us.", True),
    ("Jane Roe", "Who is Jane Roe?", True),
    ("Jane Roe", "More articles from Jane Roe", True),
    ("Josh Roe", "I'm the founder of Example Labs and a certified HR professional.", True),
    ("Static Pods", "Static Pods are managed directly by the kubelet daemon.", False),
    ("Hepatitis A", "Hepatitis A is a viral infection of the liver.", False),
    ("Alice Roe", "I am a recurring customer and always satisfied.", False),
    ("Maintaining Relationships", "Maintaining strong professional relationships helps.", False),
])
def test_author_box(name: str, following: str, expected: bool) -> None:
    assert names_a_bio(name, following) is expected


def test_author_box_on_a_page() -> None:
    bottom = ("Jane Roe\nJane Roe is a marketing writer who covers health technology for "
              "Example News.")
    assert scrubber.scrub(_page("March 3, 2024", bottom)).metadata.authors == ("Jane Roe",)
    heading = "Static Pods\nStatic Pods are managed directly by the kubelet daemon on a node."
    assert scrubber.scrub(_page("March 3, 2024", heading)).metadata.authors == ()


@pytest.mark.parametrize(("sentence", "names"), [
    ("This post was written by Dana Roe, Head of Marketing and Community Development.",
     ("Dana Roe",)),
    ("The novel was written by Leo Tolstoy over six years and runs to many pages.", ()),
    ("The bill was passed by Congress in May after a long debate in both houses.", ()),
])
def test_a_sentence_that_names_the_writer(sentence: str, names: tuple[str, ...]) -> None:
    assert find_authors(sentence, sentence.casefold(), True) == names


def test_the_headline_search_reads_bylines_as_before() -> None:
    """strict=False (the headline search) keeps a facet: the line reads as a byline there."""
    line = "By Event Type"
    assert find_authors(line, line.casefold(), False, strict=False) == ("Event Type",)
    assert find_authors(line, line.casefold(), False) == ()


@pytest.mark.parametrize(("line", "name"), [
    ("BCBSOK Connect Team", "BCBSOK Connect Team"), ("Great Day Editorial Team",
                                                     "Great Day Editorial Team"),
    ("Team SimplyThrilled", "Team SimplyThrilled"), ("Newsdesk", "Newsdesk"),
    ("ByGizmodo Staff", "Gizmodo Staff"),
    ("Our Team", None), ("Meet the Team", None), ("Support Team", None),
    ("Team", None), ("Teamwork matters", None),
])
def test_collective_names(line: str, name: str | None) -> None:
    assert collective_name(line) == name


def test_a_desk_beside_the_date_line_signs_the_page() -> None:
    assert scrubber.scrub(_page("Newsdesk\nMarch 3, 2024")).metadata.authors == ("Newsdesk",)
    assert scrubber.scrub(_page("Our Team\nMarch 3, 2024")).metadata.authors == ()


@pytest.mark.parametrize(("line", "names"), [
    ("Jane Doe, John Roe & Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
    ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Ana de Souza, Tom Roe", ("Ana de Souza", "Tom Roe")),
    ("Greg Roe, Sports Writer", ("Greg Roe",)),  # a name and its job
    ("Dana Roe, Acme Co-Founder", ("Dana Roe",)),
    ("Jane Doe", ()),  # one name alone: bare_name's business
    ("Home, About & Contact", ()),
    ("Apples, Oranges and Pears", ()),
    ("Johns Hopkins University, Tel Aviv University", ()),
    ("Privacy Policy, Terms of Use", ()),
    ("Jane Doe, Staff Writer, John Roe", ()),
    ("Jane Doe and John Roe met in Paris last spring.", ()),
])
def test_name_lists(line: str, names: tuple[str, ...]) -> None:
    assert name_list(line) == names


def test_a_name_list_beside_the_date_signs_the_page() -> None:
    page = _page("Jane Doe, John Roe & Ann Lee\nMarch 3, 2024",
                 "Jane Doe\nJane Doe is a marketing writer who covers health technology.")
    assert scrubber.scrub(page).metadata.authors == ("Jane Doe", "John Roe", "Ann Lee")
    page = _page("Home, About & Contact\nMarch 3, 2024")
    assert scrubber.scrub(page).metadata.authors == ()


@pytest.mark.parametrize(("line", "name"), [
    ("Gabo", "Gabo"), ("ibby", "ibby"), ("3d23d65-ddc6-4ce5", "3d23d65-ddc6-4ce5"),
    ("班娟娟", "班娟娟"), ("Jane Doe", "Jane Doe"),
    ("Opinion", None), ("Sponsored", None), ("Published", None), ("Home", None),
    ("编辑", None), ("新华社", None), ("原创", None), ("2025", None), ("Jan 23", None),
    ("Read more", None),
])
def test_lone_names(line: str, name: str | None) -> None:
    assert lone_name(line) == name


@pytest.mark.parametrize(("between", "authors"), [
    ("Gabo\nJan 23", ("Gabo",)),
    ("ibby\nMarch 3, 2024", ("ibby",)),
    ("Opinion\nMarch 3, 2024", ()),  # a section word
    ("Gabo\n11 min read", ()),  # no date under the name
])
def test_a_lone_name_between_headline_and_date(between: str, authors: tuple[str, ...]
                                               ) -> None:
    assert scrubber.scrub(_page(between)).metadata.authors == authors


def test_a_name_over_a_date_stamp_is_no_headline() -> None:
    """Without a <title> line (the dump style) the headline is the heading above the byline,
    not the name or the date stamp that stand between it and the article."""
    page = (f"Home\n\nBlog\n\nCouncil approves new budget for schools\n\nGabo\n\nJan 23\n\n"
            f"11 min read\n\n{ARTICLE}")
    meta = scrubber.scrub(page).metadata
    assert (meta.title, meta.authors) == ("Council approves new budget for schools", ("Gabo",))
    # A year alone is no date stamp: the heading that holds one is the headline (it shares
    # the article's words; see tests/test_headlines.py for a heading that shares none).
    page = (f"Home\n\nBlog\n\n2005 Council Awards Presented\n\nMarch 3, 2024 by Jane Doe\n\n"
            f"{ARTICLE}")
    assert scrubber.scrub(page).metadata.title == "2005 Council Awards Presented"


@pytest.mark.parametrize(("line", "name"), [
    ("Christina Hall", "Christina Hall"),
    ("Donald R. Hopkins", "Donald R. Hopkins"),
    ("Email Address", None),  # a form's field
    ("Sierra Magazine", None),  # a publication
    ("Collector Bookstore", None),  # a venue
    ("Williamsburg\t\tWinchendon\t\tWoburn", None),  # table cells
    ("Music \t\tRenaissance", None),
])
def test_bare_names_where_an_author_is_looked_for(line: str, name: str | None) -> None:
    assert bare_name(line, NOT_AUTHOR) == name


@pytest.mark.parametrize(("line", "name"), [
    ("Von Anna Müller", "Anna Müller"), ("Par Jean Dupont", "Jean Dupont"),
    ("Por María García", "María García"), ("Di Mario Rossi", "Mario Rossi"),
    ("Door Jan de Vries", "Jan de Vries"), ("Por João Silva — Brasília", "João Silva"),
    ("Von Anna Müller | Berlin", "Anna Müller")])
def test_by_in_other_languages_before_a_name_alone(line: str, name: str) -> None:
    assert find_authors(line, line.casefold(), False) == (name,)
    assert scrubber.scrub(_page(line)).metadata.author == name


@pytest.mark.parametrize(("line", "name"), [
    ("بقلم: أحمد علي", "أحمد علي"), ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("מאת דנה לוי", "דנה לוי"), ("लेखक: राहुल शर्मा", "राहुल शर्मा"),
    ("الكاتب: أحمد علي", "أحمد علي"), ("ผู้เขียน: สมชาย ใจดี", "สมชาย ใจดี")])
def test_by_in_scripts_without_capitals(line: str, name: str) -> None:
    assert find_authors(line, line.casefold(), False) == (name,)
    assert scrubber.scrub(_page(line)).metadata.author == name


@pytest.mark.parametrize("line", [
    "كتب محمد",  # one word: a verb and its subject as often as a byline
    "โดย ทีมข่าว การเมือง ภูมิภาค ต่างประเทศ วันนี้",  # five words: a clause
    "بقلم أحمد علي في الصحيفة اليومية عن الانتخابات"])  # a sentence about a byline
def test_caseless_by_before_no_name(line: str) -> None:
    assert find_authors(line, line.casefold(), False) == ()


@pytest.mark.parametrize("line", ["Von der Leyen warnt vor Krieg", "Por qué España gana",
                                  "Von Berlin", "Par ailleurs", "Por qué España gana — Madrid"])
def test_such_words_opening_a_headline_name_nobody(line: str) -> None:
    assert find_authors(line, line.casefold(), False) == ()


@pytest.mark.parametrize(("line", "name"), [
    ("Publicado el 14 de marzo de 2024 por Marta López", "Marta López"),
    ("Publié le 14 mars 2024 à 10h30 par Marie Dupont", "Marie Dupont"),
    ("Veröffentlicht am 14. März 2024, 14.05 Uhr von Anna Schmidt", "Anna Schmidt"),
    ("Pubblicato il 14 marzo 2024 da Marco Rossi", "Marco Rossi"),
    ("Publicado em 14/03/2024 às 10:30 por Ana Souza", "Ana Souza")])
def test_by_in_other_languages_after_a_dated_byline(line: str, name: str) -> None:
    assert find_authors(line, line.casefold(), False) == (name,)
    assert scrubber.scrub(_page(line)).metadata.author == name


def test_a_year_in_a_sentence_then_a_first_name_names_nobody() -> None:
    line = "Il 2024 di Marco è stato un anno difficile per tutti"
    assert find_authors(line, line.casefold(), False) == ()


@pytest.mark.parametrize(("line", "name"), [
    ("Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"),
    ("Της Μαρίας Κωνσταντίνου", "Μαρίας Κωνσταντίνου")])
def test_greek_names_its_writer_in_the_genitive(line: str, name: str) -> None:
    assert find_authors(line, line.casefold(), False) == (name,)
