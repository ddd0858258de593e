"""A slideshow inside an article (slideshows.slideshows)."""

from __future__ import annotations

from scrubber.features import line_features
from scrubber.slideshows import slideshows

from .verdicts import reasons

ARTICLE = [
    "Home | Health | News",
    "A Daily Walk Adds Years, Whatever Your Genes Say",
    "People who walk for half an hour a day live longer than those who do not, a large study "
    "published this week found, even when their families have a history of heart disease.",
    "The researchers followed more than three hundred thousand adults for a decade and "
    "compared their habits with the genes they were born with.",
]
SLIDES = ["Seven Small Habits for a Longer Life", "1/3", "Sleep Well",
          "Seven hours a night keeps the heart rested and the mind sharp.",
          "2/3", "Eat Greens", "A plate that is half vegetables is a plate that helps the gut.",
          "3/3", "See Friends", "People with close friends recover faster from illness."]
AFTER = ("The study's authors say that no habit undoes a bad gene on its own, but together they "
         "add up to several years of life for most of the people they followed.")


def test_slides_inside_the_article_go() -> None:
    lines = [*ARTICLE, *SLIDES, AFTER]
    decisions = [("content", "article_block")] * len(lines)
    slideshows(decisions, [line_features(t) for t in lines])
    got = {t: d[1] for t, d in zip(lines, decisions, strict=True)}
    assert got["Sleep Well"] == "slideshow"
    assert got[SLIDES[-1]] == "slideshow"
    assert got[ARTICLE[3]] == "article_block"
    assert got[AFTER] == "article_block"


def test_a_numbered_list_of_fractions_is_no_slideshow() -> None:
    # Counters that do not count up by one, or of different totals, are figures.
    lines = [*ARTICLE[:3], "1/2", "Half a cup of oats.", "3/4", "Three quarters of a cup of milk.",
             "1/3", "A third of a cup of berries.", AFTER]
    got = reasons(lines)
    assert got["Half a cup of oats."] != "slideshow"
    assert got[AFTER] == "article_block"
