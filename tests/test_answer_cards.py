"""The answerers' cards of a Q&A page (name, a line of zero-width spaces, credential) that no
post mark names (``answer_cards``). Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub

ANSWERS = [
    ["这个问题其实不难回答，关键在于先弄清楚你的预算和使用场景，再去比较不同型号的参数。",
     "如果主要是日常办公和看视频，入门级的机型已经完全够用，没有必要追求最高的配置。"],
    ["我去年刚买过一台，当时也纠结了很久，最后选择了屏幕更好的那一款，用到现在很满意。",
     "建议你去实体店亲自试一试手感，网上的评测只能作为参考，自己用得舒服才是最重要的。"],
    ["从工程师的角度来说，散热设计往往比处理器型号更影响长时间使用的体验，这一点经常被忽略。",
     "所以在看参数的时候，可以多留意一下评测里的温度和噪音数据，它们能说明很多问题。"],
]
CARDS = [("林间小路", "机械工程 硕士"), ("阿青", "数码爱好者"), ("老周", "硬件工程师")]


def _page(invisible: str) -> str:
    lines = ["买笔记本电脑应该注意什么？ - 示例问答", "首页", "发现", "买笔记本电脑应该注意什么？"]
    for (name, bio), body in zip(CARDS, ANSWERS, strict=True):
        lines += [name, invisible, bio, *body]
    lines += ["关于我们", "© 2024 示例问答"]
    return "\n".join(lines)


def test_the_cards_of_the_answers_are_removed() -> None:
    doc = scrub(_page("\u200b"))
    verdicts = {v.text: v for v in doc.lines}
    for name, bio in CARDS[1:]:
        assert not verdicts[name].keep, name
        assert not verdicts[bio].keep, bio
    for body in ANSWERS:
        assert body[0] in doc.text


def test_headings_without_an_invisible_line_stay() -> None:
    # The same short lines with nothing invisible between them are headings of a text.
    doc = scrub(_page(""))
    assert all(v.reason != "answer_head" for v in doc.lines)


def test_headings_over_an_invisible_line_stay() -> None:
    # A blog's headings, each over a line of zero-width spaces and a paragraph.
    lines = ["Three trends in home gardening"]
    for n, body in enumerate(["Raised beds are back, and many gardeners now build them from "
                              "reclaimed timber rather than buying ready-made kits.",
                              "Native plants attract more pollinators and need less water "
                              "once they are settled, which saves work in dry summers.",
                              "Small greenhouses let gardeners start seeds weeks earlier "
                              "and harvest tomatoes well into the autumn."], 1):
        lines += [f"{n}. Trend number {n}", "\u200b", body]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "answer_head" for v in doc.lines)
    assert "2. Trend number 2" in doc.text


@pytest.mark.parametrize("text", [
    "Hello world.\n\u200b",  # the page ends on an invisible line
    "\u200b\u200c",
    "\u200b\n\u200b",
    "\ufeff\nHi\n\u200b",
    "Hi\n\u200b\nthere",  # an invisible line between two words: no card
])
def test_an_invisible_first_or_last_line_is_no_card(text: str) -> None:
    # An invisible line with no text line above or below it has no card around it.
    doc = scrub(text)
    assert all(v.reason != "answer_head" for v in doc.lines)
