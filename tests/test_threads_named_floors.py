"""A short thread on a Chinese board, whose floors are named (沙发, 板凳, 地板: the second,
third and fourth posts) instead of numbered (``chrome_shapes.chrome_key`` gives them the shape of
"5楼"). Synthetic page written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub

QUESTION = ["新买的手机用了一个星期，发现续航特别差，一天要充两次电。",
            "后台也清理过了，亮度也调低了，还是不行。"]
REPLIES = ["先看看电池设置里哪个应用耗电最多，可能是某个应用在后台一直运行。",
           "新手机前几天系统会建立索引，耗电多是正常的，过一周再看看。",
           "谢谢大家，我先关掉5G试试。"]
POSTERS = ["老王", "数码达人", "小明同学"]


def _page(floors: tuple[str, ...]) -> str:
    lines = ["论坛首页", "门户", "论坛", "搜索", "登录", "立即注册",
             "您当前的位置：论坛首页 › 数码讨论区 › 手机交流", "返回列表",
             "[求助] 新买的手机续航很差，有什么办法吗？", "小明同学",
             "发表于 2024-3-5 21:14:36 | 只看该作者 |倒序浏览", *QUESTION, "回复", "举报"]
    for n, (name, floor, reply) in enumerate(zip(POSTERS, floors, REPLIES, strict=True)):
        lines += [name, f"发表于 2024-3-{5 + n} 21:{10 + n}:36 | 只看该作者", floor, reply,
                  "回复 支持 反对", "举报"]
    lines += ["返回列表", "您需要登录后才可以回帖 登录 | 立即注册", "发表回复",
              "Archiver|手机版|小黑屋", "Powered by Discuz! X3.4", "© 2001-2024 Comsenz Inc."]
    return "\n".join(lines)


@pytest.mark.parametrize("floors", [("沙发", "板凳", "地板"),
                                    ("2楼", "3楼", "4楼")])
def test_every_reply_of_a_short_thread_is_kept(floors: tuple[str, ...]) -> None:
    doc = scrub(_page(floors))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for line in [*QUESTION, *REPLIES]:
        assert verdicts[line][0], (line, verdicts[line])
    for floor in floors:
        assert verdicts[floor] == (False, "post_chrome"), floor
    assert verdicts["回复 支持 反对"][0] is False


def test_a_floor_name_inside_a_sentence_is_text() -> None:
    doc = scrub(_page(("沙发", "板凳", "地板")).replace(
        "谢谢大家，我先关掉5G试试。", "谢谢大家，我先关掉5G试试，顺便把旧沙发也卖了。"))
    kept = [v.text for v in doc.lines if v.keep]
    assert "谢谢大家，我先关掉5G试试，顺便把旧沙发也卖了。" in kept


def test_floor_numbers_with_their_dates_glued_on_tell_a_thread() -> None:
    """A board that writes each post's floor and date as one line under its body
    ("1楼2024-03-05 21:14"): the line holds two kinds of marks, and the page is a thread."""
    lines = ["编程吧_示例贴吧", "示例贴吧", "进入吧", "全吧搜索", "编程吧", "看贴", "精品",
             "有没有人知道这个bug怎么解决", "只看楼主", "收藏", *QUESTION, "1楼2024-03-05 21:14"]
    for n, (name, reply) in enumerate(zip(POSTERS, REPLIES, strict=True)):
        lines += [name, reply, f"{n + 2}楼2024-03-{5 + n} 21:{30 + n}"]
    lines += ["登录账号", "扫二维码下载客户端", "©2024 示例 贴吧协议 隐私政策"]
    verdicts = {v.text: (v.keep, v.reason) for v in scrub("\n".join(lines)).lines}
    for line in [*QUESTION, *REPLIES]:
        assert verdicts[line][0], (line, verdicts[line])
    assert verdicts["1楼2024-03-05 21:14"] == (False, "post_chrome")
    assert verdicts["3楼2024-03-6 21:31"] == (False, "post_chrome")
