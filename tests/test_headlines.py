"""The headline of pages that have no <title> line (scrapers that keep only the body's text):
the heading over the article's dated byline, or the line above the article that shares its
words, never a menu entry, a section word or a deck."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.features import document_features
from scrubber.headline import find_title
from scrubber.headline_url import slug_headline, spelt_out_headline

BODY_EN = ("The city council approved a new budget for schools on Tuesday, adding funding for "
           "twelve schools across the district.\n"
           "Officials said the budget for schools would be paid for by savings elsewhere, and "
           "the vote was close.")
BODY_ZH = ("市政府周二批准了新的学校预算，为全区十二所学校增加了经费，官员表示这笔预算将由其他项目"
           "节省的资金支付。\n"
           "多位代表在会上表示，学校预算的增加将首先用于改善校舍和增加教师，投票结果十分接近。")


def test_a_menu_entry_repeating_the_first_line_is_no_headline() -> None:
    # No <title> line: the first line is a menu's first entry, which the menu repeats.
    page = "\n".join(["Platform", "Customers", "Resources", "Platform", "Customers",
                      "Council approves school budget", "By Jane Doe", "March 3, 2024",
                      BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves school budget"


def test_a_short_headline_confirmed_by_a_title_with_a_site_suffix() -> None:
    # A <title> line with the site's suffix confirms a short headline (a listing's category).
    page = "\n".join(["Kayaks | Example Outdoor Co-op", "Home", "Kayaks", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Kayaks"


def test_the_heading_over_a_dated_byline_far_above_the_article() -> None:
    share_bar = ["分享到：", "微信", "微博", "QQ空间", "更多"]
    gallery = ["图集已浏览完毕", "重新浏览", "悦图推荐",
               "进度紧追 英国又造了一艘新船 哪国更强", "探访老汽车博物馆 九成老车仍可发动",
               "考生家长占领公交站 霸气横幅吸睛"]
    page = "\n".join(["首页 > 财经频道 > 正文", "市政府批准新学校预算 全区十二所学校受益",
                      "2018-06-10 14:24:30　来源：示例日报", *share_bar, *gallery, BODY_ZH])
    doc = scrubber.scrub(page)
    assert doc.metadata.title == "市政府批准新学校预算 全区十二所学校受益"
    assert [v.reason for v in doc.lines if v.text == doc.metadata.title] == ["headline"]


def test_the_heading_that_opens_the_article_over_its_date() -> None:
    page = "\n".join(["体育", "要闻", "示例网首页 > 要闻 > 正文",
                      "学校预算获批 十二所学校将增加经费与教师", "2018-06-14 13:06:23",
                      BODY_ZH])
    assert scrubber.scrub(page).metadata.title == "学校预算获批 十二所学校将增加经费与教师"


@pytest.mark.parametrize("over", ["Sport", "Flipboard", "Weather"])
def test_a_section_word_over_the_byline_gives_way_to_the_heading(over: str) -> None:
    page = "\n".join(["News", "Business", "Council approves budget for schools", over,
                      "October 9, 2018 at 4:02 pm", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves budget for schools"


def test_a_heading_over_the_byline_that_shares_no_word_is_no_headline() -> None:
    page = "\n".join(["News", "Business", "Weekend events across the region",
                      "October 9, 2018 at 4:02 pm", BODY_EN])
    assert scrubber.scrub(page).metadata.title is None


def test_a_deck_that_ends_on_a_full_stop_is_no_headline() -> None:
    page = "\n".join(["Menu", "Council approves budget for schools",
                      "The budget adds funding for schools across the district.",
                      "Advertisement", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves budget for schools"


def test_words_every_line_shares_do_not_make_a_headline() -> None:
    # "this", "with", "your": no sign that a line heads the article.
    page = "\n".join(["Home", "Share this with your friends", "Advertisement", BODY_EN])
    assert scrubber.scrub(page).metadata.title is None


def test_a_headline_with_several_marks_confirmed_by_the_title() -> None:
    headline = "買ってみた結果!!絶対に合わせたいアイテム♡"
    page = "\n".join([f"{headline}｜示例ブログ", "ホーム", "ログイン", headline,
                      "2024-05-12 20:06:03",
                      "今日は新しいトップスを買ってみました。着心地がとても良くて、毎日でも着たくなる一枚です。",
                      "合わせやすい色なので、手持ちのアイテムとも相性が良く、とても気に入っています。"])
    assert scrubber.scrub(page).metadata.title == headline


def test_a_headline_with_several_marks_over_the_dated_byline() -> None:
    headline = "揭秘！市政府为何批准新学校预算？十二所学校受益！"
    page = "\n".join(["首页 > 财经频道 > 正文", headline, "2018-06-10 14:24:30　来源：示例日报",
                      "分享到：", "微信", "微博", BODY_ZH])
    assert scrubber.scrub(page).metadata.title == headline


def test_a_caption_over_the_byline_is_no_headline() -> None:
    page = "\n".join(["Menu", "Council approves budget for schools",
                      "The council chamber during the school budget vote on Tuesday.",
                      "By Jane Doe", "March 3, 2024", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves budget for schools"


def test_a_year_in_a_headline_does_not_make_it_a_byline() -> None:
    page = "\n".join(["Blog", "Get Started", "2025 School Budget Guide for Council Members",
                      "Written by", "Jane Doe", "Last updated on:", "October 1, 2025",
                      "Written by", "Last updated on:", "October 1, 2025", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "2025 School Budget Guide for Council Members"


def test_the_heading_right_under_the_date_when_nothing_stands_over_it() -> None:
    page = "\n".join(["News", "Politics", "Sport", "October 9, 2018 at 4:02 pm", "Tweet",
                      "BREAKING: Council approves budget for schools", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "BREAKING: Council approves budget for schools"


def test_a_button_over_the_date_gives_way_to_the_heading_under_it() -> None:
    """The date first, then the headline, its deck and its author; a site's button ("Get
    Started", whose words the article happens to use) stands over the date."""
    body = BODY_EN + "\nSchools that want to get started on the new rooms can apply in May."
    page = "\n".join(["Pricing", "Docs", "Get Started", "December 17, 2025 • 8 minutes",
                      "Council Approves New School Budget", "A close vote funds twelve schools.",
                      "Jane Doe", "Contents", body])
    assert scrubber.scrub(page).metadata.title == "Council Approves New School Budget"


