"""An advertisement slot's label between two paragraphs neither stays nor ends the article."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.interstitials import INTERSTITIALS

_EN = ["The city council approved the new budget on Tuesday after a long debate about schools "
       "and roads, with seven votes in favour.",
       "Members said the plan would raise spending on repairs and add two hundred teachers over "
       "the next three years.",
       "The mayor promised a review of the bus network next spring, and the first repairs are "
       "due to start in August.",
       "Several residents said they welcomed the plan but wanted the work on their streets to "
       "start sooner than proposed."]


@pytest.mark.parametrize("slot", ["Advertisement", "ADVERTISEMENT", "— Advertisement —",
                                  "Story continues below advertisement"])
def test_slot_between_short_paragraphs(slot: str) -> None:
    page = ["Home News Business", "Council approves the new budget", _EN[0], _EN[1], slot,
            _EN[2], _EN[3], "Copyright 2024 Example News"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-4:] == _EN
    assert not doc.lines[4].keep and doc.lines[4].reason.startswith("ad_marker")


def test_other_advertising_words_are_no_slot() -> None:
    """A button ("Shop now") is removed, and the article search does not read through it."""
    page = ["Home News Business", "Council approves the new budget", "By Jane Doe",
            _EN[0], _EN[1], "Shop now", _EN[2], _EN[3], "Copyright 2024 Example News"]
    doc = scrub("\n".join(page))
    assert "Shop now" not in doc.text


def test_labels_are_case_folded() -> None:
    assert all(w == w.casefold() for ws in INTERSTITIALS.values() for w in ws)


def test_wiki_controls_under_headings_are_read_through() -> None:
    """A wiki's section controls (播报 / 编辑, "[edit]") under each heading are removed, and the
    heading, its infobox and its section stay with the article."""
    intro = ("西湖位于浙江省杭州市西湖区龙井路1号，杭州市区西部，汇水面积为21.22平方千米，湖面面积"
             "为6.38平方千米。")
    history = "西湖古称“钱塘湖”，又名“西子湖”，古代诗人苏轼曾作诗称赞它的景色，流传至今。"
    sights = "西湖十景形成于南宋时期，基本围绕西湖分布，有的就位于湖上，至今仍吸引大量游客。"
    page = ["首页 秒懂百科 特色百科", "西湖", "播报", "编辑", intro, "中文名", "西湖", "外文名",
            "West Lake", "历史沿革", "播报", "编辑", history, "主要景点", "[编辑]", sights,
            "参考资料", "词条统计"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-9:] == [intro, "中文名", "西湖", "外文名", "West Lake",
                                          "历史沿革", history, "主要景点", sights]
    assert {v.reason for v in doc.lines if v.text in ("播报", "编辑", "[编辑]")} == {"wiki_control"}
