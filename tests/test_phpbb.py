"""A phpBB thread: every post's body is kept; the poster's card under it (name, "Posts:",
"Joined:" with its weekday and half of the day), "Top" and the replies' subjects are not."""

from __future__ import annotations

from scrubber import scrub

_POSTS = [
    ("mike_r", "Mon Jan 08, 2024 7:12 pm", 42, "Sat Mar 04, 2023 2:10 pm",
     "My 2009 hatchback stalls every morning when the engine is cold, but runs fine once it "
     "has warmed up for ten minutes."),
    ("dave_k", "Mon Jan 08, 2024 8:30 pm", 1311, "Tue Feb 02, 2016 9:00 am",
     "Check the coolant temperature sensor. If it reads warm when the engine is cold, the "
     "mixture will be too lean."),
    ("mike_r", "Tue Jan 09, 2024 6:45 pm", 42, "Sat Mar 04, 2023 2:10 pm",
     "That was it. The sensor read 60 degrees on a cold engine. Replaced it and the car starts "
     "fine now, thanks!"),
]


def test_every_post_of_a_phpbb_thread_is_kept() -> None:
    lines = ["Engine stalls when cold - Example Car Forum", "Board index", "Technical",
             "Search", "Login", "Register", "Engine stalls when cold", "Post Reply",
             "12 posts • Page 1 of 1"]
    for k, (name, posted, posts, joined, body) in enumerate(_POSTS):
        subject = "Engine stalls when cold" if k == 0 else "Re: Engine stalls when cold"
        lines += [subject, f"by {name} » {posted}", body, name, f"Posts: {posts}",
                  f"Joined: {joined}", "Top"]
    lines += ["Post Reply", "Return to “Technical”", "Who is online",
              "Powered by phpBB® Forum Software © phpBB Limited"]
    doc = scrub("\n".join(lines))
    assert doc.text.splitlines() == ["Engine stalls when cold", *(p[4] for p in _POSTS)]
    assert doc.metadata.author == "mike_r"
