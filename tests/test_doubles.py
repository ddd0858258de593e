"""Doubled lines: a kept name that says again the line just above it is taken out; a
sentence, a value and a name repeated further down stay."""

from __future__ import annotations

import scrubber
from scrubber.doubles import doubled_lines
from scrubber.features import document_features

_TOPICS = ("river cleanup", "library hours", "bridge repairs", "school lunches", "park benches",
           "bus routes", "recycling rules", "street lights")


def _post(k: int, topic: str) -> list[str]:
    """A post of a blog's front page whose author's name stands twice (avatar and link)."""
    author = ("Maria Lopez", "Tom Baker", "Ines Park")[k % 3]
    return [f"How the town plans to change its {topic} this year", author, author,
            (f"The council voted on Tuesday to approve a new plan for {topic}, which "
             "officials say will be paid for out of the existing budget."), f"March {k + 1}, 2024"]


def test_a_doubled_author_is_taken_out() -> None:
    posts = [line for k, topic in enumerate(_TOPICS) for line in _post(k, topic)]
    doc = scrubber.scrub("\n".join(["Home", "News", *posts, "© 2024 Town News"]))
    pairs = [(a, b) for a, b in zip(doc.lines, doc.lines[1:], strict=False)
             if a.text == b.text and a.text in ("Maria Lopez", "Tom Baker", "Ines Park")]
    kept = [(a, b) for a, b in pairs if a.keep]
    assert len(kept) >= len(pairs) // 2  # the posts the article holds keep their author once
    assert all(not b.keep and b.reason == "doubled_line" for _, b in kept)
    assert sum(v.keep for v in doc.lines if v.text.startswith("The council voted")) >= 6


def _decide(lines: list[str]) -> list[tuple[str, str]]:
    feats = document_features(lines)
    decisions = [("content", "article_block") if line else ("blank", "blank") for line in lines]
    doubled_lines(decisions, feats)
    return decisions


def test_a_name_said_again_right_below_is_doubled_across_a_blank() -> None:
    decisions = _decide(["Spring Garden Fair", "", "Spring Garden Fair", "Opening hours"])
    assert decisions[2] == ("noise", "doubled_line")
    assert decisions[0][0] == "content" and decisions[3][0] == "content"


def test_sentences_values_and_later_repeats_stay() -> None:
    sentence = "The fair opens at nine and closes when the last stall is packed away."
    lines = [sentence, sentence, "60%", "60%", "Opening hours", "Tickets", "Opening hours"]
    decisions = _decide(lines)
    assert all(label == "content" for label, _ in decisions)


def test_a_table_cell_equal_to_the_one_above_stays() -> None:
    feats = document_features(["Lunch menu", "Set menu", "Set menu"])
    decisions = [("content", "article_table")] * 3
    doubled_lines(decisions, feats)
    assert decisions[2] == ("content", "article_table")
