"""A Stack Exchange-like Q&A page: the question and every answer are kept, the controls under
each post ("Share / Improve this answer / Follow", "answered …", "Add a comment") are not, and
a comment's signature ("– carol") does not end the thread before the last answer."""

from __future__ import annotations

from scrubber import scrub

_QUESTION = ("How can I reverse a list in Python without changing the original one? I tried a "
             "loop but it feels slow for large lists.")
_ANSWERS = [
    ("alice", "Use the built-in reversed function, which returns an iterator over the list in "
              "reverse order without copying it.", None),
    ("bob", "Slicing with a negative step is the shortest way to get a reversed copy, and it "
            "is fast because it runs in C.",
     "Note that slicing makes a full copy, which costs memory for very large lists."),
    ("dave", "If you want to reverse the list in place, call its reverse method, which changes "
             "the original list and returns None.", None),
]


def page() -> list[str]:
    lines = ["python - How do I reverse a list in Python? - Stack Overflow",
             "Skip to main content", "Stack Overflow", "Log in", "Sign up",
             "How do I reverse a list in Python?", "Asked 10 years ago", "Viewed 1.2m times",
             "1520", _QUESTION, "Share", "Improve this question", "Follow",
             "edited Jan 5, 2022 at 10:00", "asked Mar 3, 2014 at 9:12", "user123", "3 Answers",
             "Sorted by:"]
    for k, (name, body, comment) in enumerate(_ANSWERS):
        lines += [str(100 - k), body, "Share", "Improve this answer", "Follow",
                  f"answered Mar {3 + k}, 2014 at 9:15", name]
        if comment:
            lines += [comment, "– carol", "Mar 4, 2014 at 8:00"]
        lines.append("Add a comment")
    return [*lines, "Your Answer", "Sign up or log in", "Post as a guest",
            "Hot Network Questions", "Why is the sky blue?"]


def test_every_answer_is_kept_and_the_controls_are_not() -> None:
    doc = scrub("\n".join(page()))
    text = doc.text.splitlines()
    assert doc.metadata.title == "How do I reverse a list in Python?"
    assert doc.lines[0].reason == "page_title"  # "python - How do I … - Stack Overflow"
    assert _QUESTION in text and all(body in text for _, body, _ in _ANSWERS)
    assert not {"Share", "Improve this answer", "Add a comment", "– carol", "3 Answers",
                "Sorted by:", "alice", "dave"} & set(text)
