"""Where the article block starts: the first record of a list of titled teasers."""

from __future__ import annotations

import scrubber

_NAV = ["Home", "World", "Science", "Sport", "Sign in", "Science"]
_TEASERS = [
    ("Glaciers in the Andes are shrinking faster than the models predicted",
     "A ten-year survey of forty glaciers found that the ice lost mass at almost twice the "
     "rate the regional climate models had projected for the decade."),
    ("A small river fish can climb waterfalls with its mouth",
     "Researchers filmed the goby shuffling up wet rock faces several metres high, holding on "
     "with a sucker formed by its fins and inching upwards with its lips."),
    ("Why some bridges hum in the wind",
     "Engineers explain how vortices shed by the deck can lock onto the bridge's own "
     "frequency, and what dampers are fitted to stop the sound from building up."),
    ("The quiet return of the European bison to the Carpathians",
     "Two decades after the first animals were released, the herds now number in the "
     "hundreds and roam across three countries without being fed in winter."),
    ("How a museum restored a flooded medieval manuscript",
     "Conservators froze the pages within hours, then dried them slowly over months in a "
     "vacuum chamber before a single leaf could be turned again."),
]


def _lines(pairs: list[tuple[str, str]]) -> list[str]:
    return [line for pair in pairs for line in pair]


def test_the_first_teaser_title_is_kept() -> None:
    """The listing's heading is the page's headline; the first record's title, above the
    first summary, is kept with the others."""
    page = ["Science news - Daily Science", *_NAV, "Science news", *_lines(_TEASERS),
            "© 2025 Daily Science"]
    doc = scrubber.scrub("\n".join(page))
    verdict = next(v for v in doc.lines if v.text == _TEASERS[0][0])
    assert (verdict.label, verdict.reason) == ("content", "teaser_head")
    assert all(title in doc.text.split("\n") for title, _ in _TEASERS)


def test_an_article_with_sections_keeps_its_headline_apart() -> None:
    """An article whose sections open with a heading over two paragraphs is no list of
    teasers: the line above its first paragraph is not kept as a teaser's title."""
    above = "Notes from our first season on the water"
    sections = [
        "Learning to sail on a small lake is the gentlest start: the water is flat, the wind "
        "steady, and a capsize means a short swim back to the jetty.",
        "Choosing your first boat",
        "A single-handed dinghy teaches you the most, because every mistake is yours to feel "
        "and to fix, and the boat answers each change of the sheet.",
        "Club boats are usually well kept, and borrowing one for a season costs far less than "
        "buying a second-hand hull that needs work.",
        "Reading the wind on a lake",
        "Watch the dark patches moving over the water: they are gusts, and they reach you a "
        "few seconds after you see them coming across the lake.",
        "Ease the sheet as the gust arrives and pull it back in as it passes, and the boat "
        "will stay upright without any drama at all.",
        "Your first capsize, on purpose",
        "Practise it on purpose on a warm day, with a safety boat nearby, so that the first "
        "real one is something you already know how to handle.",
        "Stand on the centreboard, lean back, and the boat comes up with you climbing aboard "
        "as it rights itself, usually with a lot of water inside.",
    ]
    page = ["Sailing for beginners - Lake Sailing Club", *_NAV, "Sailing for beginners", above,
            *sections, "© 2025 Lake Sailing Club"]
    doc = scrubber.scrub("\n".join(page))
    verdict = next(v for v in doc.lines if v.text == above)
    assert verdict.reason != "teaser_head"
    assert sections[0] in doc.text.split("\n")


_ARTICLE = [
    "The library will close its reading rooms for six weeks this summer while the old "
    "heating system is replaced and the roof above the main hall is repaired.",
    "Readers can still order books online and collect them from the side entrance, which "
    "stays open on weekdays from nine in the morning until five in the afternoon.",
    "The archive's staff will answer questions by e-mail throughout the works, and the "
    "lecture series moves to the town hall until the rooms reopen in September.",
]


def _over_article(line: str) -> scrubber.LineVerdict:
    """The verdict of ``line`` standing between the headline and the article's paragraphs."""
    page = ["Library closes for summer works - Town News", *_NAV,
            "Library closes for summer works", line, *_ARTICLE, "© 2025 Town News"]
    return next(v for v in scrubber.scrub("\n".join(page)).lines if v.text == line)


def test_a_line_introducing_the_article_is_kept() -> None:
    verdict = _over_article("The notice reads in full:")
    assert (verdict.label, verdict.reason) == ("content", "lead_in")


def test_a_line_without_a_colon_above_the_article_stays_out() -> None:
    assert _over_article("Photographs by the paper's own staff").label != "content"
