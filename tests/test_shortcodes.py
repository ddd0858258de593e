"""A row of emoji shortcodes (a comment box's emoji picker) is an emoji line
(structure.emoji_lines), and a comment box's rules are comment chrome (rules.tsv)."""

from __future__ import annotations

from .test_disclaimers import reasons

POST = [
    "这个问题我也遇到过，每次拉取别人的项目后安装依赖都会报各种错误，排查起来非常耗时间。",
    "后来发现可以先用依赖检查工具扫描一遍，找出缺失的包，再统一安装，基本就不会出问题了。",
    "下面把具体的步骤整理一下，希望对遇到同样问题的朋友有所帮助，也欢迎大家补充更好的办法。",
]
PICKER = ":smile::+1::heart::joy::thinking_face::tada:"
RULES = "请勿发布不友善的内容，理性发言，共同维护良好的讨论氛围。"


def test_shortcode_row_and_comment_rules_are_removed() -> None:
    got = reasons(["首页", *POST, "发表评论", RULES, PICKER, "© 2024 示例社区"])
    assert got[PICKER] == "emoji_line"
    assert got[RULES] in ("comment_rules", "comment_region")
    assert all(got[t] == "article_block" for t in POST)


def test_picker_inside_article_neither_ends_it() -> None:
    got = reasons([*POST[:2], PICKER, POST[2]])
    assert got[PICKER] == "emoji_line"
    assert got[POST[2]] == "article_block"


def test_a_line_with_one_shortcode_and_text_is_kept() -> None:
    line = ("把 :smile: 这样的短代码写进消息里，发送后会显示成对应的表情，"
            "很多聊天软件都支持这种写法。")
    got = reasons([*POST[:2], line, POST[2]])
    assert got[line] == "article_block"
