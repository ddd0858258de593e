"""Documentation pages: what a doc page holds besides its prose (``scrubber.docs``).
Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

INTRO = ("A handler runs once for every request the server accepts. The example below "
         "registers one that answers with a short greeting and logs the path it was asked for.")
CODE = ["func greet(w http.ResponseWriter, r *http.Request) {",
        "    log.Printf(\"serving %s\", r.URL.Path)",
        "    if r.Method != http.MethodGet {",
        "        http.Error(w, \"method not allowed\", 405)",
        "        return",
        "    }",
        "    fmt.Fprintln(w, \"hello\")",
        "}"]
OUTRO = ("Register the handler with the default mux before the server starts, and every "
         "request to the root path will be logged and answered with the greeting.")


def _page(code: list[str]) -> str:
    return "\n".join(["Writing handlers - Example Docs", "Docs", "Guides", "Writing handlers",
                      INTRO, *code, OUTRO, "Edit this page", "© 2025 Example"])


def test_the_closing_braces_of_code_are_removed_its_words_kept() -> None:
    doc = scrub(_page(CODE))
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines if v.text.strip()}
    assert verdicts["}"] == (False, "no_letters")
    assert verdicts["    }"] == (False, "no_letters")
    for line in (INTRO, CODE[0], CODE[1], CODE[6], OUTRO):
        assert verdicts[line][0], line


def test_a_short_line_with_a_digit_or_a_letter_stays() -> None:
    doc = scrub(_page([*CODE[:-1], "} // 2", "x", "}"]))
    verdicts = {v.text: v.keep for v in doc.lines if v.text.strip()}
    assert verdicts["} // 2"]
    assert verdicts[INTRO] and verdicts[OUTRO]
