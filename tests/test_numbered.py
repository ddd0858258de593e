"""Numbered records: record heads spaced out like a link list are no menu."""

from __future__ import annotations

import scrubber
from scrubber.classify import Classified, Kind
from scrubber.features import document_features
from scrubber.numbered import numbered_records

RECORDS = [
    "[1]  rec:0412.0077  [file, notes]",
    "Name: Tide tables for the north quay, with the spring corrections",
    "Kept by: Ana Ruiz, Tom Vale",
    "[2]  rec:0412.0078  [file]",
    "Name: Pilot logs of the winter season and the storm of the ninth",
    "Kept by: Lee Park",
    "[3]  rec:0412.0081  [file, notes, scans]",
    "Name: Dredging reports for the east channel, first half of the year",
    "Kept by: Mia Stone, Ola Berg",
    "[4]  rec:0412.0090  [file]",
    "Name: Crane maintenance records of the container terminal",
    "Kept by: Jon Hale",
]


def reasons(lines: list[str]) -> list[str]:
    return [v.reason for v in scrubber.scrub("\n\n".join(lines)).lines if v.text]


def test_numbered_record_heads_that_count_up_are_no_link_list() -> None:
    out = reasons(["Harbour records added this week", *RECORDS])
    heads = [out[i] for i, line in enumerate(["x", *RECORDS]) if line.startswith("[")]
    assert len(heads) == 4 and "link_list" not in heads


def heads_after(lines: list[str]) -> list[str]:
    """The reasons of the link-list rows after the pass (rows starting with "[")."""
    feats = document_features(lines)
    classified = [Classified(Kind.BAD, "nav", "link_list") if line.startswith("[") else
                  Classified(Kind.SHORT) for line in lines]
    numbered_records(classified, feats)
    return [c.reason for c, line in zip(classified, lines, strict=True)
            if line.startswith("[")]


def test_the_pass_takes_back_the_link_list_verdict_on_counting_record_heads() -> None:
    assert "link_list" not in heads_after(RECORDS)


def test_a_numbered_menu_of_adjacent_rows_stays_a_link_list() -> None:
    # Numbered rows one after another, nothing under each: a menu, not records.
    menu = ["[1]  Home  |  News", "[2]  Sport  |  Weather", "[3]  Travel  |  Jobs",
            "[4]  Cars  |  Homes"]
    assert heads_after([*menu, *RECORDS[1:3]]) == ["link_list"] * 4


def test_record_heads_whose_numbers_do_not_count_up_stay_link_lists() -> None:
    rows = [RECORDS[0], RECORDS[1], "[7]  rec:0412.0078  [file]", RECORDS[4],
            "[3]  rec:0412.0081  [file, notes, scans]", RECORDS[7]]
    assert heads_after(rows) == ["link_list"] * 3


LONG_RECORDS = [
    *RECORDS[:6],
    "Note: Scanned in the spring of last year, after the flood damaged the lower shelves of "
    "the old customs house where the logs had been kept since the war.",
    *RECORDS[6:],
    "[5]  rec:0412.0093  [file, notes]", "Name: Buoy positions of the outer harbour",
    "Kept by: Eva Lund",
]
MENU = ["Skip to main content", "quick links", "Login", "Help Pages", "About"]


def test_a_menu_header_over_the_first_numbered_records_opens_no_region() -> None:
    out = reasons([*MENU, *LONG_RECORDS])
    assert not any(r.endswith("_region_en") for r in out[len(MENU):])


def test_a_menu_header_over_unnumbered_teasers_still_opens_a_region() -> None:
    teasers = [line for line in LONG_RECORDS if not line.startswith("[")]
    out = reasons([*MENU, *teasers])
    assert out[len(MENU)].endswith("_region_en")
