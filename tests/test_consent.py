"""Consent dialogs: the site's cookie settings are no part of the article."""

from __future__ import annotations

import scrubber
from scrubber.classify import Classified, Kind
from scrubber.consent import consent_lines
from scrubber.features import document_features

_NAV = ["Home | Guides | Reviews | Contact", "Search"]
_ARTICLE = [
    "Repotting a fiddle-leaf fig is easier than most people expect, as long as you wait for "
    "the warmer months and pick a pot only slightly larger than the old one.",
    "Water the plant a day before so the root ball slides out in one piece, then loosen the "
    "outer roots gently with your fingers before setting it in fresh soil.",
    "Keep it out of direct sun for a week afterwards while the roots settle, and do not "
    "fertilise until new leaves appear at the top of the stem.",
]
_FOOTER = ["About us", "© 2025 Green Corner"]
_DIALOG = [
    "Your privacy choices",
    "We use cookies and similar technologies to remember your settings, measure how the site "
    "is used and show you relevant offers from our partners.",
    "Strictly necessary",
    "Necessary cookies keep the site working: they remember what is in your basket and keep "
    "your account secure while you browse between pages.",
    "Analytics",
    "Analytics cookies tell us which pages are read most, so we can see what to improve; the "
    "figures we collect are counted together and never point to you.",
    "Advertising",
    "Advertising cookies are set by our partners to build a profile of your interests and "
    "show you relevant adverts on other sites you visit.",
]


def test_a_cookie_dialog_after_the_footer_is_taken_back() -> None:
    doc = scrubber.scrub("\n".join([*_NAV, *_ARTICLE, *_FOOTER, *_DIALOG]))
    kept = doc.text.split("\n")
    assert _ARTICLE[0] in kept
    assert not any("cookies" in line for line in kept)
    assert any(v.reason == "consent_box" for v in doc.lines)


def test_an_article_about_cookies_stays() -> None:
    """A page whose own text explains cookies (a guide, a cookie policy) keeps it: nothing
    else on the page is kept, so the run is the article."""
    guide = [
        "Websites use cookies to remember who you are between visits; a cookie is a small "
        "text file your browser stores and sends back with every request.",
        "Session cookies vanish when you close the browser, while persistent cookies stay "
        "until the date the site set for them, sometimes for years.",
        "You can clear them in your browser's settings, and most browsers let you block the "
        "third-party cookies that advertisers use to follow you from site to site.",
    ]
    doc = scrubber.scrub("\n".join([*_NAV, *guide, *_FOOTER]))
    kept = doc.text.split("\n")
    assert guide[0] in kept and guide[2] in kept
    assert not any(v.reason == "consent_box" for v in doc.lines)


def test_an_article_mentioning_cookies_once_stays() -> None:
    """One sentence about the site's cookies inside an article opens no dialog: the rest of
    the article does not use the dialog's words."""
    lines = [*_ARTICLE[:2],
             "Our site uses cookies only to count readers, and this guide works without them.",
             *_ARTICLE[2:], *_ARTICLE]
    doc = scrubber.scrub("\n".join([*_NAV, *lines, *_FOOTER]))
    assert not any(v.reason == "consent_box" for v in doc.lines)
    assert _ARTICLE[2] in doc.text.split("\n")


_MENU = ["Indoor plants", "Outdoor plants", "Tools and pots", "Seeds and bulbs", "Gift cards"]
_COLLECTION = ["Easy ferns for a shady bathroom", "Six herbs that grow on a windowsill",
               "The best soil for succulents", "How to save a drowning orchid",
               "Climbing roses for a small fence", "Bulbs to plant before the first frost"]


def test_a_dialog_below_the_footer_of_a_list_page_is_not_taken_for_its_article() -> None:
    """A page whose own content is a list of short lines: the dialog's sentences are the
    only paragraphs on it, yet they are the site's cookie settings, not its article."""
    doc = scrubber.scrub("\n".join([*_MENU, *_COLLECTION, *_FOOTER, *_DIALOG]))
    assert not any("cookies" in line for line in doc.text.split("\n"))
    assert sum(v.reason == "consent_box" for v in doc.lines) >= 4


def _marked(lines: list[str], footer: set[int]) -> list[int]:
    """The lines the pre-pass marks, on lines classified by hand (long: good, short: short,
    the ``footer`` ones: a footer rule's)."""
    classified = [Classified(Kind.BAD, "footer", "copyright") if i in footer else
                  Classified(Kind.GOOD) if len(line) > 80 else Classified(Kind.SHORT)
                  for i, line in enumerate(lines)]
    consent_lines(classified, document_features(lines))
    return [i for i, c in enumerate(classified) if c.reason == "consent_box"]


def test_the_pre_pass_marks_a_dialog_below_the_footer() -> None:
    lines = [*_MENU, *_COLLECTION, "© 2025 Green Corner", *_DIALOG]
    assert _marked(lines, {len(_MENU) + len(_COLLECTION)})[0] == len(lines) - len(_DIALOG) + 1


def test_the_pre_pass_leaves_a_cookie_policy_above_the_footer() -> None:
    """A cookie policy that is the page's own text stands above the footer."""
    lines = [*_MENU, *_DIALOG, "© 2025 Green Corner", *_COLLECTION]
    assert _marked(lines, {len(_MENU) + len(_DIALOG)}) == []
