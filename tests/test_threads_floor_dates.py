"""A thread told by one kind of mark, the floor number ("#3"), with the posts' date stamps
beside it, even in a shape no date rule names ("10 Jul 22,, 00:17"): the comment button
under each post then opens no region (``threads.post_chrome``). Synthetic pages written for
these tests."""

from __future__ import annotations

from scrubber import scrub

POSTS = [
    "We finally finished the new vegetable beds this weekend, after two months of hauling "
    "soil and compost up the hill in a wheelbarrow. The tomatoes go in next week.",
    "Congratulations, that is a lot of work. Which timber did you use for the frames, and "
    "did you line them with anything against the damp?",
    "Untreated larch from the local sawmill. It should last ten years or so without any "
    "lining, and it smells wonderful when it rains on it.",
    "Larch is a good choice. Ours have lasted twelve years already and show no rot at all, "
    "even in the corner where the water collects every winter.",
]
CARDS = [("greenhollow", "Senior Gardener"), ("mossbank", "Allotment Veteran")]


def _thread() -> str:
    lines = ["New vegetable beds - Example Garden Board", "Home", "Forums", "Vegetables"]
    for n, post in enumerate(POSTS, 1):
        name, rank = CARDS[(n - 1) % 2]
        lines += [name, rank, "12 Mar 09", f"{1200 * n}", "Share", "Tweet", f"#{n}",
                  f"{n + 8} Jul 22,, 1{n}:05", post,
                  "Plant in spring, harvest in autumn, rest in winter.", "Comment"]
    lines += ["Help", "Contact Us", "Powered by an example board engine"]
    return "\n".join(lines)


def test_the_posts_after_the_first_are_kept() -> None:
    doc = scrub(_thread())
    for post in POSTS:
        assert post in doc.text, post
    reasons = {v.text: v.reason for v in doc.lines}
    assert reasons["#3"] == "post_chrome"
    assert reasons["11 Jul 22,, 13:05"] == "post_chrome"


def test_dated_numbered_sections_without_posts_make_no_thread() -> None:
    # A numbered list of dated entries whose items are titles, not posts, is no thread.
    lines = ["Release history of an example tool"]
    for n in range(1, 6):
        lines += [f"#{n}", f"{n + 8} Jul 22", f"Version 1.{n} released"]
    lines.append("The tool has been maintained by volunteers since its first release in "
                 "the summer of 2022, and every version is still available for download.")
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_chrome" for v in doc.lines)


def test_a_ranking_with_dated_teasers_elsewhere_makes_no_thread() -> None:
    # "#1" heads each entry of a ranking; the dates of the teasers below it stand beside no
    # floor number, so the entries stay the page's content.
    lines = ["The best hiking boots of the year"]
    for n, post in enumerate(POSTS, 1):
        lines += [f"#{n}", f"Trail Boot Model {n}", post]
    for day, post in zip((17, 23, 21), POSTS, strict=False):
        lines += [f"July {day}, 2025", post.replace("the", "our")]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    assert POSTS[2] in doc.text


def test_an_edit_stamp_with_a_full_stop_inside_the_thread_is_chrome() -> None:
    stamp = "Last edited by greenhollow; 14 Jul 22,, 09:08."
    page = _thread().replace(POSTS[0], POSTS[0] + "\n" + stamp)
    doc = scrub(page)
    assert {v.text: v.reason for v in doc.lines}[stamp] == "post_chrome"
    assert POSTS[0] in doc.text


def test_a_short_reply_that_ends_with_a_number_stays() -> None:
    sentence = "Mine cost 40."
    page = _thread().replace(POSTS[1], POSTS[1] + "\n" + sentence)
    assert sentence in scrub(page).text
