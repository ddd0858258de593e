"""A page's address confirms its headline: the words of the URL's slug, in the library, the
batch path and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scrubber
from scrubber.batch import scrub_records
from scrubber.cli import main
from scrubber.urls import section_name, slug_words, url_date

BODY = ("Planting a raised bed in spring starts with the soil: mix compost into the top layer "
        "and water it well before the first seedlings go in.\n"
        "Most kitchen gardeners plant too closely, and the plants then compete for light, so "
        "leave a hand's width between lettuces and more between tomatoes.\n"
        "A trellis in the middle of the bed carries peas in spring and beans in summer, and "
        "the herbs at its edges keep the pests away from the rest of the bed.")
# No <title> line: a menu, the headline, a byline without a date, a list of tags, then the
# article. The headline shares no word with the article's first lines.
PAGE = "\n".join(["Shop", "Courses", "Garden Tools", "Raised Bed Kits", "Blog",
                  "Square Foot Gardening Versus Row Gardening", "by Nora Field",
                  "Filed under:", "raised beds", "kitchen garden", "Share this post", BODY])
URL = "https://example.org/blog/square-foot-gardening-vs-row-gardening/"


@pytest.mark.parametrize(("url", "words"), [
    (URL, ("square", "foot", "gardening", "vs", "row", "gardening")),
    ("http://example.com/news/how_to_design_a_room.html", ("how", "to", "design", "a", "room")),
    ("https://example.com/p/best-tax-software-2025?ref=home#top",
     ("best", "tax", "software", "2025")),
    ("https://example.com/caf%C3%A9-guide-paris/", ("café", "guide", "paris")),
    ("https://example.com/post/moving-company-investigation/18153161/",
     ("moving", "company", "investigation")),
])
def test_the_slug_is_the_last_segment_of_words(url: str, words: tuple[str, ...]) -> None:
    assert slug_words(url) == words


@pytest.mark.parametrize("url", [
    None, "", "https://example.com/", "https://example.com/news/2024/05/13/123456.html",
    "https://example.com/products/", "https://example.com/a1b2c3d4-e5f6", "http://[::1",
    # The last segment naming anything is a section's or a file's name: no slug above it.
    "https://example.com/docs/concepts/services-networking/service/",
    "http://example.com/criminal_mind/forensics/serology/8.html",
    "http://lists.example.org/debian-consultants/2001/12/msg00000.html",
])
def test_an_address_without_a_slug_gives_no_words(url: str | None) -> None:
    assert slug_words(url) == ()


def test_the_slug_confirms_the_headline() -> None:
    assert scrubber.scrub(PAGE, url=URL).metadata.title == \
        "Square Foot Gardening Versus Row Gardening"
    assert scrubber.scrub(PAGE).metadata.title != "Square Foot Gardening Versus Row Gardening"


def test_a_menu_entry_holding_fewer_slug_words_is_not_the_headline() -> None:
    # "Raised Bed Kits" holds two of the slug's three words; the headline all three.
    page = PAGE.replace("Square Foot Gardening Versus Row Gardening", "Raised Bed Kits Compared")
    url = "https://example.org/blog/raised-bed-kits-compared"
    assert scrubber.scrub(page, url=url).metadata.title == "Raised Bed Kits Compared"


def test_a_slug_the_page_does_not_echo_changes_nothing() -> None:
    url = "https://example.org/blog/winter-pruning-of-fruit-trees/"
    assert scrubber.scrub(PAGE, url=url).lines == scrubber.scrub(PAGE).lines


def test_the_batch_path_reads_the_url_field() -> None:
    out = next(scrub_records([{"id": 1, "text": PAGE, "url": URL}]))
    assert out["metadata"]["title"] == "Square Foot Gardening Versus Row Gardening"


def test_clean_and_explain_take_a_url(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["explain", "--color", "never", "--url", URL, str(page)]) == 0
    assert "title=Square Foot Gardening Versus Row Gardening" in capsys.readouterr().out


def test_explain_a_record_reads_its_url_field(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": PAGE, "link": URL}) + "\n",
                      encoding="utf-8")
    assert main(["explain", "--color", "never", "--line", "1", str(corpus)]) == 0
    assert "title=Square Foot Gardening Versus Row Gardening" not in capsys.readouterr().out
    assert main(["explain", "--color", "never", "--line", "1", "--url-field", "link",
                 str(corpus)]) == 0
    assert "title=Square Foot Gardening Versus Row Gardening" in capsys.readouterr().out


@pytest.mark.parametrize(("url", "when"), [
    ("https://example.com/news/2016/02/09/what-tutoring-is", "2016-02-09"),
    ("http://business.example.cn/20050311/n224643115.shtml", "2005-03-11"),
    ("http://politics.example.cn/n1/2024/0424/c1001-40223222.html", "2024-04-24"),
    ("https://example.com/2025/12/book-beat-gothic-romance", "2025-12"),
    ("https://example.com/2025-01-24-launch-notes", "2025-01-24"),
    ("https://example.com/v/20240513125214547", None),  # an id that starts like a date
    ("https://example.com/sku-200512/", None),  # six digits run together: a code
    ("https://example.com/p/2024/04/31/a", None),  # no such day
    ("https://example.com/top-10-of-2025", None),  # a year alone
    ("http://[::1", None),
])
def test_the_date_in_the_path(url: str, when: str | None) -> None:
    assert url_date(url) == when


DATED = "\n".join(["Council approves school budget", "By Jane Doe", BODY])


def test_the_url_dates_a_page_whose_text_does_not() -> None:
    assert scrubber.scrub(DATED).metadata.date is None
    assert scrubber.scrub(DATED, url="https://example.com/2024/03/05/budget").metadata.date == \
        "2024-03-05"


def test_the_text_date_wins_unless_the_url_refines_it() -> None:
    page = DATED.replace("By Jane Doe", "By Jane Doe, March 2024")
    assert scrubber.scrub(page, url="https://example.com/2024/03/05/x").metadata.date == \
        "2024-03-05"
    page = DATED.replace("By Jane Doe", "By Jane Doe, March 7, 2024")
    assert scrubber.scrub(page, url="https://example.com/2024/03/05/x").metadata.date == \
        "2024-03-07"


def test_a_slug_confirms_a_headline_that_names_a_date() -> None:
    # "... for December 2025" reads as a dated byline to the layout rules; the slug holds it.
    page = PAGE.replace("Square Foot Gardening Versus Row Gardening",
                        "The best new raised beds for December 2025")
    url = "https://example.org/resources/the-best-new-raised-beds-for-december-2025"
    assert scrubber.scrub(page, url=url).metadata.title == \
        "The best new raised beds for December 2025"


def test_a_slug_overrides_a_first_line_that_holds_none_of_its_words() -> None:
    # A blog's header line ("Nora Field - Plot Notes") looks like a <title> whose part names
    # the author over the date; the slug names the headline.
    page = "\n".join(["Nora Field - Plot Notes", "Subscribe",
                      "Square Foot Gardening Versus Row Gardening", "Nora Field",
                      "Dec 12, 2025", BODY])
    assert scrubber.scrub(page).metadata.title != "Square Foot Gardening Versus Row Gardening"
    assert scrubber.scrub(page, url=URL).metadata.title == \
        "Square Foot Gardening Versus Row Gardening"


def test_a_title_holding_some_slug_words_is_not_overridden() -> None:
    page = "\n".join(["Row Gardening Basics | Garden Notes", "Subscribe", "Row Gardening Basics",
                      "Square Foot Gardening Versus Row Gardening", BODY])
    assert scrubber.scrub(page, url=URL).metadata.title == "Row Gardening Basics"


def test_the_slug_finds_the_headline_that_opens_the_article_block() -> None:
    page = "\n".join(["ShopCoursesGarden ToolsBlog",
                      "Square Foot Gardening Versus Row Gardening: a test of both", BODY])
    assert scrubber.scrub(page).lines[1].reason == "article_block"
    doc = scrubber.scrub(page, url=URL)
    assert doc.metadata.title == "Square Foot Gardening Versus Row Gardening: a test of both"
    assert doc.lines[1].reason == "headline" and doc.lines[2].reason == "article_block"


def test_a_url_that_is_no_string_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="url is a str or None"):
        scrubber.scrub(PAGE, url=42)  # type: ignore[arg-type]


LANDING = "\n".join([
    "Acme Payroll Software for Small Teams | Acme",
    "Home", "Pricing", "Customers", "Sign in", "Product", "Payroll", "Benefits", "Time tracking",
    "Company", "About us", "Careers", "Contact us",
    "Payroll made painless",
    "Acme payroll software runs your small team's payroll in minutes, files the taxes for "
    "you and pays everyone on time, every time, from one simple screen.",
    "Small teams use Acme payroll software to pay staff and contractors in forty countries "
    "without hiring an accountant or learning the tax rules of each one.",
])


@pytest.mark.parametrize(("url", "title"), [
    # A home or section page: its tagline is no title, its <title> names it.
    ("https://acme.example/", "Acme Payroll Software for Small Teams"),
    ("https://acme.example/payroll", "Acme Payroll Software for Small Teams"),
    # An article's address (a slug), or none: the heading on the page.
    ("https://acme.example/blog/payroll-made-painless", "Payroll made painless"),
    (None, "Payroll made painless"),
])
def test_a_page_without_a_slug_is_named_by_its_title(url: str | None, title: str) -> None:
    assert scrubber.scrub(LANDING, url=url).metadata.title == title


def test_a_first_line_taken_as_headline_gives_its_headline_part() -> None:
    # The <title> copy right above the article is the headline: the title is its headline
    # part, without the site's name.
    page = "\n".join(["Acme Payroll Software for Small Teams | Acme", *LANDING.split("\n")[-2:]])
    doc = scrubber.scrub(page)
    assert doc.lines[0].reason == "headline"
    assert doc.metadata.title == "Acme Payroll Software for Small Teams"


@pytest.mark.parametrize(("url", "wanted"), [
    ("https://x.example/blog/comment-choisir-les-meilleurs-outils-pour-le-jardin",
     ["comment", "choisir", "meilleurs", "outils", "jardin"]),
    ("https://x.example/ratgeber/die-besten-apps-fur-den-garten", ["besten", "apps", "garten"]),
    ("https://x.example/news/sun-and-sea-for-the-win", ["sun", "sea", "win"]),
])
def test_the_slug_words_that_may_name_a_headline(url: str, wanted: list[str]) -> None:
    from scrubber.urls import slug_wanted
    assert slug_wanted(slug_words(url)) == wanted


# The slug's words twice: in the headline over its byline (a bare name), and in a shorter
# sub-heading further down that echoes the slug word for word.
_TWICE = ["Shop", "Courses", "Blog", "Raised Bed Planting Guide: Soil, Spacing and Trellises",
          "Nora Field", "Start Free Trial", "Guides /", "Raised Bed Planting", BODY]
_TWICE_URL = "https://example.org/guides/raised-bed-planting/"


def test_of_two_lines_with_the_slug_the_one_over_a_byline_is_the_headline() -> None:
    assert scrubber.scrub("\n".join(_TWICE), url=_TWICE_URL).metadata.title == _TWICE[3]


@pytest.mark.parametrize("under", [
    "Garden Tools",  # a heading: the page writes "tools" in lower case
    "Pruning Shears",  # ... and "shears"
])
def test_a_capitalised_heading_under_a_line_is_no_byline(under: str) -> None:
    lines = [*_TWICE[:4], under, *_TWICE[5:-1],
             BODY + "\nKeep your tools clean and your shears sharp before the season."]
    assert scrubber.scrub("\n".join(lines), url=_TWICE_URL).metadata.title == \
        "Raised Bed Planting"


def test_a_breadcrumb_over_a_name_is_no_headline() -> None:
    lines = [*_TWICE[:3], "Home > Guides > Raised Bed Planting Basics", "Nora Field",
             *_TWICE[5:]]
    assert scrubber.scrub("\n".join(lines), url=_TWICE_URL).metadata.title == \
        "Raised Bed Planting"


def test_a_breadcrumb_holding_more_slug_words_is_no_headline() -> None:
    """The breadcrumb names the section ("Soil") as well as the headline, so it holds all of
    the slug's words and the headline only two of three: a breadcrumb is still none."""
    lines = ["Shop", "Blog", "March 2, 2025", "Raised Bed Planting: A Beginner's Guide",
             "Written by Nora Field", "You are here: Home / Soil / Raised Bed Planting", BODY]
    url = "https://example.org/soil-raised-bed-planting/"
    assert scrubber.scrub("\n".join(lines), url=url).metadata.title == lines[3]


