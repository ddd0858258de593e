"""Listings: a grid of records (title, date, summary, a control every record repeats) whose
records the article search took in part is the page's list of posts; its titles are kept."""

from __future__ import annotations

import scrubber

_TOPICS = ("river cleanup", "library hours", "bridge repairs", "school lunches", "park benches",
           "bus routes", "recycling rules", "street lights", "farmers market", "swimming pool")


def _summary(topic: str) -> str:
    return (f"The council voted on Tuesday to approve a new plan for {topic}, which officials "
            f"say will be paid for out of the existing budget and reviewed again next year.")


def _records(control: str) -> list[str]:
    lines: list[str] = []
    for k, topic in enumerate(_TOPICS):
        lines += [f"Town council announces new plan for {topic} this spring",
                  f"March {k + 1}, 2024", _summary(topic), control]
    return lines


def test_the_titles_of_a_listing_are_kept() -> None:
    """A blog's front page: each post a title, a date, a summary and a comment link. The
    summaries read as the article; the titles between them are the list's own."""
    page = "\n".join(["Home", "News", "Events", *_records("Comment"), "Older posts",
                      "© 2024 Town News"])
    doc = scrubber.scrub(page)
    titles = [v for v in doc.lines if v.text.startswith("Town council announces")]
    assert sum(v.keep for v in titles) >= len(titles) - 1
    assert not any(v.keep for v in doc.lines if v.text in ("Comment", "Home", "Older posts"))


def test_teasers_after_a_story_stay_out() -> None:
    """Teasers after a story (title, date, summary, "Read more"): the article running on over
    the first of them holds one record, too few for a listing; the others stay out."""
    story = [("The new footbridge over the river opened on Saturday morning, three months "
              f"later than planned, after a long dispute over its cost. Part {k} of the story.")
             for k in range(14)]
    page = "\n".join(["Home", "News", "Footbridge opens at last", *story, "Latest posts",
                      *_records("Read more"), "© 2024 Town News"])
    doc = scrubber.scrub(page)
    assert all(v.keep for v in doc.lines if v.text in story)
    assert sum(v.keep for v in doc.lines if v.text.startswith("Town council announces")) <= 1


def _feed(k: int, topic: str) -> list[str]:
    """One post of a community feed: title, author, date, tags, reactions, comment count."""
    return [f"How we rebuilt our {topic} pipeline in a weekend", f"Dana Writer{k}",
            f"Mar {k + 1}", f"#devops #{topic.split()[0]} #tooling", f"{k + 3} reactions",
            f"{k + 2} comments", f"{k + 4} min read"]


def test_a_comment_count_in_every_record_opens_no_comment_box() -> None:
    """A feed whose every post shows "N comments": the count reads like the header of a
    comment box, which would hide the posts after it; in a run of records it is a field."""
    posts = [line for k, topic in enumerate(_TOPICS) for line in _feed(k, topic)]
    page = "\n".join(["Home", "Log in", "Create account", "Posts", "Relevant", "Latest", *posts,
                      "© 2024 Dev Forum"])
    doc = scrubber.scrub(page)
    titles = [v for v in doc.lines if v.text.startswith("How we rebuilt")]
    assert sum(v.keep for v in titles) >= len(titles) - 2
    assert not any(v.keep for v in doc.lines if v.text.endswith(("comments", "min read")))


def test_comment_counts_under_teasers_after_a_story_stay_out() -> None:
    """Teasers with a comment count after a real article are no listing: they stay out."""
    story = [("The new footbridge over the river opened on Saturday morning, three months "
              f"later than planned, after a long dispute over its cost. Part {k} of the story.")
             for k in range(14)]
    posts = [line for k, topic in enumerate(_TOPICS) for line in _feed(k, topic)]
    page = "\n".join(["Home", "News", "Footbridge opens at last", *story, *posts,
                      "© 2024 Town News"])
    doc = scrubber.scrub(page)
    assert all(v.keep for v in doc.lines if v.text in story)
    assert not any(v.keep for v in doc.lines if v.text.startswith("How we rebuilt"))



def _teasers(near: frozenset[int]) -> list[str]:
    """A news section's teasers: two time stamps, a title and a summary; the summaries of the
    records in ``near`` are a single sentence, the others a paragraph."""
    lines: list[str] = []
    for k, topic in enumerate(_TOPICS):
        summary = (f"Officials say the {topic} plan will be reviewed next year." if k in near
                   else _summary(topic))
        lines += [f"{k + 1} hrs ago", f"{k + 2} hrs ago",
                  f"Town council announces new plan for {topic}", summary]
    return lines


def test_teasers_whose_summaries_differ_in_length_are_one_listing() -> None:
    """A summary of one sentence and one of a paragraph are the same field: the section's
    teasers make one grid, whose titles are kept as the page's content."""
    page = "\n".join(["Home", "News", "Sport", "Local news", *_teasers(frozenset((1, 4, 5, 8))),
                      "© 2024 Town News"])
    doc = scrubber.scrub(page)
    titles = [v for v in doc.lines if v.text.startswith("Town council announces")]
    assert sum(v.keep for v in titles) >= len(titles) - 1
    assert not any(v.keep for v in doc.lines if v.text.endswith("hrs ago"))


