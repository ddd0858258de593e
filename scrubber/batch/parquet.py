"""Parquet in and out, with pyarrow (``pip install 'scrubber-text[parquet]'``).

In: a Parquet file is read one row group at a time (memory stays flat whatever the file's size);
each row is one document, a record like a parsed JSON line (structs become objects), its
origin the 1-based row number.

Out (``--format parquet``): a shard is one Parquet file holding the same records as a JSON
Lines shard. The input's columns come first, with the types pyarrow infers from the values (a
column whose values have no common type, or that Parquet cannot hold as they are, is written
as JSON text: objects that are all empty, ``{}``, that have a key that is a lone surrogate, or
values nested deeper than a Parquet schema is read); ``metadata`` and
``scrubber`` have a fixed schema, the same in every shard: ``metadata`` a struct of strings
(and ``authors``, a list of strings),
``scrubber.removed`` a list of structs, ``scrubber.labels`` a map from label to count.
:func:`read_records` reads a shard back into the records a JSON Lines shard holds.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

from ..fields import get_field
from .readers import Item, RawDoc, ReadError
from .streams import failure

#: The Parquet compression of the shards (zstd: small and fast to read).
COMPRESSION = "zstd"
#: Rows converted to records at a time: a large row group is never held whole.
READ_ROWS = 1024
#: The deepest Parquet schema pyarrow reads, its root counted ("Parquet schema too deeply
#: nested"): a column of 98 nested objects, or of 49 nested lists.
MAX_SCHEMA_DEPTH = 100
#: A lone surrogate (a ``\\ud800`` escape in a JSON line): no UTF-8 holds it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _schemas(origin: bool = True) -> dict[str, Any]:
    """The fixed types of the columns scrubber adds (``origin``: records of a run, with where
    each document came from; else records of the Python and Ray APIs, with ``error``)."""
    import pyarrow as pa

    text = pa.string()
    return {
        "metadata": pa.struct([(name, text) for name in
                               ("title", "date", "author", "source", "category", "encoding",
                                "lang")]
                              + [("authors", pa.list_(text))]),
        "scrubber": pa.struct([
            ("removed", pa.list_(pa.struct([("number", pa.int64()), ("label", text),
                                            ("reason", text)]))),
            ("labels", pa.map_(text, pa.int64())),
            ("warnings", pa.list_(text)),
            ("input", text),
            ("origin", pa.struct([("file", text), ("line", pa.int64()),
                                  ("offset", pa.int64())])) if origin else
            ("error", pa.struct([("kind", text), ("message", text)])),
        ]),
    }


def _text_bytes(value: Any) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace")
    return value if isinstance(value, bytes) else b""


def _failure(error: Exception) -> str:
    """A Parquet read failure's name: pyarrow raises OSError without an errno for corrupt
    data ("Couldn't deserialize thrift"), ArrowInvalid for a file that is no Parquet."""
    if isinstance(error, OSError | EOFError) and getattr(error, "errno", None) is not None:
        return failure(error)
    return "unreadable_file" if isinstance(error, PermissionError) else "corrupt_file"


def _group_rows(parquet: Any, group: int, first: int, path: str, end: int,
                text_field: str) -> Iterator[Item]:
    """The rows of one row group (``first``: the 1-based number of its first row); one
    ``corrupt_file`` error in place of the rows it cannot read."""
    rows = parquet.metadata.row_group(group).num_rows
    row = first - 1
    try:
        for batch in parquet.iter_batches(READ_ROWS, row_groups=[group]):
            for record in batch.to_pylist():
                row += 1
                data = _text_bytes(get_field(record, text_field))
                yield RawDoc(path, row, None, end, data, None, record)
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError, ...
        last = first + rows - 1
        yield ReadError(path, row + 1, None, _failure(error),
                        f"row group {group + 1} (rows {row + 1}-{last}) cannot be read: "
                        f"{type(error).__name__}: {error}")


def read_parquet(path: str, text_field: str = "text") -> Iterator[Item]:
    """Each row of a Parquet file, as a parsed record; read row group by row group, at most
    ``READ_ROWS`` rows at a time. The RawDoc's ``data`` is the row's text as bytes (what the
    run counts as bytes read). A row group that cannot be read is one error where it stands;
    the row groups after it are read."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        size = os.path.getsize(path)
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError, ...
        yield ReadError(path, 1, None, _failure(error), f"{type(error).__name__}: {error}")
        return
    groups = parquet.metadata.num_row_groups
    first = 1
    for group in range(groups):
        end = min(size, size * (group + 1) // groups)
        yield from _group_rows(parquet, group, first, path, end, text_field)
        first += parquet.metadata.row_group(group).num_rows


def _utf8(value: Any) -> Any:
    """``value`` with every string made valid UTF-8: a lone surrogate (a ``\\ud800`` escape in
    a JSON line, a file name that is not UTF-8) becomes its escape text, the bytes a JSON Lines
    shard holds for it. Parquet strings are UTF-8: pyarrow refuses the surrogate."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {_utf8(key): _utf8(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_utf8(item) for item in value]
    return value


def _column(values: list[Any], fixed: Any | None, typed: bool = True) -> Any:
    """One column of a shard (``typed`` False: an input column is JSON text whatever its
    values). A column whose objects Parquet would not give back as they are is JSON text (see
    :func:`_json_only`); other strings are checked for lone surrogates only when pyarrow
    refuses them (the column is then converted again)."""
    if fixed is None and (not typed or _json_only(values)):
        return _json_column(values)
    try:
        return _typed_column(values, fixed)
    except UnicodeEncodeError:
        return _typed_column(_utf8(values), fixed)


def _json_only(values: list[Any]) -> bool:
    """Whether ``values`` are JSON text whatever their type: an object has a key that is not
    valid UTF-8 (a lone surrogate: its escape text could be another key of the object), two
    objects at the same place have different keys (a struct has the union of them, and every
    object would come back with the keys it lacks as nulls), or they nest deeper than a
    Parquet schema is read (and than :func:`_utf8` recurses). A loop, not a recursion: a JSON
    line may nest 500 levels deep. A place is the path of keys from the column, a list's items
    sharing theirs."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(value, ()) for value in values]
    keys: dict[tuple[Any, ...], set[Any]] = {}
    while stack:
        value, place = stack.pop()
        if isinstance(value, dict):
            if len(place) + 1 >= MAX_SCHEMA_DEPTH or not all(map(_is_utf8, value)):
                return True
            if keys.setdefault(place, set(value)) != value.keys():
                return True
            stack.extend((item, (*place, key)) for key, item in value.items())
        elif isinstance(value, list | tuple):
            if len(place) + 1 >= MAX_SCHEMA_DEPTH:
                return True
            stack.extend((item, (*place, None)) for item in value)
    return False


def _is_utf8(key: Any) -> bool:
    return not isinstance(key, str) or not _SURROGATE.search(key)


def _typed_column(values: list[Any], fixed: Any | None) -> Any:
    import pyarrow as pa

    if fixed is not None:
        return pa.array(values, type=fixed)
    try:
        column = pa.array(values)
    except UnicodeEncodeError:
        raise
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return _json_column(values)
    return column if _writable(column.type) else _json_column(values)


def _writable(kind: Any) -> bool:
    """Whether Parquet holds a column of type ``kind`` and gives it back: pyarrow refuses to
    write a struct without fields (an input field whose objects are all ``{}``), wherever it
    is nested, and to read a schema deeper than ``MAX_SCHEMA_DEPTH`` (a JSON value 50 lists
    deep was written, and its whole shard could not be read). The levels of the schema: one
    for a value or a struct, two for a list (its group and its repeated group). A loop, not a
    recursion: a JSON line may nest 500 levels deep."""
    import pyarrow as pa

    stack = [(kind, 1)]
    while stack:
        kind, levels = stack.pop()
        if levels >= MAX_SCHEMA_DEPTH:
            return False
        if pa.types.is_struct(kind):
            if kind.num_fields == 0:
                return False
            stack.extend((f.type, levels + 1) for f in kind)
        elif pa.types.is_list(kind) or pa.types.is_large_list(kind):
            stack.append((kind.value_type, levels + 2))
    return True


def _json_column(values: list[Any]) -> Any:
    """A column of ``values`` as JSON text (None stays null), for values Parquet cannot hold
    as they are."""
    import pyarrow as pa

    from .records import json_line

    return pa.array([None if v is None else json_line(v).decode("utf-8").rstrip("\n")
                     for v in values], type=pa.string())


def records_table(records: list[dict[str, Any]], origin: bool = True,
                  typed: bool = True) -> Any:
    """The Arrow table of output records: columns in first-seen order, the fixed schema for
    ``metadata`` and ``scrubber`` (see :func:`_schemas` for ``origin``); ``typed`` False: the
    input's columns as JSON text."""
    import pyarrow as pa

    names: dict[str, None] = {}
    for record in records:
        names.update(dict.fromkeys(record))
    fixed = _schemas(origin)
    columns = [_column([r.get(name) for r in records], fixed.get(name), typed)
               for name in names]
    return pa.Table.from_arrays(columns, names=_column_names(names))


def _column_names(names: dict[str, None]) -> list[str]:
    """The shard's column names: a name that is not valid UTF-8 (a lone surrogate) is its
    escape text, and that text escaped again while it is the name of another column (a shard
    with two columns of one name cannot be read back)."""
    out = []
    taken = {name for name in names if _is_utf8(name)}
    for name in names:
        if not _is_utf8(name):
            name = _utf8(name)
            while name in taken:
                name = _utf8(name.replace("\\", "\\\\"))
            taken.add(name)
        out.append(name)
    return out


def write_shard(path: str, records: list[dict[str, Any]]) -> None:
    """Write ``records`` as one Parquet file (the caller renames it into place). Should pyarrow
    refuse the typed columns, the input's columns are written as JSON text: a shard is never
    lost to a type pyarrow cannot write."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pq.write_table(records_table(records), path, compression=COMPRESSION)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        pq.write_table(records_table(records, typed=False), path, compression=COMPRESSION)


def read_records(path: str) -> list[dict[str, Any]]:
    """The records of a Parquet shard as a JSON Lines shard holds them (maps as objects,
    columns a JSON Lines record lacks left out)."""
    import pyarrow.parquet as pq

    out = []
    for record in pq.read_table(path).to_pylist():
        tool = record.get("scrubber")
        if isinstance(tool, dict):
            tool["labels"] = dict(tool.get("labels") or ())
        out.append(record)
    return out


def json_records(path: str) -> list[dict[str, Any]]:
    """Records of a shard of either format (``.parquet`` or ``.jsonl.gz``)."""
    if path.endswith(".parquet"):
        return read_records(path)
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
