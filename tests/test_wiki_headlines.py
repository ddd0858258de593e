"""The headline of a wiki's entry: a short Han name that the <title>'s first part confirms over
the site's tagline right above the lead (:func:`scrubber.headline._named_over`), and, without a
<title>, the heading rather than a value of the info box above it
(:mod:`scrubber.infoboxes`). Synthetic pages written for these tests."""

from __future__ import annotations

import scrubber
from scrubber.features import document_features
from scrubber.infoboxes import infobox_values

LEAD = ("李青云，元末明初著名道士，相传为一派的开山祖师，"
        "在民间传说中以武艺高强、精通拳法而闻名于世。")
LIFE = ("李青云早年曾在山中修道多年，后来游历四方，足迹遍及陕西、四川、湖北等地，晚年隐居山中，"
        "结庐而居，潜心研究道家典籍，留下多部著作。")
BOX = ["中文名", "李青云", "别名", "张君宝", "所处时代", "元末明初", "主要成就", "创立一派"]


def test_the_short_name_the_title_opens_with_beats_the_tagline() -> None:
    page = ["李青云 - 示例百科，自由的百科全书", "跳转到内容", "登录", "李青云", "条目", "讨论",
            "示例百科，自由的百科全书", LEAD, "生平[编辑]", LIFE, "隐私政策"]
    doc = scrubber.scrub("\n".join(page))
    assert doc.metadata.title == "李青云"
    assert {v.number for v in doc.lines if v.reason == "headline"} == {4}


def test_a_tagline_that_speaks_of_the_article_stays_the_headline() -> None:
    # The site's name at the top and the title's later part over the article, both sharing
    # the article's words: the nearer one, as before.
    body = ("示例编辑器是一款开源的代码编辑器，支持多种编程语言，提供语法高亮、自动补全和调试功能，"
            "可以在各大操作系统上运行。")
    page = ["示例编辑器 - 开源的代码编辑器", "示例编辑器", "文档", "更新", "博客", "下载",
            "开源的代码编辑器", body, body.replace("示例", "这款")]
    doc = scrubber.scrub("\n".join(page))
    assert [v.text for v in doc.lines if v.reason == "headline"] == ["开源的代码编辑器"]


def test_without_a_title_the_heading_beats_the_values_of_the_info_box() -> None:
    page = ["示例百科", "首页", "分类", *BOX, "李青云", "[编辑]", LEAD, "人物生平", "[编辑]", LIFE,
            "参考资料"]
    doc = scrubber.scrub("\n".join(page))
    assert doc.metadata.title == "李青云"
    assert doc.lines[11].reason == "headline"


def test_the_values_of_an_info_box() -> None:
    feats = document_features(["标题", *BOX, LEAD])
    assert infobox_values(feats) == frozenset((2, 4, 6, 8))
    # A field's name alone is no box.
    assert infobox_values(document_features(["别名", "张君宝", LEAD])) == frozenset()
