"""The ``scrubber`` command: ``clean`` and ``explain`` here; other subcommands live in the module
of their concern and are registered in ``SUBCOMMANDS`` (each module has ``register(subparsers)``
which sets ``func`` on its parser)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from . import __version__
from .cli_options import OptionsError, add_option_arguments, options_from_args
from .core import scrub
from .document import Document
from .extras import MissingExtra
from .html import HtmlText, html_to_text, looks_like_html
from .options import Options
from .sniff import container

#: Modules that add a subcommand, in the order ``--help`` lists them.
SUBCOMMANDS = ("scrubber.evaluate_cli", "scrubber.batch.command", "scrubber.sites.command",
               "scrubber.report.command")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: Subcommands that write pages' text to stdout, always as UTF-8 (see :func:`utf8_stdout`):
#: ``report -o -`` writes the report's HTML, which holds sampled pages.
UTF8_COMMANDS = ("clean", "explain", "report")

_COLOURS = {
    "title": "1;32", "content": "32", "meta": "36", "ad": "31", "spam": "31", "related": "35",
    "links": "35", "nav": "34", "share": "34", "footer": "33", "comment": "35", "noise": "90",
    "blank": "90",
}


class InputError(Exception):
    """A named input could not be read: reported on stderr, exit code 1."""


def _read_inputs(paths: list[str]) -> Iterator[tuple[str, bytes | InputError]]:
    """Each named file's bytes, or the error that says why it cannot be read (the other files
    are read all the same)."""
    for path in paths or ["-"]:
        if path == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        try:
            data: bytes | InputError = _read_file(path)
        except InputError as error:
            data = error
        yield path, data


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(f"scrubber: {path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"scrubber: {path}: is a directory (use 'scrubber run')") from None
    except OSError as error:
        raise InputError(f"scrubber: {path}: {error.strerror or error}") from None


def _warn(name: str, doc: Document, page: HtmlText | None = None) -> None:
    for warning in page.warnings if page is not None else doc.warnings:
        print(f"scrubber: {name}: warning: {warning}", file=sys.stderr)


def _scrubbed(name: str, data: str | bytes | InputError, options: Options | None = None,
              url: str | None = None) -> tuple[Document, HtmlText | None] | None:
    """One page scrubbed (:func:`_scrub_page`) and its warnings shown; or None, when it cannot
    be, after saying why on stderr. The other files go on, and the command ends with exit
    status 1 (the first bad file stopped the command, and the files after it were never
    read)."""
    try:
        doc, page = _scrub_page(name, data, options, url)
    except InputError as error:
        print(error, file=sys.stderr)
        return None
    except Exception as error:  # a bug must cost its own page, not the pages after it
        print(f"scrubber: {name}: cannot scrub: {error!r}", file=sys.stderr)
        return None
    _warn(name, doc, page)
    return doc, page


def _scrub_page(name: str, data: str | bytes | InputError, options: Options | None = None,
                url: str | None = None) -> tuple[Document, HtmlText | None]:
    """Scrub one page file (at address ``url``, if known): text, or HTML turned into lines; a
    container refused, as a file that could not be read. (A record picked out of a corpus
    file, ``explain --id``, may already be a ``str``.)"""
    if isinstance(data, InputError):
        raise data
    # A str is scrubbed as it is: its bytes with a lone surrogate (a \ud800 escape in a JSON
    # line) were no UTF-8, and the whole page was decoded as cp1252 mojibake.
    what = container(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    if what is not None:
        raise InputError(f"scrubber: {name}: this is {what}, not a page's text; 'clean' and "
                         "'explain' read one page per file: use 'scrubber run' (it reads JSON "
                         "Lines, Parquet, WARC and compressed files)")
    if not (name.lower().endswith((".html", ".htm")) or looks_like_html(data)):
        return scrub(data, options, url=url), None
    try:
        page = html_to_text(data)
    except MissingExtra as error:
        raise InputError(f"scrubber: {name}: is HTML; {error}") from None
    return scrub(page.text, options, url=url), page


def cmd_clean(args: argparse.Namespace, out: TextIO) -> int:
    options = options_from_args(args)
    status = EXIT_OK
    for name, data in _read_inputs(args.files):
        scrubbed = _scrubbed(name, data, options, args.url)
        if scrubbed is None:
            status = EXIT_ERROR
        elif scrubbed[0].text:
            out.write(scrubbed[0].text + "\n")
    return status


def _explain_inputs(args: argparse.Namespace
                    ) -> Iterator[tuple[str, str | bytes | InputError, str | None]]:
    """The pages to explain with their URLs: whole files (``--url``), or one record of a
    corpus file (``--id``, ``--line``, ``--offset``; its URL field)."""
    if args.html and len(args.files) > 1:
        raise InputError("scrubber: --html writes one page: name one FILE")
    if args.id is None and args.line is None and args.offset is None:
        for name, data in _read_inputs(args.files):
            yield name, data, args.url
        return
    from .batch.config import Fields
    from .report.explain import record_input

    if len(args.files) != 1 or args.files[0] == "-":
        raise InputError("scrubber: --id, --line and --offset need exactly one FILE")
    fields = Fields(text=args.text_field, id=args.id_field, url=args.url_field)
    try:
        where, text, url = record_input(args.files[0], line=args.line, offset=args.offset,
                                        record_id=args.id, fields=fields)
        yield where, text, args.url or url
    except ValueError as error:
        raise InputError(str(error)) from None


def cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from .report.explain import shown_text

    colour = args.color == "always" or (args.color == "auto" and out.isatty()
                                        and "NO_COLOR" not in os.environ)
    options = options_from_args(args)
    status = EXIT_OK
    for name, data, url in _explain_inputs(args):
        scrubbed = _scrubbed(name, data, options, url)
        if scrubbed is None:
            status = EXIT_ERROR
            continue
        doc, page = scrubbed
        if args.html:
            from .report.page import explain_html

            out.write(explain_html(name, doc))
            continue
        if args.json:
            for v in doc.lines:
                out.write(json.dumps({"file": name, **v.to_dict()}, ensure_ascii=False) + "\n")
            continue
        encoding = doc.encoding if page is None else f"{page.encoding} html"
        out.write(f"# {name}  encoding={encoding or 'str'}  lang={doc.lang or '-'}  "
                  + "  ".join(f"{k}={v}" for k, v in doc.metadata.to_dict().items() if v) + "\n")
        for v in doc.lines:
            mark = "+" if v.keep else "-"
            tag = f"{v.label:<8} {v.reason:<22}"
            if colour:
                tag = f"\x1b[{_COLOURS.get(v.label, '0')}m{tag}\x1b[0m"
            out.write(f"{v.number:>5} {mark} {tag} {shown_text(v, colour)}\n")
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scrubber", description="Separate the article from the boilerplate in scraped text.")
    parser.add_argument("--version", action="version", version=f"scrubber {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    p = sub.add_parser("clean", help="print the clean text of each page")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="page files (text or HTML), '-' for stdin")
    _url_option(p)
    add_option_arguments(p)
    p.set_defaults(func=cmd_clean)
    p = sub.add_parser("explain", help="show every line with its label and reason")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="page files (text or HTML), '-' for stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per line verdict")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _explain_options(p)
    add_option_arguments(p)
    p.set_defaults(func=cmd_explain)
    for module in SUBCOMMANDS:
        try:
            importlib.import_module(module).register(sub)
        except ModuleNotFoundError as error:
            if error.name is None or not module.startswith(error.name):
                raise
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; an unknown option is refused with the usage of its subcommand, not the
    top-level one (argparse leaves unknown options of a subcommand to the top-level parser)."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        sub.choices[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def _explain_options(p: argparse.ArgumentParser) -> None:
    """``explain``'s HTML view and its choice of one record of a JSON Lines or WARC file."""
    p.add_argument("--html", action="store_true",
                   help="write the page's line-by-line view as one HTML file (to stdout)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--id", metavar="ID",
                       help="the record with this id (--id-field; a WARC-Record-ID in WARC)")
    which.add_argument("--line", type=int, metavar="N", help="the JSON Lines record on line N")
    which.add_argument("--offset", type=int, metavar="N",
                       help="the record at byte offset N (as a run's origin records it)")
    p.add_argument("--text-field", default="text", help="JSON field of the text (%(default)s)")
    p.add_argument("--id-field", default="id", help="JSON field of the id (%(default)s)")
    p.add_argument("--url-field", default="url",
                   help="JSON field of the URL, with --id/--line/--offset (%(default)s)")
    _url_option(p)


def _url_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", metavar="URL",
                   help="the page's address: the words of its slug confirm the headline")


def utf8_stdout() -> None:
    """Make stdout write UTF-8, whatever the locale or ``PYTHONIOENCODING`` say, and write a
    lone surrogate as its escape text: on an ASCII or Latin-1 stdout the first character it
    could not encode raised UnicodeEncodeError, and the page's text was lost. (A stdout
    replaced by one without ``reconfigure``, a ``StringIO``, is left as it is.)"""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    args = parse(build_parser(), argv)
    if args.command in UTF8_COMMANDS:
        utf8_stdout()
    try:
        return int(args.func(args, sys.stdout))
    except InputError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    except OptionsError as error:
        print(f"scrubber {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
