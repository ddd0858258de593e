"""Batch cleaning: :func:`scrub_records` for Python iterables, ``scrubber run`` for corpora.

``scrubber run`` (see ``docs/batch.md``) reads page files, JSON Lines and WARC/WET files,
spreads chunks of documents over all cores and writes gzip JSON Lines shards that a killed run
resumes without duplicates or gaps. This module is the in-process API on the same per-record
step.

>>> page = "首页 | 新闻 | 体育\\n这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身。"
>>> out = next(scrub_records([{"id": 1, "text": page}]))
>>> out["text"]
'这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身。'
>>> sorted(out), sorted(out["scrubber"])
(['id', 'metadata', 'scrubber', 'text'], ['labels', 'removed', 'warnings'])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..core import resolve_options
from ..options import Options
from .config import Fields, RunConfig, SiteConfig, UsageError
from .records import RecordError, scrub_record

__all__ = ["Fields", "RecordError", "RunConfig", "SiteConfig", "UsageError", "scrub_records"]


def scrub_records(records: Iterable[Mapping[str, Any]], options: Options | None = None, /, *,
                  text_field: str = "text", **overrides: Any) -> Iterator[dict[str, Any]]:
    """Yield one output record per input record, lazily (one record in memory at a time).

    Each output record is the input with ``text_field`` replaced by the clean text, plus
    ``metadata`` and a ``scrubber`` object (removed lines with label and reason, counts per
    label, decoding warnings). The text may be ``str`` or ``bytes``. Records whose text has no
    content left are yielded too (with an empty text): filtering is the caller's choice.
    A record without a string text raises :class:`RecordError` when it is reached.
    Options come from ``options`` and keyword overrides, as for :func:`scrubber.scrub`.
    """
    opts = resolve_options(options, overrides)  # bad options raise here, not at the first next()
    return _scrub_all(records, opts, Fields(text=text_field))


def _scrub_all(records: Iterable[Mapping[str, Any]], options: Options,
               fields: Fields) -> Iterator[dict[str, Any]]:
    for record in records:
        yield scrub_record(record, options, fields)[0]
