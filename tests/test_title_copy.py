"""A page's first line that is its <title> and reads as text (a question's title with its
sentence marks, "Why is my PC slow? - Example Answers"): removed as ``page_title`` before the
article search, so that the article does not start at the top of the page and take the menus
under it in (``titles.title_copy``). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

QUESTION = "パソコンが急に重くなりました。原因と対処法を教えてください。"
BODY = ["Windows11を使っています。昨日から起動に時間がかかり、ブラウザもなかなか開きません。",
        "再起動しても変わらず、作業になりません。"]
MENU = ["知恵袋トップ", "質問する", "カテゴリ", "パソコン", "解決済み"]


def _page(first: str) -> str:
    return "\n".join([first, *MENU, QUESTION, *BODY, "あわせて知りたい", "利用規約"])


def test_a_title_line_that_reads_as_text_is_the_page_title() -> None:
    doc = scrub(_page(f"{QUESTION} - 知恵袋サンプル"))
    verdicts = [(v.keep, v.reason) for v in doc.lines]
    assert verdicts[0] == (False, "page_title")
    for i in range(1, len(MENU) + 1):
        assert not verdicts[i][0], (doc.lines[i].text, verdicts[i])
    assert verdicts[len(MENU) + 1] == (True, "headline")  # the question, its <title> copy
    assert doc.metadata.title == QUESTION
    assert all(v.keep for v in doc.lines if v.text in BODY)


def test_a_first_line_no_later_line_repeats_is_no_page_title() -> None:
    doc = scrub(_page("昨日から調子が悪いです。 - 知恵袋サンプル"))
    assert doc.lines[0].reason != "page_title"


def test_an_english_question_title() -> None:
    question = "Why does my laptop fan run all the time?"
    lines = [f"{question} - Example Answers", "Home", "Questions", "Tags", "Users", question,
             "My laptop's fan spins at full speed even when nothing is running. "
             "I have cleaned the vents and updated the BIOS.",
             "Is this a hardware fault, or can I change a setting?", "Related questions",
             "Privacy policy"]
    doc = scrub("\n".join(lines))
    assert (doc.lines[0].keep, doc.lines[0].reason) == (False, "page_title")
    assert not any(v.keep for v in doc.lines[1:5])
    assert doc.metadata.title == question
