"""Metadata: date forms and precisions, the publication date among a page's dates, every
author in order, sources in every language (cases as data: tests/data/metadata_cases.tsv)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import scrubber
from scrubber.authors import find_authors, split_names
from scrubber.dates import _META_START, DATE, META_DATE, find_dates
from scrubber.document import Metadata
from scrubber.names import bare_name
from scrubber.titles import plain_title

CASES = Path(__file__).parent / "data" / "metadata_cases.tsv"


def _cases(kind: str) -> list[tuple[str, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            k, text, expected = line.split("\t")
            if k == kind:
                rows.append((text, expected))
    return rows


@pytest.mark.parametrize(("line", "expected"), _cases("date"))
def test_date_forms(line: str, expected: str) -> None:
    found = " ".join(d.iso for d in find_dates(line)) or "-"
    assert found == expected


@pytest.mark.parametrize(("line", "expected"), _cases("author"))
def test_author_forms(line: str, expected: str) -> None:
    assert (" | ".join(find_authors(line, line.casefold(), False)) or "-") == expected


@pytest.mark.parametrize(("line", "expected"), _cases("name"))
def test_bare_names(line: str, expected: str) -> None:
    assert (bare_name(line) or "-") == expected


def test_every_family_has_negatives() -> None:
    for kind in ("date", "author", "name"):
        assert any(e == "-" for _, e in _cases(kind)) and any(e != "-" for _, e in _cases(kind))


def test_precision_is_told_by_length() -> None:
    line = "2018; 2018年3月; 2018年3月5日; 2018-03-05 10:30"
    precisions = [d.precision for d in find_dates(line)]
    assert precisions == ["year", "month", "day", "minute"]


def test_classifier_date_expression_is_unchanged_by_the_wider_forms() -> None:
    """The line classifier's DATE still needs a day: a month or a year is not a date line."""
    assert DATE.search("1998年3月") is None and DATE.search("March 2018") is None
    assert DATE.search("2024-01-13") is not None


def test_split_names_drops_roles_and_repeats() -> None:
    assert split_names("记者王五、编辑赵六") == ("王五", "赵六")
    assert split_names("Jane Doe, Jane Doe and John Roe") == ("Jane Doe", "John Roe")


PAGE = """示例新闻网首页 | 新闻 | 财经 | 体育
当前位置：首页 > 财经 > 正文
多地推进老旧小区改造 惠及居民超百万户
{byline}
今年以来，多个省份加快推进城镇老旧小区改造，全国已新开工改造老旧小区1.2万个，惠及居民超过120万户。
业内人士认为，老旧小区改造既是民生工程，也是发展工程，2019年5月1日起全面推开，能够有效拉动投资和消费。
相关阅读
住建部：今年计划新开工改造城镇老旧小区5.3万个 2023-01-05
版权所有 © 2023 示例新闻网"""


@pytest.mark.parametrize(("byline", "date", "authors"), [
    ("2023年04月18日 09:30 来源：经济日报 记者 王建宏 张文攀", "2023-04-18T09:30",
     ("王建宏", "张文攀")),
    ("2023-04-18 14:32更新 文／陈明、李华", "2023-04-18T14:32", ("陈明", "李华")),
    ("发布时间：2023年4月 作者：陈明", "2023-04", ("陈明",)),
    # Publication, not update, when a byline gives both.
    ("发布时间：2023-04-18 更新时间：2023-04-20 编辑：陈明", "2023-04-18", ("陈明",)),
    # Nothing but the event date inside the article: that is the only date there is.
    ("来源：经济日报", "2019-05-01", ()),
])
def test_page_metadata(byline: str, date: str, authors: tuple[str, ...]) -> None:
    meta = scrubber.scrub(PAGE.format(byline=byline)).metadata
    assert meta.date == date
    assert meta.authors == authors
    assert meta.author == (", ".join(authors) or None)


def test_related_and_footer_dates_lose_to_the_byline() -> None:
    meta = scrubber.scrub(PAGE.format(byline="2023年04月18日 来源：经济日报")).metadata
    assert meta.date == "2023-04-18" and meta.source == "经济日报"


EN_PAGE = """Home | World | Business | Sport
City council approves new budget for schools
By Jane Doe and John Roe
Published March 3, 2024 Updated March 5, 2024
{article}
Related stories
Council debates school repairs February 2, 2024
Copyright 2024 Example News"""


