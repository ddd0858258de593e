"""Scrub options on the command line, for ``clean``, ``explain``, ``run`` and ``stats``.

- ``--set NAME=VALUE`` sets any number or switch of :class:`scrubber.Options`
  (``--set good_units=30``, ``--set splice_max_overlap=none``), repeatable;
- ``--keep-title`` / ``--no-keep-title`` (one such pair per switch of ``Options``);
- ``--keywords FILE``: user keywords per label, and built-in keywords to ignore.

A keywords file has one ``label: keyword`` a line (``#`` starts a comment line)::

    ad: 赞助商
    related: 看点
    remove: 广告

``label`` is one of :data:`scrubber.options.KEYWORD_LABELS`, or ``remove`` for a built-in
keyword to ignore (``Options.remove_keywords``). A bad value is an :class:`OptionsError` whose
message names the option: the command prints it and exits with code 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import types
from typing import Any, get_type_hints

from .options import DEFAULT_OPTIONS, KEYWORD_LABELS, Options

#: The label of a keywords file line that names a built-in keyword to ignore.
REMOVE = "remove"
#: How ``--set`` spells ``None`` and the two booleans.
NONE_WORDS = ("none", "off")
TRUE_WORDS, FALSE_WORDS = ("true", "yes", "on", "1"), ("false", "no", "off", "0")
#: Options set from the keywords file, not with ``--set``.
KEYWORD_FIELDS = ("keywords", "remove_keywords")


class OptionsError(ValueError):
    """An option given on the command line that cannot be used."""


def _hints() -> dict[str, Any]:
    return get_type_hints(Options)


def _switches() -> list[str]:
    return [name for name, hint in _hints().items() if hint is bool]


def add_option_arguments(parser: argparse.ArgumentParser, note: str = "") -> None:
    """Add the scrub options to a subcommand's parser (``note`` ends the group's title)."""
    names = ", ".join(f.name for f in dataclasses.fields(Options)
                      if f.name not in KEYWORD_FIELDS and f.name not in _switches())
    group = parser.add_argument_group("scrub options (README.md: Options)" + note)
    group.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       dest="option_set",
                       help=f"set an option: {names} ('none' turns an optional rule off); "
                            "repeatable")
    for name in _switches():
        group.add_argument("--" + name.replace("_", "-"), action=argparse.BooleanOptionalAction,
                           default=None, dest=f"option_{name}",
                           help=f"default: {getattr(DEFAULT_OPTIONS, name)}")
    group.add_argument("--keywords", metavar="FILE", dest="option_keywords",
                       help="your keywords, one 'label: keyword' a line; label 'remove' "
                            "ignores a built-in keyword")


def parse_value(name: str, text: str) -> Any:
    """The value of option ``name`` written as ``text`` on the command line."""
    hint = _hints()[name]
    word = text.strip().lower()
    kinds = set(hint.__args__) if isinstance(hint, types.UnionType) else {hint}
    if type(None) in kinds and word in NONE_WORDS:
        return None
    if bool in kinds:
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return word in TRUE_WORDS
        raise OptionsError(f"--set {name}={text}: must be true or false")
    if int in kinds:
        try:
            return int(word)
        except ValueError:
            raise OptionsError(f"--set {name}={text}: must be a whole number") from None
    try:
        return float(word)
    except ValueError:
        allowed = " (or none)" if type(None) in kinds else ""
        raise OptionsError(f"--set {name}={text}: must be a number{allowed}") from None


def _assignments(items: list[str]) -> dict[str, Any]:
    known = [f.name for f in dataclasses.fields(Options)]
    values: dict[str, Any] = {}
    for item in items:
        name, equals, text = item.partition("=")
        name = name.strip().replace("-", "_")
        if not equals:
            raise OptionsError(f"--set {item}: expected NAME=VALUE")
        if name not in known:
            raise OptionsError(f"--set {item}: no such option; options: {', '.join(known)}")
        if name in KEYWORD_FIELDS:
            raise OptionsError(f"--set {item}: give keywords with --keywords FILE")
        if name in values:
            raise OptionsError(f"--set {name}: given twice")
        values[name] = parse_value(name, text)
    return values


def read_keywords(path: str) -> dict[str, Any]:
    """``keywords`` and ``remove_keywords`` from a keywords file (see the module's docstring)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        raise OptionsError(f"--keywords {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise OptionsError(f"--keywords {path}: {reason or error}") from None
    keywords: dict[str, list[str]] = {}
    remove: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        label, colon, keyword = line.partition(":")
        label, keyword = label.strip(), keyword.strip()
        if not colon or not keyword:
            raise OptionsError(f"--keywords {path}:{number}: expected 'label: keyword'")
        if label == REMOVE:
            remove.append(keyword)
        elif label in KEYWORD_LABELS:
            keywords.setdefault(label, []).append(keyword)
        else:
            raise OptionsError(f"--keywords {path}:{number}: unknown label {label!r}; use one "
                               f"of {', '.join((*KEYWORD_LABELS, REMOVE))}")
    return {"keywords": keywords, "remove_keywords": remove}


def options_from_args(args: argparse.Namespace) -> Options:
    """The :class:`Options` the command line asks for (the defaults when it sets none)."""
    values = _assignments(getattr(args, "option_set", None) or [])
    for name in _switches():
        flag = getattr(args, f"option_{name}", None)
        if flag is not None:
            if name in values and values[name] != flag:
                switch = "--" + name.replace("_", "-")
                raise OptionsError(f"--set {name} and {switch}/--no-{switch[2:]} disagree")
            values[name] = flag
    path = getattr(args, "option_keywords", None)
    if path is not None:
        values.update(read_keywords(path))
    try:
        return DEFAULT_OPTIONS.with_overrides(**values)
    except ValueError as error:  # Options' own checks: negative sizes
        raise OptionsError(str(error)) from None
