"""scrubber on Ray Data (``pip install 'scrubber-text[ray]'``).

:func:`scrub_dataset` cleans a ``ray.data.Dataset`` of records: ``map_batches`` over Arrow
batches, each row through the same per-record step as ``scrubber run`` and
:func:`scrubber.batch.scrub_records`, so its rows are the records a shard holds (without
``scrubber.origin``). ``scrubber run --engine ray`` (:mod:`scrubber.ray.engine`) runs a whole
corpus on a Ray cluster and writes the same OUTDIR as the local engine. See ``docs/ray.md``.

Importing this module does not import Ray; calling into it without Ray raises
:class:`scrubber.extras.MissingExtra`, which says what to install.
"""

from __future__ import annotations

from typing import Any

from ..batch.config import Fields
from ..core import resolve_options
from ..extras import require
from ..options import Options
from ..sites import SiteStats, site_of

__all__ = ["scrub_batch", "scrub_dataset"]

#: Rows per batch handed to a task: enough to amortise the Arrow conversions.
BATCH_ROWS = 256


def scrub_batch(table: Any, options: Options, fields: Fields, keep_empty: bool = True,
                site_stats: SiteStats | None = None, group_field: str | None = None) -> Any:
    """One Arrow batch of input records in, the Arrow batch of their output records out.

    Each row gives the record ``scrubber run`` writes for it (without ``origin``); a row with
    no content left comes out with an empty text, as :func:`scrubber.batch.scrub_records`
    yields it (``keep_empty=False`` leaves it out: the caller's choice, made explicitly, so that
    by default every input row has its output row); a row that cannot be scrubbed comes out
    as an error record, its fields unchanged and ``scrubber.error`` set (``kind``, ``message``),
    as :func:`scrubber.batch.scrub_records` yields it. ``scrubber.error`` is null elsewhere.
    """
    import pyarrow as pa

    from ..batch.parquet import records_table
    from ..batch.records import RecordError, drop_reason, failure_message, scrub_record

    out: list[dict[str, Any]] = []
    for row in table.to_pylist():
        template = None
        if site_stats is not None:
            template = site_stats.template_for(site_of(row, fields.url, group_field))
        try:
            record, doc = scrub_record(row, options, fields, template)
        except RecordError as error:
            out.append({**row, "scrubber": {"error": {"kind": error.kind,
                                                      "message": str(error)}}})
            continue
        except Exception as error:  # a bug in scrub must cost one record, not the job
            out.append({**row, "scrubber": {"error": {"kind": "scrub_failed",
                                                      "message": failure_message(error)}}})
            continue
        if keep_empty or drop_reason(doc) is None:
            record["scrubber"]["error"] = None
            out.append(record)
    if not out:
        return pa.table({})
    return records_table(out, origin=False)


def scrub_dataset(dataset: Any, options: Options | None = None, /, *, text_field: str = "text",
                  id_field: str = "id", url_field: str = "url", keep_empty: bool = True,
                  site_stats: SiteStats | None = None, group_field: str | None = None,
                  batch_size: int = BATCH_ROWS, **overrides: Any) -> Any:
    """The cleaned ``ray.data.Dataset`` of ``dataset``'s records (lazily, like any Dataset).

    ``map_batches`` over Arrow batches of ``batch_size`` rows (see :func:`scrub_batch`).
    Options come from ``options`` and keyword overrides, as for :func:`scrubber.scrub`; field
    names may be dotted paths (``meta.url``). ``site_stats`` (from ``scrubber stats``, loaded
    with :meth:`scrubber.sites.SiteStats.load`) is shipped to the workers once, in the task's
    arguments; each row is scrubbed with its site's template.
    """
    require("ray")
    opts = resolve_options(options, overrides)
    fields = Fields(text_field, id_field, url_field)
    return dataset.map_batches(scrub_batch, batch_format="pyarrow", batch_size=batch_size,
                               zero_copy_batch=True,
                               fn_kwargs={"options": opts, "fields": fields,
                                          "keep_empty": keep_empty, "site_stats": site_stats,
                                          "group_field": group_field})
