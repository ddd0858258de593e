"""Short lines of the article that the page repeats below it, outside the article
(structure.repeated_lines)."""

from __future__ import annotations

import scrubber

from .test_endmatter import ARTICLE, CLOSING


def reasons(lines: list[str]) -> dict[int, str]:
    doc = scrubber.scrub("\n".join(lines))
    return {v.number: v.reason for v in doc.lines}


FOOTER = ["© 2024 The Riverside Gazette", "Contact us", "Pricing", "Privacy policy"]


def test_link_repeated_in_the_footer_goes() -> None:
    got = reasons([ARTICLE[0], "Pricing", ARTICLE[1], ARTICLE[2], CLOSING, *FOOTER])
    assert got[2] == "repeated_line"
    assert got[1] == "article_block"


def test_sub_heading_repeated_in_a_contents_list_above_stays() -> None:
    lines = ["Contents", "Costs", "Timeline", ARTICLE[0], "Costs", ARTICLE[1], "Timeline",
             ARTICLE[2], CLOSING]
    got = reasons(lines)
    assert got[5] == "article_block" and got[7] == "article_block"


def test_field_label_the_article_repeats_stays() -> None:
    lines = [ARTICLE[0], "Reported by:", "Research desk", ARTICLE[1], "Reported by:",
             "Research desk", ARTICLE[2], CLOSING, "Reported by:"]
    got = reasons(lines)
    assert got[2] == "article_block" and got[5] == "article_block"


def test_headings_a_menu_of_sections_repeats_stay() -> None:
    # Three headings over the article's paragraphs, repeated by an "On this page" menu below.
    heads = ["Costs", "Timeline", "Permits"]
    lines = [ARTICLE[0], heads[0], ARTICLE[1], heads[1], ARTICLE[2], heads[2], CLOSING,
             "On this page", *heads, *FOOTER]
    got = reasons(lines)
    assert got[2] == "article_block" and got[4] == "article_block" and got[6] == "article_block"
