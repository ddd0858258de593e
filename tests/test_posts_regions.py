"""A thread's posts inside a region that a menu's header opened above the thread
(``posts.post_bodies``): "Quick links" over a forum's thread. Synthetic pages written for
these tests."""

from __future__ import annotations

from scrubber import scrub

TITLE = "Garage door opener stops halfway"
POSTS = [
    ("Since the storm last week my garage door opener stops halfway up and reverses.",
     "Code: Select all",
     "error 4 sensor blocked",
     "Any idea what this means?"),
    ("Check the travel limits first: a power cut sometimes resets them on older units, "
     "and then the opener believes the door has hit something before it is fully open.",),
    ("Thanks, resetting the limits fixed it!",),
]
NAMES = [("rosa_m", "Posts: 3", "Joined: 2024-02-11 08:30"),
         ("doorfixer", "Posts: 1,402", "Joined: 2012-07-01 19:05"),
         ("rosa_m", "Posts: 3", "Joined: 2024-02-11 08:30")]


def _page(menu: str) -> str:
    # (No <title> line: a dump's text, whose thread title the headline search cannot confirm.)
    lines = ["Example Home Forums", "Skip to content", menu, "Unanswered topics",
             "Active topics", "FAQ", "Login", "Register", "Board index", TITLE, "Post Reply",
             "3 posts • Page 1 of 1"]
    for n, ((name, posts, joined), body) in enumerate(zip(NAMES, POSTS, strict=True), 1):
        lines += [name, posts, joined, "Quote", f"#{n} Post by {name} » 2024-05-1{n} 20:1{n}",
                  *body, "Top"]
    lines += ["Post Reply", "Return to “Doors and windows”", "All times are UTC",
              "Powered by phpBB® Forum Software © phpBB Limited"]
    return "\n".join(lines)


def test_posts_under_a_menus_links_header_are_kept() -> None:
    doc = scrub(_page("Quick links"))
    for body in POSTS[:2]:
        assert body[0] in doc.text, body[0]
    assert POSTS[0][3] in doc.text
    assert "error 4 sensor blocked" in doc.text
    removed = {v.text for v in doc.lines if not v.keep}
    assert {"Posts: 1,402", "Joined: 2012-07-01 19:05", "Unanswered topics"} <= removed


def test_a_links_box_after_the_thread_stays_out() -> None:
    links = ["Useful links", "Door spring safety guide", "Opener remote pairing help",
             "Find a local installer"]
    page = _page("Quick links").replace("Post Reply\nReturn", "\n".join(links) + "\nReturn")
    doc = scrub(page)
    assert POSTS[1][0] in doc.text
    for line in links[1:]:
        assert line not in doc.text, line


ARTICLE_ZH = [
    "最近在整理家里的旧电脑，准备把一台十年前的笔记本改造成家庭文件服务器，记录一下折腾的过程。",
    "首先需要更换硬盘，原来的机械硬盘已经有不少坏道了，换成固态硬盘以后开机速度快了很多。",
    "然后安装了一个轻量的系统，只保留文件共享和远程登录两个服务，内存占用一直在三百兆以内。",
]
REPLIES_ZH = ["思路不错！", "耗电多少？", "我也试试", "硬盘要常查。"]
CARDS_ZH = [("山间小路", "课程读者   610 声望  / 慢跑爱好者 @ 城南跑团"),
            ("老张", "课程读者   62 声望"),
            ("清风徐来", "版主   3.1k 声望  / 站长 @ 示例社区技术交流中心"),
            ("阿木", "课程读者   130 声望  / 周末木工 @ 城北手工坊")]


def _zh_page() -> str:
    lines = ["旧笔记本改造成家庭文件服务器 - 示例社区", "首页", "社区", "登录",
             "旧笔记本改造成家庭文件服务器", *ARTICLE_ZH, "推荐文章：", "更多推荐..."]
    for n in range(3):
        lines += ["博客", f"第{n + 1}篇：入门教程合集 {n + 3} / {n} | {n + 1}年前"]
    lines += ["讨论数量: 4", "排序："]
    for n, ((name, card), reply) in enumerate(zip(CARDS_ZH, REPLIES_ZH, strict=True)):
        lines += [name, card, reply, f"{n + 1}周前 评论", "评论", f"{n} 举报"]
    lines += ["关于我们", "联系站长", "© 2024 示例社区"]
    return "\n".join(lines)


def test_a_posters_name_above_a_long_card_is_no_reply() -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_zh_page()).lines}
    # (The replies from the first short mark of the region on; "我也试试" ends no sentence,
    # but stands above its stamp, not a card.)
    for reply in REPLIES_ZH[1:]:
        assert verdicts[reply] == (True, "post_body"), reply
    for name, _ in CARDS_ZH:
        assert not verdicts[name][0], name


