"""The report's colours (one per label, as data) and its inline CSS and script.

The CSS and the script are package files (``assets/``) inlined into every page, so a report
is one file that needs no network.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

#: A colour per label: kept labels green, the removed ones by family (ads and spam red,
#: blocks purple, navigation blue, footers orange, site template brown, leftovers grey).
LABEL_COLOURS = {
    "title": "#1b7f3b", "content": "#2e7d32", "meta": "#00838f", "ad": "#c62828",
    "spam": "#ad1457", "related": "#6a1b9a", "links": "#8e24aa", "nav": "#1565c0",
    "share": "#0277bd", "footer": "#e65100", "comment": "#5e35b1", "template": "#795548",
    "noise": "#757575", "blank": "#9e9e9e",
}
OTHER = "#546e7a"


def colour(label: str) -> str:
    return LABEL_COLOURS.get(label, OTHER)


@cache
def asset(name: str) -> str:
    return (files(__package__) / "assets" / name).read_text(encoding="utf-8")


def css() -> str:
    """The stylesheet, with a ``--c`` colour rule per label class."""
    rules = "".join(f".l-{label}{{--c:{value}}}" for label, value in LABEL_COLOURS.items())
    return asset("report.css") + rules


def script() -> str:
    return asset("report.js")
