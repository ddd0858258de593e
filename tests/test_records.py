"""Article records: a run of records inside an article, each closed by the same control."""

from __future__ import annotations

import scrubber
from scrubber.classify import Classified, classify_lines
from scrubber.features import LineFeatures, document_features
from scrubber.options import DEFAULT_OPTIONS
from scrubber.records import record_headers
from scrubber.rules import ruleset

_INTRO = ("Every month we follow one food writer through thirty days of eating out, from the "
          "noodle counter at the station to the long tasting menus, and add up the bill. ",
          "This month our writer crossed the country twice and still found time for a few "
          "new openings close to home; the total is at the end of the article. ")
_PLACES = (("Noodle Bar Kiku", "A quick bowl of broth before the morning train, as always."),
           ("Trattoria Sole", "The hand-made pasta with rabbit ragu was the best of the month."),
           ("Grill House Oak", "A hotel restaurant that turns out a very good burger."),
           ("Sushi Minato", "First visit: inventive small plates and a friendly chef."),
           ("Bistro Canal", "A business dinner at a popular bistro, lively as ever."),
           ("Yakitori Ren", "Hard to book, and every skewer arrives piping hot."))


def _record(k: int, name: str, sentence: str, control: str) -> list[str]:
    return [f"3/{k + 1} dinner: {name} (Riverside)", sentence, name,
            f"[Riverside] Central Station {200 + k * 37}m / Japanese, Grill",
            f"3.{60 + k} {40 + k * 9} reviews", f"${20 + k * 5} - ${30 + k * 5}",
            "Closed Mondays" if k % 2 else "-", f"{k + 1}-2-{k + 3} Harbour Street, Riverside",
            control]


def _page(control: str, sentences: bool = True) -> tuple[str, list[str]]:
    records = [_record(k, name, sentence if sentences else f"Tags: grill, {name.lower()}",
                       control) for k, (name, sentence) in enumerate(_PLACES)]
    lines = ["Home | Magazine | Rankings | Log in", "Monthly food diary", *_INTRO,
             *[line for record in records for line in record],
             "Related articles", "Ten bakeries worth the trip", "© 2024 Food Magazine"]
    return "\n".join(lines), [record[1] for record in records]


def test_records_closed_by_one_control_are_the_article_s() -> None:
    """Records following the article, each closed by the same "Open in the app" line and
    holding one sentence, stay with the article: their name, rating, price and address too;
    the control itself does not."""
    page, sentences = _page("Open in the app")
    doc = scrubber.scrub(page)
    kept = doc.text.split("\n")
    for sentence in sentences:
        assert sentence in kept
    assert "Trattoria Sole" in kept
    assert "$45 - $55" in kept
    assert "Closed Mondays" in kept  # a field half the records share is no label
    assert "Open in the app" not in kept
    assert any(v.reason == "article_record" for v in doc.lines)
    assert _INTRO[0].strip() in kept


def test_records_without_sentences_stay_out() -> None:
    """A run of the same shape whose records hold no sentence (tags, names, numbers) is a box
    of links, not the article's records."""
    page, _ = _page("Open in the app", sentences=False)
    doc = scrubber.scrub(page)
    assert not any(v.reason == "article_record" for v in doc.lines)
    assert _INTRO[1].strip() in doc.text.split("\n")


def test_records_around_advertisements_are_no_records() -> None:
    """Records closed by a line the rules name (an advertisement's marker) are a box between
    advertisements, not the article's records."""
    page, _ = _page("Advertisement")
    doc = scrubber.scrub(page)
    assert not any(v.reason == "article_record" for v in doc.lines)


def _classified(page: str) -> tuple[list[Classified], list[LineFeatures]]:
    feats = document_features(page.split("\n"))
    rules = ruleset(DEFAULT_OPTIONS)
    found = rules.scan_lines(feats, DEFAULT_OPTIONS)
    return classify_lines(feats, rules, DEFAULT_OPTIONS, found), feats


def test_a_box_header_above_the_records_is_named() -> None:
    """The nearest region header above a run of records ("Latest articles", whose region
    would run on over them) is returned, to open no region; a page whose records hold no
    sentence names none."""
    page, _ = _page("Open in the app")
    first, rest = page.split("\n", 1)
    box = ["Latest articles", "Where to eat ramen this winter", "Five new bakeries downtown"]
    classified, feats = _classified("\n".join([first, *box, rest]))
    assert record_headers(classified, feats) == [1]
    page, _ = _page("Open in the app", sentences=False)
    first, rest = page.split("\n", 1)
    classified, feats = _classified("\n".join([first, *box, rest]))
    assert record_headers(classified, feats) == []
