"""``scrubber run --engine ray``: a corpus on a Ray cluster, through Ray Data.

The local engine's steps, spread by Ray Data's streaming executor instead of a process pool:

- **Read** (:class:`InputsDatasource`): one read task per input file (per group of page files),
  on any node. It cuts its file into the local engine's chunks (``scrubber.batch.plan``: same
  cuts, same keys) and yields one block row per chunk. Nothing is read on the driver.
- **Scrub and write** (:class:`ShardsDatasink`): each write task scrubs its chunks and writes
  their shards with the local engine's own function (``process_chunk``), so the shards are
  byte-for-byte those of ``scrubber run --engine local``, whatever the cluster. It returns
  only each chunk's counts and its dropped and error entries.
- **Commit** (on the driver, once every task is done): the chunks are committed in input
  order, into the same ``manifest.jsonl``, ``errors.jsonl``, ``dropped.jsonl`` and
  ``stats.json`` as a local run. The driver holds counts and entries, never a document.

OUTDIR must be a folder every node sees (a shared file system). Site statistics come from a
``scrubber stats`` file (``--site-stats``) or are counted on the cluster first
(``--learn-sites``, :mod:`scrubber.ray.sites`); they are put in Ray's object store once and
handed to each write task by reference. The run's fingerprint is the local engine's: a run
may be finished by either engine.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any, TextIO

from ..batch.config import Fields, RunConfig, SiteConfig, UsageError
from ..batch.outdir import Committer, Resumed
from ..batch.plan import Chunk, _page_groups, key_order, plan
from ..batch.readers import PAGE_KINDS, Source
from ..batch.runner import Report, Warn, run
from ..batch.worker import ChunkResult, field_warnings, process_chunk
from ..extras import MissingExtra, require
from ..sites import SiteStats


def units(sources: list[Source], config: RunConfig) -> list[list[Source]]:
    """The read tasks: each container file alone, page files in the local engine's groups."""
    out: list[list[Source]] = []
    pages: list[Source] = []
    for source in [*sources, None]:
        if source is not None and source.kind in PAGE_KINDS:
            pages.append(source)
            continue
        out += list(_page_groups(pages, config))
        pages = []
        if source is not None:
            out.append([source])
    return out


def _chunk_rows(chunks: Iterable[Chunk]) -> Iterator[Any]:
    import pyarrow as pa

    for chunk in chunks:
        if not chunk.done:
            yield pa.table({"key": [chunk.key],
                            "chunk": pa.array([pickle.dumps(chunk)], pa.large_binary())})


def _datasource_base() -> Any:
    return require("ray.data").Datasource


def _datasink_base() -> Any:
    return require("ray.data").Datasink


class InputsDatasource(_datasource_base()):  # type: ignore[misc]
    """The inputs of a run, as blocks of pickled chunks (one read task per unit)."""

    def __init__(self, sources: list[Source], config: RunConfig, done: frozenset[str]) -> None:
        self.sources = sources
        self.config = config
        self.done = done

    def estimate_inmemory_data_size(self) -> int | None:
        return sum(s.size or 0 for s in self.sources)

    def get_read_tasks(self, parallelism: int, **_: Any) -> list[Any]:
        from ray.data import ReadTask
        from ray.data.block import BlockMetadata

        tasks = []
        for unit in units(self.sources, self.config):
            meta = BlockMetadata(num_rows=None, size_bytes=sum(s.size or 0 for s in unit),
                                 exec_stats=None, input_files=tuple(s.path for s in unit))
            tasks.append(ReadTask(self._reader(unit), meta))
        return tasks

    def _reader(self, unit: list[Source]) -> Any:
        config, done = self.config, self.done

        def read() -> Iterator[Any]:
            return _chunk_rows(plan(unit, config, done))

        return read


