"""The heads of a Q&A page's answers between one answer's votes and the next answer's body
(``answer_heads.answer_heads``). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

QUESTION = "家里的老式燃气热水器冬天出水忽冷忽热，应该怎么排查？"
ANSWERS = [
    ["先看水压，冬天自来水压力偏低时，热水器的水量传感器会反复启停，出水温度就跟着忽高忽低。",
     "可以把热水器的进水阀开到最大，再把混水阀往热水一侧多拧一些，观察温度是否稳定下来。",
     "如果这样调整以后还是不稳定，可以在进水口加装一个小型增压泵，价格在两三百元左右。"],
    ["我家遇到过一模一样的情况，最后发现是燃气表的电池快没电了，导致供气时有时无，换了电池就好了。",
     "如果燃气灶点火也偶尔不顺畅，基本可以确定是这个原因，建议先从最便宜的地方开始检查。",
     "电池一般是两节普通的五号电池，装在燃气表正面的小盖子里面，自己动手就能更换。"],
    ["另外一个常见原因是热交换器积垢，使用五六年以上的机器最好请师傅上门清洗一次，费用并不高。",
     "清洗之后热效率会明显提高，冬天洗澡时水温也会稳定很多，这是我自己的实际体验。",
     "平时也要注意别让热水器长时间小火运行，出水温度设得太低反而更容易产生冷凝水和积垢。"],
]
HEADS = [("山野闲人", "暖通工程师"), ("小白兔兔", "家电维修爱好者")]


def _page(with_votes: bool) -> str:
    lines = ["首页", "发现", "登录/注册", QUESTION, "关注问题 写回答", "查看全部 12 个回答",
             "水暖老周", "物业维修主管", "关注", "35 人赞同了该回答"]
    for n, answer in enumerate(ANSWERS):
        lines += answer
        if with_votes:
            lines += [f"赞同 {40 - 10 * n}  {n + 3} 条评论"]
        lines += ["分享", "收藏 喜欢"]
        if n < len(HEADS):
            lines += [*HEADS[n], "关注"]
    lines += ["查看全部 12 个回答", "关于我们", "© 2024 示例问答"]
    return "\n".join(lines)


def test_answer_heads_under_the_votes_are_removed() -> None:
    doc = scrub(_page(with_votes=True))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for name, bio in HEADS:
        assert verdicts[name] == (False, "answer_head"), name
        assert verdicts[bio] == (False, "answer_head"), bio
    for answer in ANSWERS:
        for paragraph in answer:
            assert paragraph in doc.text


def test_short_lines_without_the_votes_stay() -> None:
    # Without a post mark (the votes) above them, short lines between two paragraphs may be
    # the article's own headings: no head is found.
    doc = scrub(_page(with_votes=False))
    assert all(v.reason != "answer_head" for v in doc.lines)


def test_a_single_heading_after_a_share_bar_stays() -> None:
    # One short line after a post mark and before a paragraph is a heading of an article,
    # not the head of one of several answers.
    lines = ["示例生活网", "首页", "家居", "冬季家电保养小知识",
             "冬天到了，家里的各种电器使用频率明显增加，适当的保养可以延长它们的使用寿命。",
             "下面按照电器的种类，分别介绍几个简单易行而且不需要专业工具的保养方法。",
             "赞同 12  3 条评论", "分享",
             "热水器的保养",
             "热水器建议每年清洗一次热交换器，并定期检查进水口的过滤网是否被杂质堵塞。",
             "如果使用的是燃气热水器，还要留意燃气管道的接口有没有松动或者老化的迹象。",
             "关于我们", "© 2024 示例生活网"]
    doc = scrub("\n".join(lines))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    assert verdicts["热水器的保养"] == (True, "article_block")
