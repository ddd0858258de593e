"""Posts headed by their date stamp with a clock time (``signed_posts._timed_headers``): the
short replies of a thread whose first post is the article are its content; a blog's comments,
stamped unlike the article above them, are not. Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

QUESTION = [
    "Hello all,",
    "My synth patch stops sending MIDI after I load a second preset bank. I have two copies of "
    "the preset folder on my disk and I suspect the editor reads the wrong one at start-up.",
    "Thanks for any pointers!",
]
REPLIES = [
    ("Ada Quill", ["Did you point the editor at both folders in its settings?",
                   "It only scans the folder listed first.",
                   "Banks saved elsewhere are ignored"]),
    ("Tomas Reed", ["Yes, both are listed, and the second bank still does not load after a "
                    "restart of the editor."]),
    ("Ada Quill", ["Then move the bank into the first folder.",
                   "A bank outside it is never read"]),
    ("Tomas Reed", ["That fixed it, thanks!"]),
]
STAMPS = ["Mar 3 2024 | 9:14 am", "Mar 3 2024 | 10:02 am", "Mar 3 2024 | 11:40 am",
          "Mar 4 2024 | 2:05 pm", "Mar 4 2024 | 6:31 pm"]


def _thread() -> str:
    lines = ["Editor ignores my second preset bank - Synth Forum", "Forums", "Sign in",
             "Editor ignores my second preset bank", "Tomas Reed", STAMPS[0], *QUESTION,
             "Share"]
    for (name, body), stamp in zip(REPLIES, STAMPS[1:], strict=True):
        lines += [name, stamp, *body, "Share"]
    lines += ["Terms and Conditions", "Privacy Policy", "Copyright © 2024 Synth Forum"]
    return "\n".join(lines)


def test_the_short_replies_under_timed_stamps_are_kept() -> None:
    doc = scrub(_thread())
    for _, body in REPLIES:
        for line in body:
            assert line in doc.text, line
    assert "Share" not in doc.text.split("\n")


def test_a_blogs_comments_stamped_unlike_its_article_are_not_kept() -> None:
    article = [
        "How we restored a 1970s drum machine",
        "By Lena Ortiz",
        "March 3, 2024",
        "The drum machine arrived in a cardboard box with a cracked case, a dead power supply "
        "and three of its twelve voices silent. This is how we brought it back to life.",
        "We started with the power supply, replacing every electrolytic capacitor and checking "
        "each rail before reconnecting the voice boards one at a time.",
        "The silent voices turned out to share a single failed transistor in the trigger "
        "circuit, and a modern part with the same pinout brought all three back.",
        "Comments",
    ]
    comments = [("Jon", "Great write-up, thanks"), ("Mira", "Which transistor did you use"),
                ("Lena Ortiz", "A BC547, it fits the old footprint"),
                ("Pat", "Mine has the same fault")]
    lines = list(article)
    for n, (name, text) in enumerate(comments):
        lines += [name, f"March {4 + n}, 2024 at {n + 9}:15 am", text, "Reply"]
    doc = scrub("\n".join(lines))
    assert article[3] in doc.text
    for _, text in comments:
        assert text not in doc.text, text
