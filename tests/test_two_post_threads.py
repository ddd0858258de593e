"""Threads of two posts: the chrome of each post repeats only twice, once above each post
(``threads.post_chrome``, :func:`scrubber.threads._thread_marks`). Synthetic pages written
for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub

TITLE = "Boiler pressure drops overnight"
QUESTION = ("Since the plumber replaced the expansion vessel last month, the pressure of my "
            "boiler falls from 1.5 bar to almost zero every night. There is no visible leak "
            "anywhere in the house. What should I check next?")
ANSWER = ("A vessel that loses pressure that fast usually has a faulty Schrader valve. Put a "
          "drop of soapy water on the valve cap and watch for bubbles; if you see any, the "
          "valve core needs replacing.")


def _two_posts() -> str:
    lines = [f"{TITLE} - Example Home Forums", "Board index", "Heating and plumbing", TITLE,
             "Post Reply", "2 posts • Page 1 of 1"]
    cards = [("marta_v", "Posts: 4", "Joined: 2023-11-02 09:14", TITLE),
             ("oldpipes", "Posts: 2,318", "Joined: 2011-05-20 18:40", f"Re: {TITLE}")]
    for n, ((name, posts, joined, subject), body) in enumerate(
            zip(cards, (QUESTION, ANSWER), strict=True), 1):
        lines += [name, posts, joined, subject, "Quote",
                  f"#{n} Post by {name} » 2024-0{n}-12 21:0{n}", body, "Top"]
    lines += ["Post Reply", "2 posts • Page 1 of 1", "Return to “Heating and plumbing”",
              "All times are UTC", "Powered by phpBB® Forum Software © phpBB Limited"]
    return "\n".join(lines)


def _verdicts(page: str) -> dict[str, tuple[bool, str]]:
    return {v.text.strip(): (v.keep, v.reason) for v in scrub(page).lines if v.text.strip()}


def test_both_posts_of_a_two_post_thread_are_kept() -> None:
    verdicts = _verdicts(_two_posts())
    assert verdicts[QUESTION][0]
    assert verdicts[ANSWER][0]


@pytest.mark.parametrize("chrome", ["Posts: 4", "Posts: 2,318", "Joined: 2011-05-20 18:40",
                                    "Quote"])
def test_the_chrome_of_a_two_post_thread_is_removed(chrome: str) -> None:
    keep, reason = _verdicts(_two_posts())[chrome]
    assert not keep
    assert reason == "post_chrome"


def test_an_article_with_two_comments_is_no_thread() -> None:
    # An author's card above the article and one commenter's counters repeat two kinds of
    # marks twice, but not in the same order and distance as a post's card.
    lines = [
        "Bleeding radiators before winter", "Dana Kim", "Posts: 41", "Joined: 2019",
        "Bleeding a radiator takes ten minutes and a key from any hardware shop. Turn the "
        "heating off, open the valve a quarter turn and close it as soon as water appears.",
        "Check the boiler pressure afterwards: letting the air out lowers it, and most "
        "boilers want between one and two bar when the water is cold.",
        "2 Comments", "Ola Berg", "Reply",
        "Great tip, my upstairs radiator finally heats all the way to the top.",
        "Sam Reyes", "Posts: 7", "Reply", "Does this work on towel rails too?",
        "Joined: 2021", "Privacy policy", "© 2024 Example Home",
    ]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    assert lines[4] in doc.text
    assert lines[5] in doc.text
