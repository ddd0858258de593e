"""The end of a thread's last post (``threads._last_post_end``): its body runs down to the
post's controls, lines of the shapes repeated under the posts above ("Comment", "Find" /
"Reply"), so that a quote at its top takes nothing from it and its edit stamp and signature
are the thread's. Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

SIGNATURE = "Measure twice, cut once, and never trust a tape you borrowed from a friend."
LAST_QUOTE = ("Built it yesterday at knuckle height and it works well, the planing is much "
              "easier now and the chisel work feels steadier than it ever did on the old "
              "kitchen table.")
LAST_REPLY = ("Glad it worked out, enjoy the new bench and send a picture when the vise is "
              "on.")
EDITED = "Last edited by plane_jane; 12 Jul 22,, 02:55."
POSTS = [("oak_and_iron", ["I am building my first proper workbench and cannot decide on its "
                           "height.", "Most of my work is hand planing and chopping joints "
                           "with chisels."], False),
         ("plane_jane", ["For hand planing most people like the top at the height of their "
                         "knuckles with the arms hanging down."], True),
         ("oak_and_iron", ["That is lower than I expected, I will try a mock-up with boxes "
                           "first."], False),
         ("plane_jane", ["A mock-up is a good idea, you can raise it with blocks until it "
                         "feels right."], True),
         ("oak_and_iron", [LAST_QUOTE], False),
         ("plane_jane", ["Originally posted by oak_and_iron View Post", LAST_QUOTE, LAST_REPLY,
                         EDITED], True)]
FOOTER = ["Previous template Next", "Help", "Contact Us", "Go to top",
          "A warm welcome to woodworkers of every level, from the first dovetail to the last "
          "restored plane.", "Powered by vBulletin® Version 5.6.3",
          "Copyright © 2024 Example Board. All rights reserved."]


def _page() -> str:
    lines = ["Workbench height for hand tools - Example Woodworking Board", "Forums",
             "Today's Posts", "Calendar", "Workbench height for hand tools", "Collapse"]
    for n, (name, body, signed) in enumerate(POSTS, 1):
        lines += [name, "Senior Member", "Join Date: Mar 2010", "Posts: 3858", "Share", "Tweet",
                  f"#{n}", f"1{n} Jul 22,, 0{n}:17", *body]
        lines += [SIGNATURE, "Comment"] if signed else ["Comment"]
    return "\n".join(lines + FOOTER)


def test_the_last_posts_edit_stamp_and_signature_under_a_quote_are_removed() -> None:
    verdicts = {v.number: (v.text, v.keep, v.reason) for v in scrub(_page()).lines}
    last = max(n for n, (text, _, _) in verdicts.items() if text == LAST_REPLY)
    assert verdicts[last][1]
    assert verdicts[last + 1][:3] == (EDITED, False, "post_chrome")
    assert verdicts[last + 2][:3] == (SIGNATURE, False, "post_signature")


def test_the_footer_under_the_last_posts_controls_stays_out() -> None:
    kept = scrub(_page()).text
    assert LAST_REPLY in kept
    for line in FOOTER:
        assert line not in kept, line
