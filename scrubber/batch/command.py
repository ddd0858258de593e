"""The ``scrubber run`` subcommand (registered by ``scrubber.cli``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TextIO

from ..cli_options import add_option_arguments, options_from_args
from ..extras import MissingExtra
from ..sites.command import add_counting_options, positive, progress_every, seconds, share
from ..sites.counting import MIN_SHARE
from .config import (
    CHUNK_BYTES,
    CHUNK_DOCS,
    GZIP_LEVEL,
    MB,
    OUTPUT_FORMATS,
    Fields,
    RunConfig,
    SiteConfig,
    UsageError,
)
from .pipe import STDIN, STDOUT, stream
from .progress import EVERY
from .runner import Interrupted, run
from .stats import summary

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: A run stopped by SIGINT (Ctrl-C): 128 + the signal's number, as shells report it.
EXIT_INTERRUPTED = 130

DESCRIPTION = """\
Clean every document of a scraped corpus into gzip JSON Lines shards in OUTDIR.
INPUT is a file, a folder (read recursively, in sorted order) or a glob of: page files (.txt;
.html, .htm need scrubber-text[html]), JSON Lines (.jsonl, .ndjson, .json.gz, .jsonl.gz,
.jsonl.zst, .jsonl.bz2, .jsonl.xz), Parquet (.parquet; needs scrubber-text[parquet]) and
WARC/WET (.warc, .warc.gz, .wet, .wet.gz; needs scrubber-text[warc]). Field names may be dotted
paths into nested objects (--url-field meta.url). 'scrubber run - -o -' reads JSON Lines on
stdin and writes JSON Lines on stdout (no resume). Every document is written, dropped
(dropped.jsonl) or failed (errors.jsonl); stats.json has the counts. A killed run resumes
when the same command is run again. See docs/batch.md; site templates (--site-stats,
--learn-sites): docs/sites.md; Ray (--engine ray): docs/ray.md."""


def _megabytes(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {value}")
    return value


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("run", help="clean a corpus into gzip JSON Lines shards",
                              description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                   help="output folder; '-': JSON Lines on stdout (no resume)")
    p.add_argument("-j", "--jobs", type=positive, default=os.cpu_count() or 1,
                   help="worker processes (default: all cores, %(default)s here)")
    p.add_argument("--text-field", default="text", help="JSON field of the text (%(default)s)")
    p.add_argument("--id-field", default="id", help="JSON field of the id (%(default)s)")
    p.add_argument("--url-field", default="url", help="JSON field of the URL (%(default)s)")
    p.add_argument("--keep-empty", action="store_true",
                   help="write documents with no content left instead of dropping them")
    p.add_argument("--overwrite", action="store_true",
                   help="start over: delete the run in OUTDIR (only scrubber's own files)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line, no summary")
    p.add_argument("--progress-every", type=seconds, metavar="SECONDS",
                   help="write a progress line every SECONDS (default: a line redrawn on a "
                        f"terminal; every {EVERY:g} s when stderr is not one: nohup, a "
                        "scheduler)")
    p.add_argument("--chunk-docs", type=positive, default=CHUNK_DOCS,
                   help="documents per chunk and shard (%(default)s)")
    p.add_argument("--chunk-mb", type=_megabytes, default=CHUNK_BYTES / MB,
                   help="MB of input per chunk and shard, at most (%(default)s)")
    p.add_argument("--gzip-level", type=int, choices=range(10), default=GZIP_LEVEL,
                   metavar="0-9", help="compression of the shards (%(default)s: fast; 6 makes "
                   "them about 14%% smaller, 3.6 times slower)")
    p.add_argument("--format", dest="output_format", choices=OUTPUT_FORMATS, default="jsonl",
                   help="the shards' format: gzip JSON Lines (%(default)s) or Parquet "
                        "(needs scrubber-text[parquet])")
    group = p.add_argument_group("engine (docs/ray.md)")
    group.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local processes (%(default)s), or Ray Data on a Ray cluster "
                            "(needs scrubber-text[ray])")
    group.add_argument("--address", metavar="ADDR",
                       help="the Ray cluster to run on (ray://HOST:10001, HOST:6379 or auto; "
                            "default: RAY_ADDRESS, else a local Ray with --jobs CPUs)")
    _register_sites(p)
    add_option_arguments(p)
    p.set_defaults(func=cmd_run)


def _register_sites(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("site templates (docs/sites.md)")
    which = group.add_mutually_exclusive_group()
    which.add_argument("--site-stats", metavar="FILE",
                       help="remove lines repeated across a page's site, as counted by "
                            "'scrubber stats' in FILE")
    which.add_argument("--learn-sites", action="store_true",
                       help="count the inputs' sites first (OUTDIR/site-stats.json.gz), then "
                            "remove the lines repeated across each site")
    group.add_argument("--min-share", type=share,
                       help="a template line occurs on at least this share of its site's pages "
                            f"(default {MIN_SHARE})")
    add_counting_options(group, defaults=False)


def _site_config(args: argparse.Namespace) -> SiteConfig | None:
    """The run's use of site statistics; refuses site options without statistics."""
    given = {name: getattr(args, name) for name in
             ("group_field", "min_share", "min_pages", "max_lines_per_site")}
    given = {name: value for name, value in given.items() if value is not None}
    if args.site_stats is None and not args.learn_sites:
        if given:
            options = ", ".join("--" + name.replace("_", "-") for name in given)
            raise UsageError(f"scrubber run: {options} need --site-stats or --learn-sites")
        return None
    if args.site_stats is not None and "max_lines_per_site" in given:
        raise UsageError("scrubber run: --max-lines-per-site applies to --learn-sites only "
                         "(the cap of 'scrubber stats' decided the --site-stats file)")
    return SiteConfig(stats_file=args.site_stats, learn=args.learn_sites, **given)