@pytest.mark.parametrize(("over", "under", "body"), [
    ("Council budget vote", "Council Approves New School Budget", BODY_EN),
    ("学校预算获批", "市政府批准新学校预算 全区十二所学校受益", BODY_ZH),
])
def test_a_heading_of_several_words_over_the_date_stays_the_headline(over: str, under: str,
                                                                    body: str) -> None:
    page = "\n".join(["Pricing", "Docs", over, "December 17, 2025", under, "Jane Doe", body])
    assert scrubber.scrub(page).metadata.title == over


def test_the_titles_headline_inside_a_link_box_run_on_over_it() -> None:
    # A link box's region may run on over the headline and its byline (the context pass
    # labels them links): the line that is the <title>'s headline part is the headline all
    # the same; a line of the box that merely shares words with the title is not.
    headline = "市政府批准新学校预算 全区十二所学校受益"
    lines = [f"{headline}--教育--示例网", "友情链接", "示例日报", "市政府批准新学校预算",
             headline, "2022年02月13日07:48 | 来源：示例日报", *BODY_ZH.split("\n")]
    feats = document_features(lines)
    decisions = [("noise", "before_article"), ("links", "links_header"),
                 *[("links", "links_region")] * 4, ("content", "article_block"),
                 ("content", "article_block")]
    assert find_title(feats, decisions, 6) == (4, 0)
    decisions[4] = ("links", "links_region")
    lines[4] = "学校预算"
    assert find_title(document_features(lines), decisions, 6)[0] not in (3, 4)


