"""Regions the context pass opens under a header, and the headers that open none."""

from __future__ import annotations

import scrubber

LEAD = ["Costs at the harbour rose by a third last year, the port authority said on Monday, "
        "as fuel and wages went up together.",
        "Fuel alone cost the port twelve million more than the year before, and the wage deal "
        "signed in March added four million on top of that."]
REST = [
    "The authority expects the rise to slow this year, once the new cranes are in service "
    "and the night shifts are cut back.",
    "Shipping lines have asked for a freeze on fees until the dredging of the channel is done, "
    "which the council has promised for the autumn.",
]


def kept(page: list[str]) -> list[str]:
    return [v.text for v in scrubber.scrub("\n".join(page)).lines if v.keep]


def test_a_box_header_with_its_entries_left_out_opens_no_region() -> None:
    # The scraper kept the box's heading but not its entries (filled in by script): the
    # article's paragraphs go on right under it.
    page = ["Harbour costs climb", *LEAD, "Related stories", *REST, "© 2024 Harbour News"]
    out = kept(page)
    assert out[-2:] == REST and "Related stories" not in out


def test_a_box_of_teasers_under_the_article_is_still_a_region() -> None:
    teasers = ["New cranes arrive at the east quay", "Dredging plan delayed to autumn",
               "Night shifts cut at the container terminal"]
    page = ["Harbour costs climb", *LEAD, *REST, "Related stories", *teasers,
            "© 2024 Harbour News"]
    out = kept(page)
    assert out[-2:] == REST and not set(teasers) & set(out)