ARTICLE = ("The city council approved a new budget on Tuesday that adds funding for twelve "
           "schools across the district, officials said.\nThe vote followed months of debate "
           "about how to pay for repairs, and the plan takes effect on July 1, 2024, the council "
           "said.")


def test_english_byline() -> None:
    meta = scrubber.scrub(EN_PAGE.format(article=ARTICLE)).metadata
    assert meta.date == "2024-03-03"
    assert meta.authors == ("Jane Doe", "John Roe")
    assert meta.author == "Jane Doe, John Roe"


@pytest.mark.parametrize(("line", "source"), [
    ("來源：中央社", "中央社"), ("출처: 연합뉴스", "연합뉴스"), ("写真提供：共同通信", "共同通信"),
    ("来源: 东方日报(上海)", "东方日报"),  # the place in brackets is no part of the name
])
def test_sources_in_every_language(line: str, source: str) -> None:
    assert scrubber.scrub(PAGE.format(byline=line)).metadata.source == source


def test_metadata_to_dict_lists_the_authors() -> None:
    assert Metadata(author="A, B", authors=("A", "B")).to_dict()["authors"] == ["A", "B"]


HEADLINE_PAGE = (
    "Home | World | Business | Sport\n{above}\n"
    "The city council approved a new budget for schools on Tuesday, adding funding for twelve "
    "schools across the district.\n"
    "Officials said the budget for schools would be paid for by savings elsewhere, and the vote "
    "was close.\nCopyright 2024 Example News")


@pytest.mark.parametrize(("above", "title"), [
    # No <title> line and no byline: the heading that names the article's subject.
    ("Council approves budget for schools", "Council approves budget for schools"),
    ("Городской совет утвердил бюджет для школ", None),  # shares no word with the article
    # A menu item, a name or a date above the article is no headline.
    ("Subscribe to our newsletter", None),
    ("Jane Doe", None),
    ("March 3, 2024", None),
    # A font-size control or a counter right above the byline: no headline either.
    ("T + -\nBy Jane Doe", None),
    ("4\nBy Jane Doe", None),
])
def test_headline_without_a_title_line(above: str, title: str | None) -> None:
    doc = scrubber.scrub(HEADLINE_PAGE.format(above=above))
    assert doc.metadata.title == title


BODY = ("The city council approved a new budget for schools on Tuesday, adding funding for "
        "twelve schools across the district.\n"
        "Officials said the budget for schools would be paid for by savings elsewhere, and the "
        "vote was close.")


@pytest.mark.parametrize(("title_line", "lines", "headline"), [
    # "Headline - Author": the author's name under the headline matches a part of the title
    # just as well; the headline part wins.
    ("Council approves school budget - Jane Doe",
     ["Jane Doe Blog", "Council approves school budget", "Jane Doe"],
     "Council approves school budget"),
    # "Section | Headline": the section's name above is no headline.
    ("Opinion | Council approves school budget",
     ["Opinion", "Council approves school budget"], "Council approves school budget"),
    # "Headline - Site": a site name repeated under the headline is none either.
    ("Council approves school budget - Example Dental Care",
     ["Council approves school budget", "Example Dental Care"],
     "Council approves school budget"),
])
def test_headline_matches_the_titles_headline_part(title_line: str, lines: list[str],
                                                    headline: str) -> None:
    doc = scrubber.scrub("\n".join([title_line, *lines, BODY]))
    assert doc.metadata.title == headline
    assert [v.reason for v in doc.lines if v.text == headline] == ["headline"]


def test_russian_headline_without_a_title_line() -> None:
    page = ("Главная | Новости | Спорт\n"
            "Городской совет утвердил новый бюджет школ\n"
            "Городской совет во вторник утвердил новый бюджет школ района, добавив средства "
            "для двенадцати школ, сообщили чиновники.\n"
            "По словам чиновников, бюджет школ будет оплачен за счёт экономии в других статьях, "
            "а голосование было напряжённым.")
    assert scrubber.scrub(page).metadata.title == "Городской совет утвердил новый бюджет школ"


def test_source_in_brackets_is_no_author_and_markup_is_no_source() -> None:
    meta = scrubber.scrub(PAGE.format(byline="2023年4月18日12:12 来源：[ 经济日报 ]")).metadata
    assert meta.source == "经济日报" and meta.author is None
    meta = scrubber.scrub(PAGE.format(byline='作者： size="20"   来源： size="20"')).metadata
    assert meta.source is None and meta.author is None


