"""A document line by line: removed lines struck through and coloured by label, the reason on
hover, the cut part of a spliced line marked. Used by the run report and ``explain --html``.

Blank lines are not shown (their numbers leave the gap). ``Limits`` bounds what one document
adds to a page: the report caps it, ``explain --html`` shows the whole page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..document import LineVerdict


@dataclass(frozen=True)
class Limits:
    """The most of one document a page shows (``None``: no limit)."""

    lines: int | None = None  # non-blank lines
    line_chars: int | None = None  # characters of one line
    chars: int | None = None  # characters of the document


#: The report's limits: with the sample's cap on documents they bound the report's size.
REPORT_LIMITS = Limits(lines=160, line_chars=360, chars=10_000)
UNLIMITED = Limits()


def cut_parts(v: LineVerdict) -> tuple[str, str, str]:
    """A kept line as (cut before, kept, cut after): what a spliced-clause cut (or any trim
    of the stripped line) took away is in the first and last parts."""
    stripped = v.text.strip()
    if not v.keep or not v.kept_text or v.kept_text == stripped:
        return "", stripped if v.keep else v.text, ""
    at = stripped.find(v.kept_text)
    if at < 0:  # cannot happen for scrub's verdicts: show the kept text alone
        return "", v.kept_text, ""
    return stripped[:at], v.kept_text, stripped[at + len(v.kept_text):]


def _clip(text: str, budget: int | None) -> tuple[str, bool]:
    if budget is None or len(text) <= budget:
        return text, False
    return text[: max(budget, 0)], True


def line_html(v: LineVerdict, line_chars: int | None = None) -> str:
    """One line as a list item: number, label, text; its reason in the hover title."""
    before, kept, after = cut_parts(v)
    budget = line_chars
    pieces = []
    for part, cls in ((before, "cut"), (kept, ""), (after, "cut")):
        if not part:
            continue
        shown, clipped = _clip(part, budget)
        budget = None if budget is None else budget - len(shown)
        body = escape(shown) + ('<i class="more">…</i>' if clipped else "")
        pieces.append(f'<del class="cut" title="cut: {escape(v.reason)}">{body}</del>'
                      if cls else body)
        if clipped:
            break
    text = "".join(pieces)
    kind = "kp" if v.keep else "rm"
    if not v.keep:
        text = f"<s>{text}</s>"
    mark = " ✂" if before or after else ""
    return (f'<li class="ln {kind} l-{escape(v.label)}" data-label="{escape(v.label)}" '
            f'data-reason="{escape(v.reason)}" title="{escape(v.label)} · {escape(v.reason)}">'
            f'<span class="n">{v.number}</span><span class="tag">{escape(v.label)}{mark}</span>'
            f'<span class="t">{text}</span></li>')


def lines_html(verdicts: tuple[LineVerdict, ...], limits: Limits = UNLIMITED) -> str:
    """The non-blank lines as an ordered list, within ``limits``."""
    items, shown, chars = [], 0, 0
    visible = [v for v in verdicts if v.label != "blank" or v.text.strip()]
    for v in visible:
        if (limits.lines is not None and shown >= limits.lines) or (
                limits.chars is not None and chars >= limits.chars):
            break
        items.append(line_html(v, limits.line_chars))
        shown += 1
        chars += min(len(v.text), limits.line_chars or len(v.text))
    more = len(visible) - shown
    tail = (f'<li class="ln gap">… {more:,} more lines not shown (scrubber explain shows '
            "them all)</li>") if more > 0 else ""
    return f'<ol class="lines">{"".join(items)}{tail}</ol>'
