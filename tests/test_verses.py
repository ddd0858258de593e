"""Verse at the edge of a CJK article, and the headlines verse is not."""

from __future__ import annotations

from scrubber import scrub
from scrubber.headline import _title_parts

_NOTES = ("这首诗写于作者登山途中，借秋日景色抒发对故乡的思念之情。诗中的远山与归雁相互映衬，"
          "表现了游子漂泊在外的孤独与惆怅。")
_PROSE = ("作者早年离乡求学，中年以后辗转各地任职，晚年才回到故里，这段经历在他的许多作品中都"
          "留下了深刻的印记。")


def test_poem_above_its_notes_is_the_articles() -> None:
    poem = ["远山含翠色，", "归雁过南楼。", "一夜西风起，", "故园入梦秋。"]
    page = ["首页 诗歌 散文 小说", "秋日登高-某某诗歌网", "秋日登高", "作者：某某 2021年10月3日",
            *poem, "赏析：", _NOTES, _PROSE, "上一篇：春夜", "下一篇：冬雪"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines() == ["秋日登高", *poem, "赏析：", _NOTES, _PROSE]
    assert {v.reason for v in doc.lines if v.text in poem} == {"verse"}
    assert doc.metadata.title == "秋日登高"


def test_lyrics_under_the_article_are_its() -> None:
    lyrics = ["月亮走我也走，", "我送阿哥到村口，", "到村口。"]
    page = ["音乐 新闻", "老歌新唱", _NOTES, _PROSE, *lyrics, "相关阅读", "新歌榜单出炉"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-3:] == lyrics


def test_short_lines_that_do_not_go_on_are_no_verse() -> None:
    """Separate short sentences next to the article (notices, teasers) are not verse: no line
    of theirs ends mid-sentence."""
    page = ["音乐 新闻", "老歌新唱", _NOTES, _PROSE, "本站不提供下载。", "欢迎投稿！",
            "相关阅读", "新歌榜单出炉"]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines()[-2:] == [_NOTES, _PROSE]


def test_a_hyphen_next_to_cjk_parts_a_title() -> None:
    assert _title_parts("静夜思•夜-中国诗歌网") == ["静夜思夜", "中国诗歌网"]
    assert _title_parts("iPhone 15评测-中关村在线") == ["iphone15评测", "中关村在线"]
    assert _title_parts("COVID-19疫情") == ["covid19疫情"]
    assert _title_parts("2024-03-05新闻") == ["20240305新闻"]
