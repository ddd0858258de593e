"""A thread's posts inside a region that a menu's header opened above the thread
(``posts.post_bodies``): "Quick links" over a forum's thread. Synthetic pages written for
these tests."""

from __future__ import annotations

from scrubber import scrub

TITLE = "Garage door opener stops halfway"
POSTS = [
    ("Since the storm last week my garage door opener stops halfway up and reverses.",
     "Code: Select all",
     "error 4 sensor blocked",
     "Any idea what this means?"),
    ("Check the travel limits first: a power cut sometimes resets them on older units, "
     "and then the opener believes the door has hit something before it is fully open.",),
    ("Thanks, resetting the limits fixed it!",),
]
NAMES = [("rosa_m", "Posts: 3", "Joined: 2024-02-11 08:30"),
         ("doorfixer", "Posts: 1,402", "Joined: 2012-07-01 19:05"),
         ("rosa_m", "Posts: 3", "Joined: 2024-02-11 08:30")]


def _page(menu: str) -> str:
    # (No <title> line: a dump's text, whose thread title the headline search cannot confirm.)
    lines = ["Example Home Forums", "Skip to content", menu, "Unanswered topics",
             "Active topics", "FAQ", "Login", "Register", "Board index", TITLE, "Post Reply",
             "3 posts • Page 1 of 1"]
    for n, ((name, posts, joined), body) in enumerate(zip(NAMES, POSTS, strict=True), 1):
        lines += [name, posts, joined, "Quote", f"#{n} Post by {name} » 2024-05-1{n} 20:1{n}",
                  *body, "Top"]
    lines += ["Post Reply", "Return to “Doors and windows”", "All times are UTC",
              "Powered by phpBB® Forum Software © phpBB Limited"]
    return "\n".join(lines)


def test_posts_under_a_menus_links_header_are_kept() -> None:
    doc = scrub(_page("Quick links"))
    for body in POSTS[:2]:
        assert body[0] in doc.text, body[0]
    assert POSTS[0][3] in doc.text
    assert "error 4 sensor blocked" in doc.text
    removed = {v.text for v in doc.lines if not v.keep}
    assert {"Posts: 1,402", "Joined: 2012-07-01 19:05", "Unanswered topics"} <= removed


def test_a_links_box_after_the_thread_stays_out() -> None:
    links = ["Useful links", "Door spring safety guide", "Opener remote pairing help",
             "Find a local installer"]
    page = _page("Quick links").replace("Post Reply\nReturn", "\n".join(links) + "\nReturn")
    doc = scrub(page)
    assert POSTS[1][0] in doc.text
    for line in links[1:]:
        assert line not in doc.text, line
