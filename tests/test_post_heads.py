"""The poster's name over each post of a Tieba-like thread, whose chrome (client, floor, date)
stands under the post: a short line right under the chrome of the post above and right over
the post's text is the post's head, chrome like the rest (``threads.post_chrome`` with
:mod:`scrubber.post_heads`). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

POSTS = [
    ("青柠汽水", "家里的猫三岁了，最近一周突然不怎么吃猫粮，精神倒还可以，每天也正常上厕所，"
                "想问问大家这种情况要不要带去医院看看？"),
    ("铲屎官阿杰", "先看看是不是换了猫粮，有的猫对新粮很挑剔，可以掺一点旧粮慢慢过渡。"),
    ("小黄的日常", "天热的时候猫食欲会下降，多观察几天，如果连续两天完全不吃就要去医院了。"),
    ("鱼干爱好者", "可以试试给它开个罐头或者煮点鸡胸肉，如果吃得香那就是挑食。"),
    ("青柠汽水", "谢谢大家，今天买了罐头，它吃得挺开心的，应该就是挑食。"),
]


def _thread(posts: list[tuple[str, str]] = POSTS) -> str:
    lines = ["家里的猫最近不爱吃饭怎么办_养猫吧_示例贴吧", "贴吧首页", "养猫吧",
             "家里的猫最近不爱吃饭怎么办", "只看楼主", "收藏", "回复"]
    for n, (name, body) in enumerate(posts, 1):
        lines += [name, body, "来自Android客户端", f"{n}楼", f"2024-03-0{n} 21:1{n}"]
    lines += ["登录示例帐号", "贴吧协议", "©2024 示例"]
    return "\n\n".join(lines)


def test_the_names_over_the_posts_are_chrome() -> None:
    doc = scrub(_thread())
    reasons = {v.text: v.reason for v in doc.lines}
    for name, body in POSTS:
        assert reasons[name] == "post_chrome", name
        assert body in doc.text
    assert not any(name in doc.text.split("\n") for name, _ in POSTS)


def test_one_short_first_line_is_no_name() -> None:
    # Only one post opens with a short line under the chrome: a post's own first line.
    posts = [(POSTS[0][0], POSTS[0][1]), ("补充一下", POSTS[1][1]), *POSTS[2:]]
    lines = _thread(posts).split("\n\n")
    for name, _ in POSTS[2:]:
        lines.remove(name)
    lines.remove(POSTS[0][0])
    doc = scrub("\n\n".join(lines))
    assert {v.text: v.reason for v in doc.lines}["补充一下"] != "post_chrome"


def test_greetings_over_the_posts_are_their_first_lines() -> None:
    # "大家好" over each post is the post's first line, not a name.
    posts = [("大家好", body) for _, body in POSTS]
    doc = scrub(_thread(posts))
    assert all(v.reason != "post_chrome" for v in doc.lines if v.text == "大家好")
