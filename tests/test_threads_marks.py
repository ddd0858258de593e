"""The post marks per language (``post_marks.POST_MARKS``): the stamps, controls and counters of
a post in Chinese, Japanese and Korean forums and Q&A sites. Synthetic lines and pages
written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.post_marks import is_mark


@pytest.mark.parametrize("line", [
    "发表于 2024-3-1 12:00 | 只看该作者",
    "编辑于 2023-03-01 15:45・IP 属地北京",
    "发布于 2024-04-03 09:55",
    "IP 属地：广东",
    "3 天前・IP 属地上海",
    "本帖最后由 老张 于 2019-3-1 12:00 编辑",
    "使用道具",
    "电梯直达",
    "赞同 104",
    "回答日時：2024/1/5 12:00",
    "投稿日：2024/01/05(金) 12:00:00",
    "ID:a1B2c3D4",
    "ベストアンサー",
    "작성자 홍길동",
    "작성일 24-01-05 12:00",
    "조회 123",
    "추천 0",
    "댓글 3",
    "J JonB",
    "P  2 Replies  Last reply",
    "J  Offline",
])
def test_post_marks(line: str) -> None:
    assert is_mark(line.lower())


@pytest.mark.parametrize("line", [
    "本帖内容仅供参考",
    "赞同这个观点的人很多",
    "投稿日は毎週金曜日",
    "回答日時について",
    "작성자는 누구인가",
    "조회수가 많은 글",
    "idea: a better opener",
    "J JonB has marked this topic as solved",
    "B to C",
])
def test_not_post_marks(line: str) -> None:
    assert not is_mark(line.lower())


REPLIES_ZH = [
    "最近家里的路由器每天晚上都会断线一次，重启以后又恢复正常，有没有人遇到过同样的问题？",
    "可能是路由器过热了，夏天放在柜子里散热不好，可以换个通风的地方放几天试试看。",
    "也可能是运营商晚上在维护线路，建议打客服电话问一下，让他们帮忙查一下线路的情况。",
    "谢谢两位，把路由器从柜子里拿出来以后，已经连续三天没有断线了，问题应该解决了。",
]


def _board(posts: list[str]) -> str:
    lines = ["路由器每天晚上断线 - 示例论坛", "首页", "论坛", "网络设备", "路由器每天晚上断线"]
    for n, post in enumerate(posts):
        lines += [f"网友{n + 1}号", f"发表于 2024-3-{n + 1} 21:0{n} | 只看该作者", post, "回复",
                  "使用道具 举报"]
    lines += ["关于我们", "© 2024 示例论坛"]
    return "\n".join(lines)


def test_a_discuz_thread_is_a_thread() -> None:
    # The stamp is one kind of mark; the controls under each post ("使用道具") are another.
    doc = scrub(_board(REPLIES_ZH))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for post in REPLIES_ZH:
        assert verdicts[post][0], post
    assert verdicts["发表于 2024-3-3 21:02 | 只看该作者"] == (False, "post_chrome")
    assert verdicts["使用道具 举报"] == (False, "post_chrome")


def test_an_article_with_its_stamp_is_no_thread() -> None:
    lines = ["家用路由器的摆放位置", "编辑于 2024-03-01 15:45・IP 属地北京", *REPLIES_ZH,
             "赞同 104", "关于我们"]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    for post in REPLIES_ZH:
        assert post in doc.text


POSTS_KO = [
    "요즘 공유기가 밤마다 한 번씩 끊기는데 재부팅하면 다시 괜찮아집니다. 비슷한 경험 있으신가요?",
    "여름에는 공유기가 과열되는 경우가 많습니다. 통풍이 잘 되는 곳으로 옮겨 보시는 게 좋겠습니다.",
    "통신사에서 밤에 회선 점검을 하는 경우도 있으니 고객센터에 한번 문의해 보세요.",
    "말씀대로 공유기를 선반 밖으로 꺼내 두었더니 사흘째 한 번도 끊기지 않았습니다. 감사합니다.",
]


def test_a_korean_board_thread_is_a_thread() -> None:
    lines = ["공유기가 밤마다 끊겨요 - 예시 커뮤니티", "홈", "자유게시판", "공유기가 밤마다 끊겨요"]
    for n, post in enumerate(POSTS_KO):
        lines += [f"작성자 회원{n + 1}", f"작성일 24-03-0{n + 1} 21:0{n}", f"조회 {120 + n}",
                  f"추천 {n}", post]
    lines += ["회사소개", "© 2024 예시 커뮤니티"]
    doc = scrub("\n".join(lines))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for post in POSTS_KO:
        assert verdicts[post][0], post
    assert verdicts["조회 122"] == (False, "post_chrome")
    assert verdicts["작성일 24-03-03 21:02"][0] is False


def test_a_discuz_thread_with_cards_and_floors() -> None:
    # The poster's card (counters, rank), the floor, the stamp with its controls and the
    # controls under each post; short replies ("顶一个") are posts too, and a post's edit
    # stamp is no part of it.
    posts = [REPLIES_ZH[0], "可能是路由器过热了，夏天放在柜子里散热不好。", "顶一个", "学习了",
             REPLIES_ZH[3]]
    lines = ["路由器每天晚上断线 - 示例论坛", "首页", "论坛", "网络设备", "返回列表", "发新帖",
             "查看: 1234|回复: 4", "路由器每天晚上断线"]
    for n, (post, floor) in enumerate(zip(posts, ["楼主", "沙发", "板凳", "地板", "5#"],
                                          strict=True)):
        lines += [f"网友{n + 1}号", "主题", "帖子", "积分", str(3 + n), str(20 + n),
                  str(100 + n), "新手上路", floor, f"发表于 2024-3-{n + 1} 21:0{n} | 只看该作者"]
        if n == 1:
            lines.append("本帖最后由 网友2号 于 2024-3-2 21:30 编辑")
        lines += [post, "回复", "使用道具 举报"]
    lines += ["返回列表", "发新帖", "关于我们", "手机版|小黑屋|示例论坛"]
    doc = scrub("\n".join(lines))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for post in posts:
        assert verdicts[post][0], post
    for chrome in ("网友3号", "积分", "101", "新手上路", "板凳"):
        assert verdicts[chrome] == (False, "post_chrome"), chrome
    assert not verdicts["本帖最后由 网友2号 于 2024-3-2 21:30 编辑"][0]


def _tieba(floors: bool) -> str:
    posts = [REPLIES_ZH[0], "可能是路由器过热了，夏天放在柜子里散热不好。", "顶一个", "学习了",
             REPLIES_ZH[3]]
    lines = ["路由器每天晚上断线【路由器吧】_示例贴吧", "首页", "路由器吧", "只看楼主", "收藏",
             "路由器每天晚上断线"]
    for n, post in enumerate(posts):
        lines += [f"网友{n + 1}号", str(5 + n), post]
        if n % 2:
            lines.append("来自Android客户端")
        lines += [f"{n + 1}楼" if floors else "", f"2024-03-0{n + 1} 21:0{n}", "回复"]
    lines += ["登录账号", "© 2024 示例贴吧"]
    return "\n".join(lines)


def test_floors_and_dates_make_a_thread() -> None:
    # One kind of mark ("3楼") and the posts' date stamps under each post.
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_tieba(floors=True)).lines}
    for post in ("顶一个", "学习了", REPLIES_ZH[3]):
        assert verdicts[post][0], post
    for chrome in ("3楼", "2024-03-03 21:02", "网友4号", "来自Android客户端"):
        assert verdicts[chrome] == (False, "post_chrome"), chrome


def test_dates_alone_make_no_thread() -> None:
    doc = scrub(_tieba(floors=False))
    assert all(v.reason != "post_chrome" for v in doc.lines)