def test_a_slug_overrides_a_menu_entry_repeated_as_the_first_line() -> None:
    """Without a <title> the page opens with a menu's entry, which the menu repeats: the
    first line confirms its repeat, but the slug names the headline (two words are enough
    against a first line of one word)."""
    lines = ["Gardening", "Soil", "Compost", "Gardening", "Seeds", "The Year in Compost",
             "Read Later", BODY]
    url = "https://example.org/the-year-in-compost-20251218"
    assert scrubber.scrub("\n".join(lines), url=url).metadata.title == "The Year in Compost"


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.example.com/news", "news"),
    ("https://www.example.com/c/kayaks", "kayaks"),
    ("https://docs.example.com/guides/auth/", "auth"),
    ("https://shop.example.co.uk/gb/microphones.html", "microphones"),
    ("https://www.example.com/blog/raised-bed-planting/", None),  # a slug
    ("https://www.example.com/news/2024/05/13/123456.html", None),  # an id
    ("https://www.example.com/", None),
    ("https://www.example.com/ai", None),  # too short to tell
    (None, None),
])
def test_the_section_name_is_a_last_segment_of_one_word(url: str | None,
                                                        name: str | None) -> None:
    assert section_name(url) == name


# A section's front page without a <title> line: the menu names the section first, the
# page's own heading names it again over the list of teasers.
_FRONT = ["Home", "News", "Science", "Sport", "Weather", "Science",
          "Rivers are warming faster than the sea, a survey of 300 sites finds",
          "Researchers measured the water every week for ten years and found the rivers warmed "
          "twice as fast as the coast nearby, which worries the fishery.",
          "A new telescope in the desert sends its first pictures of a distant galaxy",
          "The images show a ring of young stars around the galaxy's centre, the team said "
          "on Monday, and more pictures will follow over the summer."]


