"""The metadata of board posts: a BBS post's header fields over two lines each ("作者" /
"abc123 (小明)", "時間" / "Tue Mar  5 12:34:56 2024", C's asctime), and a Korean board's
writer and date fields ("작성자 김철수", "작성일 24-03-05 12:34", a two-digit year before its
time). Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.dates import find_dates
from scrubber.names import han_names_line

PTT = """[問卦] 有沒有捷運延長營業的八卦？ - 看板 Gossiping - 批踢踢實業坊
批踢踢實業坊
› 看板 Gossiping
返回看板
分享
作者
abc123 (小明)
看板
Gossiping
標題
[問卦] 有沒有捷運延長營業的八卦？
時間
Tue Mar  5 12:34:56 2024
最近常常加班到很晚，走到捷運站的時候都已經快收班了。
聽說國外很多城市的地鐵週末都是二十四小時營運，台北捷運有沒有可能也延長營業時間呢？
--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4 (臺灣)
推 user1: 半夜要維修軌道啦 03/05 12:35"""

KO_BOARD = """노트북 배터리가 빨리 닳아요 - 자유게시판
로그인
자유게시판
노트북 배터리가 빨리 닳아요
작성자 김철수
작성일 24-03-05 12:34
조회 1,024
산 지 1년 된 노트북인데 요즘 배터리가 두 시간도 못 가요.
밝기를 낮추고 절전 모드도 켜 봤는데 별로 달라지지 않네요.
목록
이용약관"""


def test_a_bbs_posts_author_and_date() -> None:
    meta = scrub(PTT).metadata
    assert meta.author == "abc123"
    assert meta.date == "2024-03-05T12:34"


def test_a_korean_boards_writer_and_date() -> None:
    meta = scrub(KO_BOARD).metadata
    assert meta.author == "김철수"
    assert meta.date == "2024-03-05T12:34"


@pytest.mark.parametrize(("text", "iso"), [
    ("Tue Mar  5 12:34:56 2024", "2024-03-05T12:34"),
    ("Sat Dec 23 09:05:00 2023 +0800", "2023-12-23T09:05"),
    ("작성일 24-03-05 12:34", "2024-03-05T12:34"),
])
def test_date_forms(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", [
    "24-03-05",  # a two-digit year without its time: a code, a score
    "call 12-34-56 now",
    "24/03/05 12:34",  # slashes: month first in the US, day first elsewhere
])
def test_no_date_in(text: str) -> None:
    assert list(find_dates(text)) == []


@pytest.mark.parametrize("label", ["时间", "時間", "作者", "标题"])
def test_a_field_label_is_no_han_name(label: str) -> None:
    """时 and 张 are surnames; a field's label alone on its line is still no name."""
    assert not han_names_line(label)
