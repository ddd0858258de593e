"""What one batch run is asked to do: record fields, chunk sizes, options; and its refusals.

Everything here decides the output, so all of it goes into the run's fingerprint (see
``outdir.fingerprint``); how the work is spread over processes (``--jobs``) and how it is shown
(``--quiet``) does not, because it never changes a single output byte.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..options import DEFAULT_OPTIONS, Options
from ..sites.counting import MAX_LINES_PER_SITE, MIN_PAGES, MIN_SHARE

#: Sizes in this package are in bytes; "MB" is 10**6 of them.
MB = 1_000_000
#: A chunk (one task for a worker, one output shard) holds at most this many documents...
CHUNK_DOCS = 256
#: ... and stops growing once its documents reach this many bytes.
CHUNK_BYTES = 4 * MB
#: gzip level of the shards: level 1 writes them 3.6 times faster than level 6, for files 16%
#: larger (measured on this project's shards). The level never changes a record.
GZIP_LEVEL = 1
#: Formats of the shards (``--format``).
OUTPUT_FORMATS = ("jsonl", "parquet")


class UsageError(Exception):
    """The run cannot start as asked (no such input, a different run in OUTDIR, a missing
    optional package): reported on stderr, exit code 2, nothing written."""


@dataclass(frozen=True)
class Fields:
    """Names of the record fields a run reads and writes (``--text-field`` and friends)."""

    text: str = "text"
    id: str = "id"
    url: str = "url"


@dataclass(frozen=True)
class SiteConfig:
    """How a run uses site statistics (``--site-stats FILE`` or ``--learn-sites``).

    A page's site is the registrable domain of its URL field, or the value of ``group_field``
    when one is named. ``stats_file`` is read once by the main process; the fingerprint holds
    the hash of its content, not its path (see ``outdir.fingerprint``).
    """

    #: The statistics to use, written by ``scrubber stats``; None with ``learn``.
    stats_file: str | None = None
    #: Count the inputs first (one process, input order) into ``OUTDIR/site-stats.json.gz``.
    learn: bool = False
    #: The record field naming a page's site, instead of its URL's registrable domain.
    group_field: str | None = None
    min_share: float = MIN_SHARE
    min_pages: int = MIN_PAGES
    #: The counter's cap (``learn`` only): line keys kept per site.
    max_lines_per_site: int = MAX_LINES_PER_SITE

    def __post_init__(self) -> None:
        if (self.stats_file is not None) == self.learn:
            raise ValueError("site statistics need exactly one of stats_file and learn")
        if not 0 < self.min_share <= 1:
            raise ValueError(f"min_share must be in (0, 1], got {self.min_share}")
        if self.min_pages < 1 or self.max_lines_per_site < 1:
            raise ValueError("min_pages and max_lines_per_site must be at least 1")

    def to_dict(self) -> dict[str, Any]:
        """What decides the output: without the statistics file's path (its content hash is
        part of the fingerprint instead), and without the cap when nothing is counted."""
        out = asdict(self)
        del out["stats_file"]
        if not self.learn:
            del out["max_lines_per_site"]
        return out


@dataclass(frozen=True)
class RunConfig:
    """Everything that decides a run's output. Frozen and picklable: workers get a copy."""

    fields: Fields = field(default_factory=Fields)
    #: Write documents with no content left instead of dropping them.
    keep_empty: bool = False
    chunk_docs: int = CHUNK_DOCS
    chunk_bytes: int = CHUNK_BYTES
    options: Options = DEFAULT_OPTIONS
    #: Site statistics (``--site-stats``, ``--learn-sites``); None: pages are scrubbed alone.
    sites: SiteConfig | None = None
    #: How hard the shards are compressed (0-9): changes their bytes, never their records,
    #: so it is not part of the fingerprint and a run may resume with another level.
    gzip_level: int = GZIP_LEVEL
    #: The shards' format: ``jsonl`` (gzip JSON Lines) or ``parquet`` (``--format``).
    output_format: str = "jsonl"

    def __post_init__(self) -> None:
        if self.output_format not in OUTPUT_FORMATS:
            raise ValueError(f"output_format must be one of {OUTPUT_FORMATS}, "
                             f"got {self.output_format!r}")
        if self.chunk_docs < 1 or self.chunk_bytes < 1:
            raise ValueError("chunk_docs and chunk_bytes must be at least 1")
        if not 0 <= self.gzip_level <= 9:
            raise ValueError(f"gzip_level must be 0 to 9, got {self.gzip_level}")

    def to_dict(self) -> dict[str, Any]:
        """The configuration as it goes into the fingerprint. ``sites`` appears only when it is
        set, so runs without site statistics keep the fingerprint they had before it existed."""
        out = asdict(self)
        del out["sites"], out["gzip_level"]
        if self.output_format == "jsonl":  # absent: older runs keep their fingerprint
            del out["output_format"]
        if self.sites is not None:
            out["sites"] = self.sites.to_dict()
        return out