def test_a_section_front_page_is_headed_by_its_section_name() -> None:
    doc = scrubber.scrub("\n".join(_FRONT), url="https://www.example.com/science/")
    assert doc.metadata.title == "Science"
    assert [i for i, v in enumerate(doc.lines) if v.reason == "headline"] == [5]


def test_without_a_section_address_the_menu_entry_is_no_headline() -> None:
    doc = scrubber.scrub("\n".join(_FRONT), url="https://www.example.com/2024/05/13/123456")
    assert doc.metadata.title != "Science"


def test_the_section_name_wins_over_a_menu_entry_the_first_line_repeats() -> None:
    """The first line ("Docs") is a menu's entry the menu repeats, which it confirms as if it
    were a <title>; the page's heading is the section the address names."""
    lines = ["Docs", "Home", "Docs", "Guides", "Science", "Sport", *_FRONT[5:]]
    doc = scrubber.scrub("\n".join(lines), url="https://docs.example.com/guides/science")
    assert [i for i, v in enumerate(doc.lines) if v.reason == "headline"] == [6]


@pytest.mark.parametrize("url", ["http://[::1", "https://[bad/products/shoe-12", "http://["])
def test_a_malformed_address_is_no_address_to_any_pass(url: str) -> None:
    """scrub() raises TypeError only: an address urllib cannot split gives no words, no date
    and no product (a shop's pass reads its path too)."""
    doc = scrubber.scrub(PAGE, url=url)
    assert doc.text == scrubber.scrub(PAGE).text
