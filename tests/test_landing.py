"""The landing-page passes after the context pass (scrubber.landing): introductions of a
list, headings of short sections, the loops of a scrolling banner."""

from __future__ import annotations

from scrubber.classify import Classified, Kind
from scrubber.features import document_features
from scrubber.landing import (
    banner_loops,
    calls_to_action,
    inner_headings,
    list_introductions,
)

_IN = ("content", "article_block")
_OUT = ("noise", "after_article")
_SENTENCE = "Every invoice is checked against the purchase order before anyone pays it."


def _run(lines: list[str], decisions: list[tuple[str, str]], kinds: list[Kind] | None = None,
         ) -> list[str]:
    feats = document_features(lines)
    classified = [Classified(k) for k in (kinds or [Kind.SHORT] * len(lines))]
    list_introductions(decisions, classified, feats)
    inner_headings(decisions, classified, feats)
    banner_loops(decisions, feats)
    return [reason for _, reason in decisions]


def test_an_introduction_after_the_article_line_is_kept() -> None:
    lines = [_SENTENCE, "Everything the team plan includes:", "Shared folders", "Audit trail",
             "Priority support", _SENTENCE + " Then it is archived."]
    reasons = _run(lines, [_IN, _OUT, _OUT, _OUT, _OUT, _IN])
    assert reasons[1] == "list_introduction"


def test_an_introduction_after_the_article_end_or_of_fields_is_not() -> None:
    """After the article's last line ("For more information, contact:"), or over fields
    and their values ("Price:", "$20"), a colon introduces nothing of the article."""
    lines = [_SENTENCE, "For more information, please contact:", "Jane Doe, Press Office",
             "jane@example.org"]
    assert _run(lines, [_IN, _OUT, _OUT, _OUT])[1] == "after_article"
    lines = [_SENTENCE, "Packaging and shipping details:", "two to four days", "Returns:",
             "thirty days", _SENTENCE]
    assert _run(lines, [_IN, _OUT, _OUT, _OUT, _OUT, _IN])[1] == "after_article"


def test_an_introduction_after_the_article_end_is_kept_when_prose_resumes() -> None:
    """A list in the article's last section, after its last line that the context pass
    found, is the article's when a sentence of it follows the list."""
    lines = [_SENTENCE, "Other restaurants we can recommend:", "Nonesuch", "Scratch Kitchen",
             "La Brasa", "Do you have a favourite restaurant that I left off the list? Tell me "
             "in the comments below.", "Planning a trip? Here are my guides:", "Murals of the city"]
    reasons = _run(lines, [_IN] + [_OUT] * 7)
    assert reasons[1] == "list_introduction"


def test_a_heading_between_two_lines_of_the_article_is_kept() -> None:
    lines = [_SENTENCE, "Single sign-on", "Let your people log in with the account they "
             "already use at work.", "Contact sales"]
    reasons = _run(lines, [_IN, _OUT, _IN, _OUT])
    assert reasons[1] == "inner_heading" and reasons[3] == "after_article"


def test_a_short_line_before_a_heading_or_a_removed_line_is_not() -> None:
    """The line under it must be a sentence of the article, and no rule may name it."""
    lines = [_SENTENCE, "Single sign-on", "Pricing", _SENTENCE]
    assert _run(lines, [_IN, _OUT, _IN, _IN])[1] == "after_article"
    lines = [_SENTENCE, "Share this page", _SENTENCE]
    kinds = [Kind.GOOD, Kind.BAD, Kind.GOOD]
    assert _run(lines, [_IN, _OUT, _IN], kinds)[1] == "after_article"


def test_a_stack_of_heading_lines_over_a_sentence_is_kept() -> None:
    """An eyebrow, a title and a figure in a row ("Security", "Built-in compliance",
    "12,000") head the sentence under them."""
    lines = [_SENTENCE, "Security", "Built-in compliance", "12,000",
             "Engineers who work on nothing but the safety of your data, every day."]
    reasons = _run(lines, [_IN, _OUT, _OUT, _OUT, _IN])
    assert reasons[1:4] == ["inner_heading"] * 3