def test_without_a_title_the_heading_closing_a_box_over_the_article() -> None:
    # No <title>: a "Recommended" box runs on over the headline right above the article.
    page = "\n".join(["Skip to content", "Recommended", "Finish Your Degree",
                      "Tuition & Financial Aid", "Council Approves Budget for Schools", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council Approves Budget for Schools"


def test_a_breadcrumb_over_the_article_is_no_headline() -> None:
    page = "\n".join(["Skip to content", "Home > Blog > Schools", BODY_EN])
    assert scrubber.scrub(page).metadata.title is None


def test_a_heading_over_a_signed_byline_needs_no_shared_word() -> None:
    # Unlike the unsigned case above, the byline names its author: the layout suffices.
    page = "\n".join(["News", "Business", "Weekend events across the region", "By",
                      "Jane Doe", "October 9, 2018 at 4:02 pm", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Weekend events across the region"


def test_a_share_button_over_a_signed_byline_is_no_headline() -> None:
    page = "\n".join(["News", "Business", "Email this story to a friend", "Share",
                      "By Jane Doe", "October 9, 2018 at 4:02 pm", BODY_EN])
    assert scrubber.scrub(page).metadata.title != "Email this story to a friend"


def test_a_desks_name_in_the_byline_block_is_no_headline() -> None:
    page = "\n".join(["News", "Business", "Council approves budget for schools",
                      "Example Editorial Team", "October 9, 2018", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves budget for schools"


def test_a_heading_whose_words_come_a_few_lines_into_the_article() -> None:
    # A source note and two facts open the article; the headline's words come later.
    page = "\n".join(["新闻", "财经", "学校预算获批 十二所学校将增加经费",
                      "2024-03-05 10:28 来源：示例网",
                      "本文首发于示例公众号，文章内容属作者个人观点。", "所属行业：教育",
                      "研究领域：财政", "案例编号：甲-01", "【概况：一份新方案】", BODY_ZH])
    assert scrubber.scrub(page).metadata.title == "学校预算获批 十二所学校将增加经费"


def test_without_a_headline_line_the_title_lines_headline_part() -> None:
    # WET style: the <title> comes first, far above the article; no line of the page repeats
    # its headline part.
    menu = ["Home", "World", "Local", "Sport", "Money", "Weather", "Travel", "Food", "Style",
            "Video", "Audio", "Games", "Jobs", "Cars"]
    page = "\n".join(["Budget for schools wins council vote | Example News", *menu, BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Budget for schools wins council vote"


@pytest.mark.parametrize("first", ["Skip to main content", "Served with love!",
                                   "Something went wrong. Please try again."])
def test_a_first_line_that_shares_no_word_or_ends_a_sentence_is_no_title(first: str) -> None:
    page = "\n".join([first, "Home", "World", BODY_EN])
    assert scrubber.scrub(page).metadata.title is None


def test_the_headline_inside_an_article_block_that_reaches_over_it() -> None:
    # A blog's short lines: the article block begins above the headline and its date line;
    # the head of the article ends at that date line, before the first paragraph.
    headline = "市政府批准新学校预算 全区十二所学校受益"
    lines = [f"{headline} | 示例博客", "博客首页", "上一篇：周末去公园", headline,
             "2024-05-12 20:06:03", *BODY_ZH.split("\n")]
    feats = document_features(lines)
    decisions = [("noise", "before_article"), ("nav", "nav_keyword"),
                 ("content", "article_block"), ("content", "article_block"),
                 ("meta", "date_line"), ("content", "article_block"),
                 ("content", "article_block")]
    assert find_title(feats, decisions, 2) == (3, 0)
    # Without the date line, the head is not told apart from the article.
    decisions[4] = ("content", "article_block")
    assert find_title(feats, decisions, 2)[0] != 3


def test_a_reworded_headline_is_confirmed_by_the_title() -> None:
    # The <title> words the headline otherwise: most of its words, no part of it.
    page = "\n".join(["Top 12 School Budget Facts for 2024 | City Weekly", "News", "Schools",
                      "12 School Budget Facts for 2024 Every Parent Should Know",
                      "Budget", BODY_EN])
    doc = scrubber.scrub(page)
    assert doc.metadata.title == "12 School Budget Facts for 2024 Every Parent Should Know"


def test_a_line_sharing_few_of_the_title_words_is_not_confirmed() -> None:
    # "Budget Facts" shares two words of the title's headline part: no rewording.
    page = "\n".join(["Top 12 School Budget Facts for 2024 | City Weekly", "Budget Facts",
                      BODY_EN])
    assert scrubber.scrub(page).metadata.title != "Budget Facts"


def test_a_one_word_first_line_confirms_only_its_own_repetition() -> None:
    # No <title>: the first line is a menu entry; "Finance Degrees" merely holds it.
    menu = ["Degrees", "Associate Programs", "Bachelor Programs", "Accounting Degrees",
            "Finance Degrees", "Economics Degrees"]
    page = "\n".join([*menu, "Council approves school budget", "By Jane Doe", "March 3, 2024",
                      BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves school budget"


def test_the_name_under_a_byline_label_is_no_headline() -> None:
    # "By:" introduces the name under it, whatever its words; the heading stands above.
    page = "\n".join(["Get Quote", "Call Us", "Council approves school budget", "By:",
                      "City Desk Editorial Team", "Schools", "3/4/2024", BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves school budget"
    lines = scrubber.scrub(page).lines
    assert [v.text for v in lines if v.reason == "headline"] == ["Council approves school budget"]


def test_a_heading_shown_twice_in_a_row_is_the_last_resort_headline() -> None:
    # No <title>, no byline, no word shared with the article: the heading the page shows
    # twice (its visible copy and a sticky bar's) is the headline.
    head = "Weekend escapes along the northern coast roads"
    page = "\n".join(["Home", "Travel", head, head, "Photo gallery", BODY_EN])
    assert scrubber.scrub(page).metadata.title == head
    once = "\n".join(["Home", "Travel", head, "Photo gallery", BODY_EN])
    assert scrubber.scrub(once).metadata.title != head


def test_a_sentence_that_mentions_the_titles_words_is_no_reworded_headline() -> None:
    """The <title>'s headline part reworded is a headline; a long sentence above the article
    that holds its words is the description's."""
    sentence = ("Discover the school budget plan and what it brings to every council member, "
                "the new classrooms and the teachers we hire this year!")
    lines = ["Council School Budget Plan | Example News", "Home", sentence, "Overview",
             *BODY_EN.split("\n")]
    decisions = [("noise", "before_article")] * 4 + [("content", "article_block")] * 2
    assert find_title(document_features(lines), decisions, 4) != (2, 0)
    lines[2] = "The Council's Budget Plan for Every School"
    assert find_title(document_features(lines), decisions, 4) == (2, 0)


@pytest.mark.parametrize(("title", "stamp", "body"), [
    ("学校预算获批后的第一次家长会", "再睡一夏 | 83 | 1周前", BODY_ZH),
    ("Council budget vote: what parents asked", "jane_doe | 12 replies | 3 days ago", BODY_EN),
])
def test_the_title_over_a_posts_stamp_is_the_headline(title: str, stamp: str, body: str) -> None:
    """A thread's or a blog's title over its stamp (the poster, a count, a relative time in
    fields), a line of counters between them, and the board's tags and buttons (more than the
    lines an unconfirmed headline is looked for in) between the stamp and the text."""
    chrome = [f"Tag {n}" for n in range(14)]
    page = "\n".join(["Board", "Help", "Sign in", title, "1    1    11", stamp, *chrome, body])
    assert scrubber.scrub(page).metadata.title == title


def test_a_relative_time_in_a_sentence_is_no_stamp() -> None:
    title = "Council budget vote: what parents asked"
    chrome = [f"Tag {n}" for n in range(14)]
    page = "\n".join(["Board", "Help", "Sign in", title,
                      "Parents wrote in 3 days ago to ask about it, and the council replied.",
                      *chrome, BODY_EN])
    assert scrubber.scrub(page).metadata.title != title



_DEEP_PARAS = [
    "Many companies now weigh whether to bring more of their legal work in-house, since "
    "outside counsel costs keep rising every year.",
    "A careful analysis compares the cost of hiring staff with the fees the company pays to "
    "its law firms for the same matters.",
    "The department should list its current tasks, the skills of its staff and the volume of "
    "work it sends out before it decides."]
_DEEP_LINES = ["Skip to main content", "Products", "Legal", "Tax", "Communities",
               "Join our weekly sessions to see how the newest research tools work in practice.",
               "Help", "Account management", "Article", "{heading}", *_DEEP_PARAS]
_DEEP_SLUG = ("cost", "benefit", "analysis", "moving", "legal", "work", "in", "house")
#: The block the structure pass chose opens on the teaser (line 5), as on a dump-style page.
_DEEP_DECISIONS = [("noise", "before_article")] * 5 + [("content", "article_block")] * 9


def test_a_heading_deep_in_the_block_over_its_first_paragraphs() -> None:
    """The heading right over the block's first paragraphs holds most of the slug's words and
    beats a menu's "Legal" above the block."""
    lines = [t.replace("{heading}", "How to be sure moving legal work in-house is the right "
                                    "move") for t in _DEEP_LINES]
    assert find_title(document_features(lines), _DEEP_DECISIONS, 5, _DEEP_SLUG)[0] == 9


def test_a_sub_heading_over_the_paragraphs_that_names_the_slug_less_stays_out() -> None:
    """The heading over the paragraphs holds fewer of the slug's words than a headline above
    the block: that headline stays."""
    lines = [t.replace("{heading}", "What moving legal work costs") for t in _DEEP_LINES]
    lines[4] = "Cost benefit analysis of moving legal work in-house"
    assert find_title(document_features(lines), _DEEP_DECISIONS, 5, _DEEP_SLUG)[0] == 4



def test_a_sign_up_prompt_over_the_article_is_no_headline() -> None:
    # The prompt shares the article's words and stands nearer to it than the headline.
    prompt = "Sign up to get the council budget stories for schools in your inbox"
    page = "\n".join(["Menu", "Council approves school budget", prompt, BODY_EN])
    assert scrubber.scrub(page).metadata.title == "Council approves school budget"


@pytest.mark.parametrize("prompt", ["Select a size", "We've detected you are on an old browser",
                                    "Sign up to get the council budget stories for schools"])
def test_a_prompt_over_the_byline_is_no_headline(prompt: str) -> None:
    page = "\n".join(["Council approves school budget | Daily", "Menu", prompt, "By Jane Doe",
                      "March 3, 2024", BODY_EN])
    assert scrubber.scrub(page).metadata.title != prompt


@pytest.mark.parametrize("headline", ["Selection day for the council's school budget",
                                      "Subscribers back the school budget"])
def test_a_headline_that_starts_like_a_prompt_word_stays(headline: str) -> None:
    page = "\n".join(["Menu", headline, "By Jane Doe", "March 3, 2024", BODY_EN])
    assert scrubber.scrub(page).metadata.title == headline


def test_a_title_line_that_reads_as_a_list_of_links_still_names_the_article() -> None:
    # "Headline--Section--Site": the link rules take the <title> line for a list of links.
    page = "\n".join(["学校预算获批：全区十二所学校增加经费--教育--示例网", "列表查看", BODY_ZH])
    assert scrubber.scrub(page).metadata.title == "学校预算获批：全区十二所学校增加经费"


def test_a_menu_of_short_entries_as_the_first_line_is_no_title() -> None:
    page = "\n".join(["首页--新闻--教育--体育--财经", "列表查看", BODY_ZH])
    assert scrubber.scrub(page).metadata.title is None


_TWICE_PARAS = [
    "We ran more than two hundred miles in each pair on roads and trails before we ranked "
    "them, and we asked our testers to rate comfort and grip.",
    "The cushioned models suit long runs on hard ground, while the lighter ones are better "
    "for short and fast sessions on the track."]


def test_a_headline_shown_twice_beats_a_shorter_heading_the_slug_names_whole() -> None:
    """No <title> line: both the headline, rendered twice (a sticky bar's copy), and a section
    heading over the paragraphs hold every word of the slug; the one shown twice is the
    page's headline."""
    headline = "The 12 Best Trail Running Shoes of 2026"
    page = "\n\n".join(["Search", "Newsletter", "Gear", headline, headline, "Our top picks",
                        "Best Trail Running Shoes", *_TWICE_PARAS])
    doc = scrubber.scrub(page, url="https://example.com/gear/best-trail-running-shoes/")
    assert doc.metadata.title == headline


def test_a_menu_heading_shown_twice_is_no_headline() -> None:
    """A menu's heading of a few words opens its own list twice ("Women's Running Shoes" over
    "All Women's Running Shoes"): of the lines the slug names, the one made of its words
    alone stays the pick."""
    lines = ["Shoes", "Women's Running Shoes", "Women's Running Shoes",
             "All Women's Running Shoes", "Sale", "Running Shoes", *_TWICE_PARAS,
             "Our testers liked the women's running shoes best for their fit."]
    decisions = [("noise", "before_article")] * 6 + [("content", "article_block")] * 3
    assert slug_headline(document_features(lines), range(6), -1, ("running", "shoes"),
                         decisions) == 5


def test_a_headline_ending_in_a_full_stop_that_spells_out_the_slug() -> None:
    """A forum thread's title may end as a sentence does; when it holds every word of a long
    slug and little else, it is the headline all the same."""
    headline = "If the forum comes to an end soon."
    page = "\n\n".join(["Forums", "Sign In", "General Discussion", headline, "Posted by Jeb",
                        *_TWICE_PARAS])
    doc = scrubber.scrub(page, url="https://example.com/topic/225132-if-the-forum-comes-to-an-end-soon/")
    assert doc.metadata.title in (headline, headline.rstrip("."))


def test_a_sentence_naming_the_slug_among_other_words_is_no_headline() -> None:
    """A sentence that holds the slug's words and goes on to say more is not the headline."""
    lines = ["Forums", "The forum comes to an end soon, the admins said, so we moved the "
             "archive elsewhere.", *_TWICE_PARAS]
    decisions = [("noise", "before_article")] * 2 + [("content", "article_block")] * 2
    assert slug_headline(document_features(lines), range(2), -1,
                         ("if", "the", "forum", "comes", "to", "an", "end", "soon"),
                         decisions) is None


_QA_PARAS = [
    "A mirror copies every mistake at once: delete a file by accident and the second disk "
    "deletes it too, a moment later.",
    "A backup is a copy you can go back to, kept apart from the disks it copies, so that one "
    "fault cannot take both."]


def test_the_line_that_spells_out_the_slug_is_the_last_resort_headline() -> None:
    """No <title> line, no byline, no heading above the article: the question's title, inside
    the block, is the line that spells out the slug."""
    question = "Why is RAID not a backup?"
    page = "\n\n".join(["Skip to main content", *_TWICE_PARAS, question, *_QA_PARAS])
    doc = scrubber.scrub(page, url="https://example.com/questions/2888/why-is-raid-not-a-backup")
    assert doc.metadata.title == question


def test_only_a_line_made_of_the_slugs_words_spells_it_out() -> None:
    """Every word of the slug, and at most two more of the line's own; no sentence."""
    lines = ["Menu", "RAID and backups: what every admin should know about disks today",
             "Is RAID a backup? Not really.", "RAID: not a backup", "Why is RAID not a backup?"]
    slug = ("why", "is", "raid", "not", "a", "backup")
    assert spelt_out_headline(document_features(lines), 0, slug) == 3
    assert spelt_out_headline(document_features(lines), 0, ("backup",)) is None


# A page about a person or a thing, no <title> line: its name, a short description, the
# numbered entries of its contents (which share their words with the sections below them),
# then the sections. Synthetic pages written for these tests.
WIKI_ZH = ["百科首页", "登录", "张三丰", "元末明初道士，武当派开山祖师。", "目录", "1 人物生平",
           "2 主要影响", "3 人物评价", "人物生平",
           "张三丰生于元朝，少年时曾在碧落宫出家，后来游历四方，遍访名山大川，结交了许多修道之人。",
           "他在武当山结庵修炼，传授弟子，武当派由此兴盛，成为与少林齐名的武术流派。", "主要影响",
           "张三丰被尊为太极拳的创始人，其思想融合儒释道三家，对后世武术和道教的发展都产生了深远的影响。",
           "人物评价", "《明史》称其身材高大，龟形鹤背，大耳圆目，须髯如戟，寒暑只穿一件衣服。",
           "参考资料", "© 2024 百科"]
WIKI_EN = ["Wiki home", "Log in", "Ada Lovelace", "English mathematician and writer.", "Contents",
           "1 Early life", "2 Career", "3 Legacy", "Early life",
           "Ada Lovelace was born in London in 1815, the only legitimate child of the poet Lord "
           "Byron and his wife Anne Isabella Milbanke.",
           "Her mother promoted her interest in mathematics and logic in an effort to prevent "
           "her from developing her father's perceived insanity.", "Career",
           "In 1833 she met Charles Babbage, who invited her to see the prototype for his "
           "difference engine, and the two began a long correspondence.",
           "Legacy", "Her notes on the Analytical Engine are regarded by many as the first "
           "computer program ever published.", "References", "© 2024 Wiki"]


@pytest.mark.parametrize(("page", "title"), [(WIKI_ZH, "张三丰"), (WIKI_EN, "Ada Lovelace")])
def test_the_name_a_page_is_about_is_its_headline(page: list[str], title: str) -> None:
    # (not an entry of its contents; the name is the subject of its text, no byline)
    assert scrubber.scrub("\n".join(page)).metadata.title == title


def test_a_name_over_an_article_about_someone_else_stays_a_byline() -> None:
    # The name is the author's: the article's first line does not open with it.
    page = ["Council approves school budget", "Jane Doe", BODY_EN, "© 2024 Example"]
    doc = scrubber.scrub("\n".join(page))
    assert doc.metadata.title == "Council approves school budget"


@pytest.mark.parametrize("title", [
    "【华为Mate 60 Pro】华为 HUAWEI Mate 60 Pro 12GB+512GB 雅川青【行情 报价 价格 评测】-示例商城",
    "华为 HUAWEI Mate 60 Pro 12GB+512GB 雅川青【图】【行情 报价 价格 评测】_示例商城"])
def test_tags_in_brackets_around_the_titles_headline_are_no_words_of_it(title: str) -> None:
    headline = "华为 HUAWEI Mate 60 Pro 12GB+512GB 雅川青 卫星通话 超可靠玄武架构"
    page = [title, "示例商城首页", "我的订单", "手机", "华为", headline, "加入购物车",
            "商品介绍", "规格与包装", "售后保障", "商品评价(50万+)",
            "商品名称：华为Mate 60 Pro", "商品编号：100066896338", "商品毛重：0.5kg",
            "商品产地：中国大陆", "运行内存：12GB", "机身存储：512GB",
            "华为Mate 60 Pro搭载超可靠玄武架构，整机抗跌耐摔能力大幅提升，"
            "第二代昆仑玻璃让屏幕更耐摔。",
            "支持双向北斗卫星消息，在没有地面网络信号的情况下，也可以发送和接收消息。",
            "© 2024 示例商城"]
    doc = scrubber.scrub("\n".join(page))
    assert doc.metadata.title == headline
    assert doc.lines[0].reason == "page_title"  # the <title> confirmed it
