"""JSON in and out of a batch run: orjson when it is installed (the ``fast`` extra), else the
standard library, with the same values read and the same bytes written either way.

The written form is the standard library's ``json.dumps(value, ensure_ascii=False,
separators=(",", ":"))``, UTF-8, one line. orjson writes exactly those bytes for strings, ints
of 64 bits, floats from 1e-4 to under 1e16 (and 0), booleans, None, lists and dicts with string
keys: a value holding anything else (a float below 1e-4 or from 1e16, NaN, a huge int, a
date, a lone surrogate...) is written by the standard library. Reading, orjson gives the
standard library's values for every line it accepts except numbers: a line with a float
(which may be an int too large for 64 bits, read as a float by orjson) is read again by the
standard library, as is a line orjson refuses (a BOM, NaN, a lone surrogate escape), so errors
and their messages are the standard library's.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import json
import re
from types import ModuleType
from typing import Any

_orjson: ModuleType | None
try:
    import orjson as _orjson
except ImportError:  # the standard library only
    _orjson = None

#: Whether orjson is used (tests turn it off to compare the two paths).
FAST = _orjson is not None
_SEPARATORS = (",", ":")
_INT_MIN, _INT_END = -(1 << 63), 1 << 64
_FLOAT_MIN = 1e-4  # orjson writes smaller floats in positional form (0.00001), json as 1e-05
_FLOAT_END = 1e16  # ... and larger ones with no sign in the exponent (1e16), json as 1e+16


def jsonable(value: Any) -> Any:
    """Values a Parquet row may hold that JSON has no type for: dates and times in ISO 8601,
    decimals as strings, bytes as UTF-8 text when they are, else base64."""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


#: Values nested deeper than this are read and written by the standard library alone (orjson
#: reads 1,024 levels and writes 255; the walks below must not reach Python's recursion limit).
MAX_DEPTH = 200


def _has_float(container: Any, depth: int = 0) -> bool:
    """Whether a parsed JSON object or array holds a float at any depth, or is nested deeper
    than MAX_DEPTH (either way, the standard library reads it again)."""
    if depth > MAX_DEPTH:
        return True
    for item in container.values() if type(container) is dict else container:
        kind = type(item)
        if kind is float or ((kind is dict or kind is list) and _has_float(item, depth + 1)):
            return True
    return False


#: JSON texts nested deeper than this are refused. The standard library reads nesting by
#: recursion, so without a bound of its own how deep a line may nest would depend on how deep
#: the caller's stack is (a worker process's is shallower than a ``--jobs 1`` run's): the
#: same line read or failed depending on ``--jobs``. Well under the recursion limit (1,000).
MAX_NESTING = 500
#: A JSON string (skipped when nesting is measured), and the bytes that are not brackets.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nesting(data: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest (brackets in strings ignored)."""
    depth = deepest = 0
    for byte in _STRING.sub(b"", data).translate(None, _NOT_BRACKETS):
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _check_nesting(data: bytes) -> None:
    """Refuse a JSON text nested deeper than MAX_NESTING; only a text with that many opening
    brackets is measured (two counts in C for every other line)."""
    if data.count(b"[") + data.count(b"{") > MAX_NESTING and nesting(data) > MAX_NESTING:
        raise json.JSONDecodeError(f"nested deeper than {MAX_NESTING} levels",
                                   data.decode("utf-8", "replace"), 0)


def loads(data: bytes, encoding: str = "utf-8") -> Any:
    """The value of one JSON text in ``data``, as ``json.loads(data.decode(encoding))`` gives
    it, with its errors (``UnicodeDecodeError``, ``json.JSONDecodeError``); a text nested
    deeper than MAX_NESTING is a ``json.JSONDecodeError`` whatever the caller's stack."""
    _check_nesting(data)
    if _orjson is not None and FAST:
        try:
            value = _orjson.loads(data)
        except _orjson.JSONDecodeError:
            pass
        else:
            kind = type(value)
            if not (kind is float or ((kind is dict or kind is list) and _has_float(value))):
                return value
    return json.loads(data.decode(encoding))


def _plain(value: Any, depth: int = 0) -> bool:
    """Whether orjson writes ``value`` as the standard library does (see the module)."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int:
        return bool(_INT_MIN <= value < _INT_END)
    if kind is float:
        return bool(value == 0.0 or _FLOAT_MIN <= abs(value) < _FLOAT_END)
    if depth >= MAX_DEPTH:
        return False
    if kind is dict:
        return all(type(key) is str and _plain(item, depth + 1) for key, item in value.items())
    if kind is list or kind is tuple:
        return all(_plain(item, depth + 1) for item in value)
    return False


def dumps_line(value: Any, trusted: str | None = None) -> bytes:
    """One JSON Lines line of ``value``, UTF-8. A lone surrogate (from a ``\\ud800`` escape in
    the input, or a file name that is not UTF-8) is written as the same JSON escape, so it
    never fails. ``trusted``: a key of ``value`` (a dict) whose value is known to hold only
    strings, ints, lists and dicts (what scrubber adds to a record): not checked."""
    if _orjson is not None and FAST:
        if trusted is None:
            plain = _plain(value)
        else:
            plain = all(type(key) is str and (key == trusted or _plain(item))
                        for key, item in value.items())
        if plain:
            try:
                line: bytes = _orjson.dumps(value, option=_orjson.OPT_APPEND_NEWLINE)
                return line
            except TypeError:  # orjson.JSONEncodeError: a lone surrogate, a deep nesting
                pass
    text = json.dumps(value, ensure_ascii=False, separators=_SEPARATORS, default=jsonable)
    return (text + "\n").encode("utf-8", "backslashreplace")