def test_a_stack_of_card_controls_is_no_heading() -> None:
    """The controls every card repeats ("Add to wishlist") or a price are no headings."""
    card = ["Free to play", "Add to wishlist", "A fast game of ships and stars for up to "
            "eight players, with a new map every week."]
    lines = [_SENTENCE, *card, *card, *card]
    decisions = [_IN, *[_OUT, _OUT, _IN] * 3]
    assert "inner_heading" not in _run(lines, decisions)
    lines = [_SENTENCE, "New release", "$19.99", _SENTENCE]
    assert "inner_heading" not in _run(lines, [_IN, _OUT, _OUT, _IN])


def test_a_strip_of_figures_and_what_they_count_is_kept() -> None:
    """"240%" over "more orders in the first year": the key numbers of a landing page."""
    lines = [_SENTENCE, "240%", "more orders in the first year", "4x", "faster month-end close",
             "12k", "teams on the platform", "Contact sales"]
    reasons = _run(lines, [_IN, *[_OUT] * 7])
    assert reasons[1:7] == ["stat_strip"] * 6 and reasons[7] == "after_article"


def test_prices_and_fields_are_no_strip_of_figures() -> None:
    """Prices over their terms, or a settings dump ("stock_limit:" over "5000"), are not."""
    lines = [_SENTENCE, "$9", "per month", "$19", "per month billed yearly", "$29",
             "per seat"]
    assert "stat_strip" not in _run(lines, [_IN, *[_OUT] * 6])
    lines = [_SENTENCE, "100", "stock_limit_black:", "200", "stock_limit_white:", "300",
             "stock_limit_red:"]
    assert "stat_strip" not in _run(lines, [_IN, *[_OUT] * 6])


def test_the_loops_of_a_scrolling_banner_are_removed() -> None:
    loop = ["plan", "build", "ship"] * 4
    lines = [_SENTENCE, *loop, _SENTENCE]
    reasons = _run(lines, [_IN] * len(lines))
    assert reasons[1:-1] == ["banner_loop"] * len(loop)
    assert reasons[0] == reasons[-1] == "article_block"


def test_a_list_whose_items_repeat_twice_or_not_in_order_stays() -> None:
    """Two copies (a list and its summary) or the same labels in another order (the
    headings of a meal plan: "Breakfast", "Lunch", "Dinner") are the article's."""
    twice = ["Breakfast", "Lunch", "Dinner"] * 2
    lines = [_SENTENCE, *twice, _SENTENCE]
    assert "banner_loop" not in _run(lines, [_IN] * len(lines))
    mixed = ["Breakfast", "Oats", "Lunch", "Soup", "Dinner", "Fish", "Breakfast", "Eggs",
             "Lunch", "Salad", "Dinner", "Rice", "Breakfast", "Toast"]
    lines = [_SENTENCE, *mixed, _SENTENCE]
    assert "banner_loop" not in _run(lines, [_IN] * len(lines))


def _cta(lines: list[str]) -> list[str]:
    feats = document_features(lines)
    decisions = [_IN] * len(lines)
    calls_to_action(decisions, feats)
    return [reason for _, reason in decisions]


def test_a_buttons_label_in_the_article_is_removed() -> None:
    lines = [_SENTENCE, "Explore the invoice API", "Payment links", _SENTENCE]
    assert _cta(lines)[1] == "call_to_action"
    assert _cta([_SENTENCE, "Watch video"])[1] == "call_to_action"


def test_a_heading_over_its_paragraph_or_a_sentence_stays() -> None:
    """"Get started" heads the paragraph under it; a sentence starting with a verb, or a
    label ending in a colon, is no button."""
    lines = [_SENTENCE, "Get started", _SENTENCE]
    assert _cta(lines)[1] == "article_block"
    lines = [_SENTENCE, "See the table below.", "Read more about fees:", "Payment links"]
    assert _cta(lines)[1:3] == ["article_block", "article_block"]


def test_a_link_under_a_quote_is_a_button_even_over_the_next_quote() -> None:
    """"Read their story" under a customer's quote, over the next one: a link, no heading
    (its verb starts buttons only); "Join the team" over its paragraph stays a heading."""
    quote = "We closed our books two days faster in the first month, and nobody misses it."
    lines = [quote, "Read their story", quote.replace("two", "three")]
    assert _cta(lines)[1] == "call_to_action"
    lines = [_SENTENCE, "Join the team", quote]
    assert _cta(lines)[1] == "article_block"


