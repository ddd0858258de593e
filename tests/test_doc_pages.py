"""Documentation pages: what a doc page holds besides its prose (``scrubber.docs``).
Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub
from scrubber.classify import Classified, Kind
from scrubber.docs import code_lines
from scrubber.features import document_features
from scrubber.regions import Decision

INTRO = ("A handler runs once for every request the server accepts. The example below "
         "registers one that answers with a short greeting and logs the path it was asked for.")
CODE = ["func greet(w http.ResponseWriter, r *http.Request) {",
        "    log.Printf(\"serving %s\", r.URL.Path)",
        "    if r.Method != http.MethodGet {",
        "        http.Error(w, \"method not allowed\", 405)",
        "        return",
        "    }",
        "    fmt.Fprintln(w, \"hello\")",
        "}"]
OUTRO = ("Register the handler with the default mux before the server starts, and every "
         "request to the root path will be logged and answered with the greeting.")


def _page(code: list[str]) -> str:
    return "\n".join(["Writing handlers - Example Docs", "Docs", "Guides", "Writing handlers",
                      INTRO, *code, OUTRO, "Edit this page", "© 2025 Example"])


def test_code_keeps_its_closing_braces() -> None:
    # A brace alone closes the code above it: code without it is broken.
    doc = scrub(_page(CODE))
    verdicts = {v.text: v.keep for v in doc.lines if v.text.strip()}
    for line in (INTRO, *CODE, OUTRO):
        assert verdicts[line], line


def test_a_kept_line_of_no_letter_that_is_no_code_is_removed() -> None:
    # A separator or a bullet alone between the article's lines says nothing.
    doc = scrub(_page([*CODE, "* * *", "→"]))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines if v.text.strip()}
    assert verdicts["* * *"] == (False, "no_letters")
    assert verdicts["}"] == (True, "article_block")


def test_a_short_line_with_a_digit_or_a_letter_stays() -> None:
    doc = scrub(_page([*CODE[:-1], "} // 2", "x", "}"]))
    verdicts = {v.text: v.keep for v in doc.lines if v.text.strip()}
    assert verdicts["} // 2"]
    assert verdicts[INTRO] and verdicts[OUTRO]


SECTIONS = [
    ("Choosing a site¶", "Pick a spot that gets at least six hours of sun and drains well after "
     "rain; a raised bed solves most problems with heavy clay soil in a single season."),
    ("Preparing the soil¶", "Dig in a barrow of compost for every two square metres, then rake "
     "the surface level and let it settle for a week before you sow anything."),
    ("Sowing and spacing¶", "Sow thinly in rows thirty centimetres apart, cover the seed with a "
     "fingertip of soil and water gently so that it does not wash away."),
]
BOX = ["Ten gadgets for the kitchen", "Published on May 02, 2024 07:44 PM", "By Staff",
       "Readers' favourite recipes", "Published on May 01, 2024 09:12 AM", "By Staff",
       "Weekend weather outlook", "Published on April 30, 2024 06:00 PM", "By Staff"]


def _guide(box_header: str) -> str:
    lines = ["Starting a vegetable bed - Example Guides", "Home", "Guides",
             "Starting a vegetable bed", *SECTIONS[0], box_header, *BOX, *SECTIONS[1],
             *SECTIONS[2], "Related guides", "Composting in a small garden",
             "Watering wisely in summer", "C#", "Languages we cover",
             "© 2025 Example Guides"]
    return "\n".join(lines)


def test_anchored_sections_after_a_box_inside_the_article_are_kept() -> None:
    verdicts = {v.text: v.keep for v in scrub(_guide("Related articles")).lines}
    for heading, text in SECTIONS:
        assert verdicts[heading], heading
        assert verdicts[text], text
    for line in ("Composting in a small garden", "Watering wisely in summer", "C#"):
        assert not verdicts[line], line


def test_sections_without_permalink_marks_are_left_to_the_context_pass() -> None:
    page = _guide("Related articles").replace("¶", "")
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(page).lines}
    assert all(reason != "anchored_section" for _, reason in verdicts.values())


SESSION = [">>> r = client.get('/orders/42')", ">>> r.status", "200", ">>> order = r.json()",
           ">>> print(order['comments'])", "3", ">>> print(order['status'])", "shipped"]


def _session(extra: str) -> str:
    return "\n".join(["Reading an order - Example Docs", "Docs", "Reading an order", INTRO,
                      *SESSION[:4], extra, *SESSION[4:], OUTRO, "© 2025 Example"])


def test_a_line_of_code_a_keyword_rule_named_stays_in_its_snippet() -> None:
    verdicts = {v.text: v.keep for v in scrub(_session(">>> len(order)")).lines}
    for line in SESSION:
        assert verdicts[line], line


def test_a_button_between_two_lines_of_code_is_removed() -> None:
    verdicts = {v.text: v.keep for v in scrub(_session("Share this page")).lines}
    assert not verdicts["Share this page"]


NOTE = ["背景#", "每次换电脑都要重新配置开发环境很麻烦", "步骤#", "安装 nodemon",
        "npm i -g nodemon", "检查版本", "nodemon -v"]


def _note(lines: list[str]) -> str:
    return "\n".join(["换电脑后重新配置环境 | 示例技术社区", "首页", "社区", "文档", "登录",
                      "注册", "换电脑后重新配置环境", *lines, "0 人点赞", "举报", "推荐文章：",
                      "更多推荐...", "关于我们", "联系站长"])


def test_anchored_sections_are_the_article_of_a_page_without_one() -> None:
    doc = scrub(_note(NOTE))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for line in NOTE[1:]:
        assert verdicts[line][0], line
    for line in ("举报", "0 人点赞", "联系站长"):
        assert not verdicts[line][0], line


def test_one_anchored_line_makes_no_article() -> None:
    lines = [line.replace("#", "") for line in NOTE]
    lines[0] += "#"
    verdicts = {v.text: v.reason for v in scrub(_note(lines)).lines}
    assert "anchored_section" not in verdicts.values()


def test_form_labels_with_a_number_sign_open_no_section() -> None:
    page = "\n".join(["Cordless drill 18V - Example Tools", "Cordless drill 18V", INTRO, OUTRO,
                      "Model #", "DR-1800", "Item #", "4471-22", "Customer service",
                      "© 2025 Example Tools"])
    verdicts = {v.text: v.keep for v in scrub(page).lines}
    assert not verdicts["Model #"] and not verdicts["DR-1800"]


def _code_lines(lines: list[str], removed: int) -> Decision:
    """The decision of docs.code_lines on line ``removed`` of a kept snippet, which a keyword
    rule named (as a picture credit)."""
    feats = document_features(lines)
    classified = [Classified(Kind.NEAR, "", "")] * len(lines)
    classified[removed] = Classified(Kind.BAD, "meta", "byline_en")
    decisions: list[Decision] = [("content", "article_block")] * len(lines)
    decisions[removed] = ("meta", "byline_en")
    code_lines(decisions, classified, feats)
    return decisions[removed]


def test_a_configuration_line_between_configuration_lines_stays() -> None:
    # "image: …" reads as a picture credit to the keyword rules; inside a manifest it is code.
    manifest = ["spec:", "  containers:", "  - name: web", "    image: shop/web:2.4.1",
                "    ports:", "    - containerPort: 8080"]
    assert _code_lines(manifest, 3) == ("content", "code_line")


def test_a_capitalised_field_between_fields_is_no_configuration() -> None:
    # A record's labels are capitalised: "Photo: …" between two fields stays a credit.
    record = ["Title: Harbour lights at dusk", "Photo: Dana Kim / Example Agency",
              "Location: Old port"]
    assert _code_lines(record, 1) == ("meta", "byline_en")


def test_a_file_path_over_a_script_stays() -> None:
    script = ["/usr/local/bin/notify-email", "#!/bin/sh", "/usr/sbin/sendmail -t <<EOF",
              "Subject: $2", "EOF"]
    page = "\n".join(["Mail on failure - Example Docs", "Docs", "Mail on failure", INTRO,
                      *script, OUTRO, "© 2025 Example"])
    verdicts = {v.text: v.keep for v in scrub(page).lines}
    for line in script:
        assert verdicts[line], line

