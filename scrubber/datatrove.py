"""A datatrove pipeline step (``pip install 'scrubber-text[datatrove]'``).

``ScrubberStep`` cleans each ``Document.text`` with the per-record step of ``scrubber run``
(HTML recognised and turned into lines first), so a datatrove pipeline keeps the article of
every page and drops the rest::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from scrubber.datatrove import ScrubberStep

    LocalPipelineExecutor(pipeline=[WarcReader("crawl/"), ScrubberStep(),
                                    JsonlWriter("cleaned/")], tasks=4).run()

Each document kept gets ``metadata["scrubber_metadata"]`` (title, date, author, source,
category, as in a shard's ``metadata``) and ``metadata["scrubber_removed"]`` (the removed
non-blank lines counted per reason). A document with nothing left is dropped, and counted in
the step's stats as datatrove filters count theirs: ``dropped`` and ``dropped_<reason>``
(``dropped_no_content``, ``dropped_empty_input``, ``dropped_html_needs_extra`` ...), with
``total`` and ``forwarded``. An ``exclusion_writer`` receives the dropped documents, their
reason in ``metadata["filter_reason"]``.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .batch.config import Fields
from .batch.records import RecordError, drop_reason, scrub_record
from .core import resolve_options
from .extras import require
from .fields import get_field
from .options import Options
from .sites import SiteStats, site_of

_pipeline = require("datatrove.pipeline.base")
_hints = require("datatrove.utils.typeshelper")


class ScrubberStep(_pipeline.PipelineStep):  # type: ignore[misc,name-defined]
    """Clean ``Document.text``; add scrubber's metadata; drop documents with nothing left."""

    name = "🧽 scrubber"
    type = "✂️ - CLEAN"

    def __init__(self, options: Options | None = None, *, site_stats: SiteStats | None = None,
                 url_key: str = "url", group_key: str | None = None,
                 exclusion_writer: Any = None, **overrides: Any) -> None:
        """``options`` and ``overrides`` as for :func:`scrubber.scrub`; ``site_stats``: site
        templates (``scrubber stats``), the site of a document being the registrable domain
        of ``metadata[url_key]`` (or ``metadata[group_key]``)."""
        super().__init__()
        self.options = resolve_options(options, overrides)
        self.site_stats = site_stats
        self.url_key = url_key
        self.group_key = group_key
        self.exclusion_writer = exclusion_writer
        self.fields = Fields()

    def _scrub(self, doc: Any) -> str | None:
        """Clean ``doc`` in place; the reason to drop it, or None."""
        template = None
        if self.site_stats is not None:
            site = site_of(doc.metadata, self.url_key, self.group_key)
            template = self.site_stats.template_for(site)
        try:
            url = get_field(doc.metadata, self.url_key)
            out, scrubbed = scrub_record({"text": doc.text, "url": url}, self.options,
                                         self.fields, template)
        except RecordError as error:
            return error.kind
        except Exception:  # a bug in scrub must cost one document, not the task
            return "scrub_failed"
        reason = drop_reason(scrubbed)
        if reason is not None:
            return reason
        doc.text = out["text"]
        doc.metadata["scrubber_metadata"] = out["metadata"]
        doc.metadata["scrubber_removed"] = dict(sorted(
            Counter(line["reason"] for line in out["scrubber"]["removed"]).items()))
        return None

    def run(self, data: Iterator[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        stats = _hints.StatHints
        excluded = self.exclusion_writer or contextlib.nullcontext()
        with excluded as writer:
            for doc in data:
                self.stat_update(stats.total)
                with self.track_time():
                    reason = self._scrub(doc)
                if reason is None:
                    self.stat_update(stats.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                    continue
                self.stat_update(stats.dropped, f"dropped_{reason}")
                if writer is not None:
                    doc.metadata["filter_reason"] = reason
                    writer.write(doc, rank)
