"""The author's box at the end of an article (end_bios.author_bios)."""

from __future__ import annotations

import scrubber

from .verdicts import reasons

ARTICLE = [
    "Home | Blog | Pricing | Contact",
    "How to Plan a Small Kitchen Garden",
    "A kitchen garden does not need much room: four raised beds and a path between them feed "
    "a family of four through most of the summer, if the beds are planned well.",
    "Start with the sun. Most vegetables want six hours of it a day, so put the beds where the "
    "morning light reaches them first and the afternoon shade of the house does not.",
    "Then choose what you eat most. Tomatoes, beans and lettuce give the most for the space, "
    "while pumpkins and corn take a whole bed for a handful of meals.",
    "Water in the morning, mulch the beds after planting, and the garden will look after "
    "itself for most of the week while you are at work.",
]
NAME = "Mara Linden"
JOB = "Contributing Writer"
BIO = ("Mara Linden is a garden writer and a former nursery owner who has grown vegetables in "
       "small city yards for twenty years.")
MORE = "She lives in Portland with two cats and far too many seed catalogues."


def test_author_box_at_the_end_is_taken_out() -> None:
    got = reasons([*ARTICLE, NAME, JOB, BIO, MORE, "© 2024 Example Gardens"])
    assert got[NAME] == "author_bio"
    assert got[JOB] == "author_bio"
    assert got[BIO] == "author_bio"
    assert got[MORE] == "author_bio"
    assert got[ARTICLE[-1]] == "article_block"


def test_profile_opening_with_its_subject_is_kept() -> None:
    # The article's own subject: a name and who they are at its top.
    got = reasons([ARTICLE[0], ARTICLE[1], NAME, BIO, *ARTICLE[2:]])
    assert got[BIO] == "article_block"


def test_article_about_several_people_is_kept() -> None:
    other = "Tom Reyes"
    other_bio = ("Tom Reyes is a landscape architect and the founder of a studio that "
                 "designs community gardens for schools.")
    got = reasons([*ARTICLE, NAME, BIO, other, other_bio, ARTICLE[3]])
    assert got[BIO] == "article_block"
    assert got[other_bio] == "article_block"


ZH_ARTICLE = [
    "首页 | 新闻 | 财经 | 体育",
    "本市旧港区改造一期工程下月开工",
    "本市今年将完成旧港区一期改造工程，沿河新建滨水步道四公里，连接老码头与北部新建居住区，"
    "预计明年春季开工，工期约十八个月。",
    "市规划部门表示，改造方案已经过两轮公开征求意见，居民提出的增加座椅和照明等建议已被采纳，"
    "步道沿线还将设置三处小型公园和一处自行车驿站。",
    "业内人士认为，滨水空间改造既能改善居民生活环境，也能带动周边商业发展，是城市更新的重要方向。",
]


def test_reporter_signoff_after_the_article_is_kept() -> None:
    signoff = "本报记者 王小明"
    got = reasons([*ZH_ARTICLE, signoff, "相关新闻", "另一条新闻的标题在这里"])
    assert got[signoff] == "reporter_signoff"


def test_long_signoff_is_kept_and_names_the_author() -> None:
    # A long kept line is read as article text by the metadata pass, except the reporter's
    # sign-off: it is kept, and the page keeps its author.
    signoff = "示例日报记者 王小明 北京报道"
    doc = scrubber.scrub("\n".join([*ZH_ARTICLE, signoff, "相关新闻", "另一条新闻的标题"]))
    got = {v.text: v.reason for v in doc.lines if v.text}
    assert got[signoff] == "reporter_signoff"
    assert doc.metadata.author == "王小明"


def test_editor_line_and_far_signoff_are_not_kept() -> None:
    editor = "责编 示例日报记者 王小明"
    got = reasons([*ZH_ARTICLE, editor, "相关新闻"])
    assert got[editor] != "reporter_signoff"
    # A line about a reporter that is a sentence is no sign-off.
    sentence = "记者从市规划部门获悉，二期工程将于后年启动。"
    got = reasons([*ZH_ARTICLE, "相关新闻", sentence])
    assert got[sentence] != "reporter_signoff"


def test_korean_reporter_signoff_is_kept() -> None:
    article = [
        "뉴스홈 | 정치 | 경제 | 사회",
        "시청 앞 광장에 새 분수대가 들어선다",
        "시는 내년 봄까지 시청 앞 광장에 음악에 맞춰 물줄기가 움직이는 분수대를 설치한다고 "
        "밝혔다. 공사는 다음 달 시작되며 광장 일부는 공사 기간 동안 통제된다.",
        "시 관계자는 \"여름철 시민들이 더위를 피할 수 있는 쉼터가 될 것\"이라며 "
        "\"야간에는 조명과 함께 작은 공연도 열 계획\"이라고 말했다.",
        "분수대 주변에는 나무 그늘과 벤치도 새로 마련되며, 인근 상인들은 방문객이 늘어날 것으로 "
        "기대하고 있다.",
    ]
    signoff = "홍길동 기자 hong@example.com"
    got = reasons([*article, signoff, "많이 본 뉴스", "다른 기사의 제목"])
    assert got[signoff] == "reporter_signoff"
