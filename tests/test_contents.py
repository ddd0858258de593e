"""A journal issue's table of contents: titles, each over its authors' Han names."""

from __future__ import annotations

import scrubber
from scrubber.contents import names_line

_MENU = ["首页", "学术动态", "期刊导航", "关于我们", "期刊导航 > 城乡研究 > 2023年第2期",
         "《城乡研究》2023年第2期", "目录"]
_TOC = ["乡村振兴研究",
        "县域经济高质量发展的动力机制与实现路径", "王建国;李晓梅",
        "农村集体经济组织治理结构的演进与优化", "张立新",
        "数字技术赋能乡村公共服务的实践逻辑", "刘文华;陈思远;赵一鸣",
        "城市治理",
        "超大城市基层治理中的社区协商机制研究", "杨振宇",
        "城市更新中的历史街区保护与利用", "黄丽娟;周海涛",
        "公共财政",
        "地方政府专项债券的风险评估与管理", "吴国平",
        "转移支付制度改革对区域均衡发展的影响", "孙立群;马德华"]
_ISSUES = ["2023年第1期", "2022年第6期", "2022年第5期", "© 2023 城乡研究编辑部"]


def test_a_table_of_contents_is_kept_whole() -> None:
    """Every title, names line and section heading of the issue's contents is kept; the menu,
    the "目录" label and the list of other issues are not."""
    doc = scrubber.scrub("\n".join([*_MENU, *_TOC, *_ISSUES]))
    kept = [v.text for v in doc.lines if v.keep]
    assert set(_TOC) <= set(kept)
    assert not set(kept) & {"目录", "2023年第1期", "首页"}


def test_papers_cited_apart_in_a_story_are_no_contents() -> None:
    """A news story that names two papers and their authors here and there keeps its own
    paragraphs; the lines of the cited papers stay what the page made of them."""
    para = ("近日，研究团队发布了关于县域经济与乡村治理的系列成果，引发学界广泛关注。"
            "专家认为，这些研究为地方政府制定政策提供了重要参考。")
    story = [para, "县域经济高质量发展的动力机制与实现路径", "王建国;李晓梅", para + "一",
             para + "二", "农村集体经济组织治理结构的演进与优化", "张立新", para + "三"]
    doc = scrubber.scrub("\n".join(["首页", "新闻", *story, "© 2023 新闻网"]))
    assert not any(v.reason == "contents_entry" for v in doc.lines)


def test_names_lines() -> None:
    """Names separated by semicolons, enumeration commas or spaces; not a title, not a role."""
    assert names_line("陈家刚;陈凌宇") and names_line("熊皇;宫慧颖 ;许艳艳")
    assert names_line("张素峰") and names_line("王芳、李强")
    assert not names_line("中共党史") and not names_line("编辑部主任")
    assert not names_line("县域经济高质量发展")
