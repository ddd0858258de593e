"""One pass over a run's shards: the sites table and a seeded sample of documents.

Memory stays bounded whatever the size of the run: the sample keeps, per bucket (a removed
label, a removed reason, a drop reason), the ``PER_BUCKET`` documents whose seeded hash of
their origin is smallest; the sites table keeps at most ``MAX_SITES`` sites (the half with the
fewest documents is forgotten when it is full, and the report says so). The hash depends only
on the seed and the document's origin, so the sample is the same whatever the order of the
shards or the number of workers of the run.
"""

from __future__ import annotations

import gzip
import hashlib
import heapq
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..sites import site_of
from .locate import Where
from .runinfo import RunInfo

#: Documents kept per bucket (label, reason, drop reason)...
PER_BUCKET = 3
#: ... and documents shown in all: the buckets are taken round-robin up to this many.
MAX_DOCS = 40
#: Buckets of the removed reasons: the most frequent reasons only.
MAX_REASON_BUCKETS = 24
#: Sites counted at most; the sites table shows the ``TOP_SITES`` with most documents.
MAX_SITES = 100_000
TOP_SITES = 12
#: Examples of failed documents listed (the counts cover all of them).
MAX_ERRORS = 25


@dataclass(frozen=True)
class Pick:
    """A sampled document: where it was read and what the run recorded about it."""

    where: Where
    id: Any = None
    url: str | None = None
    site: str | None = None
    #: (number, label, reason) of each removed line, as the shard records it; None: dropped.
    removed: tuple[tuple[int, str, str], ...] | None = None
    drop_reason: str | None = None


@dataclass
class SiteRow:
    docs: int = 0
    lines: int = 0  # non-blank lines
    kept: int = 0  # title and content lines
    template: int = 0  # lines labelled template
    pick: tuple[int, Pick] | None = None  # the site's document with the smallest hash

    @property
    def kept_share(self) -> float:
        return self.kept / self.lines if self.lines else 0.0


@dataclass
class Scan:
    buckets: dict[str, list[tuple[int, Pick]]] = field(default_factory=dict)
    sites: dict[str, SiteRow] = field(default_factory=dict)
    sites_forgotten: int = 0
    #: The shards read (all of them unless the report was asked to read fewer).
    shards_read: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    scanned: int = 0

    def top_sites(self) -> list[tuple[str, SiteRow]]:
        rows = sorted(self.sites.items(), key=lambda kv: (-kv[1].docs, kv[0]))
        return rows[:TOP_SITES]


def priority(seed: int, where: Where) -> int:
    """The document's place in the seeded sample order: a hash of the seed and its origin."""
    key = f"{seed}\0{where.file}\0{where.line}\0{where.offset}".encode("utf-8", "replace")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big")


def _offer(scan: Scan, bucket: str, rank: int, pick: Pick) -> None:
    """Keep ``pick`` in ``bucket`` if it is among its PER_BUCKET smallest ranks."""
    heap = scan.buckets.setdefault(bucket, [])  # a max-heap on rank: (-rank, ...)
    item = (-rank, pick)
    if len(heap) < PER_BUCKET:
        heapq.heappush(heap, item)
    elif item[0] > heap[0][0]:
        heapq.heapreplace(heap, item)


