"""The replies of a thread inside a box the context pass took for boilerplate
(``posts.post_bodies``). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

ARTICLE = [
    "最近在整理家里的旧电脑，准备把一台十年前的笔记本改造成家庭文件服务器，记录一下折腾的过程。",
    "首先需要更换硬盘，原来的机械硬盘已经有不少坏道了，换成固态硬盘以后开机速度快了很多。",
    "然后安装了一个轻量的系统，只保留文件共享和远程登录两个服务，内存占用一直在三百兆以内。",
    "最后设置了每天凌晨自动备份，到现在已经稳定运行了两个多月，没有出现过任何问题。",
]
REPLIES = ["思路不错！", "耗电多少？", "我也试试。", "硬盘要常查。", "学习了，谢谢！"]
NAMES = ["山间小路", "老张", "清风徐来", "阿木", "晚风"]


def _page(thread: bool) -> str:
    lines = ["旧笔记本改造成家庭文件服务器 - 示例社区", "首页", "社区", "登录", "注册",
             "旧笔记本改造成家庭文件服务器", *ARTICLE, "推荐文章：", "更多推荐..."]
    for n in range(4):
        lines += ["博客", f"第{n + 1}篇：入门教程合集 {n + 3} / {n} | {n + 1}年前"]
    if thread:
        lines += ["讨论数量: 5", "排序："]
        for n, (name, reply) in enumerate(zip(NAMES, REPLIES, strict=True)):
            lines += [name, f"{100 * n + 36} 声望", reply, f"{n + 1}周前 评论", f"{n} 举报"]
    else:  # a feed of other articles, each with a time and a report button
        for n, name in enumerate(NAMES):
            lines += [f"{name}：家用网络设备选购指南第{n + 1}期", f"{n + 2}天前", "不感兴趣",
                      "举报"]
    lines += ["关于我们", "联系站长", "© 2024 示例社区"]
    return "\n".join(lines)


def test_replies_after_a_related_box_are_kept() -> None:
    doc = scrub(_page(thread=True))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for reply in REPLIES[:-1]:
        assert verdicts[reply] == (True, "post_body"), reply
    for paragraph in ARTICLE:
        assert paragraph in doc.text
    assert not verdicts["136 声望"][0]
    assert not verdicts["第2篇：入门教程合集 4 / 1 | 2年前"][0]


def test_a_feed_after_a_related_box_stays_out() -> None:
    doc = scrub(_page(thread=False))
    assert all(v.reason != "post_body" for v in doc.lines)
    assert "家用网络设备选购指南" not in doc.text
    for paragraph in ARTICLE:
        assert paragraph in doc.text


def test_a_rankings_numbers_are_no_post_stamps() -> None:
    # "#1", "#2" over the items of a ranking stand beside no time: they are no posts' floors.
    items = ["Compact travel kettle with a folding handle, 0.8 litres, stainless steel body",
             "Noise-cancelling headphones with a thirty-hour battery and a soft carry case",
             "Cast iron skillet, pre-seasoned, twenty-five centimetres across, oven safe",
             "Reusable water bottle that keeps drinks cold for a full day at the beach"]
    lines = ["Best Sellers in Home and Kitchen", "Our most popular products, updated hourly."]
    for n, item in enumerate(items, 1):
        lines += [f"#{n}", item, f"4.{n} out of 5 stars", f"${10 * n + 9}.99"]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_stamp" for v in doc.lines)


def test_a_floor_number_beside_its_posts_time_is_a_stamp() -> None:
    from scrubber.features import document_features
    from scrubber.posts import _bare_floor, _timed
    thread = document_features(["Check the fan first.", "#2", "harbour_light · 10:42"])
    ranking = document_features(["Travel kettle", "#2", "Skillet", "4.5 out of 5 stars"])
    assert _bare_floor("#2") and not _bare_floor("#2 · May 3, 2024")
    assert _timed(1, thread)
    assert not _timed(1, ranking)


def _qa_page(replies: list[tuple[str, str]]) -> str:
    lines = ["示例问答 - 开发者社区", "首页 问答 文章 活动", "问答",
             "上传文件时提示服务器错误怎么办？", "提问者小林 | 12 | 2天前",
             "上传超过十兆的文件时页面提示服务器错误，小文件没有问题。"]
    for header, reply in replies:
        lines += [header, reply, "|"]
    lines += ["没有更多了", "关于我们", "联系站长", "© 2024 示例社区"]
    return "\n".join(lines)


def test_replies_under_signed_headers_are_kept() -> None:
    replies = [("社区小助手 | 版主 | 1天前", "已经调大了上传限制"),
               ("提问者小林 | 20小时前", "现在可以了，谢谢"),
               ("老周 | 18小时前", "我之前也遇到过这个问题"),
               ("阿星 | 3小时前", "记得清一下浏览器缓存")]
    doc = scrub(_qa_page(replies))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for _, reply in replies:
        assert verdicts[reply][0], reply
    for header, _ in replies:
        assert not verdicts[header][0], header


def test_a_feed_headed_by_sources_and_times_stays_out() -> None:
    # A box of other stories after an article: each headed by a comment's signed time, but
    # half the headers (the story's source and time) have no text under them.
    from scrubber.classify import Classified, Kind
    from scrubber.features import document_features
    from scrubber.signed_posts import signed_posts
    comments = ["About time they fixed the roads around here!", "Get to the point please.",
                "Nothing new, same promises every single year.", "Praying for the family."]
    stories = ["Storm knocks out power across the valley", "Bridge closes for repairs",
               "New bakery opens its doors on Main Street", "Schools plan a later start"]
    lines = ["HOT COMMENTS"]
    for n, (name, comment, story) in enumerate(zip(["Wilson", "Jives", "Taryn", "Marco"],
                                                   comments, stories, strict=True)):
        lines += [f"{name} {n + 2} hours ago", comment, story, f"Valley Post • {n + 5} hours ago"]
    feats = document_features(lines)
    decisions = [("noise", "after_article")] * len(lines)
    signed_posts(decisions, [Classified(Kind.NEAR)] * len(lines), feats)
    assert ("content", "post_body") not in decisions
    # The same comments, each under its own header only, are a thread's replies.
    thread = [line for line in lines if "Valley Post" not in line and line not in stories]
    decisions = [("noise", "after_article")] * len(thread)
    signed_posts(decisions, [Classified(Kind.NEAR)] * len(thread), document_features(thread))
    assert decisions.count(("content", "post_body")) == len(comments)


def test_signed_posts_after_the_replies_of_a_region_are_kept() -> None:
    # The thread's last posts (nested replies) are headed by a name and a time only.
    nested = [("山间小路 （楼主） 3天前", "换了电源以后好了"), ("老张 2天前", "那就是电源的问题"),
              ("阿木 1天前", "收藏了，以后用得上")]
    lines = _page(thread=True).split("\n")
    at = lines.index("关于我们")
    for header, reply in nested:
        lines[at:at] = [header, reply]
        at += 2
    doc = scrub("\n".join(lines))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for header, reply in nested:
        assert verdicts[reply] == (True, "post_body"), reply
        assert not verdicts[header][0], header


_JOBS = [("Acme Robotics", "a backend engineer"), ("Brightline Labs", "product designers"),
         ("Cedar Health", "a founding engineer"), ("Dunmore Data", "data engineers"),
         ("Eastgate Energy", "an account executive"), ("Fernhill AI", "ML engineers")]


def test_the_times_of_a_grids_items_are_no_post_stamps() -> None:
    # A list of job posts, each title with its relative time under it: the grid keeps the
    # times with their records.
    lines = ["Jobs", "These are jobs at startups we funded. See more on our jobs page."]
    for n, (name, role) in enumerate(_JOBS, 1):
        lines += [f"{n}.\t\t{name} (Batch W2{n % 4}) is hiring {role} (example.com)",
                  f"{n * 3} hours ago"]
    lines += ["More", "Guidelines | FAQ | Contact"]
    times = [v for v in scrub("\n".join(lines)).lines if v.text.endswith("hours ago")]
    assert len(times) == len(_JOBS)
    assert all(v.keep and v.reason != "post_stamp" for v in times)


def test_the_times_of_a_threads_posts_are_stamps() -> None:
    posts = ["I moved my sourdough starter to the fridge and now it barely rises after feeding; "
             "should I keep it on the counter for a few days before baking again?",
             "Give it two or three feedings at room temperature first. A cold starter is slow, "
             "but it comes back once it is warm and fed on a regular schedule.",
             "Same here, mine needed three days on the counter before it doubled again.",
             "Thanks, it doubled this morning after the second feeding at room temperature."]
    lines = ["Starter barely rises after the fridge"]
    for n, post in enumerate(posts):
        lines += [f"baker_{n} · {n + 2} hours ago", post]
    stamps = [v for v in scrub("\n".join(lines)).lines if v.text.endswith("hours ago")]
    assert stamps and not any(v.keep for v in stamps)


_CODE = ["HOSTCC  scripts/basic/fixdep", "HOSTCC  scripts/kconfig/conf.o",
         "HOSTLD  scripts/kconfig/conf"]


def test_a_code_box_inside_a_reply_in_a_region_is_kept() -> None:
    lines = ["旧笔记本改造成家庭文件服务器 - 示例社区", "首页", "社区", "登录", "注册",
             "旧笔记本改造成家庭文件服务器", *ARTICLE, "推荐文章：", "更多推荐..."]
    for n in range(4):
        lines += ["博客", f"第{n + 1}篇：入门教程合集 {n + 3} / {n} | {n + 1}年前"]
    lines += ["讨论数量: 5", "排序："]
    for n, (name, reply) in enumerate(zip(NAMES, REPLIES, strict=True)):
        body = {0: [reply, "分享到微博"],
                2: ["编译内核的时候报错了，输出如下：", *_CODE, "换了一个版本以后就好了。"]}
        lines += [name, f"{100 * n + 36} 声望", *body.get(n, [reply]), f"{n + 1}周前 评论",
                  f"{n} 举报"]
    lines += ["关于我们", "联系站长", "© 2024 示例社区"]
    verdicts = {v.text: (v.keep, v.reason) for v in scrub("\n".join(lines)).lines}
    for line in _CODE:
        assert verdicts[line] == (True, "post_body"), line
    # A line a rule names after a reply's text, up to the post's chrome, is no body's.
    assert not verdicts["分享到微博"][0]
    assert not verdicts["336 声望"][0]
