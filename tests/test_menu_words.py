"""A region header between two menu words opens no region (structure.menu_headers): menu
words written in Han characters run to four characters."""

from __future__ import annotations

from .verdicts import reasons

MENU = ["首页", "诗歌", "每日精选", "汉诗英译", "编辑推荐", "诗人", "名家", "驻站", "专栏"]
ARTICLE = [
    "夜深人静的时候，是一天里最轻松的时刻，泡一壶茶，翻几页旧书，窗外偶尔传来几声犬吠。",
    "这首小诗写于去年冬天的一个深夜，那时刚读完一本关于唐代诗人的传记，心里有许多感慨。",
]
TEASERS = ["春日登山记", "江南小镇的雨季", "写给远方朋友的一封信"]


def test_header_inside_a_menu_of_four_character_words_opens_no_region() -> None:
    got = reasons([*MENU, "静夜小记", *ARTICLE, "© 2024 示例诗歌网"])
    assert got["编辑推荐"] == "related_header"
    assert got["诗人"] != "related_region"
    assert all(got[t] == "article_block" for t in ARTICLE)


def test_header_after_the_article_still_opens_a_region() -> None:
    got = reasons([*MENU[:2], *ARTICLE, "编辑推荐", *TEASERS])
    assert all(got[t] == "related_region" for t in TEASERS)