def spread(shards: list[str], limit: int | None) -> list[str]:
    """At most ``limit`` of the shards, evenly spread over the run (all when ``None``).

    >>> spread([f"s{i}" for i in range(10)], 3)
    ['s0', 's3', 's6']
    """
    if limit is None or len(shards) <= limit:
        return shards
    return [shards[i * len(shards) // limit] for i in range(limit)]


def _records(info: RunInfo, shards: list[str]) -> Iterator[dict[str, Any]]:
    for name in shards:
        path = os.path.join(info.outdir, name)
        try:
            with gzip.open(path, "rb") as handle:
                for line in handle:
                    yield json.loads(line)
        except (OSError, EOFError, ValueError):
            continue  # a shard being replaced or damaged: the sample does without it


def _count_site(scan: Scan, site: str, labels: dict[str, int], rank: int, pick: Pick) -> None:
    row = scan.sites.get(site)
    if row is None:
        if len(scan.sites) >= MAX_SITES:
            keep = sorted(scan.sites.items(), key=lambda kv: (-kv[1].docs, kv[0]))
            scan.sites = dict(keep[: MAX_SITES // 2])
            scan.sites_forgotten += len(keep) - len(scan.sites)
        row = scan.sites[site] = SiteRow()
    row.docs += 1
    row.lines += sum(labels.values()) - labels.get("blank", 0)
    row.kept += labels.get("title", 0) + labels.get("content", 0)
    row.template += labels.get("template", 0)
    if row.pick is None or rank < row.pick[0]:
        row.pick = (rank, pick)


def _reasons_kept(info: RunInfo) -> set[str]:
    counts = info.stats.get("removed_by_reason") or {}
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_REASON_BUCKETS]
    return {name for name, _ in top}


def scan_run(info: RunInfo, seed: int, max_shards: int | None = None) -> Scan:
    """Read the shards (at most ``max_shards``, spread over the run), ``dropped.jsonl`` and
    ``errors.jsonl`` once."""
    scan = Scan()
    reasons = _reasons_kept(info)
    fields = info.fields
    shards = spread(info.shards, max_shards)
    scan.shards_read = len(shards)
    for record in _records(info, shards):
        scan.scanned += 1
        meta = record.get("scrubber") or {}
        where = Where.from_origin(meta.get("origin") or {})
        removed = tuple((r["number"], r["label"], r["reason"]) for r in meta.get("removed", ()))
        site = site_of(record, fields.url, info.group_field)
        url = record.get(fields.url)
        pick = Pick(where, record.get(fields.id), url if isinstance(url, str) else None, site,
                    removed)
        rank = priority(seed, where)
        _offer(scan, "all:", rank, pick)
        for bucket in {f"label:{label}" for _, label, _ in removed} | {
                f"reason:{reason}" for _, _, reason in removed if reason in reasons}:
            _offer(scan, bucket, rank, pick)
        if site is not None:
            _count_site(scan, site, meta.get("labels") or {}, rank, pick)
    for entry in _entries(info.dropped_path):
        where = Where(str(entry.get("file")), entry.get("line"), entry.get("offset"))
        pick = Pick(where, entry.get("id"), entry.get("url"), None, None, entry.get("reason"))
        _offer(scan, f"drop:{entry.get('reason')}", priority(seed, where), pick)
    for i, entry in enumerate(_entries(info.errors_path)):
        if i >= MAX_ERRORS:
            break
        scan.errors.append(entry)
    return scan


def _entries(path: str) -> Iterator[dict[str, Any]]:
    if not os.path.exists(path):
        return
    with open(path, "rb") as handle:
        for line in handle:
            try:
                entry = json.loads(line)
            except ValueError:
                break  # a torn last line of a running run
            if isinstance(entry, dict):
                yield entry


def sample(scan: Scan, limit: int = MAX_DOCS) -> list[Pick]:
    """The documents to show: the buckets round-robin (the labels first, then the reasons,
    then the drop reasons, then any document), each bucket smallest hash first."""
    order = sorted(scan.buckets, key=lambda b: (("label:", "reason:", "drop:", "all:")
                                                .index(b.split(":")[0] + ":"), b))
    queues = [sorted((-neg, pick) for neg, pick in scan.buckets[b]) for b in order]
    chosen: dict[Where, Pick] = {}
    for turn in range(PER_BUCKET):
        for queue in queues:
            if turn < len(queue) and len(chosen) < limit:
                chosen.setdefault(queue[turn][1].where, queue[turn][1])
    return list(chosen.values())
