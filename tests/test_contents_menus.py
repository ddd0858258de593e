"""Contents menus: an article's table of contents under its header, whose entries the article
repeats as headings, is taken out; a header's list the article does not repeat, a contents
list of a Chinese document and the headings themselves stay."""

from __future__ import annotations

import scrubber
from scrubber.contents_menus import contents_menus
from scrubber.features import document_features

_SECTIONS = ("Why Service Style Matters", "Fine Dining Service", "Casual Dining Service",
             "Quick Service Restaurants", "What Is the Best Style for a Small Cafe?")
_BODY = ("Each style sets what guests expect from the moment they walk in, and it shapes how "
         "many people the kitchen and the floor need on a busy night.")


def _decide(lines: list[str]) -> list[tuple[str, str]]:
    feats = document_features(lines)
    decisions = [("content", "article_block") if line else ("blank", "blank") for line in lines]
    contents_menus(decisions, feats)
    return decisions


_DETAILS = ("Guests read the room before they read the menu.",
            "Servers plate each course in the kitchen and carry it out by hand.",
            "A host seats guests, but a single server covers twice as many tables.",
            "Guests order at a counter and the food comes out in a few minutes.",
            "A counter with a short menu keeps the staff small and the line moving.")


def _article(menu: list[str]) -> list[str]:
    return ["How Restaurants Serve Their Guests", _BODY, *menu,
            *[line for s, d in zip(_SECTIONS, _DETAILS, strict=True)
              for line in (s, f"{d} {_BODY}")]]


def test_a_numbered_table_of_contents_is_taken_out() -> None:
    menu = ["Contents [hide]", *[f"{k}. {s}" for k, s in enumerate(_SECTIONS, 1)]]
    lines = _article(menu)
    decisions = _decide(lines)
    assert [d[1] for d in decisions[2:2 + len(menu)]] == ["contents_menu"] * len(menu)
    assert all(d[1] == "article_block" for d in decisions[2 + len(menu):])


def test_a_jump_menu_over_the_headings_is_taken_out_in_a_whole_page() -> None:
    lines = _article(["Jump to:", *_SECTIONS])
    doc = scrubber.scrub("\n".join(["How Restaurants Serve Their Guests | Example Guides",
                                    "Home | Guides | Restaurants", *lines, "© 2025 Example"]))
    headings = [v for v in doc.lines if v.text in _SECTIONS]
    assert not any(v.keep for v in headings[:len(_SECTIONS)])
    assert all(v.keep for v in headings[len(_SECTIONS):])


def test_a_list_the_article_does_not_repeat_stays() -> None:
    lines = ["In this article", "Three cheaper menus", "A smaller wine list", "Fewer tables",
             _BODY, "Why Service Style Matters", _BODY]
    assert all(d[1] == "article_block" for d in _decide(lines))


def test_a_chinese_documents_contents_stay() -> None:
    parts = ("第一章　总则", "第二章　组织机构", "第三章　财务管理", "第四章　附则")
    rule = "的具体规定如下，各部门应当遵照执行。"
    lines = ["目录", *parts, *[line for p in parts for line in (p, f"{p}{rule}")]]
    assert all(d[1] == "article_block" for d in _decide(lines))
