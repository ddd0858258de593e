"""An advertisement slot's label between two paragraphs neither stays nor ends the article."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.interstitials import INTERSTITIALS

_EN = ["The city council approved the new budget on Tuesday after a long debate about schools "
       "and roads, with seven votes in favour.",
       "Members said the plan would raise spending on repairs and add two hundred teachers over "
       "the next three years.",
       "The mayor promised a review of the bus network next spring, and the first repairs are "
       "due to start in August.",
       "Several residents said they welcomed the plan but wanted the work on their streets to "
       "start sooner than proposed."]


@pytest.mark.parametrize("slot", ["Advertisement", "ADVERTISEMENT", "— Advertisement —",
                                  "Story continues below advertisement"])
def test_slot_between_short_paragraphs(slot: str) -> None:
    page = ["Home News Business", "Council approves the new budget", _EN[0], _EN[1], slot,
            _EN[2], _EN[3], "Copyright 2024 Example News"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-4:] == _EN
    assert not doc.lines[4].keep and doc.lines[4].reason.startswith("ad_marker")


def test_other_advertising_words_are_no_slot() -> None:
    """A button ("Shop now") is removed, and the article search does not read through it."""
    page = ["Home News Business", "Council approves the new budget", "By Jane Doe",
            _EN[0], _EN[1], "Shop now", _EN[2], _EN[3], "Copyright 2024 Example News"]
    doc = scrub("\n".join(page))
    assert "Shop now" not in doc.text


def test_labels_are_case_folded() -> None:
    assert all(w == w.casefold() for ws in INTERSTITIALS.values() for w in ws)
