"""Threads on text and image boards, whose posts each open with one header line holding the
post's number, the poster's name and the stamp ("12 名前：名無しさん 2024/03/05(火) 12:34:56.78
ID:AbCd1234"; ``post_marks.POST_HEADERS``), and whose replies may open with an anchor to the
post they answer (">>2"). Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.post_marks import is_post_header

OPENING = ("大手ゲームメーカーは5日、新型ゲーム機を来月発売すると発表した。"
           "価格は5万円前後になる見通し。")
REPLIES = [["高すぎるだろ"], ["ソフト次第だな。ローンチタイトルが弱いと売れないと思う。"],
           [">>2", "今の物価なら妥当な値段だよ"], ["転売屋がまた買い占めるんだろうな"]]
IDS = ["AbCd1234", "Xy9zQw00", "Pq7Rs111", "Lm5Nn222", "Tt3Uu333"]


def _header(style: str, n: int) -> str:
    name = "ニュース速報＠ネット" if n == 1 else "名無しさん"
    stamp = f"2024/03/05(火) 12:{30 + n}:56.78 ID:{IDS[n - 1]}"
    return f"{n} 名前：{name} {stamp}" if style == "board" else f"{n}: {name} {stamp}"


def _page(style: str) -> str:
    lines = ["【速報】新型ゲーム機、来月発売へ　価格は5万円前後か", "掲示板トップ",
             "ニュース速報板", "スレッド一覧", "新着レス", _header(style, 1), OPENING]
    for n, body in enumerate(REPLIES, start=2):
        lines += [_header(style, n), *body]
    lines += ["新着レスの表示", "スレッドを見る", "ニュース速報板に戻る", "関連スレッド",
              "新型スマホ発表スレ", "ゲーム業界総合スレ"]
    return "\n".join(lines)


@pytest.mark.parametrize("style", ["board", "quoted"])
def test_every_post_of_a_text_board_is_kept_and_its_headers_removed(style: str) -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_page(style)).lines}
    for line in [OPENING, *(b for body in REPLIES for b in body if not b.startswith(">>"))]:
        assert verdicts[line][0], (line, verdicts[line])
    for n in range(1, 6):
        assert verdicts[_header(style, n)] == (False, "post_chrome"), n
    assert verdicts[">>2"] == (False, "post_chrome")
    assert not verdicts["新着レスの表示"][0]
    assert not verdicts["ゲーム業界総合スレ"][0]


def test_an_image_board_thread_keeps_its_short_replies() -> None:
    posts = [("99887766", ["Why is everyone suddenly into mechanical keyboards? I have used "
                           "the same membrane one for ten years."]),
             ("99887770", [">>99887766", "Because typing on them feels better."]),
             ("99887781", ["They are loud and expensive, but they last forever."]),
             ("99887790", [">>99887781", "mine broke after two years"]),
             ("99887802", ["just buy whatever is cheap"])]
    lines = ["[Home] [Catalog] [Archive]", "/g/ - Technology"]
    for n, (number, body) in enumerate(posts):
        lines += [f"Anonymous 03/05/24(Tue)12:{34 + n}:56 No.{number}", *body]
    lines += ["[Return] [Catalog] [Top]", "Update", "Auto", "Delete Post: [File Only] Style:"]
    verdicts = {v.text: (v.keep, v.reason) for v in scrub("\n".join(lines)).lines}
    for _, body in posts:
        assert verdicts[body[-1]][0], (body[-1], verdicts[body[-1]])
    assert verdicts["Anonymous 03/05/24(Tue)12:38:56 No.99887802"] == (False, "post_chrome")
    assert not verdicts["[Return] [Catalog] [Top]"][0]


@pytest.mark.parametrize("line", [
    "12 名前：名無しさん 2024/03/05(火) 12:34:56.78 ID:abcd1234",
    "12: 名無しさん 2024/03/05(火) 12:34:56.78",
    "anonymous 03/05/24(tue)12:34:56 no.99887766",
])
def test_board_headers(line: str) -> None:
    assert is_post_header(line)


@pytest.mark.parametrize("line", [
    "2024/03/05(火) 12:34 更新",  # a date line
    "12月5日、名前を変更した。",  # a sentence
    "第3回 2024/03/05 開催",  # an event's date
    "posted 03/05/24 by anonymous",
])
def test_lines_that_are_no_board_headers(line: str) -> None:
    assert not is_post_header(line)


def test_a_lone_anchor_line_on_an_article_page_tells_no_thread() -> None:
    """One reply anchor on a page with no post headers is no thread's chrome."""
    lines = ["記事タイトル", OPENING, ">>2",
             "政府は28日夜、関係閣僚会議を開き、自治体と連携して早めの避難を促す方針を確認した。"]
    assert all(v.reason != "post_chrome" for v in scrub("\n".join(lines)).lines)
