"""A Reddit-like thread: each reply signed by the poster's handle and its time ("u/dana_k ·
3 hr. ago", or the two on lines of their own), its vote count, "Reply" and "Share" under it,
and a sort menu over the replies; the older layouts of such boards, a reply's depth over its
poster ("level 2" / "dana_k" / "· 3 hr. ago") or its score in its stamp ("[–]dana_k 45
points 2 years ago"). The handles fold to one shape (``chrome_shapes.chrome_key``), and a handle
with the post's time beside it tells a thread. Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.post_marks import is_mark

QUESTION = ["I have been running my media server off an old desktop for three years and the "
            "fans are getting loud. I am thinking about moving everything to a small box "
            "with four drive bays.",
            "What are you all running, and would you buy the same thing again?"]
REPLIES = [("u/sparkplug_7", "2 yr. ago", "A four bay box has been fine for me for five years, "
            "but transcoding on the weak processor was the real limit.", "45"),
           ("u/tinker-ops", "2 yr. ago", "Same here, I moved transcoding to a mini PC and "
            "kept the box only for storage.", "12"),
           ("u/quietfox_22", "1 yr. ago", "That split makes a lot of sense, thanks.", "3"),
           ("u/harborlights", "5 mo. ago", "I built my own with an old case. It took a weekend "
            "but it was cheaper and quieter than anything I could buy.", "30"),
           ("u/coldstorage", "3 hr. ago", "Whatever you buy, make sure it has hardware "
            "transcoding or you will regret it the first time two people stream at once.",
            "5")]
SORT_MENU = ["Sort by:", "Best", "Open comment sort options", "Best", "Top", "New", "Old"]


def _page(split: bool) -> str:
    lines = ["Which storage box do you run for your media server? : r/selfhosting",
             "Skip to main content", "Open menu", "Log In", "r/selfhosting", "•",
             "2 yr. ago", "u/quietfox_22",
             "Which storage box do you run for your media server?", *QUESTION, *SORT_MENU]
    for handle, time, body, votes in REPLIES:
        lines += [handle, "•", time] if split else [f"{handle} · {time}"]
        lines += [body, votes, "Reply", "Share"]
    lines += ["Related discussions", "Quiet home server builds", "Top Posts",
              "Rules Privacy Policy User Agreement", "© 2025 Example, Inc. All rights reserved."]
    return "\n".join(lines)


@pytest.mark.parametrize("split", [False, True])
def test_every_reply_of_a_handle_signed_thread_is_kept(split: bool) -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_page(split)).lines}
    for line in [*QUESTION, *(body for _, _, body, _ in REPLIES)]:
        assert verdicts[line][0], (line, verdicts[line])
    for line in ["Reply", "Share", "45", "Open comment sort options", "Top", "Sort by:",
                 "Quiet home server builds"]:
        assert not verdicts[line][0], (line, verdicts[line])
    stamp = "u/coldstorage" if split else "u/coldstorage · 3 hr. ago"
    assert verdicts[stamp] == (False, "post_chrome")


def test_comments_signed_by_names_under_an_article_stay_a_comment_box() -> None:
    # Names without a handle's "u/" under an article: its comment box, not a thread.
    article = ["The city council voted on Tuesday to extend the night bus network to the "
               "three new districts in the east, starting in the spring.",
               "The extension adds four lines and about sixty stops, and the council expects "
               "around nine thousand riders a night once all of them run."]
    lines = ["Night buses reach the eastern districts - Example News", "Home", "News",
             "Night buses reach the eastern districts", *article, "Comments"]
    for name, _, body, votes in REPLIES:
        lines += [f"{name[2:]} · 2 hr. ago", body, votes, "Reply", "Share"]
    lines += ["About us", "© 2025 Example News"]
    kept = scrub("\n".join(lines)).text
    for line in article:
        assert line in kept
    for _, _, body, _ in REPLIES:
        assert body not in kept, body


@pytest.mark.parametrize("line", ["u/dana_k", "u/dana_k · 3 hr. ago", "@dana_k@lemmy.example",
                                  "level 2", "[–]dana_k 45 points 2 years ago",
                                  "dana_k[S] 1 point 3 hours ago", "Sort by:", "OP"])
def test_handle_marks(line: str) -> None:
    assert is_mark(line.lower())


@pytest.mark.parametrize("line", ["u/", "Email us at help@example.com",
                                  "Level 2 of the car park is closed",
                                  "The team scored 45 points 2 years ago in the final",
                                  "Sort by price to find the cheapest one"])
def test_not_handle_marks(line: str) -> None:
    assert not is_mark(line.lower())


def _older_page(stamp: str) -> str:
    lines = ["Which storage box do you run for your media server? : selfhosting",
             "jump to content", "my subreddits", "selfhosting",
             "Which storage box do you run for your media server?", *QUESTION,
             "all 5 comments", "sorted by: best"]
    for depth, (handle, time, body, votes) in enumerate(REPLIES):
        name = handle[2:]
        if stamp == "level":
            lines += [f"level {depth % 2 + 1}", name, f"· {time}", body, votes, "Reply",
                      "Share", "Report", "Save"]
        else:
            lines += [f"[–]{name} {votes} points {time}", body,
                      "permalink embed save report reply"]
    lines += ["about", "advertising", "© 2024 Example, Inc. All rights reserved."]
    return "\n".join(lines)


@pytest.mark.parametrize("stamp", ["level", "score"])
def test_the_replies_of_older_layouts_are_kept(stamp: str) -> None:
    doc = scrub(_older_page(stamp))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for _, _, body, _ in REPLIES:
        assert verdicts[body][0], body
    chrome = ["level 2", "Report"] if stamp == "level" else [
        "permalink embed save report reply", "[–]coldstorage 5 points 3 hr. ago"]
    for line in chrome:
        assert not verdicts[line][0], line
