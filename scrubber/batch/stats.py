"""Counting a run: a :class:`Tally` per chunk, summed into ``stats.json`` and the summary table.

Every document read is counted once in ``documents_in`` and once in exactly one of
``documents_out``, ``documents_dropped`` or ``documents_failed``. A file-level failure (an
unreadable file, the rest of a truncated one) is one failed document: its error record stands
for what could not be read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any

from .config import MB

#: The per-name counts of a tally, each a ``Counter``; the other fields are integers.
COUNTERS = ("lines_by_label", "lines_by_reason", "removed_by_reason", "dropped_by_reason",
            "failed_by_error", "records_skipped", "site_templates")


@dataclass
class Tally:
    """Counts of one chunk, or of a whole run (tallies add up)."""

    documents_in: int = 0
    documents_out: int = 0
    documents_dropped: int = 0
    documents_failed: int = 0
    documents_with_warnings: int = 0
    #: Bytes of the documents as read: JSON lines, page files, WARC record contents.
    bytes_in: int = 0
    #: UTF-8 bytes of the cleaned text of the documents written.
    bytes_out: int = 0
    lines_by_label: Counter[str] = field(default_factory=Counter)
    lines_by_reason: Counter[str] = field(default_factory=Counter)
    #: Reasons of the removed non-blank lines only (the lines listed in each record).
    removed_by_reason: Counter[str] = field(default_factory=Counter)
    dropped_by_reason: Counter[str] = field(default_factory=Counter)
    failed_by_error: Counter[str] = field(default_factory=Counter)
    #: WARC records that are not documents (warcinfo, request, response, ...), per type.
    records_skipped: Counter[str] = field(default_factory=Counter)
    #: With site statistics: the scrubbed documents per outcome, ``template`` (scrubbed with
    #: their site's template), ``no_site`` (no URL host or group value) or ``no_template`` (a
    #: site with too few pages, or no line repeated on enough of them). Empty without.
    site_templates: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for f in fields(self):
            if f.name in COUNTERS:
                getattr(self, f.name).update(getattr(other, f.name))
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def failed(self, error: str) -> None:
        self.documents_failed += 1
        self.failed_by_error[error] += 1

    def dropped(self, reason: str) -> None:
        self.documents_dropped += 1
        self.dropped_by_reason[reason] += 1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = dict(sorted(value.items())) if f.name in COUNTERS else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tally:
        names = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: Counter(v) if k in COUNTERS else int(v)
                                  for k, v in data.items() if k in names}
        return cls(**values)


def run_stats(total: Tally, seconds: float, **extra: Any) -> dict[str, Any]:
    """The content of ``stats.json``: the totals, throughput, and ``extra`` (files, shards)."""
    seconds = max(seconds, 1e-9)
    return {
        **total.to_dict(),
        "seconds": round(seconds, 3),
        "docs_per_s": _significant(total.documents_in / seconds),
        "mb_per_s": _significant(total.bytes_in / MB / seconds),
        **extra,
    }


#: Throughput figures keep this many significant digits: a fixed number of decimals would
#: report a small or slow run as 0.0 MB/s.
THROUGHPUT_DIGITS = 3


def _significant(value: float) -> float:
    return float(f"{value:.{THROUGHPUT_DIGITS}g}")


def _top(counts: dict[str, int], n: int | None = None) -> str:
    """The ``n`` largest counts (all of them without ``n``), and how many names are left out."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    text = "  ".join(f"{name} {count:,}" for name, count in ranked[:n]) or "-"
    if n is not None and len(ranked) > n:
        text += f"  (+{len(ranked) - n} more in stats.json)"
    return text


def _site_rows(stats: dict[str, Any]) -> list[tuple[str, str]]:
    """The summary's row on site statistics, when the run had them."""
    sites = stats.get("site_stats")
    if not sites:
        return []
    where = "learned from the inputs" if sites["learned"] else "from --site-stats"
    return [("sites", f"{sites['sites']:,} ({where}), {sites['sites_with_template']:,} with a "
                      f"template; documents: {_top(stats.get('site_templates', {}), 3)}")]


#: Skipped files named in the summary; all of them are in ``stats.json``.
SKIPPED_SHOWN = 5


def _printable(name: str) -> str:
    """A file name as UTF-8 can show it: the bytes of a name that is not UTF-8 (lone
    surrogates) as escapes, which a strict stdout would refuse."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _skipped_rows(stats: dict[str, Any]) -> list[tuple[str, str]]:
    """The summary's row naming the files skipped: inside folders and globs, files of an
    unknown kind or in the output folder; anywhere, a file read already (``duplicate``)."""
    names = stats.get("files_skipped_names") or []
    if not names:
        return []
    more = len(names) - SKIPPED_SHOWN
    shown = ", ".join(map(_printable, names[:SKIPPED_SHOWN])) \
        + (f" and {more:,} more" if more > 0 else "")
    reasons = stats.get("files_skipped_by_reason") or {"unknown_kind": len(names)}
    return [("skipped", f"{len(names):,} file(s) ({_top(reasons)}): {shown} "
                        "(all in stats.json)")]


def summary(stats: dict[str, Any], outdir: str) -> str:
    """The table printed at the end of a run."""
    rows = [
        ("documents", f"in {stats['documents_in']:,}  out {stats['documents_out']:,}  "
                      f"dropped {stats['documents_dropped']:,}  "
                      f"failed {stats['documents_failed']:,}"),
        ("speed", f"{stats['mb_per_s']:.2f} MB/s  {stats['docs_per_s']:.1f} docs/s  "
                  f"({stats['bytes_in'] / MB:,.1f} MB in, {stats['bytes_out'] / MB:,.1f} MB "
                  f"text out, {stats['seconds']:.1f} s)"),
        ("dropped", _top(stats["dropped_by_reason"])),
        ("failed", _top(stats["failed_by_error"])
         + ("  (errors.jsonl)" if stats["failed_by_error"] else "")),
        ("removed", _top({k: v for k, v in stats["lines_by_label"].items()
                          if k not in ("title", "content", "blank")}, 5)),
        ("reasons", _top(stats["removed_by_reason"], 5)),
        *_site_rows(stats),
        *_skipped_rows(stats),
        ("output", "stdout (JSON Lines)" if stats.get("output") == "-" else
                   f"{outdir}: {stats['shards']:,} shards, stats.json, errors.jsonl, "
                   "dropped.jsonl"),
    ]
    return "".join(f"{name:<10} {text}\n" for name, text in rows)
