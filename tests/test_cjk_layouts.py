"""Page layouts of Chinese, Japanese and Korean sites the labelled dev pages lack, probed one by
one: a Korean community board's post with its comments (the comments' stamps carry a
two-digit year); a Taiwanese blog that writes its prose in short clauses, one a line.
Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.classify import classify
from scrubber.features import line_features
from scrubber.options import DEFAULT_OPTIONS
from scrubber.rules import ruleset

BOARD_BODY = ["회사 근처 김치찌개가 작년에는 팔천 원이었는데 이번 달부터 만 원이 됐네요.",
              "편의점 도시락으로 버티는 날이 점점 늘어나고 있습니다."]


def _board_page() -> list[str]:
    return ["자유게시판 > 요즘 점심값 너무 오른 것 같아요", "커뮤니티", "자유게시판", "질문게시판",
            "로그인", "자유게시판", "요즘 점심값 너무 오른 것 같아요", "작성자", "직장인A",
            "작성일",
            "24-03-05 12:34", "조회", "1,234", "추천", "15", *BOARD_BODY, "추천 15", "비추천 0",
            "목록", "댓글 2", "점심도둑", "24-03-05 12:40",
            "저는 도시락 싸서 다닌 지 반년 됐어요. 생각보다 할 만합니다.", "김과장",
            "24-03-05 12:52", "구내식당 있는 회사가 제일 부럽습니다.", "댓글 작성", "이전글",
            "다음글", "이용약관", "Copyright © 커뮤니티 All rights reserved."]


def _reasons(lines: list[str]) -> dict[str, tuple[bool, str]]:
    return {v.text: (v.keep, v.reason) for v in scrub("\n".join(lines)).lines if v.text}


def test_a_board_posts_stamps_with_a_two_digit_year_are_dates_not_page_lists() -> None:
    verdicts = _reasons(_board_page())
    for line in BOARD_BODY:
        assert verdicts[line][0], (line, verdicts[line])
    assert verdicts["24-03-05 12:34"] == (False, "date_line")
    for stamp in ("24-03-05 12:40", "24-03-05 12:52"):  # in the comments' region
        assert verdicts[stamp][1] != "pagination", stamp


@pytest.mark.parametrize(("line", "reason"), [
    ("24-03-05 12:40", "date_line"),     # a comment's stamp, two-digit year
    ("03/05 12:35", "date_line"),        # month, day and time
    ("12-20-06", "date_line"),
    ("15:23 2019", "date_line"),
    ("1 2 3 4 5 … 12 下一页", "pagination"),
    ("« 1 | 2 | 3 | 4 »", "pagination"),
    ("2 3 4 ... 18", "pagination"),
])
def test_a_numeric_stamp_is_a_date_line_and_a_page_list_stays_pagination(line: str,
                                                                          reason: str) -> None:
    assert classify(line_features(line), ruleset(DEFAULT_OPTIONS), DEFAULT_OPTIONS).reason == reason


def test_traditional_chinese_prose_in_short_lines_is_not_a_menu() -> None:
    """A Taiwanese blog breaks its prose into short clauses, one a line, without punctuation;
    its function words are written in traditional forms (這, 們, 還, 會, 說, 過, 嗎), which the
    table of Chinese function words holds beside the simplified ones."""
    menu = ["首頁", "美食", "旅遊", "親子", "生活", "關於我"]
    clauses = ["這週末帶孩子們去海邊", "還沒到沙灘", "弟弟說他會堆城堡", "結果半小時過去",
               "城堡還沒有蓋好", "姊姊問我們明天還會來嗎", "我說這要看天氣", "回家路上睡著"]
    lead = "上個月終於放暑假了，我們一家四口開車去東部玩了三天，這篇先寫第一天的海邊。"
    doc = scrub("\n".join([*menu, lead, "✨✨", *clauses, "✨✨", "© 2024 小日子部落格"]))
    kept = [v.text for v in doc.lines if v.keep]
    assert set(clauses) <= set(kept)
    assert not set(menu) & set(kept)


ANSWER = ["我在书店工作过三年，说几点自己的观察。",
          "第一，价格确实是硬伤。同一本书在网上买常常能打七折，书店却只能按定价卖，房租和人工都摆在那里。",
          "所以与其说年轻人不去书店，不如说书店没有给年轻人一个非去不可的理由。"]


def test_the_first_answers_head_over_its_body_is_removed() -> None:
    """A Zhihu-like answer page: the first answer's bio and its votes ("3,456 人赞同了该回答")
    stand right over its body, and the context pass took them into the article block with it;
    the votes name them as the answer's head."""
    question = "为什么现在的年轻人越来越不愿意去实体书店了？"
    lines = [f"{question} - 问答社区", "首页", "发现", "等你来答", "登录/注册", "书店", "阅读",
             question, "关注问题", "写回答", "被浏览", "1,234,567", "35 个回答", "默认排序",
             "林深见鹿", "图书编辑，前书店店员", "3,456 人赞同了该回答", *ANSWER,
             "编辑于 2024-03-05 21:14", "赞同 1.2 万", "添加评论", "分享", "收藏",
             "查看全部 35 个回答", "相关问题", "实体书店还有未来吗？ 128 个回答", "帮助中心",
             "© 2024 问答社区"]
    verdicts = _reasons(lines)
    for line in ANSWER:
        assert verdicts[line][0], (line, verdicts[line])
    for head in ("图书编辑，前书店店员", "3,456 人赞同了该回答"):
        assert verdicts[head] == (False, "answer_head"), head
