"""``scrubber eval``: measure scrubber on line-labelled pages (format and metrics: docs/eval.md).

Per file: line precision / recall / F1 of the content class (micro over lines, macro over
pages), character precision / recall / F1 of the cleaned text against the gold text (LCS of the
normalised strings, see :mod:`scrubber.lcs`), and date, author and title accuracy of the
metadata (the matchers live in :mod:`scrubber.eval_metadata`; :func:`date_match`,
:func:`author_match` and :func:`title_match` are re-exported here as public API).
Lines listed in a record's ``title_lines`` are left out unless ``with_titles`` (datasets disagree
on whether the headline is content); ``null`` labels (empty lines) are never scored.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .core import scrub
from .document import Document

# The metadata matchers are part of this module's public API (re-exported, ``x as x``).
from .eval_metadata import author_match as author_match
from .eval_metadata import date_match as date_match
from .eval_metadata import title_match as title_match
from .lcs import lcs_length, normalize
from .options import Options
from .sites import SiteStats

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: Non-blank lines shown on each side of a misclassified line in the ``--errors`` file.
NEIGHBOURS = 2
#: Line text in the ``--errors`` file is cut to this many characters.
ERROR_TEXT_CHARS = 200

Record = dict[str, Any]


class EvalDataError(ValueError):
    """An eval file is missing or malformed: the CLI prints the message and exits 2."""


@dataclass(frozen=True)
class Counts:
    """Agreement on the content class. Lines: tp/fp/fn/tn. Characters: tp is the LCS length,
    fp the rest of the output, fn the rest of the gold (tn unused).

    0/0 is 1.0 when nothing was to be found and nothing was given, else 0.0: a page with no
    gold content from which we keep nothing scores P = R = F1 = 1.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                      self.tn + other.tn)

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def empty(self) -> bool:
        """Nothing kept and nothing to find."""
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float:
        kept = self.tp + self.fp
        return self.tp / kept if kept else float(self.empty)

    @property
    def recall(self) -> float:
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else float(self.empty)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if not self.empty else 1.0

    def to_dict(self) -> dict[str, float]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Tally:
    """``hits`` of ``total`` pages that have a gold value; ``accuracy`` is None without any."""

    hits: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.hits / self.total if self.total else None

    @classmethod
    def of(cls, outcomes: Iterable[bool | None]) -> Tally:
        known = [o for o in outcomes if o is not None]
        return cls(sum(known), len(known))


@dataclass(frozen=True)
class LineView:
    """One input line as the ``--errors`` file shows it (``line`` is 1-based)."""

    line: int
    gold: int | None
    label: str
    reason: str
    keep: bool
    text: str


@dataclass(frozen=True)
class LineError:
    """A scored line where ``keep`` disagrees with the gold label, with its neighbours."""

    record: str
    source: str
    view: LineView
    before: tuple[LineView, ...]
    after: tuple[LineView, ...]


@dataclass(frozen=True)
class PageScore:
    """The figures of one record. ``None`` in date and author fields: no gold value."""

    id: str
    source: str
    lines: Counts
    chars: Counts
    date: bool | None
    author: bool | None
    author_contains: bool | None
    errors: tuple[LineError, ...] = ()
    genre: str = "-"  # the record's ``genre`` ("article", "forum", ...), "-" when it has none
    title: bool | None = None  # Metadata.title against ``gold_title`` (:func:`title_match`)
    headline: bool | None = None  # the headline line is one of ``title_lines``


def _mean_f1(counts: Sequence[Counts]) -> float:
    return sum(c.f1 for c in counts) / len(counts) if counts else 0.0


@dataclass(frozen=True)
class Summary:
    """The figures of a set of pages: counts (micro figures) and mean per-page F1 (macro).

    Line macro leaves out pages with no scored line (``line_macro_pages`` counts the others).
    """

    pages: int
    lines: Counts
    line_f1_macro: float
    line_macro_pages: int
    chars: Counts
    char_f1_macro: float
    date: Tally
    author: Tally
    author_contains: Tally
    title: Tally = field(default_factory=Tally)
    headline: Tally = field(default_factory=Tally)

    @classmethod
    def of(cls, pages: Sequence[PageScore]) -> Summary:
        scored = [p.lines for p in pages if p.lines.total]
        return cls(len(pages), sum((p.lines for p in pages), Counts()), _mean_f1(scored),
                   len(scored), sum((p.chars for p in pages), Counts()),
                   _mean_f1([p.chars for p in pages]), Tally.of(p.date for p in pages),
                   Tally.of(p.author for p in pages), Tally.of(p.author_contains for p in pages),
                   Tally.of(p.title for p in pages), Tally.of(p.headline for p in pages))

    def to_dict(self) -> dict[str, Any]:
        figures = asdict(self)
        for key in ("lines", "chars"):
            figures[key] = getattr(self, key).to_dict()
        for key in ("date", "author", "author_contains", "title", "headline"):
            figures[key]["accuracy"] = getattr(self, key).accuracy
        return figures


