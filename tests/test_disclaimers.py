"""Disclaimers and reprint notices at the end of an article (endmatter.disclaimers)."""

from __future__ import annotations

from scrubber.endmatter import is_disclaimer, is_disclosure
from scrubber.features import line_features

from .verdicts import reasons

ARTICLE = [
    "示例新闻网首页 | 新闻 | 财经 | 体育",
    "沿海城市推进旧港区改造 新建滨水步道四公里",
    "本市今年将完成旧港区一期改造工程，沿河新建滨水步道四公里，连接老码头与北部新建居住区，"
    "预计明年春季开工，工期约十八个月。",
    "市规划部门表示，改造方案已经过两轮公开征求意见，居民提出的增加座椅和照明等建议已被采纳，"
    "步道沿线还将设置三处小型公园和一处自行车驿站。",
    "业内人士认为，滨水空间改造既能改善居民生活环境，也能带动周边商业发展，是城市更新的重要方向。",
]
NOTICE = ("【免责声明】本文仅代表作者本人观点，与本网无关。本网对文中陈述、观点判断保持中立，"
          "不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，"
          "并请自行承担全部责任。")  # longer than the footer rules look at
PLATFORM = "平台声明：该文观点仅代表作者本人，本平台系信息发布平台，仅提供信息存储空间服务。"
REPRINT = "本作品为示例科普栏目原创，转载时请注明出处。"
FOOTER = "版权所有 © 2024 示例新闻网"


def test_disclaimer_after_article_is_footer() -> None:
    got = reasons([*ARTICLE, NOTICE, FOOTER])
    assert got[NOTICE] == "disclaimer"
    assert got[ARTICLE[-1]] == "article_block"


def test_platform_statement_and_reprint_notice() -> None:
    got = reasons([*ARTICLE, PLATFORM, REPRINT, FOOTER])
    assert got[PLATFORM] == "disclaimer"
    assert got[REPRINT] == "disclaimer"


def test_article_about_a_statement_is_kept() -> None:
    # An article quoting a statement on copyright, with the article going on after it.
    quoted = ("声明：公司表示，涉事图片已全部删除，并将依法追究相关责任人的法律责任，"
              "同时向受影响的摄影师公开道歉。")
    lines = [*ARTICLE[:3], quoted, *ARTICLE[3:], ARTICLE[2].replace("本市", "全省"), FOOTER]
    assert reasons(lines)[quoted] == "article_block"


def test_shapes() -> None:
    assert is_disclaimer(line_features(NOTICE))
    assert is_disclaimer(line_features("特别提醒：如使用了您的图片，请与本站联系索取稿酬。"))
    # A bare label needs two phrases of the vocabulary; a sentence needs the page itself.
    assert not is_disclaimer(line_features("提示：今年的投资建议集中在基础设施领域。"))
    law = "国家版权局表示，未经著作权人授权转载作品属于侵权行为。"
    assert not is_disclaimer(line_features(law))


def test_translated_notice_after_a_disclaimer() -> None:
    notice = ("特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，"
              "本平台仅提供信息存储服务。")
    english = ("Notice: The content above (including the pictures and videos if any) is "
               "uploaded and posted by a user of the platform, which only provides storage.")
    got = reasons([*ARTICLE, notice, english])
    assert got[notice] == "disclaimer"
    assert got[english] == "disclaimer"


def test_english_line_of_the_article_after_a_notice_is_kept() -> None:
    english = ("The committee's full report, published in English, runs to 214 pages and "
               "lists every recommendation with the agency responsible for it.")
    got = reasons([*ARTICLE, NOTICE, english, ARTICLE[2].replace("本市", "全省")])
    assert got[english] == "article_block"


EN_ARTICLE = [
    "Home | Recipes | Travel | About",
    "Ten Things to Pack for a Week of Hiking in the Hills",
    "A week on the trail starts long before the first step: what you carry decides how far "
    "you get, and how much you enjoy the walk once the path turns steep and rocky.",
    "Start with the shoes. A pair that is already broken in is worth more than any new gadget, "
    "and a spare pair of socks weighs next to nothing in the bottom of the pack.",
    "Water comes next. Two bottles and a small filter let you refill from streams along the "
    "way, which saves carrying the heavy load that a full day in the sun would need.",
]


def test_affiliate_disclosure_in_the_article_is_a_disclaimer() -> None:
    top = "This post contains affiliate links. Read my full disclosure for more."
    associate = "As an Amazon Associate we earn from qualifying purchases."
    lines = [*EN_ARTICLE[:2], top, *EN_ARTICLE[2:4], associate, *EN_ARTICLE[4:]]
    got = reasons(lines)
    assert got[top] == "disclaimer"
    assert got[associate] == "disclaimer"
    assert got[EN_ARTICLE[3]] == "article_block"


def test_article_explaining_affiliate_links_is_kept() -> None:
    # The article speaks of others' affiliate links, not of its own.
    explains = ("Streamers earn a commission when viewers buy games, gear or software "
                "through their affiliate links, and many of them live on it.")
    lines = [*EN_ARTICLE[:3], explains, *EN_ARTICLE[3:]]
    assert reasons(lines)[explains] == "article_block"


def test_disclosure_shapes() -> None:
    assert is_disclosure(line_features("We may earn a commission from links on this page."))
    assert is_disclosure(line_features("(Using the affiliate links in this blog post helps me.)"))
    assert not is_disclosure(line_features(
        "Partners get booking links, and our affiliates earn commissions on every sale."))
    assert not is_disclosure(line_features("本文含有推广链接，我们可能获得佣金。"))
