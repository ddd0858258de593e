"""Code runs: which lines read as code, and a post whose body is mostly code (invented text)."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.classify import Classified, Kind
from scrubber.features import line_features
from scrubber.structure import code_like, code_runs


@pytest.mark.parametrize("line", [
    "print(x)",
    "os.path.join(base, name)",
    '"hello".indexOf(\'e\')  // 1',
    "#!/bin/bash",
    "#include <stdio.h>",
    "# install the package",
    "export PATH=$HOME/bin:$PATH",
    "curl -v https://example.org",
    '"id": "ch_3MmlLrLkdIwHu7ix",',  # a JSON response in API documentation
    '"amount": 1099,',
    '"billing_details": {',
    '"state": null',
    "    pivot = arr[0]",  # an assignment spaced as style guides ask
    "total += price * qty",
    "[1, 2, 3, 5, 8]",  # a program's printed list
    '["a", "b"]',
])
def test_code_like(line: str) -> None:
    assert code_like(line_features(line))


@pytest.mark.parametrize("line", [
    "Linux(40)",  # a counted link in a sidebar
    "MacOS(12)",
    "2019年03月(7)",  # an archive entry
    "Category(News)",
    "#travel",  # a hashtag
    "# 设置代理",  # a comment alone is no code (it joins a run, see below)
    "这是一个普通的句子，没有代码。",
    '"Hello": that was all she said.',  # a quotation, then a colon
    'The "key": a word in quotes',
    "The price = five dollars, they said.",
    "[1] [2] [3]",  # footnote marks, a pager
])
def test_not_code_like(line: str) -> None:
    assert not code_like(line_features(line))


def _classified(lines: list[str]) -> tuple[list[Classified], list]:  # type: ignore[type-arg]
    feats = [line_features(t) for t in lines]
    kinds = [Classified(Kind.BLANK) if not t else Classified(Kind.SHORT) for t in lines]
    return kinds, feats


def test_comment_lines_join_a_code_run() -> None:
    lines = ["# 安装依赖", "npm i -g checker", "# 检查", "checker --all", "# 恢复",
             "export MODE="]
    classified, feats = _classified(lines)
    assert code_runs(classified, feats) == list(range(len(lines)))
    assert all(c.kind is Kind.NEAR for c in classified)


def test_comment_lines_alone_make_no_run() -> None:
    lines = ["# 第一部分", "", "# 第二部分", "正文的第一句话"]
    classified, feats = _classified(lines)
    assert code_runs(classified, feats) == []


def test_hashtags_make_no_run() -> None:
    lines = ["#webdev", "#python", "#career", "#news"]
    classified, feats = _classified(lines)
    assert code_runs(classified, feats) == []


def test_post_whose_body_is_code_is_the_article() -> None:
    """A post of shell commands under its headline wins over a course teaser below it."""
    body = ["Windows 下设置代理", "# 设置代理", "set http_proxy=http://127.0.0.1:8080",
            "# 测试", "curl -v https://example.org", "# 恢复", "set http_proxy=",
            "Linux 下设置代理", "# 设置代理", "export https_proxy=http://10.0.0.2:8080",
            "export http_proxy=http://10.0.0.2:8080", "source ~/.bashrc",
            "echo $https_proxy", "# 测试", "curl -v https://example.org",
            "# 恢复", "export https_proxy=", "export http_proxy=", "source ~/.bashrc"]
    teaser = ["从零开始带你开发一个完整的项目并部署到线上，课程讲授开发中专业而实用的技能。",
              "《进阶课程》", "从申请账号开始，一步步带你开发一个小程序，直到提交审核正式上线。"]
    page = "\n".join(["首页 | 社区 | 文档", "登录", "注册", "系统设置代理", *body,
                      "举报", "某某用户", "762 声望", "1 人点赞", *teaser])
    doc = scrubber.scrub(page)
    kept = [v.text for v in doc.lines if v.keep]
    assert "curl -v https://example.org" in kept
    assert "export http_proxy=" in kept
    assert "首页 | 社区 | 文档" not in kept


def test_counted_sidebar_does_not_join_the_article() -> None:
    para = ("The committee published its report on Monday, and the minister said the "
            "recommendations would be adopted in full before the end of the year.")
    sidebar = ["Linux(40)", "Windows(40)", "MacOS(12)", "Android(5)", "iOS(5)"]
    doc = scrubber.scrub("\n".join([*sidebar, para, para.replace("Monday", "Friday")]))
    assert [v.keep for v in doc.lines] == [False] * len(sidebar) + [True, True]


def test_code_in_a_chinese_post_keeps_its_assignments_and_output() -> None:
    """An assignment line ("pivot = arr[0]": its "[0]" read as a counted link) and a printed
    list ("[1, 2, 3, 5, 8]": read as a pager) inside a kept snippet stay."""
    body = ["快速排序是一种常用的排序算法，它采用分治的思想，通过一趟排序将待排序的数据分割成"
            "两部分。",
            "下面是Python实现的代码：", "def quick_sort(arr):", "    if len(arr) <= 1:",
            "        return arr", "    pivot = arr[0]",
            "    return quick_sort([x for x in arr[1:] if x < pivot]) + [pivot]", "运行结果如下：",
            "[1, 2, 3, 5, 8]",
            "快速排序的平均时间复杂度为O(nlogn)，最坏情况下为O(n^2)，空间复杂度较低。"]
    doc = scrubber.scrub("\n".join(["博客 下载 学习 社区", "Python实现快速排序算法详解", *body,
                                     "版权所有 © 2024"]))
    assert doc.text.splitlines()[-len(body):] == body  # with the code's indents


def test_code_keeps_its_indent_and_prose_does_not() -> None:
    """A snippet's indents are its meaning in Python: kept code keeps them; an indented line of
    prose is stripped as before."""
    lines = ["博客 下载 学习 社区", "Python实现快速排序算法详解",
             "  快速排序是一种常用的排序算法，它采用分治的思想，通过一趟排序将待排序的数据分割成"
             "两部分。",
             "下面是Python实现的代码：", "def quick_sort(arr):", "    if len(arr) <= 1:",
             "        return arr  ", "    return sorted(arr)",
             "快速排序的平均时间复杂度为O(nlogn)，最坏情况下为O(n^2)，空间复杂度较低。",
             "版权所有 © 2024"]
    doc = scrubber.scrub("\n".join(lines))
    assert doc.text.splitlines()[1:] == [
        lines[2].strip(), lines[3], "def quick_sort(arr):", "    if len(arr) <= 1:",
        "        return arr", "    return sorted(arr)", lines[8]]
    assert scrubber.clean(doc.text) == doc.text