BUILD_TITLE = "Build fails after the update"
FIRST_POST = ["Since the update the build stops at the same step every time.",
              "Code: Select all", "make -j2 all", "CC      lib/util.o", "CC      lib/parse.o",
              "LD      bin/app",
              "I have already removed the build folder and started from a clean checkout, but "
              "the error comes back every single time, on both of my machines. What else can I "
              "try?"]
ANSWER = ("The linker step needs the new version of the parser library; install it from the "
          "backports repository and run the build again, the error should go away.")


def _code_thread() -> str:
    lines = ["Example Dev Forums", "Skip to content", "Board index", BUILD_TITLE, "Post Reply",
             "2 posts • Page 1 of 1"]
    cards = [("marta_v", "Posts: 4", "Joined: 2023-11-02 09:14", BUILD_TITLE),
             ("oldpipes", "Posts: 2,318", "Joined: 2011-05-20 18:40", f"Re: {BUILD_TITLE}")]
    for n, ((name, posts, joined, subject), body) in enumerate(
            zip(cards, (FIRST_POST, [ANSWER]), strict=True), 1):
        lines += [name, posts, joined, subject, "Quote",
                  f"#{n} Post by {name} » 2024-0{n}-12 21:0{n}", *body, "Top"]
    lines += ["Post Reply", "Return to “Programming”", "All times are UTC",
              "Powered by phpBB® Forum Software © phpBB Limited"]
    return "\n".join(lines)


def test_a_first_post_broken_by_named_lines_is_kept() -> None:
    # The code box's output lines, which a rule names, cut the first post's text: the context
    # pass starts the article at its last paragraph.
    text = scrub(_code_thread()).text
    for line in (FIRST_POST[0], FIRST_POST[1], FIRST_POST[2], FIRST_POST[-1], ANSWER):
        assert line in text, line
    for chrome in ("Joined: 2023-11-02 09:14", "Skip to content", "2 posts • Page 1 of 1"):
        assert chrome not in text, chrome


def test_a_reply_to_a_poster_is_no_chrome() -> None:
    # A short reply with no sentence end between the poster's card and the post's stamp reads
    # like a poster's title, unless it is addressed to someone ("@老张 不行呢").
    replies = ["思路不错！", "耗电多少？", "@老张 不行呢", "硬盘要常查。"]
    lines = ["旧笔记本改造成家庭文件服务器 - 示例社区", "首页", "社区", "登录",
             "旧笔记本改造成家庭文件服务器", *ARTICLE_ZH, "讨论数量: 4", "排序："]
    for n, (name, reply) in enumerate(zip(["山间小路", "老张", "清风徐来", "阿木"], replies,
                                          strict=True)):
        lines += [name, f"{100 * n + 62} 声望", reply, f"{n + 1}周前 评论", "评论", f"{n} 举报"]
    lines += ["关于我们", "联系站长", "© 2024 示例社区"]
    verdicts = {v.text: (v.keep, v.reason) for v in scrub("\n".join(lines)).lines}
    # (No region over the replies: the context pass left them after the article, and each
    # stands between its poster's card and its stamp.)
    for reply in replies:
        assert verdicts[reply] == (True, "post_body"), reply
    assert verdicts["262 声望"] == (False, "post_chrome")
    assert not verdicts["清风徐来"][0]


def test_teasers_between_repeated_chrome_after_a_thread_stay_out() -> None:
    # The box of other articles after the thread: its "博客" repeats as the thread's chrome
    # does, but it is no post mark; its titles are no posts.
    teasers = ["家用网络设备选购指南第一期", "入门教程合集之文件共享设置", "旧电脑改造的十个小技巧"]
    lines = ["旧笔记本改造成家庭文件服务器 - 示例社区", "首页", "旧笔记本改造成家庭文件服务器",
             *ARTICLE_ZH]
    for n, (name, reply) in enumerate(zip(["山间小路", "老张", "清风徐来"],
                                          ["思路不错！", "耗电多少？", "我也试试。"],
                                          strict=True)):
        lines += [name, f"{100 * n + 62} 声望", reply, f"{n + 1}周前 评论", "评论", f"{n} 举报"]
    for teaser in teasers:
        lines += ["博客", teaser]
    lines += ["博客", "关于我们", "© 2024 示例社区"]
    text = scrub("\n".join(lines)).text
    assert "耗电多少？" in text
    for teaser in teasers:
        assert teaser not in text, teaser
