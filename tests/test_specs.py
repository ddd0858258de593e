"""Specification blocks: "label: value" lines that go on from the article."""

from __future__ import annotations

import scrubber

_STORY = ["Harbor Tactics", "Harbor Tactics is a cooperative strategy game in which up to four "
          "players defend a busy port against storms, pirates and their own supply shortages.",
          "Every match builds a new coastline, so no two campaigns play out the same way, and "
          "the seasonal events add new ships and crews throughout the year."]
_SPECS = ["System Requirements", "OS: Windows 10 64-bit", "Processor: 2.4 GHz dual core",
          "Memory: 8 GB RAM", "Graphics: 2 GB video memory", "Storage: 20 GB available space"]


def test_a_spec_block_after_the_article_is_kept() -> None:
    """Short "label: value" lines right after the article are its specifications."""
    page = "\n".join(["Store | Community | Support", *_STORY, *_SPECS,
                      "Privacy Policy | Legal | Refunds", "© 2024 Example Games"])
    kept = scrubber.clean(page).split("\n")
    assert "Processor: 2.4 GHz dual core" in kept
    assert "Storage: 20 GB available space" in kept


def test_a_spec_block_far_from_the_article_stays_out() -> None:
    """The same lines in the footer, far below the article, are the shop's boxes."""
    footer = ["Related games", *[f"Other game {k}" for k in range(6)],
              "Phone: 555-0100", "Email: help@example.com", "Hours: 9am to 5pm",
              "© 2024 Example Games"]
    page = "\n".join(["Store | Community | Support", *_STORY, *footer])
    kept = scrubber.clean(page).split("\n")
    assert "Phone: 555-0100" not in kept
    assert _STORY[1] in kept
