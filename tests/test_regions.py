"""Regions the context pass opens under a header, and the headers that open none."""

from __future__ import annotations

import scrubber
from scrubber import regions

LEAD = ["Costs at the harbour rose by a third last year, the port authority said on Monday, "
        "as fuel and wages went up together.",
        "Fuel alone cost the port twelve million more than the year before, and the wage deal "
        "signed in March added four million on top of that."]
REST = [
    "The authority expects the rise to slow this year, once the new cranes are in service "
    "and the night shifts are cut back.",
    "Shipping lines have asked for a freeze on fees until the dredging of the channel is done, "
    "which the council has promised for the autumn.",
]


def kept(page: list[str]) -> list[str]:
    return [v.text for v in scrubber.scrub("\n".join(page)).lines if v.keep]


def test_a_box_header_with_its_entries_left_out_opens_no_region() -> None:
    # The scraper kept the box's heading but not its entries (filled in by script): the
    # article's paragraphs go on right under it.
    page = ["Harbour costs climb", *LEAD, "Related stories", *REST, "© 2024 Harbour News"]
    out = kept(page)
    assert out[-2:] == REST and "Related stories" not in out


def test_a_box_of_teasers_under_the_article_is_still_a_region() -> None:
    teasers = ["New cranes arrive at the east quay", "Dredging plan delayed to autumn",
               "Night shifts cut at the container terminal"]
    page = ["Harbour costs climb", *LEAD, *REST, "Related stories", *teasers,
            "© 2024 Harbour News"]
    out = kept(page)
    assert out[-2:] == REST and not set(teasers) & set(out)


TOOLBAR_ZH = ["查看TA的文章>", "评论", "2", "分享", "微信分享", "新浪微博", "QQ空间", "复制链接"]
ARTICLE_ZH = [
    "今年是两国建交六十周年，双方在能源、科技和民生等领域的合作不断拓展，成果惠及两国人民。",
    "专家表示，新形势下两国经贸关系的广度和深度将继续拓展，新的合作领域正在不断涌现出来。",
    "在全球经济紧密联系的背景下，双方将以更高水平的开放推进合作，共同应对各种风险和挑战。",
]
HEADLINE_ZH = "两国经贸合作广度深度不断拓展"


def test_a_toolbar_comment_button_over_the_dated_headline_opens_no_region() -> None:
    # "评论" / "2" is a toolbar's button: its "region" runs over the headline and its date
    # line to the article's first paragraph.
    page = "\n".join([*TOOLBAR_ZH, HEADLINE_ZH, "2024-05-13 06:15", "发布于：北京市",
                      *ARTICLE_ZH])
    doc = scrubber.scrub(page)
    assert doc.metadata.title == HEADLINE_ZH
    assert doc.lines[2].reason == "before_article"  # the button's count: no comment_region


def test_a_region_of_dated_teasers_over_the_article_stays_a_region_when_no_date_line_ends_it(
        ) -> None:
    # The box's last lines are teasers (a headline, a lead), no date line: it stays a box.
    page = "\n".join(["相关阅读", HEADLINE_ZH, "双方合作领域正在不断涌现，专家认为前景广阔",
                      *ARTICLE_ZH])
    assert scrubber.scrub(page).lines[0].reason == "related_header"


def test_a_comment_link_in_the_posts_byline_strip_opens_no_region() -> None:
    # "Leave a comment" under the post's date and byline is a link of its meta strip: the
    # post's first lines under it are no comments.
    head = ["Harbour costs climb", "October 5, 2018", "Posted by Harbour Desk", "Leave a comment"]
    first = ["What changed at the port this year?", "New cranes at the east quay",
             "Night shifts at the terminal"]
    out = kept([*head, *first, *LEAD, *REST, "© 2024 Harbour News"])
    assert LEAD[0] in out
    doc = scrubber.scrub("\n".join([*head, *first, *LEAD, *REST]))
    assert not any(v.reason.startswith("comment_region") for v in doc.lines)


def test_a_comment_header_under_the_article_still_opens_a_region() -> None:
    comments = ["Jane Roe", "March 3, 2024",
                "Great piece, the port should publish these figures every quarter from now on."]
    doc = scrubber.scrub("\n".join(["Harbour costs climb", *LEAD, *REST, "Leave a comment",
                                    *comments]))
    assert not any(v.keep for v in doc.lines if v.text in comments)


RECORDS = ["[1] rec:0412.0077 [file, notes]", "Name: Tide tables for the north quay",
           "Kept by: Ana Ruiz, Tom Vale", "Shelf: Charts (ch.NQ)",
           "[2] rec:0412.0078 [file]", "Name: Pilot logs of the winter season",
           "Kept by: Lee Park", "Shelf: Logs (lg.WS)"]


def test_a_menu_header_above_a_bare_title_headline_opens_no_region_over_the_list() -> None:
    # The <title> line is the headline alone (no site name after it); the links header of a
    # menu above the article runs over that headline and the records under it.
    page = ["Harbour Records", "Skip to main content", "quick links", "Login", "Help Pages",
            "Harbour Records", "Records added this week", *RECORDS]
    reasons = [v.reason for v in scrubber.scrub("\n".join(page)).lines]
    assert not any(r.endswith("_region_en") or r.endswith("_region") for r in reasons[5:])


def test_a_links_box_under_the_article_stays_a_region_though_it_names_the_title() -> None:
    # After the article, a box of links naming the page's own title is still a box.
    page = ["Harbour costs climb", *LEAD, *REST, "quick links", "Harbour costs climb",
            "Port fees 2024", "Harbour fees explained"]
    reasons = [v.reason for v in scrubber.scrub("\n".join(page)).lines]
    assert reasons[-1].startswith("links_region")


def test_a_heading_over_a_medium_paragraph_before_the_block_is_in_it() -> None:
    """A documentation page of medium paragraphs: the first section's heading and paragraph
    (-0.5 and +0.5) sum to zero before the block, which starts before them on that tie; a
    longer run of chrome whose scores cancel stays out."""
    assert regions.best_run([0.5, -0.5, 0.5, 2.0], [False] * 4) == (2.5, 0, 4)
    chrome = [0.5, -0.5] * 4  # eight scored lines that cancel: only the last pair joins
    assert regions.best_run([*chrome, 2.0], [False] * 9) == (2.0, 6, 9)
    assert regions.best_run([-0.5, 2.0], [False] * 2) == (2.0, 1, 2)


def test_the_first_section_of_a_page_of_medium_paragraphs_is_kept() -> None:
    page = ["Configuring logging — Example 3.2 documentation", "Getting started", "Tutorial",
            "User guide", "Configuring logging",
            "Example uses the standard library's logging module. You can configure it with a "
            "dictionary in your settings file.",
            "Basic configuration",
            "The simplest setup writes every message of level INFO and above to the console "
            "and nowhere else.",
            "Each handler may set its own level, so a file can keep more than the console shows "
            "to the person at the terminal.",
            "Previous", "Next", "© Copyright 2024, Example Team."]
    kept = scrubber.clean("\n".join(page)).split("\n")
    assert page[5] in kept and page[6] in kept and page[8] in kept
    assert "Tutorial" not in kept