@pytest.mark.parametrize(("line", "publication"), [
    ("August 16, 2019 - Updated July 9, 2025", "2019-08-16"),
    ("Last updated: August 25, 2025", "2025-08-25"),  # the only date: taken
    ("Published: Jan 23, 2024 Updated: Feb 2, 2024", "2024-01-23"),
    ("更新时间：2024-02-02 发布时间：2024-01-23", "2024-01-23"),
    ("수정 2024.02.02 입력 2024.01.23", "2024-01-23"),
])
def test_publication_over_update_on_one_line(line: str, publication: str) -> None:
    page = EN_PAGE.format(article=ARTICLE).replace(
        "Published March 3, 2024 Updated March 5, 2024", line)
    assert scrubber.scrub(page).metadata.date == publication


@pytest.mark.parametrize(("byline", "date"), [
    ("8/1/2025\n8/27/2025", "2025-08-01"),  # stacked, no words: the earlier is the publication
    ("8/27/2025\n8/1/2025", "2025-08-01"),
    ("Posted on 8/27/2025.", "2025-08-27"),  # a full stop does not make a byline a sentence
])
def test_stacked_dates(byline: str, date: str) -> None:
    page = EN_PAGE.format(article=ARTICLE).replace(
        "Published March 3, 2024 Updated March 5, 2024", byline)
    assert scrubber.scrub(page).metadata.date == date


def test_first_post_date_on_a_forum_page() -> None:
    page = ("Forums | Search | Members\nWhy is the ISO bigger now?\n#1 2025-11-01 15:14:37\n"
            "chunix64\nRegistered: 2016-07-02\n"
            "Why did the ISO size increase so rapidly from 2024 to 2025, from 800 MB to 1.4 GB, "
            "almost half the size again? I could not find an answer anywhere.\n"
            "#2 2025-11-02 06:23:21\nothers\nRegistered: 2010-01-05\n"
            "Because the kernel and firmware packages grew, and the installer ships more of "
            "them now than it did before, as the release notes explain.")
    assert scrubber.scrub(page).metadata.date == "2025-11-01T15:14"


DATE_PIECES = ["2021", "1999", "12", "3", "-", "/", ".", " ", "年", "月", "日", "년", "월", "일",
               "March", "mar", "Sept", "5th", ",", "10:30", "21時37分", "pm", "오후", "x", "中"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join))
def test_meta_date_start_gate_and_valid_iso(text: str) -> None:
    """The lookahead in front of META_DATE changes no match, and every date found is a valid
    ISO 8601 date at its precision (a day the calendar lacks is no date)."""
    bare = regex.compile(META_DATE.pattern[len(_META_START):], regex.IGNORECASE)
    assert [m.span() for m in META_DATE.finditer(text)] == \
        [m.span() for m in bare.finditer(text)]
    for found in find_dates(text):
        fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d",
               "minute": "%Y-%m-%dT%H:%M"}[found.precision]
        datetime.strptime(found.iso, fmt)  # raises on 31 February


@pytest.mark.parametrize(("above", "author"), [
    # A blog's name over its date is a byline, not a headline.
    ("Russell Miller\nDec 18, 2025", ("Russell Miller",)),
    # A capitalised heading with no date under it is no author.
    ("Council Budget", ()),
])
def test_name_over_a_date_is_no_headline(above: str, author: tuple[str, ...]) -> None:
    meta = scrubber.scrub(HEADLINE_PAGE.replace("{above}", above)).metadata
    assert meta.authors == author
    assert meta.title != "Russell Miller"


PRUNE_LINES = ["March 3, 2024", "Published: 2024-01-23", "Updated March 5, 2024", "2019",
               "Posted on 8/27/2025.", "#1 2025-11-01 15:14:37", "发布时间：2023年4月18日",
               "The plan takes effect on July 1, 2024, the council said after a long vote.",
               "Registered: 2016-07-02", "© 2024 Example", "Home | News", "", "1998年3月",
               "Council debates school repairs February 2, 2024", "Jane Doe", "views 12"]
PRUNE_LABELS = ["content", "meta", "noise", "comment", "related", "footer", "nav", "template"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PRUNE_LINES), st.sampled_from(PRUNE_LABELS)),
                min_size=1, max_size=30),
       st.data())