@dataclass(frozen=True)
class FileReport:
    """The figures of one eval file, overall, per record ``source`` and per ``genre``."""

    name: str
    summary: Summary
    by_source: dict[str, Summary] = field(default_factory=dict)
    pages: tuple[PageScore, ...] = ()
    by_genre: dict[str, Summary] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.name, **self.summary.to_dict(),
                "by_source": {k: s.to_dict() for k, s in self.by_source.items()},
                "by_genre": {k: s.to_dict() for k, s in self.by_genre.items()}}


def check_record(record: Any, where: str) -> Record:
    """``record`` if it is a well-formed eval record, else :class:`EvalDataError`."""
    if not isinstance(record, dict):
        raise EvalDataError(f"{where}: a record must be a JSON object")
    for key in ("text", "gold"):
        if not isinstance(record.get(key), str):
            raise EvalDataError(f"{where}: '{key}' must be a string")
    labels, text = record.get("labels"), record["text"]
    if not isinstance(labels, list) or not all(
            x is None or (type(x) is int and x in (0, 1)) for x in labels):
        raise EvalDataError(f"{where}: 'labels' must be a list of 0, 1 and null")
    if "\r" in text:
        raise EvalDataError(f"{where}: 'text' has a carriage return (scrubber splits lines on it)")
    lines = text.count("\n") + 1
    if len(labels) != lines:
        raise EvalDataError(f"{where}: {len(labels)} labels for {lines} lines of text")
    titles = record.get("title_lines", [])
    if not isinstance(titles, list) or not all(type(i) is int for i in titles):
        raise EvalDataError(f"{where}: 'title_lines' must be a list of line indices")
    return {**record, "id": str(record.get("id", where)),
            "source": str(record.get("source") or "unknown"),
            "genre": str(record.get("genre") or "-"), "title_lines": titles}


def load_records(path: str | os.PathLike[str]) -> list[Record]:
    """The records of one JSONL eval file, checked; :class:`EvalDataError` when unusable."""
    records = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise EvalDataError(f"{path}:{number}: not JSON ({error.msg})") from None
                records.append(check_record(record, f"{path}:{number}"))
    except FileNotFoundError:
        raise EvalDataError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise EvalDataError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise EvalDataError(f"{path}: {error.strerror or error}") from None
    if not records:
        raise EvalDataError(f"{path}: no records")
    return records


@dataclass(frozen=True)
class Settings:
    """How every page is scored: scrub options, titles in or out, collect errors or not."""

    options: Options | None = None
    with_titles: bool = False
    errors: bool = False
    #: Site statistics (:class:`scrubber.sites.SiteStats`): each page gets the template of its
    #: record's ``site``.
    site_stats: SiteStats | None = None


def _view(doc: Document, labels: Sequence[int | None], i: int) -> LineView:
    v = doc.lines[i]
    text = v.text if len(v.text) <= ERROR_TEXT_CHARS else v.text[:ERROR_TEXT_CHARS - 1] + "…"
    return LineView(i + 1, labels[i], v.label, v.reason, v.keep, text)


def _neighbours(doc: Document, labels: Sequence[int | None], i: int, step: int
                ) -> tuple[LineView, ...]:
    """Up to :data:`NEIGHBOURS` non-blank lines next to line ``i``, going by ``step``."""
    found: list[LineView] = []
    j = i + step
    while 0 <= j < len(doc.lines) and len(found) < NEIGHBOURS:
        if doc.lines[j].text.strip():
            found.append(_view(doc, labels, j))
        j += step
    return tuple(reversed(found)) if step < 0 else tuple(found)


def _line_score(doc: Document, record: Record, settings: Settings
                ) -> tuple[Counts, tuple[LineError, ...]]:
    """Line counts of one page and, when asked, its misclassified lines."""
    labels = record["labels"]
    ignored = frozenset() if settings.with_titles else frozenset(record["title_lines"])
    tally = [0, 0, 0, 0]  # tp, fp, fn, tn
    wrong = []
    for i, (verdict, gold) in enumerate(zip(doc.lines, labels, strict=True)):
        if gold is None or i in ignored:
            continue
        slot = (0 if gold else 1) if verdict.keep else (2 if gold else 3)
        tally[slot] += 1
        if slot in (1, 2):
            wrong.append(i)
    errors = tuple(LineError(record["id"], record["source"], _view(doc, labels, i),
                             _neighbours(doc, labels, i, -1), _neighbours(doc, labels, i, 1))
                   for i in wrong) if settings.errors else ()
    return Counts(*tally), errors


