"""Button cards: the short lines of a shop's card over its removed button, inside the article,
are taken out; a sentence over a button, a quotation's attribution, a list the button closes
and the lines over a button that ends the article stay."""

from __future__ import annotations

import scrubber
from scrubber.button_cards import button_cards
from scrubber.features import document_features

_PARAGRAPH = ("Layered linens and mismatched glassware make a long table feel warm, and the "
              "trick is to start with one textile you love and build the colours around it.")
_NEXT = ("Low bowls of garden flowers keep the sight lines open, so that guests can talk "
         "across the table without leaning around a tall arrangement all evening.")


def _decide(lines: list[str], buttons: dict[int, str]) -> list[tuple[str, str]]:
    """Every line the article block's, but the buttons (index: reason) removed."""
    feats = document_features(lines)
    decisions = [("content", "article_block") if line else ("blank", "blank") for line in lines]
    for i, reason in buttons.items():
        decisions[i] = ("noise", reason)
    button_cards(decisions, feats)
    return decisions


def test_a_products_name_and_price_over_its_button_are_taken_out() -> None:
    lines = [_PARAGRAPH, "Velvet Table Runner in Moss", "Table Runner €89,00", "Get Price",
             _NEXT]
    decisions = _decide(lines, {3: "ui_control_en"})
    assert [d[1] for d in decisions[1:3]] == ["button_card", "button_card"]
    assert decisions[0][1] == decisions[4][1] == "article_block"


def test_a_name_over_a_price_button_is_taken_out_across_blank_lines() -> None:
    lines = [_PARAGRAPH, "", "Linen Napkins, Set of 6", "", "$42 at Example Store", "", _NEXT]
    decisions = _decide(lines, {4: "price_button_en"})
    assert decisions[2][1] == "button_card"


def test_a_sentence_over_a_button_stays() -> None:
    lines = [_PARAGRAPH, "You can order the runner straight from the maker.", "Shop now", _NEXT]
    assert _decide(lines, {2: "call_to_action"})[1][1] == "article_block"


def test_a_quotations_attribution_over_a_button_stays() -> None:
    lines = ["\u201cThe new system cut our closing time in half.\u201d",
             "Dana Reyes, Operations Lead, Harbor Foods", "Read the story", _NEXT]
    assert _decide(lines, {2: "call_to_action"})[1][1] == "article_block"


def test_a_list_that_a_button_closes_stays() -> None:
    items = ["Audit logs for every table", "Single sign-on", "Data residency in two regions",
             "Role-based permissions", "Encrypted backups"]
    lines = [_PARAGRAPH, *items, "See plans", _NEXT]
    decisions = _decide(lines, {len(items) + 1: "call_to_action"})
    assert all(d[1] == "article_block" for d in decisions[1:len(items) + 1])


def test_lines_over_a_button_that_ends_the_article_stay() -> None:
    lines = [_PARAGRAPH, "Velvet Table Runner in Moss", "Get Price", "© 2025 Example Media"]
    decisions = _decide(lines, {2: "ui_control_en", 3: "copyright"})
    assert decisions[1][1] == "article_block"


def test_a_page_with_product_cards_keeps_its_paragraphs() -> None:
    body: list[str] = []
    for k, (name, price) in enumerate((("Moss Velvet Runner", "$49"), ("Amber Glass Set", "$65"),
                                       ("Brass Candle Holder", "$32"))):
        body += [f"Idea {k + 1}: set the table in layers",
                 f"{_PARAGRAPH} This is tip number {k + 1} of the guide.", name,
                 f"{price} at Example Store", _NEXT]
    doc = scrubber.scrub("\n".join(["Home | Ideas | Shop", "Ten Ways to Set a Party Table",
                                    *body, "© 2025 Example Media"]))
    kept = [v.text for v in doc.lines if v.keep]
    assert "Moss Velvet Runner" not in kept and "Amber Glass Set" not in kept
    assert sum(t.startswith("Layered linens") for t in kept) == 3
