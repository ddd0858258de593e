"""The ``scrubber report`` subcommand (registered by ``scrubber.cli``), and the record
selection and HTML output of ``scrubber explain``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from . import DEFAULT_SEED, RunError, build_report

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Write one self-contained HTML file showing what a 'scrubber run' in OUTDIR removed: totals,
removed lines by label and reason, kept share per site, drop and error reasons, and a seeded
sample of documents line by line (read again from the run's inputs and scrubbed again). Works
on a finished run and on one still running. See docs/report.md."""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("report", help="an HTML report of what a run removed",
                              description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("outdir", metavar="OUTDIR", help="the output folder of 'scrubber run'")
    p.add_argument("-o", "--output", default="report.html", metavar="FILE",
                   help="the HTML file to write, '-' for stdout (%(default)s)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help="seed of the document sample (%(default)s)")
    p.add_argument("--site-stats", metavar="FILE",
                   help="the --site-stats file the run used (to scrub the samples with it)")
    p.add_argument("--max-shards", type=_positive, metavar="N",
                   help="read at most N shards, spread over the run, for the sites and the "
                        "sample (the totals are always the whole run's); default: all")
    p.set_defaults(func=cmd_report)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    if args.output != "-" and os.path.isdir(args.output):
        print(f"scrubber report: {args.output}: is a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        html = build_report(args.outdir, seed=args.seed, site_stats=args.site_stats,
                            max_shards=args.max_shards)
    except RunError as error:
        print(f"scrubber report: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.output == "-":
        out.write(html)  # UTF-8, a lone surrogate as its escape text (cli.utf8_stdout)
        return EXIT_OK
    # A lone surrogate of a sampled document (a \ud800 escape in a JSON line) is written as
    # its escape text, as in the run's shards: it stopped the report with UnicodeEncodeError.
    data = html.encode("utf-8", "backslashreplace")
    try:
        with open(args.output, "wb") as handle:
            handle.write(data)
    except OSError as error:
        print(f"scrubber report: {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"scrubber report: wrote {args.output} ({len(data) / 1e6:.2f} MB)", file=sys.stderr)
    return EXIT_OK
