"""One input record in, one output record out: the per-document step of a batch run.

The output record is the input record with its text replaced by the cleaned text, plus
``metadata`` (what :func:`scrubber.scrub` found, the encoding it decoded bytes with and the
page's language, ``Document.lang``) and a
``scrubber`` object: the removed non-blank lines with their label and reason, the line count per
label and any decoding warnings. Every other field passes through unchanged, in its place.

Field names may be dotted paths into nested objects (``meta.url``, see :mod:`scrubber.fields`).
A text that is HTML (marked so by its reader, or recognised by its markup) is turned into text
lines first (:mod:`scrubber.html`); ``scrubber.input`` says which it was: ``"text"`` or
``"html"``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ..core import Template, scrub
from ..document import Document
from ..extras import MissingExtra
from ..fields import get_field, has_field, set_field
from ..html import HtmlText, html_to_text, looks_like_html
from ..options import Options
from .config import Fields
from .jsonio import dumps_line, jsonable, loads
from .readers import RawDoc
from .streams import dechunk, decode_content

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


#: A ``scrub_failed`` message holds this many characters of the error's repr at most: a
#: UnicodeError's repr holds the whole text it failed on, and errors.jsonl is read by people.
FAILURE_MESSAGE_CHARS = 500


def failure_message(error: Exception) -> str:
    """The ``scrub_failed`` message of an unexpected ``error``: its repr, cut to
    FAILURE_MESSAGE_CHARS characters (with how many more there were)."""
    text = repr(error)
    if len(text) <= FAILURE_MESSAGE_CHARS:
        return text
    return f"{text[:FAILURE_MESSAGE_CHARS]}… ({len(text) - FAILURE_MESSAGE_CHARS} more characters)"


def json_line(value: Any) -> bytes:
    """One JSON Lines line, UTF-8, as ``json.dumps`` writes it by default (``", "`` and
    ``": "``): the entries of ``errors.jsonl``, ``dropped.jsonl``, the manifest. A lone
    surrogate (from a ``\\ud800`` escape in the input, or a file name that is not UTF-8) is
    written as the same JSON escape, so it never fails."""
    text = json.dumps(value, ensure_ascii=False, default=jsonable) + "\n"
    return text.encode("utf-8", "backslashreplace")


def record_line(out: dict[str, Any]) -> bytes:
    """An output record as one line of a shard or of stdout: compact JSON, written by orjson
    when it is installed, byte for byte as without it (:func:`.jsonio.dumps_line`)."""
    return dumps_line(out, trusted="scrubber")


def input_record(raw: RawDoc, fields: Fields) -> dict[str, Any]:
    """The input record of a raw document: a parsed JSON line, or the fields of a page or WARC
    record with its bytes as the text. Raises :class:`RecordError` for a bad JSON line."""
    if raw.record is not None:
        return dict(raw.record)
    if raw.meta is not None:
        names = {"id": fields.id, "url": fields.url}
        record: dict[str, Any] = {}
        for key, value in raw.meta:
            record = set_field(record, names.get(key, key), value)
        return set_field(record, fields.text, _content(raw))
    try:
        parsed = loads(raw.data, "utf-8-sig" if raw.line == 1 else "utf-8")
    except UnicodeDecodeError as error:
        raise RecordError("undecodable", f"line is not UTF-8: {error}") from None
    except ValueError as error:  # json.JSONDecodeError; an int of more digits than Python reads
        raise RecordError("malformed_json", str(error)) from None
    if not isinstance(parsed, dict):
        raise RecordError("not_an_object", f"a JSON {type(parsed).__name__}, not an object")
    return parsed


def _content(raw: RawDoc) -> bytes:
    """A page's or WARC record's bytes; a WARC response's HTTP body without its chunk sizes
    and decoded by its Content-Encoding (a compressed body was scrubbed as it was: garbage as
    text)."""
    data = raw.data
    if "chunked" in raw.transfer_encoding.lower():
        data = dechunk(data)
    if not raw.content_encoding:
        return data
    try:
        return decode_content(data, raw.content_encoding)
    except ValueError as error:
        raise RecordError("undecodable", str(error)) from None


def record_text(record: Mapping[str, Any], fields: Fields) -> str | bytes:
    """The text of ``record``: ``str``, or ``bytes`` that :func:`scrubber.scrub` decodes."""
    if not has_field(record, fields.text):
        raise RecordError("missing_text", f"no {fields.text!r} field")
    text = get_field(record, fields.text)
    if not isinstance(text, str | bytes):
        raise RecordError("text_not_string",
                          f"field {fields.text!r} is {type(text).__name__}, not a string")
    return text


def output_record(record: Mapping[str, Any], doc: Document, fields: Fields,
                  html: HtmlText | None = None) -> dict[str, Any]:
    """``record`` with its text replaced by the clean text, plus ``metadata`` and ``scrubber``
    (``html``: the page was HTML, turned into these lines; its bytes' encoding and warnings)."""
    out = set_field(record, fields.text, doc.text)
    encoding, warnings = (doc.encoding, doc.warnings) if html is None else \
        (html.encoding, html.warnings)
    metadata = doc.metadata.to_dict()
    metadata["encoding"] = encoding
    metadata["lang"] = doc.lang
    out["metadata"] = metadata
    out["scrubber"] = {
        "removed": [{"number": v.number, "label": v.label, "reason": v.reason}
                    for v in doc.lines if not v.keep and v.label != "blank"],
        "labels": doc.label_counts,
        "warnings": list(warnings),
        "input": "text" if html is None else "html",
    }
    return out


def drop_reason(doc: Document, text: str | None = None) -> str | None:
    """Why a scrubbed document has nothing to write, or ``None`` when it has content
    (``text``: ``doc.text``, when the caller has it already)."""
    if doc.text if text is None else text:
        return None
    if all(v.label == "blank" for v in doc.lines):
        return EMPTY_INPUT
    return NO_CONTENT


def page_text(record: Mapping[str, Any], fields: Fields, html: bool = False,
              ) -> tuple[str | bytes, HtmlText | None]:
    """The text to scrub: the record's text, or the lines of its HTML (``html``: it is HTML
    whatever it looks like) with how the markup was read."""
    text = record_text(record, fields)
    if not (html or looks_like_html(text)):
        return text, None
    try:
        page = html_to_text(text)
    except MissingExtra as error:
        raise RecordError("html_needs_extra", str(error)) from None
    return page.text, page


def page_url(value: Any) -> str | None:
    """A URL field's value as ``scrub`` takes it: a string ``urlsplit`` reads, else None. A
    malformed address ("http://[::1", a bad IPv6 bracket) makes urlsplit raise ValueError in
    scrub's URL hints, which failed the whole document; it is scrubbed without them."""
    if not isinstance(value, str):
        return None
    try:
        urlsplit(value)
    except ValueError:
        return None
    return value


def scrub_record(record: Mapping[str, Any], options: Options, fields: Fields,
                 template: Template | None = None, html: bool = False,
                 ) -> tuple[dict[str, Any], Document]:
    """Scrub one record (with its site's ``template``, if any, and its URL field's address):
    the output record and the document it was built from. ``html``: the text is HTML (else it
    is recognised)."""
    text, page = page_text(record, fields, html)
    doc = scrub(text, options, template=template, url=page_url(get_field(record, fields.url)))
    return output_record(record, doc, fields, page), doc
