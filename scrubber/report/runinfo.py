"""What a run's output folder says about it, read without changing a byte of it.

A finished run has ``stats.json``; a running (or killed) one has only its manifest, whose lines
hold each finished chunk's counts: the report sums them, as ``stats.json`` will. The options
and record fields come from ``command.json``; the site statistics from
``OUTDIR/site-stats.json.gz`` (``--learn-sites``) or the ``--site-stats`` file, checked against
the content hash the run recorded.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from ..batch.config import Fields
from ..batch.outdir import COMMAND, DROPPED, ERRORS, MANIFEST, SITE_STATS, STATS
from ..batch.plan import SHARD_NAME
from ..batch.sites import content_hash
from ..batch.stats import Tally, run_stats
from ..options import Options
from ..sites import SiteStats
from ..sites.counting import MIN_PAGES, MIN_SHARE


class RunError(Exception):
    """OUTDIR is not a scrubber run (or its files cannot be read)."""


@dataclass
class RunInfo:
    outdir: str
    stats: dict[str, Any]
    complete: bool
    fingerprint: dict[str, Any]
    options: Options
    fields: Fields
    shards: list[str]
    group_field: str | None = None
    site_stats: SiteStats | None = None
    #: Why the run's site statistics are not used to scrub the samples again (None: they are,
    #: or the run had none).
    site_stats_note: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def errors_path(self) -> str:
        return os.path.join(self.outdir, ERRORS)

    @property
    def dropped_path(self) -> str:
        return os.path.join(self.outdir, DROPPED)


def _json(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise RunError(f"{path}: cannot read ({error})") from None


def _manifest(outdir: str) -> tuple[Tally, list[str], float]:
    """The counts, shards and seconds of the chunks the manifest says are finished (a torn
    last line is ignored, as a resumed run would)."""
    total, shards = Tally(), []
    sessions: dict[str, float] = {}
    path = os.path.join(outdir, MANIFEST)
    if os.path.exists(path):
        with open(path, "rb") as handle:
            for raw in handle:
                try:
                    entry = json.loads(raw) if raw.endswith(b"\n") else None
                except ValueError:
                    entry = None
                if entry is None:
                    break
                total.add(Tally.from_dict(entry["tally"]))
                if entry.get("shard"):
                    shards.append(entry["shard"])
                session = entry.get("session", "")
                sessions[session] = max(sessions.get(session, 0.0), entry.get("elapsed", 0.0))
    return total, sorted(shards), sum(sessions.values())


def _options(config: dict[str, Any]) -> Options:
    known = Options.__dataclass_fields__
    return Options(**{k: v for k, v in (config.get("options") or {}).items() if k in known})


def _load_sites(info: RunInfo, sites: dict[str, Any], given: str | None) -> None:
    """Site statistics as the run used them, or a note saying why the samples are scrubbed
    again without them."""
    share, pages = sites.get("min_share", MIN_SHARE), sites.get("min_pages", MIN_PAGES)
    info.group_field = sites.get("group_field")
    path = given or (os.path.join(info.outdir, SITE_STATS) if sites.get("learn") else None)
    if path is None:
        info.site_stats_note = ("the run used a --site-stats file: give it to 'scrubber report "
                                "--site-stats FILE' to scrub the samples again with it")
        return
    try:
        digest = content_hash(path)
        stats = SiteStats.load(path, share, pages)
    except (OSError, EOFError, ValueError) as error:
        info.site_stats_note = f"{path}: cannot read site statistics ({error})"
        return
    recorded = info.fingerprint.get("site_stats_sha256")
    if given and recorded and recorded != digest:
        info.site_stats_note = f"{path} is not the site statistics file the run used"
        return
    info.site_stats = stats


def read_run(outdir: str, site_stats: str | None = None) -> RunInfo:
    """The run in ``outdir``: finished or not. Raises :class:`RunError` for a folder that
    holds no scrubber run."""
    if not os.path.isdir(outdir):
        raise RunError(f"{outdir}: no such folder")
    command = os.path.join(outdir, COMMAND)
    if not os.path.exists(command):
        raise RunError(f"{outdir}: not a scrubber run (no {COMMAND})")
    fp = _json(command)
    config = fp.get("config") or {}
    stats_path = os.path.join(outdir, STATS)
    stats = _json(stats_path) if os.path.exists(stats_path) else None
    complete = bool(stats and stats.get("complete"))
    if stats is None or not complete:
        total, shards, seconds = _manifest(outdir)
        stats = run_stats(total, seconds, complete=False, shards=len(shards))
    else:
        shards = sorted(n for n in os.listdir(outdir) if SHARD_NAME.match(n))
    info = RunInfo(outdir, stats, complete, fp, _options(config),
                   Fields(**(config.get("fields") or {})), shards)
    if config.get("sites"):
        _load_sites(info, config["sites"], site_stats)
    elif site_stats:
        info.notes.append("--site-stats ignored: the run used no site statistics")
    return info
