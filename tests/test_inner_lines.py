"""Lines a link-list rule removed that stand between two lines of the article
(inner_lines.inner_list_lines)."""

from __future__ import annotations

import scrubber

from .test_endmatter import ARTICLE, CLOSING


def verdict(lines: list[str], text: str) -> scrubber.document.LineVerdict:
    doc = scrubber.scrub("\n".join(lines))
    return next(v for v in doc.lines if v.text == text)


def test_path_between_two_paragraphs_is_kept() -> None:
    path = "Open > Tools > Folder Options > View"
    v = verdict([*ARTICLE[:2], path, ARTICLE[2], CLOSING], path)
    assert v.keep and v.reason == "inner_list_line"


def test_two_commands_in_a_row_are_kept_but_a_long_menu_is_not() -> None:
    steps = ["Open > Tools > Folder Options > View", "Select > Hidden files > Show > Apply"]
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], *steps, ARTICLE[2], CLOSING]))
    assert all(v.keep for v in doc.lines if v.text in steps)
    menu = ["News | Sport | Weather", "Travel | Music | Film", "Books | Games | Food",
            "Drink | Cars | Homes", "Jobs | Dating | Puzzles"]
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], *menu, ARTICLE[2], CLOSING]))
    assert not any(v.keep for v in doc.lines if v.text in menu)


def test_menu_after_the_article_stays_removed() -> None:
    menu = "Home | News | Sport | Weather | Contact"
    v = verdict([*ARTICLE, CLOSING, menu, "© 2024 The Riverside Gazette"], menu)
    assert not v.keep


def test_spaced_out_cjk_heading_stays_removed() -> None:
    paragraphs = ["今年以来，多个省份加快推进城镇老旧小区改造，惠及居民超过一百万户，"
                  "受到广泛欢迎。",
                  "业内人士认为，老旧小区改造既是民生工程，也是发展工程，能够有效拉动投资和消费。"]
    heading = "郑 重 声 明"
    v = verdict([paragraphs[0], heading, paragraphs[1], paragraphs[0][:30] + "。"], heading)
    assert not v.keep


def test_a_posts_stamp_between_two_lines_of_the_article_stays_removed() -> None:
    stamp = "dana_k | 83 | 3 days ago"
    lines = [*ARTICLE[:2], stamp, ARTICLE[2], CLOSING]
    assert scrubber.scrub("\n".join(lines)).lines[2].reason == "link_list"
    assert not verdict(lines, stamp).keep


# A paragraph under a list of figures that a later pass took into the article: the context
# pass ended the article at the list's short lines. Synthetic pages written for these tests.
CLOSED_LIST_DE = [
    "Heizungsgesetz: Was Eigentümer jetzt wissen müssen | Tagesblatt", "Startseite", "Politik",
    "Wirtschaft", "Heizungsgesetz: Was Eigentümer jetzt wissen müssen",
    "Seit dem 1. Januar gilt das überarbeitete Gebäudeenergiegesetz. Es schreibt vor, dass neu "
    "eingebaute Heizungen zu mindestens 65 Prozent mit erneuerbaren Energien betrieben werden.",
    "Für bestehende Heizungen gibt es jedoch Übergangsfristen. Wer eine funktionierende Öl- oder "
    "Gasheizung besitzt, muss diese nicht sofort austauschen.",
    "Welche Förderung gibt es?",
    "Der Staat unterstützt den Umstieg mit Zuschüssen von bis zu 70 Prozent der Kosten. Die "
    "Grundförderung beträgt 30 Prozent, hinzu kommen verschiedene Boni.",
    "Grundförderung: 30 Prozent", "Geschwindigkeitsbonus: 20 Prozent",
    "Einkommensbonus: 30 Prozent",
    "Anträge können seit Februar bei der KfW gestellt werden.",
    "Mehr zum Thema", "Wärmepumpe: Lohnt sich der Einbau im Altbau?",
    "Energiepreise: Strom wird wieder günstiger", "Impressum", "Datenschutz",
    "© 2024 Tagesblatt GmbH. Alle Rechte vorbehalten."]


def test_the_sentence_under_a_list_taken_back_is_the_articles() -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrubber.scrub("\n".join(CLOSED_LIST_DE)).lines}
    assert verdicts["Einkommensbonus: 30 Prozent"][0]
    assert verdicts["Anträge können seit Februar bei der KfW gestellt werden."] == (
        True, "list_closer")
    assert not verdicts["Wärmepumpe: Lohnt sich der Einbau im Altbau?"][0]


def test_no_sentence_closes_a_list_the_article_does_not_hold() -> None:
    page = [line for line in CLOSED_LIST_DE if "Prozent" not in line or len(line) > 40]
    page.insert(page.index("Mehr zum Thema"), "Preise: Alle Angaben ohne Gewähr.")
    verdicts = {v.text: (v.keep, v.reason) for v in scrubber.scrub("\n".join(page)).lines}
    assert verdicts["Preise: Alle Angaben ohne Gewähr."][1] != "list_closer"


# A Korean blog post of short sentences: the first and the last are too short for the context
# pass. Synthetic page written for these tests.
KO_BLOG = ["주말 제주도 여행 후기 : 블로그", "블로그", "카테고리", "이웃추가", "제주도 여행 후기",
           "2024. 5. 12. 18:30", "지난 주말에 가족과 함께 제주도에 다녀왔어요.",
           "첫날에는 성산일출봉에 올라갔는데 날씨가 맑아서 경치가 정말 좋았어요.",
           "점심으로는 흑돼지 구이를 먹었는데 정말 맛있었고 가격도 적당했습니다.",
           "둘째 날에는 우도에 들어가서 자전거를 타고 섬을 한 바퀴 돌았어요.",
           "다음에는 가을에 다시 가보고 싶네요.", "공감 12", "댓글 3", "공유하기", "맨 위로"]


def test_the_short_first_and_last_sentences_of_a_post_are_kept() -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrubber.scrub("\n".join(KO_BLOG)).lines}
    assert verdicts[KO_BLOG[6]] == (True, "edge_sentence")
    assert verdicts[KO_BLOG[10]] == (True, "edge_sentence")
    assert not verdicts["공감 12"][0] and not verdicts["이웃추가"][0]


def test_a_short_sentence_apart_from_the_article_stays_out() -> None:
    # A line stands between it and the article, or it is a word or two ("Thanks!").
    page = [*KO_BLOG[:10], "공감 12", "다음에는 가을에 다시 가보고 싶네요.", "댓글 3"]
    verdicts = {v.text: v.keep for v in scrubber.scrub("\n".join(page)).lines}
    assert not verdicts["다음에는 가을에 다시 가보고 싶네요."]
    page = [*KO_BLOG[:10], "감사합니다!", "공감 12"]
    assert not {v.text: v.keep for v in scrubber.scrub("\n".join(page)).lines}["감사합니다!"]
