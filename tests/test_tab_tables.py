"""Tables written one row a line, cells separated by tabs, inside the article
(scrubber.tables.tab_tables)."""

from __future__ import annotations

import scrubber

_PARA = ("After finishing, I was curious how the other libraries fared against the same test "
         "suite, so I downloaded each of them and ran the whole suite against it twice. ")
_TABLE = ["Library\t\tPass rate\t\tNotes", "alpha-html\t\t100% (1831/1831)\t\tNone",
          "beta-parse\t\t94.4% (1542/1633)\t\tUses an older parser",
          "gamma-soup\t\t87.9% (1436/1633)\t\tLoops on 197 tests"]
_MENU = "Home\t\tBlog\t\tProjects\t\tAbout"


def _kept(lines: list[str]) -> set[str]:
    return {v.text for v in scrubber.scrub("\n".join(lines)).lines if v.keep}


def test_a_table_between_two_paragraphs_is_the_articles() -> None:
    kept = _kept([_MENU, "Porting a parser", _PARA + "One.", _PARA + "Two.", *_TABLE,
                  _PARA + "Three.", _PARA + "Four.", "© 2025 Example"])
    assert set(_TABLE) <= kept


def test_single_rows_between_the_articles_lines_are_a_schedule() -> None:
    rows = ["Sep 20\t\tRobust regression\t\tnotes, slides", "Sep 25\t\tMixtures\t\tnotes, slides"]
    kept = _kept([_MENU, "Course page", _PARA + "One.", rows[0], _PARA + "Two.", rows[1],
                  _PARA + "Three.", "© 2025 Example"])
    assert set(rows) <= kept


def test_a_row_above_or_below_the_article_is_a_menu() -> None:
    kept = _kept([_MENU, "Porting a parser", _PARA + "One.", _PARA + "Two.", _PARA + "Three.",
                  "Privacy\t\tTerms\t\tContact"])
    assert _MENU not in kept and "Privacy\t\tTerms\t\tContact" not in kept


def test_a_table_with_a_total_row_over_a_caption_is_the_articles() -> None:
    """A total row may have a cell less than the others; a caption or the next table's title
    may stand between the table and the article's next line."""
    table = ["Item\t\tQuantity\t\tLow\t\tHigh", "Service panel\t\t1 panel\t\t$370\t\t$491",
             "Labor\t\t8.2 hours\t\t$398\t\t$608", "Average per panel\t\t$794\t\t$1,125"]
    kept = _kept([_MENU, "Porting a parser", _PARA + "One.", _PARA + "Two.", *table,
                  "Table 2: per hour", _PARA + "Three.", _PARA + "Four.", "© 2025 Example"])
    assert set(table) <= kept


def test_single_rows_stamped_with_a_time_are_post_headers() -> None:
    rows = ["(idea) by Cogito (print)\t\t?\t\tSun Nov 18 2001 at 23:30:03",
            "(idea) by novasoy (print)\t\t?\t\tFri Jan 18 2002 at 17:54:55"]
    kept = _kept([_MENU, "Course page", _PARA + "One.", rows[0], _PARA + "Two.", rows[1],
                  _PARA + "Three.", "© 2025 Example"])
    assert not set(rows) & kept