def test_teasers_cut_off_with_an_ellipsis_stay_out() -> None:
    """A service page's short text followed by other pages' teasers (a date, a title and a
    summary, both cut off with an ellipsis): the teasers are no record of the page."""
    services = [f"Our counsellors offer {kind} support for adults and families, with "
                "appointments available in person or by video on weekdays and most evenings."
                for kind in ("short-term", "long-term", "crisis")]
    teasers = [line for k, topic in enumerate(_TOPICS)
               for line in (f"12/{k + 10}/2024", f"Council plan for {topic}...",
                            _summary(topic)[:60] + "...")]
    page = "\n".join(["Home", "Services", "Counselling Services", *services, "Latest",
                      *teasers, "© 2024 Town Health"])
    doc = scrubber.scrub(page)
    assert all(v.keep for v in doc.lines if v.text in services)
    assert not any(v.keep for v in doc.lines if v.text.endswith("..."))


def _post(k: int, topic: str) -> list[str]:
    """One post of a blog's front page: a date and a title, then what only some posts have
    (a summary, a category), so that the posts repeat no shape line for line."""
    lines = [f"March {k + 1}, 2024", f"Town council announces new plan for {topic}"]
    if k % 3:
        lines.append(_summary(topic))
    if k % 2:
        lines.append("Local government")
    if k % 4 == 1:
        lines.append(f"Officials expect the {topic} work to take most of the summer.")
    return lines


def test_posts_of_varying_shape_make_a_list_of_teasers() -> None:
    """A blog's front page whose posts vary in shape: each starting with a date and a title,
    the run of posts is the page's list and its titles are kept."""
    posts = [line for k, topic in enumerate(_TOPICS) for line in _post(k, topic)]
    page = "\n".join(["Home", "News", "Events", *posts, "Older posts", "© 2024 Town News"])
    doc = scrubber.scrub(page)
    titles = [v for v in doc.lines if v.text.startswith("Town council announces")]
    assert sum(v.keep for v in titles) >= len(titles) - 1


def test_a_box_of_dated_links_is_no_list_of_teasers() -> None:
    """Dates and titles alone (a box of links beside a short text) are no list of teasers."""
    text = [f"The library will close early on {day} for staff training, and reopen the "
            "next morning at the usual time; the reading room and the children's corner stay "
            "open until noon, and books due that day may be returned a day later." for day in
            ("Monday", "Tuesday", "Friday")]
    links = [line for k, topic in enumerate(_TOPICS)
             for line in (f"2024-03-{k + 10:02d}", f"Town council announces new plan for {topic}")]
    page = "\n".join(["Home", "News", "Library closes early", *text, *links,
                      "© 2024 Town News"])
    doc = scrubber.scrub(page)
    assert all(v.keep for v in doc.lines if v.text in text)
    assert not any(v.keep for v in doc.lines if v.text.startswith("Town council announces"))


_GEAR = (("Monitor Arms", "Priya Lang"), ("Desk Lamps", "Omar Reyes"),
         ("Webcams", "Jo Whitfield"), ("Bike Lights", "Sam Okoro"),
         ("Rice Cookers", "Lena Hart"), ("Travel Kettles", "Ravi Mehta"),
         ("Door Locks", "Ana Silva"), ("Garden Hoses", "Tom Baker"),
         ("Phone Stands", "Mia Chen"))


def _review_cards(section: int) -> list[str]:
    """A section of a review site's category page: three cards of title, byline, summary
    and the date of the last update."""
    lines: list[str] = []
    for k, (thing, author) in enumerate(_GEAR[3 * section:3 * section + 3]):
        lines += [f"The Best {thing} for Small Apartments", f"by {author}",
                  (f"We tested more than a dozen {thing.lower()} over several weeks at home, "
                   f"and the one we recommend is quiet, sturdy and fairly priced."),
                  f"Updated March {k + 2}, 2025"]
    return lines


def test_a_category_page_of_review_cards_keeps_titles_and_bylines() -> None:
    """The summaries of the cards read as the article, their titles and bylines do not: the
    article is made of the records, so every record's title and byline is kept."""
    page = ["Home", "Reviews", "Deals", "Kitchen and home",
            "Our picks for the home, tested by our reviewers."]
    for section, name in enumerate(("Office", "Outdoors", "Kitchen")):
        page += [name, "See all reviews", *_review_cards(section)]
    doc = scrubber.scrub("\n".join([*page, "About us", "© 2025 Review Site"]))
    titles = [v for v in doc.lines if v.text.startswith("The Best ")]
    bylines = [v for v in doc.lines if v.text.startswith("by ")]
    assert sum(v.keep for v in titles) >= len(titles) - 1
    assert sum(v.keep for v in bylines) >= len(bylines) - 1
    assert not any(v.keep for v in doc.lines if v.text in ("See all reviews", "Home"))


def test_review_cards_after_a_story_stay_out() -> None:
    """The same cards after a story with paragraphs of its own: the article is no list of
    records, and the cards' titles and bylines stay out."""
    story = [(f"Our reviewer spent a month working from a small flat, and this is what she "
              f"learned about light, noise and space along the way. Part {k} of the story.")
             for k in range(14)]
    page = ["Home", "Reviews", "What a month at home taught me", "by Priya Lang", *story,
            "More from our reviewers", *_review_cards(0), *_review_cards(1), "About us"]
    doc = scrubber.scrub("\n".join(page))
    assert all(v.keep for v in doc.lines if v.text in story)
    assert not any(v.keep for v in doc.lines if v.text.startswith("The Best "))
