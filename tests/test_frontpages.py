"""Front pages: on a page whose content is a list of teasers, the teasers under a "Most
Popular" heading are the page's own too."""

from __future__ import annotations

import scrubber

_STORIES = ("City opens a new cycle lane along the harbour front",
            "Local bakery wins a national prize for its rye bread",
            "School choir travels abroad for its first concert tour",
            "Volunteers plant two thousand trees on the old quarry",
            "Museum reopens its natural history hall after repairs",
            "Ferry timetable changes for the winter season begin",
            "Library extends its opening hours during exam weeks",
            "Market traders vote to keep the Sunday market open",
            "Council agrees a plan to repair the river footbridge",
            "New playground opens in the park behind the station")
_AUTHORS = ("Maria Lopez", "Ben Carter", "Aisha Khan", "Tom Reid", "Nina Berg", "Omar Haddad",
            "Lena Vogel", "Raj Patel", "Chloe Martin", "Ivan Petrov")
_MENU = ["Home", "News", "Sport", "Culture", "Weather", "Sign in"]
_FOOTER = ["About us", "Contact", "Privacy policy", "© 2025 Harbour Town News"]


def _teasers(stories: tuple[str, ...], hours: int) -> list[str]:
    """Teasers: title, author, age."""
    lines: list[str] = []
    for k, title in enumerate(stories):
        lines += [title, _AUTHORS[_STORIES.index(title)], f"{hours + k} hours ago"]
    return lines


def test_teasers_under_a_box_heading_of_a_front_page_are_kept() -> None:
    """The page's own teasers are kept; so are the ones under "Most Popular": the page has
    no article, its content is teasers."""
    popular = _teasers(_STORIES[6:], 10)
    page = [*_MENU, *_teasers(_STORIES[:6], 1), "Most Popular",
            *popular, *_FOOTER]
    doc = scrubber.scrub("\n".join(page))
    kept = [v for v in doc.lines if v.text in _STORIES[6:]]
    assert len(kept) == 4
    assert all(v.keep for v in kept)
    assert not any(v.keep for v in doc.lines if v.text in _MENU or v.text in _FOOTER)


def test_teasers_under_a_box_heading_after_a_story_stay_out() -> None:
    """After a story with paragraphs of its own, the box's teasers are other pages'."""
    story = [(f"The harbour cycle lane opened on Monday after two years of planning, and "
              f"riders said the new surface was smooth and safe. Part {k} of the story.")
             for k in range(14)]
    page = [*_MENU, _STORIES[0], "Maria Lopez", *story, "Most Popular",
            *_teasers(_STORIES[5:], 10), *_FOOTER]
    doc = scrubber.scrub("\n".join(page))
    assert all(v.keep for v in doc.lines if v.text in story)
    assert not any(v.keep for v in doc.lines if v.text in _STORIES[5:])


def test_a_promotion_box_of_a_front_page_stays_out() -> None:
    """A box of promotions (a heading, a line of praise, a call to action) holds no date,
    price or rating: no teasers, even on a front page."""
    promos = []
    for name in ("Become a member", "Join our newsletter", "Take a stand", "Visit our shop"):
        promos += [name, f"{name} for the best of Harbour Town News", "Learn more"]
    page = [*_MENU, *_teasers(_STORIES[:6], 1), "Most Popular", *promos,
            *_FOOTER]
    doc = scrubber.scrub("\n".join(page))
    assert not any(v.keep for v in doc.lines if v.text in promos)


def _summary(title: str) -> str:
    return (f"{title} — our reporter spent a week finding out what it means for the people "
            "who live and work in the town, and what comes next.")


def _dated_posts(stories: tuple[str, ...], day: int) -> list[str]:
    """A blog's posts: date, title, a summary that reads as a paragraph."""
    lines: list[str] = []
    for k, title in enumerate(stories):
        lines += [f"March {day - k}, 2025", title, _summary(title)]
    return lines


def test_the_latest_posts_of_a_blog_front_page_are_kept() -> None:
    """A front page whose article is a list of dated posts (their summaries read as
    paragraphs): the dated posts under "Latest articles" are the page's own too."""
    latest = _dated_posts(_STORIES[6:], 14)
    page = [*_MENU, *_dated_posts(_STORIES[:6], 28), "Latest articles", *latest, *_FOOTER]
    doc = scrubber.scrub("\n".join(page))
    kept = [v for v in doc.lines if v.text in _STORIES[6:]]
    assert len(kept) == 4 and all(v.keep for v in kept)
    assert not any(v.keep for v in doc.lines if v.text in _MENU or v.text in _FOOTER)


def test_dated_teasers_after_a_dated_story_stay_out() -> None:
    """A story with its date and an update line is no list of posts: the dated teasers under
    "Latest articles" after it are other pages'."""
    story = [(f"The harbour cycle lane opened on Monday after two years of planning, and "
              f"riders said the new surface was smooth and safe. Part {k} of the story.")
             for k in range(14)]
    page = [*_MENU, _STORIES[0], "March 28, 2025", *story[:7], "Updated March 29, 2025",
            *story[7:], "Latest articles", *_dated_posts(_STORIES[5:], 14), *_FOOTER]
    doc = scrubber.scrub("\n".join(page))
    assert all(v.keep for v in doc.lines if v.text in story)
    assert not any(v.keep for v in doc.lines if v.text in _STORIES[5:])
