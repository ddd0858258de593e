"""What ``scrubber explain`` gains from the report: one record of a corpus file
(``--id``, ``--line``, ``--offset``), the cut clause of a spliced line in the text view, and
the HTML view (``--html``).
"""

from __future__ import annotations

from ..batch.config import Fields
from ..batch.records import RecordError, input_record, record_text
from ..document import LineVerdict
from ..fields import get_field
from .lines import cut_parts
from .locate import NotFound, find_record

#: Terminal strike-through, for the cut part of a line.
STRIKE, RESET = "\x1b[9;2m", "\x1b[0m"


def record_input(path: str, *, line: int | None, offset: int | None, record_id: str | None,
                 fields: Fields) -> tuple[str, str | bytes, str | None]:
    """The name, text and URL (None without one) of one record of a JSON Lines or WARC file.
    Raises ``ValueError`` with a message for the user when there is no such record or it has
    no text."""
    try:
        raw = find_record(path, line=line, offset=offset, record_id=record_id, fields=fields)
        record = input_record(raw, fields)
        text = record_text(record, fields)
    except (NotFound, RecordError) as error:
        raise ValueError(f"scrubber: {error}") from None
    where = f"{path}:{raw.line}" if raw.line is not None else f"{path}@{raw.offset}"
    url = get_field(record, fields.url)
    return where, text, url if isinstance(url, str) else None


def shown_text(v: LineVerdict, colour: bool) -> str:
    """A line as the text view shows it: a kept line whose start (or end) was cut shows the
    cut part too, between ``[-`` and ``-]`` (struck through on a colour terminal)."""
    before, kept, after = cut_parts(v)
    if not before and not after:
        return v.text

    def cut(part: str) -> str:
        if not part:
            return ""
        return f"{STRIKE}{part}{RESET}" if colour else f"[-{part}-]"

    return f"{cut(before)}{kept}{cut(after)}"
