"""Record fields named by a path: ``text``, or ``meta.url`` for a field inside an object.

A name is first looked up as it is (a field literally named ``meta.url`` wins), then as a
dotted path through nested objects (JSON objects, Parquet structs). Setting a field copies the
objects on the path, so the input record is never changed.

>>> record = {"id": 7, "meta": {"url": "http://a.example/", "lang": "de"}}
>>> get_field(record, "meta.url"), get_field(record, "meta.date"), has_field(record, "meta")
('http://a.example/', None, True)
>>> set_field(record, "meta.url", "x")["meta"], record["meta"]["url"]
({'url': 'x', 'lang': 'de'}, 'http://a.example/')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_MISSING = object()


def _lookup(record: Mapping[str, Any], path: str) -> Any:
    if path in record:
        return record[path]
    if "." not in path:
        return _MISSING
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


def has_field(record: Mapping[str, Any], path: str) -> bool:
    """Whether ``record`` has the field ``path``."""
    return _lookup(record, path) is not _MISSING


def get_field(record: Mapping[str, Any], path: str, default: Any = None) -> Any:
    """The value of the field ``path``, or ``default`` when the record has none."""
    value = _lookup(record, path)
    return default if value is _MISSING else value


def set_field(record: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with the field ``path`` set to ``value``. A dotted path that does
    not lead through objects of the record (and is not a field's own name) is made of new
    nested objects."""
    out = dict(record)
    if path in record or "." not in path:
        out[path] = value
        return out
    head, rest = path.split(".", 1)
    inner = record.get(head)
    out[head] = set_field(inner if isinstance(inner, Mapping) else {}, rest, value)
    return out
