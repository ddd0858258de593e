"""The first lines of a thread's first post under a menu's region
(``posts.first_post_head``). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

from .test_threads import POSTS

OPENING = ["Hello all!", "my laptop is a five year old model with a new fan in it."]


def _board(opening: list[str]) -> str:
    lines = ["Example Boards", "Skip to content", "Quick links", "Unanswered topics",
             "Active topics", "FAQ", "Board index"]
    names = ["harbour_light", "quietfan", "harbour_light", "quietfan"]
    for n, (post, name) in enumerate(zip(POSTS, names, strict=True), 1):
        lines += [name, f"Posts: {n * 40}", "Joined: 2019-03-02 10:15", "Quote",
                  f"#{n} Post by {name} » 2024-04-1{n} 16:0{n}"]
        lines += [*opening, post] if n == 1 else [post]
        lines += ["Top"]
    lines += ["Post Reply", "Jump to", "Powered by an example board"]
    return "\n\n".join(lines)


def test_the_opening_lines_of_the_first_post_are_kept() -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_board(OPENING)).lines if v.text}
    for line in OPENING:
        assert verdicts[line][0], line
    assert not verdicts["Active topics"][0]
    assert not verdicts["Joined: 2019-03-02 10:15"][0]


def test_a_menu_over_a_page_without_thread_chrome_stays_out() -> None:
    page = "\n\n".join(["Example Site", "Quick links", "Unanswered topics", "Active topics",
                        "Board rules", POSTS[0], POSTS[1], "© Example"])
    verdicts = {v.text: v.keep for v in scrub(page).lines if v.text}
    assert not verdicts["Board rules"]
