"""A wiki's sections at the edges of the article block, told by the controls under (or glued
to) their headings (:mod:`scrubber.wiki_sections`): the heading over the block's first line,
and a last section too short for the context pass (a heading over one short paragraph).
Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

LIFE = [
    "他早年曾在山中修道多年，后来游历四方，足迹遍及陕西、四川、湖北等地，晚年隐居山中，结庐而居。",
    "据地方志记载，他常年身着一件破旧的道袍，不论寒暑都不更换，但对求学的人总是耐心讲解。",
    "明朝初年，朝廷多次派遣使者到山中寻访，希望请他出山，但他始终避而不见，最终下落不明。",
]
THOUGHT = [
    "他主张以静制动、以柔克刚，认为习武的根本在于修身养性，而不是争强好胜，这一思想影响深远。",
    "他还提出武术与导引、吐纳相结合的练习方法，强调呼吸与动作的配合，使练习者强身健体。",
]
LEGACY = "明清以来，这座山成为道教名山。"
REFERENCE = "地方志编纂委员会编，《山志》，文史出版社，1994年出版。"


def _baike(controls: list[str]) -> str:
    lines = ["示例百科", "首页", "分类", "登录", "中文名", "张某", "别名", "张君宝", "目录",
             "1 人物生平", "2 武学思想", "3 后世影响", "人物生平", *controls, *LIFE,
             "武学思想", *controls, *THOUGHT, "后世影响", *controls, LEGACY,
             "参考资料", *controls, REFERENCE, "词条标签：", "历史人物 道教人物",
             "©2024 示例百科"]
    return "\n".join(lines)


def test_the_first_heading_and_the_last_short_section_are_kept() -> None:
    doc = scrub(_baike(["播报", "编辑"]))
    reasons = {v.text: v.reason for v in doc.lines}
    assert reasons["人物生平"] == "wiki_heading"
    assert reasons["后世影响"] == reasons[LEGACY] == "wiki_section"
    assert doc.text.splitlines() == ["人物生平", *LIFE, "武学思想", *THOUGHT, "后世影响",
                                     LEGACY]


def test_the_end_matter_section_stays_out() -> None:
    doc = scrub(_baike(["[编辑]"]))
    assert LEGACY in doc.text
    assert REFERENCE not in doc.text
    assert "参考资料" not in doc.text


def test_controls_glued_to_the_headings_in_traditional_chinese() -> None:
    legacy = "明清以來，這座山成為道教名山。"
    page = ["張某 - 示例百科", "跳至內容", "登入", "張某，元末明初著名道士，相傳為一派的開山祖師，"
            "在民間傳說中以武藝高強、精通拳法而聞名於世，後人多有記述。",
            "生平[編輯]",
            "他早年曾在山中修道多年，後來遊歷四方，足跡遍及陝西、四川、湖北等地，晚年隱居山中。",
            "據地方志記載，他常年身著一件破舊的道袍，不論寒暑都不更換，但對求學的人總是耐心講解。",
            "影響[編輯]", legacy, "參考資料[編輯]", "地方志編纂委員會編，《山志》，1994年出版。",
            "隱私政策", "關於示例百科"]
    doc = scrub("\n".join(page))
    assert legacy in doc.text
    assert "參考資料[編輯]" not in doc.text


def test_without_controls_nothing_changes() -> None:
    doc = scrub(_baike([]))
    assert all(not v.reason.startswith("wiki_") for v in doc.lines)
