"""A page's furniture standing inside the article (between two paragraphs) is removed by its
keywords alone: app prompts, "read the original" links, photo and production credits, the
report button, audio players."""

from __future__ import annotations

import pytest

from scrubber import scrub

_ZH = ["市政府昨日发布新一轮老旧小区改造计划，计划在未来三年内完成全市二百个老旧小区的改造工作，"
       "惠及居民超过十万户。",
       "据介绍，改造内容包括外墙保温、管网更新、加装电梯和停车设施建设等，资金由市区两级财政共同承担。",
       "市住建局负责人表示，将广泛听取居民意见，确保改造工程质量，并定期向社会公布进度。"]
_EN = ["The city council approved the new budget on Tuesday after a long debate about schools "
       "and roads, with seven votes in favour and two against, and the mayor called it a turning "
       "point.",
       "Members said the plan would raise spending on repairs and add two hundred teachers over "
       "the next three years, while the opposition warned that taxes would have to rise.",
       "The mayor promised a review of the bus network next spring, and the first repairs are "
       "due to start in August, beginning with the roads around the schools."]


@pytest.mark.parametrize("line", [
    "打开APP", "APP内打开", "阅读原文", "图源：视觉中国", "题图来自：视觉中国", "封面图：IC photo",
    "监制：陈七", "本文链接：https://www.example.com/a/1.html", "点个在看", "举报",
])
def test_chinese_furniture_inside_the_article(line: str) -> None:
    page = ["首页 新闻 财经", "老旧小区改造计划出炉", _ZH[0], _ZH[1], line, _ZH[2],
            "版权所有 © 2024"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-3:] == _ZH and line not in doc.text


@pytest.mark.parametrize("line", ["Listen to this article", "Scroll to continue with content"])
def test_english_furniture_inside_the_article(line: str) -> None:
    page = ["Home News Business", "Council approves the new budget", _EN[0], _EN[1], line, _EN[2],
            "Copyright 2024 Example News"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-3:] == _EN and line not in doc.text
