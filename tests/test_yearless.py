"""A byline stamp that gives a month and a day but no year ("8/28(水) 18:05配信"): the page's
date is unknown rather than some other item's (scrubber.yearless)."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.yearless import month_day

_PAGES = {
    "ja": ("サンプルニュース\nホーム\n国内\n国際\n新型スマホ、9月に発売へ 価格は据え置き\n{stamp}\n"
           "大手メーカーは28日、新型スマートフォンを9月に発売すると発表した。価格は前モデルと同じに"
           "据え置く。カメラの性能を大きく向上させたという。\n"
           "同社の担当者は「多くの人に手に取ってほしい」と話した。予約は来週から始まる。\n"
           "関連記事\n{related}\nCopyright 2024 サンプルニュース"),
    "ko": ("샘플일보\n뉴스\n정치\n경제\n서울 아파트값 6주 연속 상승\n{stamp}\n"
           "서울 아파트값이 6주 연속 오름세를 이어갔다. 한국부동산원이 27일 발표한 주간 아파트 "
           "가격 동향에 따르면 서울 아파트값은 지난주보다 0.2% 올랐다.\n"
           "전문가들은 금리 인하 기대감이 커지면서 매수 심리가 회복되고 있다고 분석했다.\n"
           "관련기사\n{related}\nCopyright © 2024 샘플일보"),
    "en": ("Sample Times\nHome\nWorld\nBusiness\nCity council approves new bike lanes downtown\n"
           "{stamp}\nThe city council voted on Monday to approve twelve miles of new protected "
           "bike lanes across the downtown area, ending a debate that lasted two years.\n"
           "Supporters said the lanes would make streets safer for everyone, while some "
           "business owners worried about the loss of parking spaces.\n"
           "Related stories\n{related}\n© 2024 Sample Times"),
}


@pytest.mark.parametrize(("text", "found"), [
    ("8/28(水) 18:05配信", (8, 28)),
    ("8月28日 18時05分", (8, 28)),
    ("8월 27일 오후 3시", (8, 27)),
    ("3/5 (Tue)", (3, 5)),
    ("Aug 28", (8, 28)),
    ("28 August", (8, 28)),
    ("2024年8月28日 18時05分", None),  # a full date
    ("2024/8/28(水)", None),
    ("Aug 28, 2024", None),
    ("3/5", None),  # a fraction or a score as often as a date
    ("May I help you", None),
])
def test_month_day_without_a_year(text: str, found: tuple[int, int] | None) -> None:
    assert month_day(text) == found


@pytest.mark.parametrize(("lang", "stamp", "related"), [
    ("ja", "8/28(水) 18:05配信", "台風の進路予想 2024/08/20\n防災情報まとめ 2024/08/21"),
    ("ja", "8月28日 18時05分", "台風の進路予想 2024年8月20日\n防災情報まとめ 2024年8月21日"),
    ("ko", "8월 27일 오후 3시", "다른 기사 2024.08.20\n또 다른 기사 2024.08.21"),
    ("en", "Aug 28", "Storm update 2024-08-20\nFlood map 2024-08-21"),
])
def test_a_stamp_without_its_year_takes_no_other_items_date(lang: str, stamp: str,
                                                            related: str) -> None:
    page = _PAGES[lang].format(stamp=stamp, related=related)
    assert scrubber.scrub(page).metadata.date is None


def test_a_full_date_of_the_stamps_day_gives_its_year() -> None:
    page = _PAGES["ja"].format(stamp="8/28(水) 18:05配信",
                               related="台風の進路予想 2024/08/20\n新型スマホ 2024/08/28")
    assert scrubber.scrub(page).metadata.date == "2024-08-28"


def test_a_named_publication_date_elsewhere_stands() -> None:
    page = _PAGES["en"].format(stamp="Aug 29", related="Published: August 28, 2024")
    assert scrubber.scrub(page).metadata.date == "2024-08-28"


_QUESTION = ("How do I reverse a list? - Sample Q&A\nQuestions\nTags\nUsers\n"
             "How do I reverse a list?\n{stamp}\nViewed 1.2m times\n"
             "I have a list like [1, 2, 3] and I want to get [3, 2, 1]. What is the best way to "
             "do this in Python?\n"
             "python list\nalice_dev\n5 Answers\n"
             "You can use slicing: my_list[::-1] returns a new reversed list.\n"
             "answered Mar 3, 2019 at 10:20\nbob_coder\n"
             "Use my_list.reverse() to reverse in place, or reversed(my_list) for an iterator.\n"
             "answered Jun 7, 2023 at 8:02\ncarol99")


@pytest.mark.parametrize(("stamp", "date"), [
    ("Asked 5 years ago", None),  # the answers' dates are later ones
    ("Asked Mar 3, 2019 at 10:15", "2019-03-03T10:15"),
])
def test_a_question_asked_at_a_relative_time_takes_no_answers_date(stamp: str,
                                                                   date: str | None) -> None:
    assert scrubber.scrub(_QUESTION.format(stamp=stamp)).metadata.date == date
