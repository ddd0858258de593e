"""Threads whose posts are single sentences of medium length (``threads.post_chrome``: a
post's body is a paragraph or a line that ends a sentence). Synthetic pages written for
these tests."""

from __future__ import annotations

from scrubber import scrub

POSTS = ["Has anyone managed to pair the new remote with an older opener?",
         "Yes, hold the learn button for six seconds and then press the remote twice.",
         "That worked for me as well, thanks for the quick answer.",
         "Mine needed a new battery first, then the learn button did the trick."]
CARDS = [("rosa_m", "Posts: 3", "Joined: Feb 2024"),
         ("doorfixer", "Posts: 1,402", "Joined: Jul 2012"),
         ("kai.b", "Posts: 57", "Joined: Mar 2020"),
         ("lee_w", "Posts: 9", "Joined: Jan 2023")]


def _page(posts: list[str]) -> str:
    lines = ["Remote pairing question", "Home", "Forums", "Garage doors",
             "Remote pairing question"]
    for (name, count, joined), body in zip(CARDS, posts, strict=True):
        lines += [name, count, joined, body, "Reply"]
    lines += ["Privacy policy", "© 2024 Example Forums"]
    return "\n".join(lines)


def test_a_thread_of_one_sentence_posts_is_a_thread() -> None:
    doc = scrub(_page(POSTS))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for post in POSTS:
        assert verdicts[post][0], post
    for chrome in ("Posts: 1,402", "Joined: Mar 2020", "Posts: 9"):
        assert verdicts[chrome] == (False, "post_chrome"), chrome


def test_titles_between_the_marks_tell_no_thread() -> None:
    # A members' list: names, counters and the title of each member's last topic (no
    # sentence), not posts.
    titles = ["Remote pairing for older openers", "Replacing a torsion spring safely",
              "Best lubricant for garage door rollers", "Choosing a smart opener hub"]
    doc = scrub(_page(titles))
    assert all(v.reason != "post_chrome" for v in doc.lines)
