"""``--learn-sites`` on Ray: the counting pass as a Ray Data aggregation.

Each read task cuts its file into chunks (as :mod:`scrubber.ray.engine` does); a ``flat_map``
turns every page into rows ``(site, line key)`` — one per distinct normalised line of the
page, plus one row with the key ``PAGE`` that counts the page itself — and
``groupby(["site", "key"]).count()`` adds them up across the cluster. Only the lines seen on
at least ``--min-pages`` pages of their site, and the page count of each site, come back to
the driver: what the statistics file holds.

The count is exact: unlike the one-process counter, no table of line keys is capped
(``--max-lines-per-site`` does not apply), and the order of the inputs does not matter. Where
the one-process counter's cap is never reached, the statistics are the same.
"""

from __future__ import annotations

import pickle
from typing import Any

from ..batch.config import Fields, RunConfig, SiteConfig
from ..batch.readers import Source
from ..batch.records import input_record, page_text
from ..core import split_lines
from ..decode import decode
from ..sites import SiteStats, line_key, site_of

#: The key of the row that counts a page (a line's key is a 64-bit hash: never 0 in practice).
PAGE = 0
#: Partitions of the shuffle that adds the rows up, at most.
PARTITIONS = 200


def _page_rows(batch: Any, fields: Fields, group_field: str | None) -> Any:
    """The ``(site, key)`` rows of the pages of a batch of chunks (an Arrow table)."""
    import pyarrow as pa

    sites: list[str] = []
    keys: list[int] = []
    for data in batch.column("chunk").to_pylist():
        _chunk_rows(pickle.loads(data), fields, group_field, sites, keys)
    return pa.table({"site": pa.array(sites, pa.string()), "key": pa.array(keys, pa.uint64())})


def _chunk_rows(chunk: Any, fields: Fields, group_field: str | None, sites: list[str],
                keys: list[int]) -> None:
    for raw in chunk.docs:
        try:
            record = input_record(raw, fields)
            text = page_text(record, fields, raw.html)[0]
        except Exception:  # a bad record (RecordError), or a bug of the HTML extraction:
            continue  # one page left uncounted, not the run stopped
        site = site_of(record, fields.url, group_field)
        if site is None:
            continue
        text = decode(text).text if isinstance(text, bytes) else text
        found = {k for k in map(line_key, split_lines(text)) if k is not None}
        keys += [PAGE, *sorted(found)]
        sites += [site] * (len(found) + 1)


def count_sites(sources: list[Source], config: SiteConfig, fields: Fields,
                run_config: RunConfig) -> SiteStats:
    """The site statistics of ``sources``, counted on the Ray cluster."""
    import ray
    from ray.data import read_datasource

    # one partition of the shuffle per CPU of the cluster, at most PARTITIONS
    cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call]
    partitions = max(1, min(PARTITIONS, int(cpus)))
    from .engine import InputsDatasource

    rows = (read_datasource(InputsDatasource(sources, run_config, frozenset()))
            .map_batches(_page_rows, batch_format="pyarrow", batch_size=None,
                         fn_kwargs={"fields": fields, "group_field": config.group_field})
            .groupby(["site", "key"], num_partitions=partitions).count()
            .filter(lambda r: r["key"] == PAGE or r["count()"] >= config.min_pages))
    pages: dict[str, int] = {}
    lines: dict[str, dict[int, int]] = {}
    for row in rows.iter_rows():
        site, key, count = str(row["site"]), int(row["key"]), int(row["count()"])
        if key == PAGE:
            pages[site] = count
        else:
            lines.setdefault(site, {})[key] = count
    for site in pages:
        lines.setdefault(site, {})
    return SiteStats(pages, lines, config.min_share, config.min_pages)
