"""The sampled documents, read again from their inputs and scrubbed again as the run did.

Shards hold no removed text, so the report reads each sampled document back from the file
and line or offset the run recorded, and scrubs it with the run's options, record fields and
site template. ``scrub`` is deterministic, so this gives the run's verdicts; the report checks
it (the removed lines must equal the shard's ``scrubber.removed``, a dropped document must be
dropped for the same reason) and marks a document whose input changed since the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..batch.records import RecordError, drop_reason, input_record, record_text
from ..core import scrub
from ..document import Document, LineVerdict
from ..fields import get_field
from ..sites import site_of
from .locate import Where, read_back
from .runinfo import RunInfo
from .scan import Pick

#: How a re-scrubbed document compares with what the run recorded.
SAME, DIFFERS, MISSING = "same", "differs", "missing"


@dataclass(frozen=True)
class DocView:
    """One document of the report: its verdicts, and where it came from."""

    where: Where
    id: Any
    url: str | None
    verdicts: tuple[LineVerdict, ...]
    title: str | None
    status: str  # SAME, DIFFERS or MISSING
    note: str | None = None  # why it differs or is missing
    drop_reason: str | None = None

    def removed_labels(self) -> list[str]:
        return sorted({v.label for v in self.verdicts if not v.keep and v.label != "blank"})

    def removed_reasons(self) -> list[str]:
        return sorted({v.reason for v in self.verdicts if not v.keep and v.label != "blank"})


def _compare(pick: Pick, doc: Document) -> str | None:
    """Why the verdicts differ from the run's record of the document, or None."""
    if pick.removed is None:
        reason = drop_reason(doc)
        if reason != pick.drop_reason:
            return f"the run dropped it ({pick.drop_reason}); scrubbed again: {reason or 'kept'}"
        return None
    now = tuple((v.number, v.label, v.reason) for v in doc.removed)
    if now != pick.removed:
        return (f"the run removed {len(pick.removed)} lines, scrubbed again {len(now)}: "
                "the input or scrubber changed since the run")
    return None


def rescrub(info: RunInfo, picks: list[Pick]) -> list[DocView]:
    """The verdicts of each picked document, in the order of ``picks``."""
    raws = read_back(p.where for p in picks)
    views = []
    for pick in picks:
        raw = raws.get(pick.where)
        if raw is None or isinstance(raw, str):
            views.append(DocView(pick.where, pick.id, pick.url, (), None, MISSING,
                                 raw or "not read", pick.drop_reason))
            continue
        try:
            record = input_record(raw, info.fields)
            text = record_text(record, info.fields)
        except RecordError as error:
            views.append(DocView(pick.where, pick.id, pick.url, (), None, MISSING,
                                 f"{error.kind}: {error}", pick.drop_reason))
            continue
        template = None
        if info.site_stats is not None:
            template = info.site_stats.template_for(
                site_of(record, info.fields.url, info.group_field))
        url = get_field(record, info.fields.url)
        doc = scrub(text, info.options, template=template,
                    url=url if isinstance(url, str) else None)
        note = _compare(pick, doc)
        views.append(DocView(pick.where, pick.id, pick.url, doc.lines, doc.metadata.title,
                             DIFFERS if note else SAME, note, pick.drop_reason))
    return views


def template_lines(views: list[DocView], limit: int = 6) -> list[str]:
    """The distinct template lines of some documents of one site (the site's chrome)."""
    seen: dict[str, None] = {}
    for view in views:
        for v in view.verdicts:
            if v.label == "template" and v.text.strip():
                seen.setdefault(v.text.strip()[:160], None)
    return list(seen)[:limit]