def score_page(record: Record, settings: Settings | None = None) -> PageScore:
    """Scrub one checked record and score the result."""
    settings = settings or Settings()
    template = settings.site_stats.template_for(record.get("site")) if settings.site_stats \
        else None
    url = record.get("url")
    doc = scrub(record["text"], settings.options, template=template,
                url=url if isinstance(url, str) else None)
    if len(doc.lines) != len(record["labels"]):
        raise EvalDataError(f"{record['id']}: scrub() gave {len(doc.lines)} lines for "
                            f"{len(record['labels'])} labels")
    lines, errors = _line_score(doc, record, settings)
    out, gold = normalize(doc.text), normalize(record["gold"])
    common = lcs_length(out, gold)
    chars = Counts(common, len(out) - common, len(gold) - common)
    date = date_match(doc.metadata.date, record.get("gold_date"))
    author, contains = author_match(doc.metadata.author, record.get("gold_author"))
    title = title_match(doc.metadata.title, record.get("gold_title"))
    headline = next((i for i, v in enumerate(doc.lines) if v.reason == "headline"), None)
    in_titles = headline in record["title_lines"] if record["title_lines"] else None
    return PageScore(record["id"], record["source"], lines, chars, date, author, contains, errors,
                     record.get("genre", "-"), title, in_titles)


def _score_task(task: tuple[int, Record, Settings]) -> tuple[int, PageScore]:
    return task[0], score_page(task[1], task[2])


def _workers(jobs: int | None, pages: int) -> int:
    return max(1, min(jobs or os.cpu_count() or 1, pages))


def score_pages(records: Sequence[Record], settings: Settings | None = None,
                jobs: int | None = 1) -> list[PageScore]:
    """Score every record, in order; ``jobs`` worker processes (None: one per CPU)."""
    settings = settings or Settings()
    workers = _workers(jobs, len(records))
    if workers == 1:
        return [score_page(r, settings) for r in records]
    biggest_first = sorted(range(len(records)), key=lambda i: -len(records[i]["text"]))
    scores: list[PageScore | None] = [None] * len(records)
    with get_context().Pool(workers) as pool:
        tasks = ((i, records[i], settings) for i in biggest_first)
        for i, score in pool.imap_unordered(_score_task, tasks):
            scores[i] = score
    return [s for s in scores if s is not None]


def report(name: str, pages: Sequence[PageScore]) -> FileReport:
    """Summarise the scores of one file, overall, per source and per genre."""
    sources = sorted({p.source for p in pages})
    genres = sorted({p.genre for p in pages})
    return FileReport(name, Summary.of(pages),
                      {s: Summary.of([p for p in pages if p.source == s]) for s in sources},
                      tuple(pages),
                      {g: Summary.of([p for p in pages if p.genre == g]) for g in genres})


def evaluate_records(records: Iterable[Any], options: Options | None = None,
                     with_titles: bool = False, *, name: str = "<records>",
                     errors: bool = False, jobs: int | None = 1,
                     site_stats: SiteStats | None = None) -> FileReport:
    """Scrub and score eval records (dicts in the eval JSONL format); with ``site_stats``, each
    page is scrubbed with the template of its record's ``site``."""
    checked = [check_record(r, f"{name}[{i}]") for i, r in enumerate(records)]
    settings = Settings(options, with_titles, errors, site_stats)
    return report(name, score_pages(checked, settings, jobs))


def evaluate_files(paths: Sequence[str | os.PathLike[str]], options: Options | None = None,
                   with_titles: bool = False, *, errors: bool = False,
                   jobs: int | None = 1) -> list[FileReport]:
    """One report per eval file; the pages of all files share one pool of workers."""
    loaded = [load_records(p) for p in paths]
    scores = score_pages([r for rs in loaded for r in rs], Settings(options, with_titles, errors),
                         jobs)
    reports, start = [], 0
    for path, records in zip(paths, loaded, strict=True):
        reports.append(report(Path(path).name, scores[start:start + len(records)]))
        start += len(records)
    return reports


def evaluate_file(path: str | os.PathLike[str], options: Options | None = None,
                  with_titles: bool = False, *, errors: bool = False,
                  jobs: int | None = 1) -> FileReport:
    """The report of one eval file (JSONL, one record a line)."""
    return evaluate_files([path], options, with_titles, errors=errors, jobs=jobs)[0]