def test_pruned_date_search_chooses_as_scoring_every_line(
        lines: list[tuple[str, str]], data: st.DataObject) -> None:
    """choose_date skips the lines whose score bound cannot win or stack: the same choice as
    scoring every line, whatever the labels, the byline window and the anchor."""
    from scrubber.features import document_features
    from scrubber.pubdate import choose_date

    feats = document_features([text for text, _ in lines])
    decisions = [(label, "x") for _, label in lines]
    n = len(lines)
    order = data.draw(st.lists(st.integers(0, n - 1), unique=True, max_size=12))
    title = data.draw(st.none() | st.integers(0, n - 1))
    anchor = data.draw(st.integers(0, n - 1))
    day_first = data.draw(st.booleans())
    assert choose_date(feats, decisions, order, title, anchor, day_first) == \
        choose_date(feats, decisions, order, title, anchor, day_first, prune=False)


def test_a_posters_badge_in_brackets_is_no_author() -> None:
    meta = scrubber.scrub(PAGE.format(byline="2023年4月18日12:12 [ 黄宇 ]")).metadata
    assert meta.author == "黄宇"
    meta = scrubber.scrub(PAGE.format(byline="2023年4月18日12:12 [作者]")).metadata
    assert meta.author is None


@pytest.mark.parametrize(("line", "author"), [
    ("Jane Doe", "Jane Doe"),
    ("Limited Time Offer", None),  # "offer" stands in lower case in the article: a heading
])
def test_a_capitalised_pair_over_the_headline_is_a_name_unless_the_page_writes_it_lower(
        line: str, author: str | None) -> None:
    page = ("Home | Deals | Contact\n" + line + "\nSpring sale on garden tools"
            "\nEvery garden tool in the shop is on offer this week, and the "
            "offer ends on Sunday, the owners said in a statement.\nThe sale covers spades, "
            "rakes and hoses, and delivery is free for orders over fifty dollars this month.")
    assert scrubber.scrub(page).metadata.author == author


@pytest.mark.parametrize(("crumbs", "channel"), [
    ("示例网首页 > 财经频道 > 正文", "财经频道"),  # no breadcrumb label
    ("Home › Guides › Council approves school budget", "Guides"),  # the page itself ends it
    ("新闻 >> 国内", "国内"),
    ("const open = () => params.page", None),  # code, no breadcrumb
    ("首页 > 2024-03-05", None),  # a date is no channel
])
def test_the_channel_is_the_last_crumb_of_the_breadcrumb(crumbs: str, channel: str | None
                                                          ) -> None:
    page = "\n".join(["Home", crumbs, "Council approves school budget", "March 5, 2024",
                      ARTICLE])
    assert scrubber.scrub(page).metadata.category == channel


def test_a_publication_glued_before_the_date_is_the_source_not_the_channel() -> None:
    page = PAGE.replace("当前位置：首页 > 财经 > 正文\n", "")
    meta = scrubber.scrub(page.format(byline="示例日报 2023-04-18 10:21")).metadata
    assert meta.source == "示例日报" and meta.category is None
    meta = scrubber.scrub(page.format(byline="财经 2023-04-18 10:21")).metadata
    assert meta.category == "财经" and meta.source is None


@pytest.mark.parametrize(("byline", "source"), [
    ("2023-04-18 10:21:07 示例日报  李明", "示例日报"),  # the publication, then the reporter
    ("2023-04-18 10:21 ·示例通讯社", "示例通讯社"),
    ("2023-04-18 10:21 《示例周末》", "《示例周末》"),
    ("2023-04-18 10:21 示例名家", None),  # a column of the site, not a publication
])
def test_a_publication_after_the_date_is_the_source(byline: str, source: str | None) -> None:
    assert scrubber.scrub(PAGE.format(byline=byline)).metadata.source == source


_MARKDOWN_PAGE = """- [Home](https://example.com/)
- [News](https://example.com/news)
- [Contact](https://example.com/contact)

# City council approves new bike lanes on Main Street

By Jane Doe | March 3, 2025

The city council voted 7-2 on Tuesday to approve a network of protected bike lanes along \
Main Street, ending a two-year debate over the future of the downtown corridor.

Supporters said the lanes would make cycling safer for commuters and students, while \
opponents worried about the loss of parking for small businesses.
"""


