"""A byline's stamp without its year ("8/28(水) 18:05配信", "8월 27일 오후 3시") is a date line
(``classify.yearless_lines``): it was a short line that joined the headline to the article, and
the page's title became the site's name. A month and a day alone ("5月19日", heading a part of
a schedule) or spelt with a month's name ("Thursday, December 4th", an event's) is no stamp."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.classify import _yearless_stamp

PAGE = ("サンプルニュース\nホーム\n国内\n国際\n新型スマホ、9月に発売へ 価格は据え置き\n{stamp}\n"
        "大手メーカーは28日、新型スマートフォンを9月に発売すると発表した。価格は前モデルと同じに"
        "据え置く。カメラの性能を大きく向上させたという。\n"
        "同社の担当者は「多くの人に手に取ってほしい」と話した。予約は来週から始まる。\n"
        "関連記事\n新型タブレット、来月発表か\nCopyright 2024 サンプルニュース")


def test_a_yearless_stamp_under_the_headline() -> None:
    doc = scrub(PAGE.format(stamp="8/28(水) 18:05配信"))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    assert verdicts["8/28(水) 18:05配信"] == (False, "date_line")
    assert doc.metadata.title == "新型スマホ、9月に発売へ 価格は据え置き"


@pytest.mark.parametrize(("text", "dated"), [
    ("8/28(水) 18:05配信", True),
    ("8월 27일 오후 3시", True),
    ("8月28日 18時05分", True),
    ("5月19日", False),
    ("Thursday, December 4th", False),
    ("Monday, December 11. 2006", False),
    ("8月28日に発表された新製品", False),
])
def test_yearless_stamp_lines(text: str, dated: bool) -> None:
    assert _yearless_stamp(text) is dated
