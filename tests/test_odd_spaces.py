"""No-break and other typeset spaces ("&nbsp;" decoded) read as spaces by the keyword tables."""

from __future__ import annotations

from scrubber import scrub

_BODY = ["The city council approved the new budget on Tuesday after a long debate about schools "
         "and roads, with seven votes in favour and two against.",
         "Members said the plan would raise spending on repairs and add two hundred teachers, "
         "while the mayor promised a review of the bus network next spring.",
         "The budget takes effect in July, and the first repairs are due to start in August."]


def page(space: str) -> str:
    return "\n".join(["Home Politics Business Sport", "Council approves the new budget",
                      f"Posted{space}by Jane Doe", *_BODY, f"Related{space}articles",
                      "Mayor unveils the new bus network", "Schools get two hundred teachers",
                      f"Share{space}this{space}article", f"Copyright{space}2024 Example News"])


def test_no_break_spaces_read_as_spaces() -> None:
    plain = scrub(page(" "))
    for space in ("\u00a0", "\u202f", "\u2009"):
        odd = scrub(page(space))
        assert [v.reason for v in odd.lines] == [v.reason for v in plain.lines], repr(space)
        assert odd.text == plain.text
        assert f"Posted{space}by Jane Doe" in [v.text for v in odd.lines]  # the text as it was
    assert plain.text.splitlines()[-3:] == _BODY
