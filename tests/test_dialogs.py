"""Report dialogs: a marketplace's report form is no part of the listing's text."""

from __future__ import annotations

import scrubber

_LISTING = ["Home | Handmade | Vintage | Gifts",
            "Hand-thrown stoneware bowl with a speckled oat glaze, made in small batches in a "
            "village studio and fired twice so the colour runs deep.",
            "Each bowl is a little different: the glaze pools at the rim and the clay shows "
            "through at the foot, which is left bare and smooth to the touch."]
_DIALOG = ["Report this listing",
           "What's wrong with this listing?",
           "Please contact the maker first: most problems with an order are solved that way.",
           "If you already did and the parcel never came, you can open a case with us.",
           "Tell us why you're reporting this listing",
           "Please choose a reason",
           "By submitting this report, you confirm that the details you gave are accurate."]
_MORE = ["Dishwasher safe, though a gentle hand wash keeps the glaze bright for years, and the "
         "bowl goes in the oven too for warming a dish before you serve it.",
         "© 2025 Clay Street Market"]


def _reasons(lines: list[str]) -> dict[str, str]:
    return {v.text: v.reason for v in scrubber.scrub("\n".join(lines)).lines}


def test_a_report_form_is_taken_back() -> None:
    reasons = _reasons([*_LISTING, *_DIALOG, *_MORE])
    assert reasons[_DIALOG[3]] == "report_dialog"
    assert reasons[_DIALOG[-1]] == "report_dialog"
    assert reasons[_LISTING[1]] == "article_block"
    assert reasons[_MORE[0]] != "report_dialog"


def test_a_report_link_under_comments_is_no_form() -> None:
    """"Report this post" under each post of a thread is followed by the next post: the
    posts stay."""
    post = ("I tried the oat glaze on a porcelain body last winter and it ran much more than "
            "on stoneware, so I would thin it a little before dipping.")
    lines = [*_LISTING, "Report this post", post, "Report this post",
             "Thanks for the tip, I will try a thinner coat on the next firing and see how "
             "far it runs before it reaches the foot.", *_MORE]
    assert _reasons(lines)[post] != "report_dialog"


def test_a_long_form_is_followed_from_one_question_to_the_next() -> None:
    """A form whose list of reasons is long: each of its lines in the form's words is near
    the one before, so the form is followed to its submission."""
    choices = [f"It breaks rule number {k} of the market" for k in range(20)]
    dialog = [*_DIALOG[:5], *choices, "Please choose a reason", *choices[:12],
              "Include anything else we should know about this listing, such as the rule it "
              "breaks and where in the listing you saw the problem.", _DIALOG[-1]]
    doc = scrubber.scrub("\n".join([*_LISTING, *dialog, *_MORE]))
    kept = doc.text.split("\n")
    assert not any(line in kept for line in dialog)
    assert _MORE[0] in kept


def test_the_headline_under_a_form_the_article_opened_with() -> None:
    """The article block opened with the form; once the form and the buying box are taken
    back, the product's name under them, which repeats the <title>, is the headline, not a
    line above the form."""
    title = "Speckled Oat Stoneware Bowl: Hand-Thrown Serving Dish"
    lines = [f"{title} - Clay Street Market", "Home | Handmade | Vintage | Gifts",
             "Click to zoom", *_DIALOG, "Low in stock, only 1 left", "Price: USD 42.00",
             title, *_LISTING[1:], *_MORE]
    doc = scrubber.scrub("\n".join(lines),
                         url="https://market.example/listing/1234/speckled-oat-bowl")
    assert [i for i, v in enumerate(doc.lines) if v.reason == "headline"] == [lines.index(title, 1)]
    assert doc.metadata.title == title
