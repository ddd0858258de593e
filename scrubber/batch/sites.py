"""Site statistics in a run: ``--site-stats FILE`` read once, or ``--learn-sites`` counted once.

The main process holds the statistics and hands them to each worker once, through the pool's
initializer (see ``runner.execute``); a chunk's task carries none of it.

``--site-stats FILE`` is read before OUTDIR is touched: a file that is missing or not site
statistics refuses the run (exit code 2). The hash of its content (the decompressed JSON, so
the same statistics saved twice hash the same) is part of the run's fingerprint, so a run is
never resumed with other statistics.

``--learn-sites`` counts the inputs in input order, in the main process, before any chunk is
scrubbed, and writes ``OUTDIR/site-stats.json.gz``: to a temporary name, flushed to disk, then
renamed, so the file is complete or absent. A resumed run loads it instead of counting again
(a file that does not load is counted again). Its content depends only on the inputs and the
counting options, which the fingerprint holds, so a reused file is the one a recount would give.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Callable
from typing import Any

from ..sites import SiteStats
from ..sites.corpus import count_sources, judged_sites
from .config import Fields, SiteConfig, UsageError
from .outdir import SITE_STATS
from .progress import Progress
from .readers import Source
from .worker import fsync_dir


def content_hash(path: str) -> str:
    """SHA-256 of a statistics file's decompressed content; OSError or ValueError when it is
    unreadable or not gzip."""
    digest = hashlib.sha256()
    with gzip.open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _load(path: str, sites: SiteConfig) -> tuple[SiteStats, str]:
    """The statistics in ``path`` with the run's thresholds, and their content hash."""
    try:
        digest = content_hash(path)
    except (OSError, EOFError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise ValueError(f"{path}: cannot read site statistics ({reason})") from None
    return SiteStats.load(path, sites.min_share, sites.min_pages), digest


def given_stats(sites: SiteConfig | None) -> tuple[SiteStats, str] | None:
    """``--site-stats FILE``: the statistics and their content hash; None without it.
    A file that cannot be used raises :class:`UsageError`."""
    if sites is None or sites.stats_file is None:
        return None
    try:
        return _load(sites.stats_file, sites)
    except ValueError as error:
        raise UsageError(f"scrubber run: --site-stats {error}") from None


def _write(stats: SiteStats, outdir: str) -> str:
    """Write ``OUTDIR/site-stats.json.gz`` durably: temporary name, fsync, rename."""
    final = os.path.join(outdir, SITE_STATS)
    temp = f"{final}.{os.getpid()}.tmp"
    stats.save(temp)
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, final)
    fsync_dir(outdir)
    return final


#: Another way to count (``--engine ray``): ``count(sources, config, fields)`` gives the
#: statistics, keeping the lines seen on at least ``config.min_pages`` pages.
Counting = Callable[[list[Source], SiteConfig, Fields], SiteStats]


def learned_stats(sources: list[Source], config: SiteConfig, fields: Fields, outdir: str,
                  progress: Callable[[], Progress] | None = None,
                  count: Counting | None = None) -> tuple[SiteStats, str]:
    """``--learn-sites``: the statistics in OUTDIR when a previous session wrote them, else
    counted over ``sources`` now (in this process, or by ``count``) and written there; and
    their content hash. ``progress`` makes the in-process counting pass's progress display."""
    path = os.path.join(outdir, SITE_STATS)
    if os.path.exists(path):
        try:
            return _load(path, config)
        except ValueError:
            pass  # not complete or not ours after all: count again
    if count is not None:
        return _load(_write(count(sources, config, fields), outdir), config)
    counter, _ = count_sources(sources, fields, config.group_field, config.max_lines_per_site,
                               progress() if progress is not None else None)
    return _load(_write(counter.freeze(config.min_pages), outdir), config)


def describe(stats: SiteStats, digest: str, config: SiteConfig) -> dict[str, Any]:
    """The ``site_stats`` entry of ``stats.json``: which statistics the run used."""
    return {"learned": config.learn, "sha256": digest, "sites": len(stats.pages),
            "sites_with_template": judged_sites(stats), "min_share": config.min_share,
            "min_pages": config.min_pages}
