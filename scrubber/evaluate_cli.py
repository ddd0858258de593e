"""``scrubber eval``: the command and its output (the table and the ``--errors`` file); the
measuring itself is :mod:`scrubber.evaluate`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from .evaluate import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    EvalDataError,
    FileReport,
    LineError,
    LineView,
    Summary,
    Tally,
    evaluate_files,
)

_HEADER = ("pages", "lines", "line P", "line R", "F1 mic", "F1 mac", "char P", "char R",
           "char F1", "date", "author", "auth~", "title", "headline")
_WIDTHS = (5, 6, 7, 7, 7, 7, 7, 7, 7, 14, 14, 14, 14, 14)


def _rate(tally: Tally) -> str:
    return "-" if tally.accuracy is None else f"{tally.accuracy:.2f} {tally.hits}/{tally.total}"


def _row(name: str, s: Summary, width: int) -> str:
    cells = [f"{s.pages}", f"{s.lines.total}"]
    cells += [f"{x:.3f}" for x in (s.lines.precision, s.lines.recall, s.lines.f1,
                                   s.line_f1_macro, s.chars.precision, s.chars.recall,
                                   s.chars.f1)]
    cells += [_rate(s.date), _rate(s.author), _rate(s.author_contains), _rate(s.title),
              _rate(s.headline)]
    return f"{name:<{width}}" + "".join(f"{c:>{w + 1}}" for c, w in zip(cells, _WIDTHS,
                                                                          strict=True))


def format_table(reports: Sequence[FileReport], with_titles: bool, by_source: bool,
                 by_genre: bool = False) -> str:
    """The compact table ``scrubber eval`` prints: a row per file (and per source, per genre:
    genre rows are marked ``g:``)."""
    names = [r.name for r in reports] + ["  " + s for r in reports for s in r.by_source] + \
        ["  g:" + g for r in reports for g in r.by_genre]
    width = max(len(n) for n in [*names, "file"]) + 1
    lines = [f"{'file':<{width}}" + "".join(f"{h:>{w + 1}}" for h, w in zip(_HEADER, _WIDTHS,
                                                                              strict=True))]
    for r in reports:
        lines.append(_row(r.name, r.summary, width))
        if by_source and len(r.by_source) > 1:
            lines += [_row("  " + s, summary, width) for s, summary in r.by_source.items()]
        if by_genre and (len(r.by_genre) > 1 or set(r.by_genre) != {"-"}):
            lines += [_row("  g:" + g, summary, width) for g, summary in r.by_genre.items()]
    lines.append(f"lines: {'all labelled lines' if with_titles else 'title_lines left out'}; "
                 "F1 mac = mean per-page line F1; char = LCS of normalised text vs gold; "
                 "auth~ = author contains; title = Metadata.title vs gold_title; headline = "
                 "the headline line is one of title_lines")
    return "\n".join(lines) + "\n"


def _show(v: LineView, mark: str) -> str:
    gold = "-" if v.gold is None else str(v.gold)
    verdict = f"{'+' if v.keep else '-'} {v.label}/{v.reason}"
    return f"{mark}{v.line:>6}  gold {gold}  {verdict:<32} | {v.text}\n"


def _blocks(errors: Sequence[LineError]) -> Iterator[list[tuple[LineView, bool]]]:
    """Runs of nearby misclassified lines of one page, with their neighbours: (line, wrong)."""
    block: dict[int, tuple[LineView, bool]] = {}
    for e in errors:
        if block and (e.before[0] if e.before else e.view).line > max(block):
            yield [block[n] for n in sorted(block)]
            block = {}
        for v in (*e.before, *e.after):
            block.setdefault(v.line, (v, False))
        block[e.view.line] = (e.view, True)
    if block:
        yield [block[n] for n in sorted(block)]


def _error_dict(name: str, e: LineError) -> dict[str, Any]:
    return {"file": name, "record": e.record, "source": e.source, **asdict(e.view),
            "before": [asdict(v) for v in e.before], "after": [asdict(v) for v in e.after]}


def write_errors(reports: Sequence[FileReport], handle: TextIO, as_json: bool) -> int:
    """Write every misclassified line to ``handle``: text blocks of nearby errors with their
    neighbours, or one JSON object per error. Returns the number of errors."""
    count = 0
    for r in reports:
        for page in r.pages:
            count += len(page.errors)
            if as_json:
                handle.writelines(json.dumps(_error_dict(r.name, e), ensure_ascii=False) + "\n"
                                  for e in page.errors)
                continue
            for block in _blocks(page.errors):
                wrong = [v for v, bad in block if bad]
                extra = sum(v.keep for v in wrong)
                what = [f"{n} {kind}" for n, kind in ((extra, "kept, gold 0"),
                        (len(wrong) - extra, "removed, gold 1")) if n]
                span = f"{wrong[0].line}" + (f"-{wrong[-1].line}" if len(wrong) > 1 else "")
                handle.write(f"### {r.name}  {page.id}  line {span}: {'; '.join(what)}\n")
                handle.writelines(_show(v, ">> " if bad else "   ") for v, bad in block)
                handle.write("\n")
    return count


def _jobs(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(subparsers: Any) -> None:
    """Add the ``eval`` subcommand to the ``scrubber`` command."""
    p = subparsers.add_parser(
        "eval", help="measure scrubber on line-labelled pages (JSONL)",
        description="Score scrubber against line-labelled eval files (see docs/eval.md).")
    p.add_argument("files", nargs="+", metavar="FILE.jsonl", help="eval files, one record a line")
    p.add_argument("--with-titles", action="store_true",
                   help="score the records' title_lines too (default: leave them out)")
    p.add_argument("--by-source", action="store_true", help="add a row per record source")
    p.add_argument("--by-genre", action="store_true",
                   help="add a row per record genre (article, forum, product, ...)")
    p.add_argument("--errors", metavar="OUT",
                   help="write every misclassified line to OUT (.jsonl: JSON lines; else text)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help="worker processes (default: one per CPU)")
    p.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``scrubber eval``: print the table (or JSON), write the errors file if asked."""
    if args.errors and any(Path(args.errors).resolve() == Path(f).resolve() for f in args.files):
        print(f"scrubber eval: {args.errors}: would overwrite an input file", file=sys.stderr)
        return EXIT_USAGE
    try:
        reports = evaluate_files(args.files, with_titles=args.with_titles,
                                 errors=bool(args.errors), jobs=args.jobs)
    except EvalDataError as error:
        print(f"scrubber eval: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.errors:
        try:
            with open(args.errors, "w", encoding="utf-8") as handle:
                write_errors(reports, handle, args.errors.endswith((".jsonl", ".json")))
        except OSError as error:
            print(f"scrubber eval: {args.errors}: {error.strerror or error}", file=sys.stderr)
            return EXIT_ERROR
    if args.json:
        out.write(json.dumps({"with_titles": args.with_titles,
                              "files": [r.to_dict() for r in reports]}, indent=1) + "\n")
    else:
        out.write(format_table(reports, args.with_titles, args.by_source, args.by_genre))
    return EXIT_OK
