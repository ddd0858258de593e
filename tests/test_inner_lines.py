"""Lines a link-list rule removed that stand between two lines of the article
(inner_lines.inner_list_lines)."""

from __future__ import annotations

import scrubber

from .test_endmatter import ARTICLE, CLOSING


def verdict(lines: list[str], text: str) -> scrubber.document.LineVerdict:
    doc = scrubber.scrub("\n".join(lines))
    return next(v for v in doc.lines if v.text == text)


def test_path_between_two_paragraphs_is_kept() -> None:
    path = "Open > Tools > Folder Options > View"
    v = verdict([*ARTICLE[:2], path, ARTICLE[2], CLOSING], path)
    assert v.keep and v.reason == "inner_list_line"


def test_two_commands_in_a_row_are_kept_but_a_long_menu_is_not() -> None:
    steps = ["Open > Tools > Folder Options > View", "Select > Hidden files > Show > Apply"]
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], *steps, ARTICLE[2], CLOSING]))
    assert all(v.keep for v in doc.lines if v.text in steps)
    menu = ["News | Sport | Weather", "Travel | Music | Film", "Books | Games | Food",
            "Drink | Cars | Homes", "Jobs | Dating | Puzzles"]
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], *menu, ARTICLE[2], CLOSING]))
    assert not any(v.keep for v in doc.lines if v.text in menu)


def test_menu_after_the_article_stays_removed() -> None:
    menu = "Home | News | Sport | Weather | Contact"
    v = verdict([*ARTICLE, CLOSING, menu, "© 2024 The Riverside Gazette"], menu)
    assert not v.keep


def test_spaced_out_cjk_heading_stays_removed() -> None:
    paragraphs = ["今年以来，多个省份加快推进城镇老旧小区改造，惠及居民超过一百万户，"
                  "受到广泛欢迎。",
                  "业内人士认为，老旧小区改造既是民生工程，也是发展工程，能够有效拉动投资和消费。"]
    heading = "郑 重 声 明"
    v = verdict([paragraphs[0], heading, paragraphs[1], paragraphs[0][:30] + "。"], heading)
    assert not v.keep


def test_a_posts_stamp_between_two_lines_of_the_article_stays_removed() -> None:
    stamp = "dana_k | 83 | 3 days ago"
    lines = [*ARTICLE[:2], stamp, ARTICLE[2], CLOSING]
    assert scrubber.scrub("\n".join(lines)).lines[2].reason == "link_list"
    assert not verdict(lines, stamp).keep