def test_a_button_over_a_records_rank_is_no_heading() -> None:
    """A rank ("2.") ends in a full stop but is no sentence: the "Compare" button of each
    record of a ranking stays out."""
    lines = ["Ledgerly", "9.1", "Compare", "2.", "Bookwise", "9.0"]
    assert _run(lines, [_IN, _IN, _OUT, _IN, _IN, _IN])[2] == "after_article"


def test_a_heading_after_a_section_button_is_kept() -> None:
    """A section ends with its link ("Learn more", "Read the report") before the next
    section's heading: the heading over the next sentence is the article's all the same."""
    lines = [_SENTENCE, "Learn more", "Real-time processing",
             "Process your files and event streams as soon as they arrive."]
    reasons = _run(lines, [_IN, ("noise", "ad_marker_en"), _OUT, _IN])
    assert reasons[2] == "inner_heading" and reasons[1] == "ad_marker_en"
    lines = [_SENTENCE, "Read the report", "Use cases", "Intelligent apps", _SENTENCE]
    assert _run(lines, [_IN, _OUT, _OUT, _OUT, _IN])[2:4] == ["inner_heading"] * 2


def test_no_heading_after_a_form_or_over_a_repeated_control() -> None:
    """A newsletter box's line is no section's button, and a control every card repeats
    ("Add to wishlist", behind the card's label) is no heading."""
    lines = [_SENTENCE, "Subscribe to our emails", "Provide a valid email address",
             "Great, you are all set and will hear from us soon."]
    reasons = _run(lines, [_IN, ("nav", "nav_keyword_en"), _OUT, _IN])
    assert reasons[2] == "after_article"
    card = ["Free to play", "Add to wishlist", "A fast game of ships and stars for up to "
            "eight players, with a new map every week."]
    lines = [*card, *card, *card]
    reasons = _run(lines, [_IN, _OUT, _IN, _OUT, _OUT, _IN, _OUT, _OUT, _IN])
    assert reasons[4] == reasons[7] == "after_article"


def test_a_heading_under_a_strip_of_figures_is_kept() -> None:
    """The strip's lines are the page's before the headings are looked for: the heading
    under the strip, over a sentence, is a section's."""
    strip = ["167%", "increase in website traffic", "3x", "more inbound leads", "83%",
             "of users convert more"]
    lines = [_SENTENCE, *strip, "Pricing for every team",
             "Start for free and upgrade when your team grows."]
    reasons = _run(lines, [_IN, *[_OUT] * 7, _IN])
    assert reasons[1:7] == ["stat_strip"] * 6 and reasons[7] == "inner_heading"


def test_a_heading_the_menus_above_also_name_is_kept() -> None:
    """The page's menus above the article name each of its sections ("Pricing" in the main
    menu and in the in-page one): those copies do not make the heading a card's control."""
    menu = ["Overview", "Pricing", "Overview", "Pricing"]
    lines = [*menu, _SENTENCE, "Pricing", "Plans for every team",
             "Start for free and upgrade when your team grows."]
    reasons = _run(lines, [*[("noise", "before_article")] * 4, _IN, _OUT, _OUT, _IN])
    assert reasons[5:7] == ["inner_heading"] * 2 and reasons[1] == "before_article"


def test_a_link_to_more_on_a_subject_is_removed() -> None:
    """"Learn more about security on Azure" is a link's label however many words it has;
    a heading with a colon ("Learn more: the key factors ...") or a sentence is none."""
    lines = [_SENTENCE, "Learn more about security on our platform", _SENTENCE]
    assert _cta(lines)[1] == "call_to_action"
    lines = [_SENTENCE, "Learn more: The Key Factors That Shape Delivery Times", _SENTENCE,
             "Read more about how invoices are checked before anyone pays them.",
             "Learn more about the many different ways our small team keeps your books tidy"]
    assert _cta(lines)[1:] == ["article_block"] * 4