class ShardsDatasink(_datasink_base()):  # type: ignore[misc]
    """Scrubs each chunk and writes its shard in OUTDIR; commits them all at the end."""

    def __init__(self, outdir: str, config: RunConfig, state: Resumed, session: str,
                 site_stats: Any = None, warn: Warn | None = None) -> None:
        self.outdir = outdir
        self.warn = warn
        self.config = config
        self.state = state
        self.session = session
        self.site_stats = site_stats  # an ObjectRef of the SiteStats, or None
        self.started = 0.0

    def on_write_start(self, *args: Any, **kwargs: Any) -> None:
        import time

        self.started = time.monotonic()

    def write(self, blocks: Iterable[Any], ctx: Any) -> list[ChunkResult]:
        stats: SiteStats | None = None
        if self.site_stats is not None:
            import ray

            stats = ray.get(self.site_stats)
        results = []
        for block in blocks:
            for data in block.column("chunk").to_pylist():
                results.append(process_chunk(pickle.loads(data), self.config, self.outdir,
                                             stats))
        return results

    def on_write_complete(self, write_result: Any) -> None:
        import time

        results = sorted((r for rs in write_result.write_returns for r in rs),
                         key=lambda r: key_order(r.key))
        committer = Committer(self.outdir, self.state, self.session)
        try:
            for result in results:
                committer.commit(result, time.monotonic() - self.started)
        finally:
            committer.close()
        checked = next((r.fields for r in results if r.fields.records), None)
        if checked is not None and self.warn is not None:
            for message in field_warnings(checked, self.config.fields):
                self.warn(message)


def connect(address: str | None, jobs: int, quiet: bool = True) -> bool:
    """Connect to the Ray cluster at ``address`` (or ``RAY_ADDRESS``), or start a local Ray
    with ``jobs`` CPUs; whether this call started it (and so must shut it down). ``quiet``:
    Ray's driver messages at warning level only."""
    ray = require("ray")
    if ray.is_initialized():
        return False
    address = address or os.environ.get("RAY_ADDRESS")
    try:
        level = logging.WARNING if quiet else logging.INFO
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=level)
        else:
            ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False,
                     logging_level=level)
    except ConnectionError as error:
        raise UsageError(f"scrubber run: --engine ray: cannot reach Ray at {address} "
                         f"({error})") from None
    return True


def process(sources: list[Source], config: RunConfig, outdir: str, state: Resumed,
            site_stats: SiteStats | None, warn: Warn | None = None, quiet: bool = True) -> None:
    """Scrub every chunk the manifest does not list, and commit them all (see the module);
    ``warn`` is told of a field no record of the first chunk with JSON records has, as in a
    local run (after the commit: the driver sees the chunks' results only then)."""
    import ray
    from ray.data import DataContext, read_datasource

    DataContext.get_current().enable_progress_bars = not quiet
    ref = ray.put(site_stats) if site_stats is not None else None
    source = InputsDatasource(sources, config, frozenset(state.done))
    sink = ShardsDatasink(outdir, config, state, os.urandom(6).hex(), ref, warn)
    read_datasource(source).write_datasink(sink)


def _count_sites(sources: list[Source], sites: SiteConfig, fields: Fields,
                 run_config: RunConfig) -> SiteStats:
    from .sites import count_sites

    return count_sites(sources, sites, fields, run_config)


def run_ray(inputs: list[str], outdir: str, config: RunConfig | None = None, *,
            address: str | None = None, jobs: int = 1, overwrite: bool = False,
            quiet: bool = True, progress: TextIO | None = None,
            progress_every: float | None = None, warn: Warn | None = None) -> Report:
    """``scrubber run --engine ray``: :func:`scrubber.batch.runner.run` with the chunks
    processed by Ray Data on the cluster at ``address`` (or a local Ray of ``jobs`` CPUs).
    ``progress`` shows only the resume notice (Ray Data draws its own progress bars unless
    ``quiet``); ``warn`` is told of field warnings once the chunks are committed."""
    config = config or RunConfig()
    try:
        require("ray")
        require("pyarrow")
    except MissingExtra as error:
        raise UsageError(f"scrubber run: --engine ray: {error}") from None
    started = connect(address, jobs, quiet)
    from ray.exceptions import RayError

    try:
        return run(inputs, outdir, config, overwrite=overwrite, progress=progress,
                   progress_every=progress_every, warn=warn,
                   engine=partial(process, quiet=quiet),
                   count_sites=partial(_count_sites, run_config=config))
    except RayError as error:  # a task failed after Ray's retries: nothing was committed
        first = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        raise OSError(f"the Ray job failed ({type(error).__name__}: {first})") from error
    finally:
        if started:
            import ray

            ray.shutdown()