def _warn(message: str) -> None:
    """A warning on stderr, shown whatever ``--quiet`` (clearing a progress line first)."""
    clear = "\r\x1b[K" if sys.stderr.isatty() else ""
    print(f"{clear}scrubber run: warning: {message}", file=sys.stderr)


def _config(args: argparse.Namespace) -> RunConfig:
    return RunConfig(fields=Fields(args.text_field, args.id_field, args.url_field),
                     keep_empty=args.keep_empty, chunk_docs=args.chunk_docs,
                     chunk_bytes=max(int(args.chunk_mb * MB), 1),
                     options=options_from_args(args),
                     sites=_site_config(args), gzip_level=args.gzip_level,
                     output_format=args.output_format)


def cmd_stream(args: argparse.Namespace) -> int:
    """``-o -``: JSON Lines on stdout; failures, warnings and the summary on stderr (no
    progress: the stream has no OUTDIR to resume from)."""
    try:
        stats = stream(args.inputs, _config(args), jobs=args.jobs, warn=_warn)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except (OSError, BrokenProcessPool) as error:
        if isinstance(error, BrokenPipeError):
            raise
        print(f"scrubber run: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("scrubber run: interrupted; a stream is run again from the start",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        sys.stderr.write(summary(stats, STDOUT))
    return EXIT_OK


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    if args.engine == "local" and args.address is not None:
        print("scrubber run: --address needs --engine ray", file=sys.stderr)
        return EXIT_USAGE
    if args.output == STDOUT:
        if args.engine != "local":
            print("scrubber run: -o - runs on the local engine", file=sys.stderr)
            return EXIT_USAGE
        return cmd_stream(args)
    if STDIN in args.inputs:
        print("scrubber run: '-' (stdin) is read only with -o - (a run into OUTDIR resumes, "
              "and stdin cannot be read again)", file=sys.stderr)
        return EXIT_USAGE
    progress, every = progress_every(args)
    try:
        config = _config(args)
        if args.engine == "ray":
            try:
                from ..ray.engine import run_ray
            except MissingExtra as error:
                raise UsageError(f"scrubber run: --engine ray: {error}") from None
            if args.quiet:  # the command, not the library, sets Ray's log level
                for name in ("ray", "ray.data"):
                    logging.getLogger(name).setLevel(logging.WARNING)
            report = run_ray(args.inputs, args.output, config, address=args.address,
                             jobs=args.jobs, overwrite=args.overwrite, quiet=args.quiet,
                             progress=progress, progress_every=every, warn=_warn)
        else:
            report = run(args.inputs, args.output, config, jobs=args.jobs,
                         overwrite=args.overwrite, progress=progress, progress_every=every,
                         warn=_warn)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except (OSError, BrokenProcessPool) as error:
        print(f"scrubber run: {error}; run the same command again to resume", file=sys.stderr)
        return EXIT_ERROR
    except Interrupted as stop:
        print(f"scrubber run: interrupted; {stop}; run the same command again to resume",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        if report.already_complete:
            out.write(f"{args.output}: already complete, nothing to do\n")
        out.write(summary(report.stats, args.output))
    return EXIT_OK
