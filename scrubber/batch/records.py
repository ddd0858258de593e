"""One input record in, one output record out: the per-document step of a batch run.

The output record is the input record with its text replaced by the cleaned text, plus
``metadata`` (what :func:`scrubber.scrub` found, and the encoding it decoded bytes with) and a
``scrubber`` object: the removed non-blank lines with their label and reason, the line count per
label and any decoding warnings. Every other field passes through unchanged, in its place.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..core import Template, scrub
from ..document import Document
from ..options import Options
from .config import Fields
from .readers import RawDoc

#: Why a document is dropped (``dropped.jsonl``, ``stats.json``): nothing visible came in...
EMPTY_INPUT = "empty_input"
#: ... or every line was removed.
NO_CONTENT = "no_content"


class RecordError(ValueError):
    """A record that cannot be scrubbed; ``kind`` is a stable snake_case name
    (``missing_text``, ``text_not_string``, ``malformed_json``, ...)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def json_line(value: Any) -> bytes:
    """One JSON Lines line, UTF-8. A lone surrogate (from a ``\\ud800`` escape in the input,
    or a file name that is not UTF-8) is written as the same JSON escape, so it never fails."""
    text = json.dumps(value, ensure_ascii=False) + "\n"
    return text.encode("utf-8", "backslashreplace")


def input_record(raw: RawDoc, fields: Fields) -> dict[str, Any]:
    """The input record of a raw document: a parsed JSON line, or the fields of a page or WARC
    record with its bytes as the text. Raises :class:`RecordError` for a bad JSON line."""
    if raw.meta is not None:
        names = {"id": fields.id, "url": fields.url}
        record: dict[str, Any] = {names.get(key, key): value for key, value in raw.meta}
        record[fields.text] = raw.data
        return record
    try:
        text = raw.data.decode("utf-8-sig" if raw.line == 1 else "utf-8")
    except UnicodeDecodeError as error:
        raise RecordError("undecodable", f"line is not UTF-8: {error}") from None
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        raise RecordError("malformed_json", str(error)) from None
    if not isinstance(parsed, dict):
        raise RecordError("not_an_object", f"a JSON {type(parsed).__name__}, not an object")
    return parsed


def record_text(record: Mapping[str, Any], fields: Fields) -> str | bytes:
    """The text of ``record``: ``str``, or ``bytes`` that :func:`scrubber.scrub` decodes."""
    if fields.text not in record:
        raise RecordError("missing_text", f"no {fields.text!r} field")
    text = record[fields.text]
    if not isinstance(text, str | bytes):
        raise RecordError("text_not_string",
                          f"field {fields.text!r} is {type(text).__name__}, not a string")
    return text


def output_record(record: Mapping[str, Any], doc: Document, fields: Fields) -> dict[str, Any]:
    """``record`` with its text replaced by the clean text, plus ``metadata`` and ``scrubber``."""
    out = dict(record)
    out[fields.text] = doc.text
    out["metadata"] = {**doc.metadata.to_dict(), "encoding": doc.encoding}
    out["scrubber"] = {
        "removed": [{"number": v.number, "label": v.label, "reason": v.reason}
                    for v in doc.removed],
        "labels": doc.label_counts,
        "warnings": list(doc.warnings),
    }
    return out


def drop_reason(doc: Document) -> str | None:
    """Why a scrubbed document has nothing to write, or ``None`` when it has content."""
    if doc.text:
        return None
    if all(v.label == "blank" for v in doc.lines):
        return EMPTY_INPUT
    return NO_CONTENT


def scrub_record(record: Mapping[str, Any], options: Options, fields: Fields,
                 template: Template | None = None,
                 ) -> tuple[dict[str, Any], Document]:
    """Scrub one record (with its site's ``template``, if any): the output record and the
    document it was built from."""
    doc = scrub(record_text(record, fields), options, template=template)
    return output_record(record, doc, fields), doc
