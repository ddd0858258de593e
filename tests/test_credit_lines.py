"""Photo credits, engagement counters and an embed's markup kept inside a grid, a list or an
article (credit_lines.chrome_lines), and the article lines of the same words that stay."""

from __future__ import annotations

import pytest

import scrubber
from scrubber.credit_lines import chrome_kind
from scrubber.features import line_features

from .test_endmatter import ARTICLE, CLOSING


def kind(text: str) -> str:
    found = chrome_kind(line_features(text))
    return found[1] if found else "keep"


@pytest.mark.parametrize("text", [
    "Maria Lopez/Getty Images", "Tom Reed/AP", "Kim Park/Reuters", "Ann Lee | Bloomberg",
    "Paul Grant/AFP via Getty Images", "Sara Mills / Staff via Getty Images",
    "Dan Cole/Hindustan Times/Getty Images", "Photo: Jane Doe", "Image: Acme (Shutterstock)",
    "Photo credit: City archives",
    "Photo by Jane Doe on Unsplash",
])
def test_photo_credits(text: str) -> None:
    assert kind(text) == "photo_credit"


@pytest.mark.parametrize("text", [
    "84 reactions", "1.2k views", "Star 194k", "19.8K followers", "1Share", "阅读 1.2万",
    "3.4万阅读", "조회 1,024", "12 いいね",
])
def test_engagement_counts(text: str) -> None:
    assert kind(text) == "engagement_count"


@pytest.mark.parametrize("text", [
    '<iframe src="https://example.org/player/embed/123" width="100%" height="290">',
    '<iframe src="https://www.example.org/player/embed/ab-c1-2233445/ab-c1-mx-2233445-1"'
    ' width="100%" height="290" frameborder="0" scrolling="no" title="Embedded player">',
    '<script src="https://example.org/widget.js"></script>',
    # a share box's field: its label and the tag to copy on one line (cells of a form)
    'Embed    <iframe src="https://example.org/player/embed/ab-1" width="100%" height="290">',
    'Embed code: <script src="https://example.org/widget.js"></script>',
])
def test_embed_markup(text: str) -> None:
    assert kind(text) == "markup_line"


@pytest.mark.parametrize("text", [
    "The video drew 1.2k views within an hour, the agency said.",
    "Getty Images said on Monday that it would cut 200 jobs.",
    "Low-Code/No-Code Solutions", "Dallas/Fort Worth", "tensorflow / tensorflow",
    "Photo: the crowd outside the court on Monday.", "Views", "Star Wars: A New Hope",
    "1,000 views of the harbour", "Photo by photo: how the bridge was built",
    "(The photo above is part of our collection)", "<table></table> in select - fine",
    '<input type="file" name="images" multiple="true" required="true"/>',
    'Paste it into your own page: <iframe src="https://example.org/embed/1">',
    "Embed <table> rows",
])
def test_article_lines_are_no_chrome(text: str) -> None:
    assert kind(text) == "keep"


def test_credit_and_counter_between_paragraphs_are_removed() -> None:
    lines = [*ARTICLE[:2], "Maria Lopez/Getty Images", "84 reactions", ARTICLE[2], CLOSING]
    doc = scrubber.scrub("\n".join(lines))
    reasons = {v.text: v.reason for v in doc.lines if not v.keep}
    assert reasons["Maria Lopez/Getty Images"] == "photo_credit"
    assert reasons["84 reactions"] == "engagement_count"
    assert all(v.keep for v in doc.lines if v.text in ARTICLE[:3])


def test_html_example_of_a_document_stays() -> None:
    code = ["<html>", "  <body>",
            '    <iframe src="https://example.org/embed/42" width="560" height="315">',
            "    </iframe>", "  </body>", "</html>"]
    intro = "To embed the player, paste the following snippet into your page's HTML:"
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], intro, *code, ARTICLE[2], CLOSING]))
    iframe = next(v for v in doc.lines if v.text.strip() == code[2].strip())
    assert iframe.keep


def test_html_example_introduced_by_a_colon_stays() -> None:
    tag = '<iframe src="https://example.org/embed/42" width="560" height="315"></iframe>'
    intro = "Paste this line where the player should appear:"
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], intro, tag, ARTICLE[2], CLOSING]))
    assert next(v for v in doc.lines if v.text.strip() == tag).keep


def test_embed_tag_left_between_teasers_is_removed() -> None:
    tag = '<iframe src="https://example.org/player/embed/77" width="100%" height="290">'
    doc = scrubber.scrub("\n".join([*ARTICLE[:2], tag, ARTICLE[2], CLOSING]))
    assert next(v for v in doc.lines if v.text.strip() == tag).reason == "markup_line"
