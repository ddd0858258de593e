"""The first pass over a corpus: count each site's lines, reading the inputs of ``scrubber run``.

The files are read in the run's order (folders walked and globs expanded, both sorted), one
document after another in a single process: the counter's pruning depends on the order, so a
fixed order makes the statistics the same on every run. Each document is parsed as
``scrubber run`` parses it (a JSON line, a page file, a WARC record), its text decoded as
:func:`scrubber.scrub` decodes bytes, and counted under its site (:func:`site_of`). A document
with no site (no URL with a host, an empty group field) is counted under no site, and one that
cannot be read or parsed is not counted; both are reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..batch.config import Fields
from ..batch.progress import Progress
from ..batch.readers import (
    PAGE_KINDS,
    Item,
    RawDoc,
    ReadError,
    Skipped,
    Source,
    read_file,
    read_page,
)
from ..batch.records import input_record, page_text
from ..decode import decode
from .counting import MAX_LINES_PER_SITE, SiteCounter, SiteStats
from .domains import site_of


@dataclass
class CountReport:
    """What the first pass read."""

    files: int = 0
    #: Documents read, counted or not (a file that could not be read, or the rest of a
    #: truncated one, is one document, as in ``scrubber run``).
    documents: int = 0
    #: Documents counted under their site.
    counted: int = 0
    #: Documents with no site: not counted (they are scrubbed without a template).
    no_site: int = 0
    #: Documents that could not be read or parsed: not counted.
    failed: int = 0


def _items(source: Source, fields: Fields) -> Iterator[Item]:
    if source.kind in PAGE_KINDS:
        yield read_page(source.path, html=source.kind == "html")
    else:
        yield from read_file(source, fields.text)


class _Pass:
    """The counting loop, one document at a time."""

    def __init__(self, fields: Fields, group_field: str | None, max_lines_per_site: int,
                 progress: Progress | None) -> None:
        self.fields = fields
        self.group_field = group_field
        self.counter = SiteCounter(max_lines_per_site)
        self.report = CountReport()
        self.progress = progress

    def source(self, source: Source) -> None:
        self.report.files += 1
        consumed = 0
        for item in _items(source, self.fields):
            if isinstance(item, Skipped):  # a WARC record that is not a document
                continue
            self.report.documents += 1
            if isinstance(item, ReadError):
                self.report.failed += 1
                continue
            self.document(item)
            if self.progress is not None:
                self.progress.advance(1, max(item.end - consumed, 0))
            consumed = max(consumed, item.end)
        if self.progress is not None:
            self.progress.advance(0, max((source.size or 0) - consumed, 0))

    def document(self, raw: RawDoc) -> None:
        try:
            record = input_record(raw, self.fields)
            text = page_text(record, self.fields, raw.html)[0]
        except Exception:  # a bad record (RecordError), or a bug of the HTML extraction:
            self.report.failed += 1  # one page left uncounted, not the run stopped
            return
        site = site_of(record, self.fields.url, self.group_field)
        if site is None:
            self.report.no_site += 1
            return
        self.counter.add(site, decode(text).text if isinstance(text, bytes) else text)
        self.report.counted += 1


def count_sources(sources: list[Source], fields: Fields, group_field: str | None = None,
                  max_lines_per_site: int = MAX_LINES_PER_SITE,
                  progress: Progress | None = None) -> tuple[SiteCounter, CountReport]:
    """Count the documents of ``sources`` (from :func:`scrubber.batch.readers.expand_inputs`)
    per site, in input order; ``progress`` is advanced per document and closed at the end,
    however the count ends."""
    try:
        counting = _Pass(fields, group_field, max_lines_per_site, progress)
        for source in sources:
            counting.source(source)
    finally:
        if progress is not None:
            progress.close()
    return counting.counter, counting.report


def judged_sites(stats: SiteStats) -> int:
    """How many sites get a template: enough pages, and lines repeated on enough of them."""
    return sum(1 for site in stats.pages if stats.template_for(site) is not None)


def summary(report: CountReport, counter: SiteCounter, stats: SiteStats, output: str) -> str:
    """The table ``scrubber stats`` prints: documents, sites, line keys."""
    counted = sum(len(table) for table in counter.sites.values())
    kept = sum(len(table) for table in stats.lines.values())
    enough = sum(1 for pages in stats.pages.values() if pages >= stats.min_pages)
    rows = [
        ("documents", f"{report.documents:,} read from {report.files:,} file(s): "
                      f"{report.counted:,} counted, {report.no_site:,} without a site "
                      f"(not counted), {report.failed:,} unreadable"),
        ("sites", f"{len(stats.pages):,}: {enough:,} with at least {stats.min_pages} pages, "
                  f"{judged_sites(stats):,} with repeated lines (a template)"),
        ("lines", f"{counted:,} keys counted, {kept:,} kept (on at least {stats.min_pages} "
                  f"pages), {counter.dropped:,} dropped at the cap ({counter.cap:,} per site)"),
        ("output", output),
    ]
    return "".join(f"{name:<10} {text}\n" for name, text in rows)
