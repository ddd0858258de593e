"""Sentences left outside the article between its first and last line
(inner_lines.inner_sentences): kept, but for the chrome between the article and a grid of
records under it, and for short sentences the page repeats (the slogans of its cards)."""

from __future__ import annotations

from scrubber.features import line_features
from scrubber.inner_lines import inner_sentences

ARTICLE = ("content", "article_block")
RECORD = ("content", "record_grid")
AFTER = ("noise", "after_article")
PARAGRAPH = ("The museum reopened its east wing on Saturday after two years of repairs to the "
             "roof and the heating.")
RECORD_TEXT = "Winter opening hours for the reading room, from 10 am to 4 pm on weekdays"


def judge(lines: list[tuple[tuple[str, str], str]]) -> list[str]:
    """The reasons after the pass, for lines given as (decision, text)."""
    decisions = [d for d, _ in [(("noise", "title"), "Page title"), *lines]]
    feats = [line_features(t) for t in ["Page title", *(t for _, t in lines)]]
    inner_sentences(decisions, feats)
    return [d[1] for d in decisions[1:]]


def test_sentence_between_two_paragraphs_is_kept() -> None:
    reasons = judge([(ARTICLE, PARAGRAPH), (AFTER, "Thanks, that fixed it for me."),
                     (ARTICLE, PARAGRAPH.replace("east", "west"))])
    assert reasons[1] == "inner_sentence"


def test_chrome_between_the_article_and_a_grid_below_stays_out() -> None:
    reasons = judge([(ARTICLE, PARAGRAPH), (AFTER, "Was this page useful to you?"),
                     (AFTER, "Our mailing list is closed for maintenance today."),
                     (RECORD, RECORD_TEXT), (AFTER, "Booking is required for groups."),
                     (RECORD, RECORD_TEXT.replace("Winter", "Summer"))])
    assert reasons[1:3] == ["after_article", "after_article"]
    # Between two records of the grid, a sentence is the records' own text.
    assert reasons[4] == "inner_sentence"


def test_a_short_sentence_the_page_repeats_stays_out() -> None:
    reasons = judge([(ARTICLE, PARAGRAPH), (AFTER, "Book your visit now!"),
                     (ARTICLE, PARAGRAPH.replace("east", "west")),
                     (AFTER, "Book your visit now!"),
                     (ARTICLE, PARAGRAPH.replace("east", "north"))])
    assert reasons[1] == reasons[3] == "after_article"


def test_a_long_repeated_sentence_is_kept() -> None:
    """A post quoted in a reply repeats a long sentence: it is still text of the thread."""
    quoted = "You might try the free office suite instead, it opens those files without trouble."
    reasons = judge([(ARTICLE, PARAGRAPH), (AFTER, quoted),
                     (ARTICLE, PARAGRAPH.replace("east", "west")), (AFTER, quoted),
                     (ARTICLE, PARAGRAPH.replace("east", "north"))])
    assert reasons[1] == reasons[3] == "inner_sentence"


def test_a_short_repeated_cjk_slogan_stays_out() -> None:
    paragraph = "博物馆东翼在修缮两年之后于周六重新开放，屋顶和供暖系统都已更换。"
    reasons = judge([(ARTICLE, paragraph), (AFTER, "立即预约参观！"),
                     (ARTICLE, paragraph.replace("东", "西")), (AFTER, "立即预约参观！"),
                     (ARTICLE, paragraph.replace("东", "北"))])
    assert reasons[1] == reasons[3] == "after_article"


def test_a_repeated_cjk_teaser_stays_out_but_a_long_cjk_quote_is_kept() -> None:
    paragraph = "博物馆东翼在修缮两年之后于周六重新开放，屋顶和供暖系统都已更换。"
    teaser = "周末去哪儿？本市十家新开放的展馆全攻略大公开！"
    quote = ("我上周带孩子去过一次，讲解员非常耐心，每个展厅都有互动装置，孩子玩了整整一个下午还不"
             "想走，强烈推荐大家周末去看看。")
    reasons = judge([(ARTICLE, paragraph), (AFTER, teaser), (AFTER, quote),
                     (ARTICLE, paragraph.replace("东", "西")), (AFTER, teaser), (AFTER, quote),
                     (ARTICLE, paragraph.replace("东", "北"))])
    assert reasons[1] == reasons[4] == "after_article"
    assert reasons[2] == reasons[5] == "inner_sentence"


def test_a_label_with_a_note_in_brackets_stays_out() -> None:
    """A tool's name and the tooltip of its help link: only the note ends a sentence."""
    reasons = judge([(ARTICLE, PARAGRAPH), (AFTER, "Reference Mapper (What is Reference Mapper?)"),
                     (AFTER, "The repair took longer than planned. (The roof was worse.)"),
                     (ARTICLE, PARAGRAPH.replace("east", "west"))])
    assert reasons[1] == "after_article"
    assert reasons[2] == "inner_sentence"


def test_a_list_of_topics_stays_out_but_short_replies_are_kept() -> None:
    """Short lines in a row that start with the same word are the links of a help centre; short
    replies of a thread start each with its own word."""
    topics = ["How do I reset my password?", "How do I change my email?",
              "How do I close my account?"]
    replies = ["It worked for me.", "Thanks again, Priya!", "Same problem here."]
    reasons = judge([(ARTICLE, PARAGRAPH), *((AFTER, t) for t in topics),
                     (ARTICLE, PARAGRAPH.replace("east", "west")), *((AFTER, r) for r in replies),
                     (ARTICLE, PARAGRAPH.replace("east", "north"))])
    assert reasons[1:4] == ["after_article"] * 3
    assert reasons[5:8] == ["inner_sentence"] * 3
