"""A Chinese Q&A page (Zhihu-like): every answer is kept, its chrome and the related
questions under the answers are not."""

from __future__ import annotations

import pytest

from scrubber import scrub

_ANSWERS = [
    ("张三", "从实际体验来看，这个模型在中文理解上的进步非常明显，尤其是长文本总结和代码生成"
     "两个方面。\n不过在复杂推理任务上仍然和头部模型存在一定差距，期待后续版本继续改进。",
     "发布于 2024-03-05 10:20・IP 属地北京", 128, 12),
    ("李四", "我测试了几个数学题，正确率大概在七成左右，日常使用已经足够，但专业场景还需要"
     "谨慎。",
     "编辑于 2024-03-06 08:00・IP 属地上海", 32, 3),
    ("王五", "部署成本比预期低不少，单卡就能跑起来量化版本，对中小企业来说很有吸引力。",
     "发布于 2024-03-07 09:00・IP 属地广东", 15, 2),
]


@pytest.mark.parametrize("answers", [3, 2])
def test_every_answer_is_kept_and_related_questions_are_not(answers: int) -> None:
    """Two answers make a thread too: their stamps differ in verb and place ("发布于 … IP 属地
    北京" / "编辑于 … IP 属地上海") but not in shape; the first answer's comment count
    opened a comment region that took the second answer (the first answer's two paragraphs
    set its marks further apart than the second's)."""
    lines = ["首页 发现 等你来答", "如何评价新发布的国产大模型？", "关注问题", "写回答",
             "12 个回答"]
    for name, body, stamp, votes, comments in _ANSWERS[:answers]:
        lines += [name, f"{votes} 人赞同了该回答", body, stamp, f"赞同 {votes}",
                  f"{comments} 条评论", "分享", "收藏", "喜欢"]
    lines += ["查看全部 12 个回答", "相关问题", "国产大模型什么时候能赶上国际先进水平？ 45 个回答",
              "帮助中心"]
    doc = scrub("\n".join(lines))
    assert doc.text.splitlines() == ["如何评价新发布的国产大模型？",
                                     *(p for a in _ANSWERS[:answers] for p in a[1].split("\n"))]
    assert doc.lines[-3].reason == "related_header"
