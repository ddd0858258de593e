"""The ``scrubber stats`` subcommand (registered by ``scrubber.cli``), and the site options it
shares with ``scrubber run`` (``--site-stats``, ``--learn-sites``: ``scrubber.batch.command``)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from ..batch.config import Fields, UsageError
from ..batch.progress import EVERY, Progress
from ..batch.readers import Source, expand_inputs, require_packages
from ..cli_options import add_option_arguments, options_from_args
from .corpus import count_sources, summary
from .counting import MAX_LINES_PER_SITE, MIN_PAGES, MIN_SHARE, SiteStats

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Count, per site, on how many pages each line occurs, and write the statistics to FILE (gzip
JSON) for 'scrubber run --site-stats FILE'. INPUT is what 'scrubber run' reads: page files
(.txt), JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst), WARC/WET. A page's site is the registrable
domain of its URL (--url-field; WARC-Target-URI), or the value of --group-field; pages without
one are not counted. Statistics counted on a sample apply to the whole corpus. See
docs/sites.md."""


def positive(text: str) -> int:
    """argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def share(text: str) -> float:
    """argparse type: a share of pages, more than 0 and at most 1."""
    value = float(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 1, got {value}")
    return value


def add_counting_options(group: Any, *, defaults: bool) -> None:
    """``--group-field``, ``--min-pages`` and ``--max-lines-per-site``: with ``defaults`` for
    ``scrubber stats``; without, for ``scrubber run``, they default to None so that it can tell
    whether they were given."""
    group.add_argument("--group-field", metavar="NAME",
                       help="JSON field naming a page's site (default: the registrable domain "
                            "of the URL field)")
    if defaults:  # scrubber stats: what the file keeps
        group.add_argument("--min-pages", type=positive, default=MIN_PAGES,
                           help="keep the lines seen on at least this many of their site's "
                                f"pages (default {MIN_PAGES}); a run's --min-pages below it "
                                "cannot bring the others back")
    else:
        group.add_argument("--min-pages", type=positive,
                           help="a template line occurs on at least this many of its site's "
                                f"pages (default {MIN_PAGES})")
    group.add_argument("--max-lines-per-site", type=positive,
                       default=MAX_LINES_PER_SITE if defaults else None,
                       help="line keys counted per site, the memory bound "
                            f"(default {MAX_LINES_PER_SITE:,})")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("stats", help="count lines repeated across each site's pages",
                              description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the statistics file to write (gzip JSON, e.g. site-stats.json.gz)")
    p.add_argument("--text-field", default="text", help="JSON field of the text (%(default)s)")
    p.add_argument("--id-field", default="id", help="JSON field of the id (%(default)s)")
    p.add_argument("--url-field", default="url", help="JSON field of the URL (%(default)s)")
    add_counting_options(p, defaults=True)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line, no summary")
    p.add_argument("--progress-every", type=seconds, metavar="SECONDS",
                   help="write a progress line every SECONDS (default: a line redrawn on a "
                        f"terminal; every {EVERY:g} s when stderr is not a terminal)")
    add_option_arguments(p, note=": checked here, for the run that uses the statistics; "
                                 "counting does not depend on them")
    p.set_defaults(func=cmd_stats)


def _sources(inputs: list[str], output: str) -> list[Source]:
    """The input files, as ``scrubber run`` reads them; FILE is never one of them."""
    if os.path.isdir(output):
        raise UsageError(f"scrubber stats: {output}: is a folder; name the file to write")
    sources, _ = expand_inputs(inputs, os.path.realpath(output))
    if not sources:
        raise UsageError("scrubber stats: no input files")
    target = os.path.realpath(output)
    for source in sources:
        if os.path.realpath(source.path) == target:
            raise UsageError(f"scrubber stats: {output} is an input; it is never overwritten")
    require_packages(sources)
    return sources


def seconds(text: str) -> float:
    """argparse type: a number of seconds, more than 0."""
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def progress_every(args: argparse.Namespace) -> tuple[TextIO | None, float | None]:
    """Where progress goes and how: none with ``--quiet``; a line redrawn on a terminal; a
    line every ``--progress-every`` seconds (default ``EVERY``) elsewhere, or when given."""
    if args.quiet:
        return None, None
    if args.progress_every is None and sys.stderr.isatty():
        return sys.stderr, None
    return sys.stderr, args.progress_every or EVERY


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    options_from_args(args)  # a bad option is refused now, not by the run that follows
    fields = Fields(args.text_field, args.id_field, args.url_field)
    try:
        sources = _sources(args.inputs, args.output)
    except UsageError as error:  # the readers word their refusals for 'scrubber run'
        print(str(error).replace("scrubber run:", "scrubber stats:", 1), file=sys.stderr)
        return EXIT_USAGE
    stream, every = progress_every(args)
    shown = None
    if stream is not None:
        shown = Progress(stream, sum(s.size or 0 for s in sources), "counting sites  ",
                         every=every)
    counter, report = count_sources(sources, fields, args.group_field,
                                    args.max_lines_per_site, shown)
    frozen = counter.freeze(args.min_pages)
    stats = SiteStats(frozen.pages, frozen.lines, MIN_SHARE, args.min_pages)
    try:
        stats.save(args.output)
    except OSError as error:
        print(f"scrubber stats: cannot write {args.output}: {error.strerror or error}",
              file=sys.stderr)
        return EXIT_ERROR
    if not args.quiet:
        out.write(summary(report, counter, stats, args.output))
    return EXIT_OK
