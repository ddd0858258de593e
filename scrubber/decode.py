"""Bytes to text: BOMs first, then strict UTF-8, then chardet; never raises.

A GB2312 or GBK detection is decoded as GB18030 (its superset, which real "GB2312" pages need),
Big5 as Big5-HKSCS. Undecodable bytes become U+FFFD and the document carries a warning.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import chardet

#: chardet reads at most this many bytes: detection cost stays flat on huge documents.
DETECT_BYTES = 64 * 1024
#: Bytes that are valid UTF-8 but for at most this share of broken sequences decode as UTF-8
#: (with a warning), without asking chardet.
MAX_BROKEN_UTF8_SHARE = 0.01
#: Below this confidence a chardet guess is only tried strictly, never forced.
MIN_CONFIDENCE = 0.5

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# chardet's names mapped to the codec that decodes what pages labelled so really contain.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "windows-1252": "cp1252",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _decode(data: bytes, encoding: str, warnings: list[str]) -> Decoded:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if bad:
        warnings.append(f"{bad} undecodable byte sequence(s) replaced with U+FFFD ({encoding})")
    return Decoded(text, encoding, tuple(warnings))


def decode(data: bytes) -> Decoded:
    """Decode one document's bytes; problems become warnings, never exceptions."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], encoding, [])
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly valid UTF-8 with a few broken sequences (a truncated or spliced page) stays UTF-8.
    as_utf8 = data.decode("utf-8", errors="replace")
    broken = as_utf8.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if broken <= MAX_BROKEN_UTF8_SHARE * len(data) and len(as_utf8) < len(data):
        return _decode(data, "utf-8", [])
    warnings: list[str] = []
    guess = chardet.detect(data[:DETECT_BYTES])
    name = (guess.get("encoding") or "").lower()
    encoding = _SUPERSETS.get(name, name)
    confidence = guess.get("confidence") or 0.0
    candidates = [encoding] if encoding else []
    candidates += [e for e in ("gb18030", "big5hkscs") if e not in candidates]
    for candidate in candidates:
        try:
            codecs.lookup(candidate)
            return Decoded(data.decode(candidate), candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    if encoding and confidence >= MIN_CONFIDENCE:
        try:
            return _decode(data, encoding, warnings)
        except LookupError:
            pass
    warnings.append(f"encoding not detected (chardet: {name or 'none'}); decoded as UTF-8")
    return _decode(data, "utf-8", warnings)
