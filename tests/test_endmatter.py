"""The end of the article: headings of the matter that follows it (structure.end_headers)."""

from __future__ import annotations

import pytest

import scrubber

from .verdicts import reasons

ARTICLE = [
    "The city council voted on Tuesday to extend the river path by another four kilometres, "
    "linking the old harbour to the new housing estates in the north.",
    "Work is expected to start in the spring and to last about eighteen months, the council "
    "said in a statement published after the vote.",
    "Residents who spoke at the meeting welcomed the plan, although several asked for more "
    "benches and better lighting along the existing stretch.",
]
CLOSING = ("A public consultation on the design of the new stretch will open next month, and the "
           "council has promised to publish every response it receives.")
TEASERS = [
    "Harbour ferry returns after winter break",
    "New bakery opens on the market square",
    "Local choir wins regional contest",
    "Library extends its weekend hours",
]


@pytest.mark.parametrize("heading", [
    "More from The Riverside Gazette",
    "Related articles that may interest you",
    "About the Author:",
    "Most read in local news",
    "Discussion about this post",
    "related blog posts",
    "Latest blog posts",
    "More from our blog",
    "Related Story",
    "More you might like",
    "Similar posts",
    "More in Local News",
    "Recent Comments",
    "Discover more from The Riverside Gazette",
    "関連記事をもっと見る",
    "相关新闻推荐阅读",
    "이 기사와 함께 보면 좋은 뉴스",
])
def test_end_heading_opens_a_region(heading: str) -> None:
    got = reasons([*ARTICLE, heading, *TEASERS])
    assert got[heading] == "article_end_header"
    assert all(got[t] == "article_end_region" for t in TEASERS)
    assert all(got[a] == "article_block" for a in ARTICLE)


def test_inline_link_and_sentence_are_no_heading() -> None:
    inline = "» Related reading: How the old harbour was rebuilt"
    sentence = "More from the council is expected next week."
    got = reasons([ARTICLE[0], inline, ARTICLE[1], sentence, ARTICLE[2]])
    assert got[inline] != "article_end_header"
    assert got[sentence] == "article_block"


def test_hyphenated_word_is_no_end_phrase() -> None:
    heading = "More in-depth reporting on the river path"
    got = reasons([ARTICLE[0], heading, *ARTICLE[1:]])
    assert got[heading] != "article_end_header"
    assert all(got[a] == "article_block" for a in ARTICLE)


def test_repeated_heading_is_section_chrome() -> None:
    heading = "More from this category"
    got = reasons([*ARTICLE, heading, *TEASERS[:2], heading, *TEASERS[2:]])
    assert got[heading] != "article_end_header"


def test_article_resuming_after_a_box_takes_the_heading_back() -> None:
    resumed = [
        "The new stretch of the path will be lit at night by solar lamps.",
        "Benches will stand every two hundred metres along the water.",
        "Cyclists and walkers will share the route, as on the old stretch.",
        "The council will review the plan after its first year of use.",
    ]
    got = reasons([*ARTICLE, "Most read in local news", *TEASERS, *resumed, CLOSING])
    # The heading is taken back (it opens no region); the article goes on after the box.
    assert not any(reason.startswith("article_end_region") for reason in got.values())
    assert all(got[r] == "article_block" for r in resumed)


def test_a_removed_keyword_takes_its_end_phrases_out() -> None:
    heading = "Related articles that may interest you"
    doc = scrubber.scrub("\n".join([*ARTICLE, heading, *TEASERS]),
                         remove_keywords=["related articles"])
    assert {v.text: v.reason for v in doc.lines}[heading] != "article_end_header"


ZH_ARTICLE = [
    "市交通局昨日发布消息，今年将新建公交专用道四十公里，并在主要路口增设信号优先设施，"
    "以缩短高峰时段的通勤时间。",
    "据介绍，新建的专用道将覆盖城区东西向的三条主干道，预计年底前全部完工并投入使用，"
    "届时沿线公交车的平均速度有望提高两成。",
    "交通局负责人表示，下一步还将根据市民反馈调整线路，并在部分站点试点实时到站信息屏。",
]
ZH_BOX = [
    "去年公交客流同比增长一成",
    "根据统计，去年全市公交日均客流达到一百二十万人次，比前年增长约一成，其中早晚高峰"
    "的客流占到全天的一半以上。",
    "地铁三号线延伸段开工",
    "地铁三号线延伸段于上月正式开工建设，全长约十二公里，设车站八座，计划三年后通车，"
    "建成后将连接城北新区和老城中心。",
]
ZH_STAMP = "本文来源：本市日报 责任编辑：王明"


def test_related_box_signed_by_the_articles_editor_is_the_articles() -> None:
    got = reasons([*ZH_ARTICLE, "【相关阅读】", *ZH_BOX, ZH_STAMP, "为您推荐", *ZH_BOX[::2]])
    # The editor signs under the box: the box is part of the article.
    assert all(got[line] == "article_block" for line in ZH_BOX[1::2])
    assert got[ZH_STAMP] == "byline_source"


def test_related_box_under_the_editors_stamp_stays_a_region() -> None:
    got = reasons([*ZH_ARTICLE, ZH_STAMP, "【相关阅读】", *ZH_BOX])
    assert all(got[line] == "related_region" for line in ZH_BOX)
    assert all(got[line] == "article_block" for line in ZH_ARTICLE)
