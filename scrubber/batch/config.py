"""What one batch run is asked to do: record fields, chunk sizes, options; and its refusals.

Everything here decides the output, so all of it goes into the run's fingerprint (see
``outdir.fingerprint``); how the work is spread over processes (``--jobs``) and how it is shown
(``--quiet``) does not, because it never changes a single output byte.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..options import DEFAULT_OPTIONS, Options

#: Sizes in this package are in bytes; "MB" is 10**6 of them.
MB = 1_000_000
#: A chunk (one task for a worker, one output shard) holds at most this many documents...
CHUNK_DOCS = 256
#: ... and stops growing once its documents reach this many bytes.
CHUNK_BYTES = 4 * MB


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
class RunConfig:
    """Everything that decides a run's output. Frozen and picklable: workers get a copy."""

    fields: Fields = field(default_factory=Fields)
    #: Write documents with no content left instead of dropping them.
    keep_empty: bool = False
    chunk_docs: int = CHUNK_DOCS
    chunk_bytes: int = CHUNK_BYTES
    options: Options = DEFAULT_OPTIONS

    def __post_init__(self) -> None:
        if self.chunk_docs < 1 or self.chunk_bytes < 1:
            raise ValueError("chunk_docs and chunk_bytes must be at least 1")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
