"""A photo credit glued to the end of a caption is no copyright line (rules.tsv copyright_ko:
only a line that opens with ⓒ is one)."""

from __future__ import annotations

from .verdicts import reasons

ARTICLE = [
    "뉴스홈 | 정치 | 경제 | 사회",
    "시청 앞 광장에 새 분수대가 들어선다",
    "시는 내년 봄까지 시청 앞 광장에 음악에 맞춰 물줄기가 움직이는 분수대를 설치한다고 밝혔다. "
    "공사는 다음 달 시작되며 광장 일부는 공사 기간 동안 통제된다.",
    "시 관계자는 \"여름철 시민들이 더위를 피할 수 있는 쉼터가 될 것\"이라며 "
    "\"야간에는 조명과 함께 작은 공연도 열 계획\"이라고 말했다.",
    "분수대 주변에는 나무 그늘과 벤치도 새로 마련되며, 인근 상인들은 방문객이 늘어날 것으로 "
    "기대하고 있다.",
]


def test_caption_with_a_trailing_credit_stays_in_the_article() -> None:
    caption = "시청 앞 광장에서 시민들이 분수대 설계안을 살펴보고 있다.ⓒ예시뉴스"
    got = reasons([*ARTICLE[:3], caption, *ARTICLE[3:]])
    assert got[caption] == "article_block"


def test_line_opening_with_the_sign_is_a_copyright_line() -> None:
    notice = "ⓒ 예시뉴스, 무단 전재 및 재배포 금지"
    assert reasons([*ARTICLE, notice])[notice] == "copyright_ko"
    assert reasons([*ARTICLE, "ⓒ 예시뉴스"])["ⓒ 예시뉴스"] == "copyright_ko"
