"""Helpers the tests share to read a page's verdicts."""

from __future__ import annotations

import scrubber


def reasons(lines: list[str]) -> dict[str, str]:
    """{line text: the reason of its verdict} for the page made of ``lines`` (blank lines
    left out; a text shown twice keeps its last verdict)."""
    doc = scrubber.scrub("\n".join(lines))
    return {v.text: v.reason for v in doc.lines if v.text}