def test_a_markdown_headline_gives_its_words_as_the_title() -> None:
    """Scrapers that give Markdown keep a heading's marks on its line: the title is the
    heading's words; the line itself is kept as it is."""
    doc = scrubber.scrub(_MARKDOWN_PAGE)
    assert doc.metadata.title == "City council approves new bike lanes on Main Street"
    assert "# City council approves new bike lanes on Main Street" in doc.text


@pytest.mark.parametrize(("title", "plain"), [
    ("## What happens next ##", "What happens next"), ("**Bold headline**", "Bold headline"),
    ("C# in depth", "C# in depth"), ("#hashtag", "#hashtag"), ("# ", "# "),
    ("请问装修时地板怎么选？ [复制链接]", "请问装修时地板怎么选？"), ("History[edit]", "History"),
    ("A [B] title", "A [B] title"), ("【复制链接】", "【复制链接】")])
def test_plain_title_takes_off_a_headings_marks_only(title: str, plain: str) -> None:
    assert plain_title(title) == plain


def test_an_address_is_no_source() -> None:
    """A scraper's header ("URL Source: https://…") or an address after 来源 names no
    publisher: no source rather than a cut address."""
    page = "\n".join(["Rust 1.80 adds lazy statics",
                      "URL Source: https://blog.example.org/2024/07/rust-1-80",
                      "The Rust team has released version 1.80, which stabilises two types "
                      "that replace popular crates for most uses.",
                      "Both types run their initialiser on first access, and one of them is "
                      "thread-safe and can be used in a static."])
    assert scrubber.scrub(page).metadata.source is None
    for address in ("www.example.com/news/2024", "https://www.example.com/a"):
        assert scrubber.scrub(PAGE.format(byline=f"2023-04-18 来源：{address}")
                              ).metadata.source is None


def test_a_name_shaped_headline_over_a_byline_is_the_title() -> None:
    """"Classic Banana Bread" over "By Maria Lopez | June 2, 2024" reads like a name over a
    date, but the byline below names the author: it is the headline (it was no title)."""
    page = "\n".join(["Home", "Recipes", "Classic Banana Bread",
                      "By Maria Lopez | Updated June 2, 2024",
                      "This moist banana bread uses overripe bananas and a little brown sugar "
                      "for a deep, caramel flavour.",
                      "It keeps for days and freezes well, so we always bake two loaves at "
                      "once and keep one for later."])
    meta = scrubber.scrub(page, url="https://example.com/classic-banana-bread/").metadata
    assert (meta.title, meta.author) == ("Classic Banana Bread", "Maria Lopez")


_FOREIGN_PAGES = {
    "ru": ["В Москве открылась новая линия метро", "{byline}",
           "В среду в Москве открылась новая линия метрополитена, которая соединила северные и "
           "южные районы города.",
           "По словам мэра, новая линия позволит сократить время в пути для более чем "
           "полумиллиона жителей."],
    "vi": ["Hà Nội khởi công tuyến đường sắt đô thị mới", "{byline}",
           "Sáng nay, thành phố Hà Nội đã chính thức khởi công tuyến đường sắt đô thị số 5, nối "
           "trung tâm thành phố với khu vực phía tây.",
           "Theo lãnh đạo thành phố, dự án dự kiến hoàn thành vào năm 2030 và sẽ phục vụ khoảng "
           "500.000 lượt khách mỗi ngày."],
    "en": ["The city opens a new metro line", "{byline}",
           "The city opened a new metro line on Wednesday, linking the northern and southern "
           "districts for the first time.",
           "The mayor said the line would cut travel times for more than half a million "
           "people."],
}


@pytest.mark.parametrize(("lang", "byline", "date", "author"), [
    ("ru", "12.03.2024 | Автор: Иван Петров", "2024-03-12", "Иван Петров"),
    ("vi", "Thứ tư, 12/3/2024, 14:35 (GMT+7) Tác giả: Nguyễn Văn An", "2024-03-12T14:35",
     "Nguyễn Văn An"),
    ("en", "3/12/2024 | Author: Jane Doe", "2024-03-12", "Jane Doe")])
