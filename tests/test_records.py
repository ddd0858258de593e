"""Article records: a run of records inside an article, each closed by the same control."""

from __future__ import annotations

import scrubber

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
