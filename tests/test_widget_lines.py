"""The chrome of a page's widgets inside an English article (rules.tsv: social_embed,
share_button_en, feedback_prompt, newsletter and comment-form phrases) and the consent line
under a form (disclaimer.tsv, ``disclose``)."""

from __future__ import annotations

import pytest

from .verdicts import reasons

ARTICLE = [
    "Home | Blog | Shop | About",
    "What We Learned From a Year of Growing Tomatoes Indoors",
    "Growing tomatoes indoors sounds like a gimmick until the first ripe fruit turns red on a "
    "windowsill in February, long before the garden outside has even thawed.",
    "The key is light. A south-facing window gives enough for leaves, but fruit needs a lamp "
    "for at least twelve hours a day, hung a hand's width above the plants.",
    "Water less than you think. Pots indoors dry slowly, and soggy roots kill more seedlings "
    "than any pest we met during the whole year of the experiment.",
    "By the end of the year the two plants had given us more than forty tomatoes, and the "
    "lamp had cost less to run than a month of shop-bought fruit.",
]


@pytest.mark.parametrize(("line", "reason"), [
    ("View this post on Instagram", "social_embed"),
    ("A post shared by Example Gardens (@example.gardens)", "social_embed"),
    ("Click to share on Pinterest (Opens in new window) Pinterest", "share_button_en"),
    ("Thanks! We're glad this was helpful.", "feedback_prompt"),
    ("Thank you for your feedback.", "feedback_prompt"),
    ("Sign up with your email address to receive news and updates.", "newsletter_prompt"),
    ("Thank you! Your submission has been received!", "subscription_flow"),
    ("By submitting, you authorize Example Gardens to call and text the number you gave.",
     "disclaimer"),
])
def test_widget_line_inside_the_article_is_removed(line: str, reason: str) -> None:
    got = reasons([*ARTICLE[:4], line, *ARTICLE[4:]])
    assert got[line] == reason
    assert got[ARTICLE[4]] == "article_block"


@pytest.mark.parametrize("line", [
    "A post shared by the city's parks department drew hundreds of replies from gardeners.",
    "Thank you for your feedback on the first draft, the committee wrote in its reply.",
    "Readers kept asking whether a form of feedback from the plants themselves was possible, "
    "and the answer, it turns out, is the colour of their leaves.",
])
def test_article_sentence_like_a_widget_is_kept(line: str) -> None:
    assert reasons([*ARTICLE[:4], line, *ARTICLE[4:]])[line] == "article_block"
