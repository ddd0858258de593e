"""The bylines and dates of a list's records, kept with the records' titles and summaries."""

from __future__ import annotations

import pytest

import scrubber

_GUIDES = [("The Best Standing Desks", "Ana Lima",
            "We tested eleven standing desks over six months in a small office, and the "
            "sturdiest one is also among the quietest to raise and lower."),
           ("The Best Wireless Mice", "Tom Reyes and Ida Berg",
            "A good mouse fits your hand and your habits, so we asked twenty people to use "
            "each of our picks for a week of ordinary work."),
           ("The Best Desk Lamps", "Mara Quinn",
            "Our favourite lamp lights the whole desk evenly without glare, and its arm stays "
            "where you put it even after months of daily use."),
           ("The Best Monitor Stands", "Leo Park",
            "Raising a screen to eye level helps your neck more than any other change, and the "
            "stands we recommend do it without wobbling.")]


def _page(byline: str) -> str:
    lines = ["Home | Reviews | Deals | Newsletter", "Home Office",
             "Everything we recommend for working from home, from desks and chairs to the "
             "small things that make a long day at the desk a little easier."]
    for title, author, summary in _GUIDES:
        lines += [title, byline.format(author), summary]
    return "\n".join([*lines, "© 2024 Example Reviews"])


def test_the_bylines_of_a_list_of_guides_are_kept() -> None:
    """Each guide's "by ..." line between its title and its summary is a field of it."""
    doc = scrubber.scrub(_page("by {}"))
    bylines = [v for v in doc.lines if v.text.startswith("by ")]
    assert len(bylines) == len(_GUIDES) and all(v.keep for v in bylines)


def test_a_posts_dated_footer_is_no_record_byline() -> None:
    """"Posted by Ana on July 29, 2006 8:57 PM Comments: 1" under each post of a blog's page
    is the post's footer (a date, a count of comments), not a field worth keeping."""
    doc = scrubber.scrub(_page("Posted by {} on July 29, 2006 8:57 PM Comments: 1"))
    footers = [v for v in doc.lines if v.text.startswith("Posted by")]
    assert footers and not any(v.keep for v in footers)


@pytest.mark.parametrize("field", ["by Ana Lima", "March 4, 2024"])
def test_an_articles_own_byline_or_date_stays_out(field: str) -> None:
    """One byline or one date line among an article's paragraphs is the page's own: it
    stays out (no list's field)."""
    para = ("The council met on Tuesday evening to discuss the new cycling lanes, and most "
            "members agreed that the plan needs another round of public comments. ")
    lines = ["Home | News | Sport", "Council delays the cycling plan", para + "One.",
             field, para + "Two.", para + "Three.", "© 2024 Example News"]
    doc = scrubber.scrub("\n".join(lines))
    assert not any(v.keep for v in doc.lines if v.text == field)


def test_the_dates_of_a_list_of_news_items_are_kept() -> None:
    """A newsroom's list of items (title, date, summary): each date is a field of its item."""
    lines = ["Home | Reviews | Deals | Newsletter", "Newsroom"]
    for k, (title, _, summary) in enumerate(_GUIDES):
        lines += [title, f"November {20 - k}, 2025", summary]
    doc = scrubber.scrub("\n".join([*lines, "© 2024 Example Reviews"]))
    dates = [v for v in doc.lines if v.text.startswith("November ")]
    assert len(dates) == len(_GUIDES) and all(v.keep for v in dates)
    assert {v.reason for v in dates} == {"record_date"}