def test_numeric_dates_and_author_labels_by_language(lang: str, byline: str, date: str,
                                                     author: str) -> None:
    """A numeric date reads day first outside English ("12/3/2024" is 12 March in Hanoi, 3
    December nowhere), month first in English; an author's label is read in the page's
    language ("Автор:", "Tác giả:")."""
    page = "\n".join(_FOREIGN_PAGES[lang]).replace("{byline}", byline)
    meta = scrubber.scrub(page).metadata
    assert (meta.date, meta.author) == (date, author)


@pytest.mark.parametrize(("text", "iso"), [
    ("12 مارس 2024", "2024-03-12"), ("5 كانون الثاني 2023", "2023-01-05"),
    ("12 Mart 2024 Salı", "2024-03-12"), ("3 Ekim 2022", "2022-10-03")])
def test_arabic_and_turkish_month_names(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


def test_an_infobox_birth_or_death_is_no_publication_date() -> None:
    """A wiki's infobox ("Died\t4 July 1934") and a reference's access date ("Retrieved
    2019-01-28") date something else: the page's own "last edited" date is taken."""
    page = "\n".join([
        "Marie Curie", "From Wikipedia, the free encyclopedia",
        "Born\tMaria Salomea Skłodowska 7 November 1867 Warsaw",
        "Died\t4 July 1934 (aged 66) Passy, France",
        "Marie Salomea Skłodowska-Curie was a Polish and naturalised-French physicist and "
        "chemist who conducted pioneering research on radioactivity.",
        "She was the first woman to win a Nobel Prize, and the only person to win a Nobel "
        "Prize in two scientific fields.",
        '^ "Marie Curie – Facts". NobelPrize.org. Retrieved 2019-01-28.',
        "This page was last edited on 3 March 2024, at 10:21 (UTC)."])
    assert scrubber.scrub(page).metadata.date == "2024-03-03"


@pytest.mark.parametrize("byline", ["已于 2023-04-18 10:21 修改", "发布于 2023-04-18 10:21",
                                    "写在 2023-04-18"])
def test_a_phrase_that_leads_to_the_date_is_no_channel(byline: str) -> None:
    page = PAGE.replace("当前位置：首页 > 财经 > 正文\n", "")
    meta = scrubber.scrub(page.format(byline=byline)).metadata
    assert meta.category is None and meta.date is not None and meta.date.startswith("2023-04-18")


_SIGNED_PAGES = {
    "zh": ("範例新聞網\n首頁\n政治\n社會\n台北市明年起調整公車票價\n{byline}\n2024/03/05 14:30\n"
           "台北市政府今天宣布，明年起將調整公車票價，一般票價由新台幣15元調整為18元。市府表示，"
           "燃料與人事成本持續上漲，不得不調整票價。\n"
           "交通局長說明，學生與敬老票價維持不變，並將擴大轉乘優惠，減輕通勤族負擔。\n"
           "相關新聞\n版權所有 © 2024 範例新聞網"),
    "ko": ("샘플일보\n뉴스\n정치\n경제\n서울 아파트값 6주 연속 상승\n{byline}\n2024.08.27\n"
           "서울 아파트값이 6주 연속 오름세를 이어갔다. 한국부동산원이 27일 발표한 주간 아파트 "
           "가격 동향에 따르면 서울 아파트값은 지난주보다 0.2% 올랐다.\n"
           "전문가들은 금리 인하 기대감이 커지면서 매수 심리가 회복되고 있다고 분석했다.\n"
           "관련기사\nCopyright © 2024 샘플일보"),
}


@pytest.mark.parametrize(("lang", "byline", "title", "author"), [
    ("zh", "中央社記者王小明台北5日電", "台北市明年起調整公車票價", "王小明"),
    ("zh", "自由時報記者王小明／台北報導", "台北市明年起調整公車票價", "王小明"),
    ("ko", "(서울=샘플뉴스) 홍길동 기자 =", "서울 아파트값 6주 연속 상승", "홍길동"),
    ("ko", "글·사진 홍길동", "서울 아파트값 6주 연속 상승", "홍길동"),
])
def test_a_signed_line_over_the_date_is_the_byline_not_the_headline(
        lang: str, byline: str, title: str, author: str) -> None:
    """A short line that holds a byline form between the headline and the date line is part of
    the byline block: the headline is the heading above it, the author is its name."""
    meta = scrubber.scrub(_SIGNED_PAGES[lang].replace("{byline}", byline)).metadata
    assert (meta.title, meta.author) == (title, author)
