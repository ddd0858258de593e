"""Posts under signed headers (``posts.signed_posts``): a poster's name and the post's
relative time on one line, the post's floor number, then its text. Synthetic pages written
for these tests."""

from __future__ import annotations

from scrubber import scrub

QUESTION = "最近家里的路由器每天晚上都会断线一次，重启以后又恢复正常，有没有人遇到过同样的问题？"
REPLIES = ["可能是路由器过热了，夏天放在柜子里散热不好。", "顶一个！", "学习了。", "换个路由器吧",
           "谢谢两位，把路由器从柜子里拿出来以后，已经连续三天没有断线了。"]


def _page(floors: bool) -> str:
    lines = ["路由器每天晚上断线 - 示例社区", "首页", "›", "宽带症候群", "路由器每天晚上断线",
             "网友0号 · 2 天前 · 1234 次点击", QUESTION, "5 条回复 • 2024-03-05 21:00:00 +08:00"]
    for n, reply in enumerate(REPLIES):
        lines += [f"网友{n + 1}号   {n + 1} 小时前", *([str(n + 1)] if floors else []), reply]
    lines += ["关于", "© 2024 示例社区"]
    return "\n".join(lines)


def test_short_replies_under_signed_headers_and_floors_are_kept() -> None:
    # (A floor number stands between each header and its reply.)
    for floors in (True, False):
        doc = scrub(_page(floors))
        verdicts = {v.text: v.keep for v in doc.lines}
        for reply in REPLIES:
            assert verdicts[reply], (floors, reply)
        assert not verdicts["网友3号   3 小时前"]


def test_a_feed_of_short_titles_under_sources_stays_out() -> None:
    # A box of latest items after an article: a source and a time, then a short tag.
    article = [QUESTION, "可能是路由器过热了，夏天放在柜子里散热不好，可以换个通风的地方放几天。",
               "也可能是运营商晚上在维护线路，建议打客服电话问一下，让他们帮忙查一下线路。"]
    lines = ["路由器每天晚上断线", *article, "最新动态"]
    for n in range(4):
        lines += [f"示例日报   {n + 1} 小时前", "数码圈"]
    lines += ["关于我们", "© 2024 示例网"]
    text = scrub("\n".join(lines)).text
    assert "数码圈" not in text
    for paragraph in article:
        assert paragraph in text
