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
(['id', 'metadata', 'scrubber', 'text'], ['input', 'labels', 'removed', 'warnings'])

A bad record never ends the stream: it comes out as an error record (or goes to ``on_error``)
and every record after it is still scrubbed.

>>> outs = list(scrub_records([{"id": 1, "text": None}, {"id": 2, "text": page}]))
>>> outs[0]["scrubber"]["error"]["kind"], outs[1]["text"][:4]
('text_not_string', '这是一段')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from ..core import resolve_options
from ..options import Options
from .config import Fields, RunConfig, SiteConfig, UsageError
from .records import RecordError, failure_message, scrub_record

__all__ = ["Fields", "RecordError", "RunConfig", "SiteConfig", "UsageError", "scrub_records"]


#: ``on_error(index, record, error)``: told of a record that cannot be scrubbed (``index`` is
#: its 0-based position in the input); the record then yields nothing.
OnError = Callable[[int, Any, RecordError], None]


def scrub_records(records: Iterable[Mapping[str, Any]], options: Options | None = None, /, *,
                  text_field: str = "text", on_error: OnError | None = None,
                  **overrides: Any) -> Iterator[dict[str, Any]]:
    """Yield one output record per input record, lazily (one record in memory at a time).

    Each output record is the input with ``text_field`` replaced by the clean text, plus
    ``metadata`` and a ``scrubber`` object (removed lines with label and reason, counts per
    label, decoding warnings). The text may be ``str`` or ``bytes``. Records whose text has no
    content left are yielded too (with an empty text): filtering is the caller's choice.

    A record that cannot be scrubbed (not a mapping, no text field, a text that is not a
    string) never ends the stream. Without ``on_error`` it is yielded as an *error record*: the
    input's fields unchanged plus ``scrubber = {"error": {"kind": ..., "message": ...}}``
    (``kind`` as in ``errors.jsonl`` of ``scrubber run``), so that every input gives exactly one
    output. With ``on_error`` the callback is told instead and nothing is yielded for it.
    Options come from ``options`` and keyword overrides, as for :func:`scrubber.scrub`.
    """
    opts = resolve_options(options, overrides)  # bad options raise here, not at the first next()
    return _scrub_all(records, opts, Fields(text=text_field), on_error)


def _scrub_all(records: Iterable[Mapping[str, Any]], options: Options,
               fields: Fields, on_error: OnError | None) -> Iterator[dict[str, Any]]:
    for index, record in enumerate(records):
        try:
            if not isinstance(record, Mapping):
                raise RecordError("not_an_object",
                                  f"a {type(record).__name__}, not a mapping")
            out = scrub_record(record, options, fields)[0]
        except RecordError as error:
            failure = error
        except Exception as error:  # a bug in scrub must cost one record, not the stream
            failure = RecordError("scrub_failed", failure_message(error))
        else:
            yield out
            continue
        if on_error is not None:
            on_error(index, record, failure)
            continue
        kept = dict(record) if isinstance(record, Mapping) else {"record": record}
        yield {**kept, "scrubber": {"error": {"kind": failure.kind, "message": str(failure)}}}
