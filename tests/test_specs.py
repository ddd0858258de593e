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


# A product's or a person's facts in CJK "label：value" lines, above or under the text. Synthetic
# page written for these tests.
_FACTS_ZH = ["商品名称：华为Mate 60 Pro", "商品编号：100066896338", "商品产地：中国大陆",
             "运行内存：12GB", "屏幕尺寸：6.82英寸"]
_TEXT_ZH = ["华为Mate 60 Pro搭载超可靠玄武架构，整机抗跌耐摔能力大幅提升，"
            "第二代昆仑玻璃让屏幕更耐摔。",
            "支持双向北斗卫星消息，在没有地面网络信号的情况下，也可以发送和接收消息。",
            "主摄采用五千万像素超光变摄像头，支持十档可变光圈，暗光环境下也能拍出清晰的照片。"]
_SHOP_ZH = ["京东首页", "我的订单", "购物车", "加入购物车", "商品介绍", "规格与包装", "售后保障"]


def test_cjk_facts_right_above_the_text_are_kept() -> None:
    page = "\n".join([*_SHOP_ZH, *_FACTS_ZH, *_TEXT_ZH, "为你推荐", "华为nova 12",
                      "Copyright © 2004-2024 示例商城 版权所有"])
    kept = scrubber.clean(page).split("\n")
    assert all(line in kept for line in _FACTS_ZH), kept
    assert "购物车" not in kept


def test_cjk_facts_right_under_the_text_are_kept() -> None:
    page = "\n".join([*_SHOP_ZH, *_TEXT_ZH, *_FACTS_ZH, "关于我们 | 联系我们",
                      "Copyright © 2004-2024 示例商城 版权所有"])
    kept = scrubber.clean(page).split("\n")
    assert all(line in kept for line in _FACTS_ZH), kept


def test_a_byline_block_above_the_text_is_no_spec_block() -> None:
    # The byline rules name these lines: a block takes back no line a rule named.
    byline = ["来源：示例日报", "作者：王五", "责任编辑：赵六"]
    page = "\n".join(["首页", "新闻", *byline, *_TEXT_ZH, "© 2024 示例网"])
    doc = scrubber.scrub(page)
    assert all(not v.keep for v in doc.lines if v.text in byline)
