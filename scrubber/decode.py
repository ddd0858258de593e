"""Bytes to text, never raising: problems become U+FFFD and a warning, not an exception.

The steps, first match wins::

    BOM (UTF-32, UTF-8, UTF-16)   decode the rest with it; a UTF-32 BOM must decode cleanly
                                  (FF FE 00 00 is also a UTF-16 BOM and a NUL); after a UTF-8
                                  BOM, bytes that are not UTF-8 go on to the line step; after
                                  a UTF-16 BOM, UTF-8 text without a zero byte is UTF-8
    UTF-16 without a BOM          zero bytes on one side of the code units only (ASCII
                                  characters have a zero high byte) and a plausible decoding
    strict UTF-8                  7-bit text with ISO-2022 escapes is ISO-2022-JP / -KR
    line by line                  a line that is not UTF-8 but mostly is (a page cut or
                                  spliced mid-character) stays UTF-8; the other non-ASCII lines
                                  are "legacy": their encoding is detected (chardet, on at most
                                  DETECT_BYTES of them), and when UTF-8 and legacy lines share a
                                  page each line is decoded with its own encoding (a warning;
                                  a valid UTF-8 line of one or two characters below U+0800
                                  follows the page's majority)

Detection, on the legacy bytes:

- a confident multi-byte guess (GB18030, Big5, Shift-JIS, EUC-KR ...) is taken;
- chardet drops an encoding the sample is not valid in, so one stray or truncated byte hides a
  CJK page from it: an unconfident guess gives way to a CJK encoding that decodes the sample with
  at most MAX_BROKEN_SHARE errors *and* that chardet names once those bytes are removed;
- an unconfident multi-byte guess is taken next; no guess at all (binary) gives UTF-8 with
  U+FFFD and a warning;
- a single-byte guess competes with cp1252 (what pages labelled Latin-1 really contain): the one
  whose text has fewer implausible characters wins (C1 controls, words mixing Latin letters and
  another alphabet, undecodable bytes); ties go to chardet.

GB2312 and GBK are decoded as GB18030 (their superset, which real "GB2312" pages need), Big5 as
Big5-HKSCS, Shift-JIS as cp932, EUC-KR as cp949, Latin-1 as cp1252. Every step is a constant
number of C-level passes over the bytes (the line step: a few per line): linear in the input.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import chardet
import regex

#: chardet reads at most this many bytes: detection cost stays flat on huge documents.
DETECT_BYTES = 64 * 1024
#: Below this confidence a chardet guess is checked against the alternatives.
MIN_CONFIDENCE = 0.5
#: A CJK encoding rescues an unconfident guess when it decodes the sample with at most this
#: share of its non-ASCII bytes broken (a stray byte, a page cut mid-character), and chardet
#: names it once those bytes are removed.
MAX_BROKEN_SHARE = 0.01
#: A line that is not valid UTF-8 still reads as UTF-8 when its valid non-ASCII characters
#: outnumber its broken sequences this many times; text in a legacy CJK or Latin encoding read
#: as UTF-8 gives 0 to 0.5.
UTF8_LINE_RATIO = 3
#: A valid UTF-8 line with fewer non-ASCII characters than this, all of them two-byte ones
#: (below U+0800: no CJK), is weak evidence: one GBK character in six, one pair in thirty, is
#: valid UTF-8 that way. Such a line follows the page's majority encoding.
STRONG_UTF8_CHARS = 3
#: Legacy lines in a UTF-8 page with fewer non-ASCII bytes than this are too little to detect
#: an encoding from: they are read as broken UTF-8 (a page cut mid-character).
MIN_LEGACY_BYTES = 4
#: UTF-16 without a BOM: at least this many zero high bytes (ASCII characters, newlines) ...
UTF16_MIN_ZEROS = 2
#: ... at least this many times more than zero low bytes (U+xx00 characters), NULs aside ...
UTF16_SIDE_RATIO = 2
#: ... in at least this share of the code units when the bytes are valid UTF-8 as well ...
UTF16_MIN_SHARE_IF_UTF8 = 0.6
#: ... and at most this share of unlikely characters (unassigned, private use, C1 controls).
UTF16_MAX_UNLIKELY = 0.01

#: The warning of a UTF-16 BOM found glued to UTF-8 text.
UTF16_BOM_ON_UTF8 = "a UTF-16 BOM on UTF-8 text: decoded as UTF-8"
#: A body behind a UTF-16 BOM is no UTF-16 when, read as UTF-16, at least this share of its
#: characters are unassigned, private-use or replaced (and it holds a line break byte and no
#: zero byte).
NOT_UTF16_SHARE = 0.05
_NO_TEXT = frozenset(("Cn", "Co", "Cs"))
#: The warning of a UTF-16 BOM found on text of a single-byte encoding.
UTF16_BOM_ON_OTHER = "a UTF-16 BOM on text that is no UTF-16: decoded without it"
#: ... at least this long (16 UTF-16 characters: a short all-CJK text can read as UTF-8).
UTF16_AS_UTF8_BYTES = 32
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
    "big5": "big5hkscs",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "windows-1252": "cp1252",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
}
#: Tried when chardet is unsure: each must decode the sample nearly cleanly and be confirmed.
_CJK = ("gb18030", "big5hkscs", "cp932", "cp949", "euc-jp")
#: 7-bit escape sequences of the ISO-2022 encodings, which are valid ASCII (and so UTF-8).
_ISO2022 = (
    (b"\x1b$B", "iso2022_jp_2"), (b"\x1b$@", "iso2022_jp_2"), (b"\x1b$(D", "iso2022_jp_2"),
    (b"\x1b$)C", "iso2022_kr"),
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_BYTES = bytes(range(0x80))
# C0 controls but tab and line breaks: chardet takes a page with NULs for binary. No multi-byte
# encoding it is asked about (UTF-16 and ISO-2022 are settled before) uses them in a character.
_CONTROL_BYTES = bytes((*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_REPLACEMENT = "\ufffd"
# Characters a right decoding hardly ever gives: C1 controls, and a Latin letter glued to a
# letter of another alphabet ("Cafй": Latin text read in a Cyrillic code page).
_ALPHABETS = r"\p{Cyrillic}\p{Greek}\p{Hebrew}\p{Arabic}\p{Thai}"
_IMPLAUSIBLE = regex.compile(
    rf"[\x80-\x9f]|[A-Za-z](?=[{_ALPHABETS}])|[{_ALPHABETS}](?=[A-Za-z])"
)
# What UTF-16 read with the wrong byte order, or bytes that are no UTF-16, decode to:
# unassigned and private-use code points, C1 controls. (C0 controls are a page's own.)
_UNLIKELY = regex.compile(r"[\p{Cn}\p{Co}\p{Cs}\x80-\x9f]")
# Line kinds for the line-by-line step.
_ASCII, _UTF8, _WEAK_UTF8, _LEGACY = "ascii", "utf8", "weak_utf8", "legacy"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> Decoded:
    """Decode one document's bytes; problems become warnings, never exceptions.

    >>> decode("标题\\n正文".encode("gb18030")).text
    '标题\\n正文'
    >>> decode(b"caf\\xc3\\xa9 \\xe6\\x96").warnings
    ('1 undecodable byte sequence(s) replaced with U+FFFD (utf-8)',)
    """
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            found = _after_bom(data[len(bom):], encoding)
            if found is not None:
                return found
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _by_lines(data)
    if data.isascii() and b"\x1b" in data:
        for escape, encoding in _ISO2022:
            if escape in data:
                return _decode(data, encoding)
    return Decoded(text, "utf-8")


def _replace(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with U+FFFD for what does not decode, and how many were replaced."""
    text = data.decode(encoding, errors="replace")
    return text, text.count(_REPLACEMENT) - data.decode(encoding, errors="ignore").count(
        _REPLACEMENT)


def _broken(count: int, encoding: str) -> str:
    return f"{count} undecodable byte sequence(s) replaced with U+FFFD ({encoding})"


def _decode(data: bytes, encoding: str, warnings: Sequence[str] = ()) -> Decoded:
    """Decode with ``encoding``; undecodable bytes become U+FFFD and one warning."""
    try:
        return Decoded(data.decode(encoding), encoding, tuple(warnings))
    except UnicodeDecodeError:
        pass
    text, bad = _replace(data, encoding)
    return Decoded(text, encoding, (*warnings, _broken(bad, encoding)))


def _after_bom(body: bytes, encoding: str) -> Decoded | None:
    """The text after a BOM, or ``None`` when the BOM was something else."""
    if encoding.startswith("utf-32"):
        # FF FE 00 00 is also a UTF-16 LE BOM and a NUL: UTF-32 only when it decodes cleanly
        # (and is not empty), which the UTF-16 reading of such bytes hardly ever does.
        try:
            return Decoded(body.decode(encoding), encoding) if body else None
        except UnicodeDecodeError:
            return None
    if encoding == "utf-8":
        try:
            return Decoded(body.decode(encoding), encoding)
        except UnicodeDecodeError:
            return _by_lines(body)  # a BOM glued to text that is not all UTF-8
    return _utf8_after_utf16_bom(body) or _single_byte_after_utf16_bom(body, encoding) or \
        _decode(body, encoding)


def _single_byte_after_utf16_bom(body: bytes, encoding: str) -> Decoded | None:
    """Text in a single-byte encoding behind a UTF-16 BOM, or None: its line breaks are
    bytes of their own, where UTF-16's put a zero byte beside each (``0A 00``); a body with
    line breaks and no zero byte is no UTF-16. It is decoded as bytes without a BOM are,
    with a warning (it read as CJK mojibake, warned of one undecodable sequence at most)."""
    if b"\x00" in body or (b"\n" not in body and b"\r" not in body):
        return None
    # (All-CJK UTF-16 holds no zero byte either, and "上" is 0A 4E. What tells them apart:
    # a single-byte text's line breaks fall on both sides of the code units, and the text
    # its bytes make as UTF-16 holds unassigned and private-use characters.)
    breaks = [i % 2 for i, b in enumerate(body) if b in b"\n\r"]
    if not (0 in breaks and 1 in breaks):  # a code unit's byte keeps to one side
        as_utf16 = body[: len(body) // 2 * 2].decode(encoding, "replace")
        odd = sum(1 for ch in as_utf16 if unicodedata.category(ch) in _NO_TEXT)
        if odd < NOT_UTF16_SHARE * len(as_utf16):
            return None
    found = _by_lines(body)
    return Decoded(found.text, found.encoding, (UTF16_BOM_ON_OTHER, *found.warnings))


def _utf8_after_utf16_bom(body: bytes) -> Decoded | None:
    """UTF-8 text behind a UTF-16 BOM (files joined, a tool that mislabels), or None. Every
    pair of bytes is a UTF-16 code unit, so such a page decoded as CJK mojibake. Text in
    UTF-16 with any ASCII character (a space, a digit, a line break) holds a zero byte, and
    without one its bytes are hardly ever valid UTF-8 once there are a few dozen of them
    (about 0.3 per character for an all-CJK text): so this takes only bodies of at least
    UTF16_AS_UTF8_BYTES bytes, with no zero byte, that read as UTF-8."""
    if len(body) < UTF16_AS_UTF8_BYTES or b"\x00" in body:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return Decoded(text, "utf-8", (UTF16_BOM_ON_UTF8,))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: ASCII characters (newlines at least) put a zero in the high byte of
    their code unit, so zeros gather on one side; checked by decoding, both byte orders."""
    if len(data) < 4 or 0 not in data:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    order = (("utf-16-le", odd, even), ("utf-16-be", even, odd))
    for encoding, high, low in sorted(order, key=lambda o: -o[1]):
        body = data[:len(data) - len(data) % 2]
        text, bad = _replace(body, encoding)
        nul = text.count("\x00")
        units = max(len(text), 1)
        if (high - nul < UTF16_MIN_ZEROS or high - nul < UTF16_SIDE_RATIO * (low - nul)
                or bad > 1 + units // 1000
                or len(_UNLIKELY.findall(text)) > UTF16_MAX_UNLIKELY * units):
            continue
        if high - nul < UTF16_MIN_SHARE_IF_UTF8 * units and _is_utf8(data):
            return None
        warnings = [_broken(bad, encoding)] if bad else []
        if len(data) % 2:
            text += _REPLACEMENT
            warnings.append(f"odd number of bytes: the last one replaced with U+FFFD ({encoding})")
        return Decoded(text, encoding, tuple(warnings))
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _line_kind(line: bytes) -> str:
    """ASCII; UTF-8 (valid, or mostly: cut or spliced mid-character); weak UTF-8 (valid, but
    with too few non-ASCII characters to tell); or legacy."""
    if line.isascii():
        return _ASCII
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        strong = max(text) >= "\u0800" or _non_ascii(text) >= STRONG_UTF8_CHARS
        return _UTF8 if strong else _WEAK_UTF8
    _, bad = _replace(line, "utf-8")
    valid = _non_ascii(line.decode("utf-8", errors="ignore"))
    return _UTF8 if valid >= UTF8_LINE_RATIO * bad else _LEGACY


def _by_lines(data: bytes) -> Decoded:
    """Bytes that are not all UTF-8: UTF-8 with a few broken sequences, a legacy encoding, or
    both mixed line by line."""
    lines = data.splitlines(keepends=True)
    kinds = [_line_kind(line) for line in lines]
    if _LEGACY not in kinds:
        return _decode(data, "utf-8")
    mixed = _UTF8 in kinds
    # chardet sees the lines it has to tell apart: an English page with two lines of GBK is
    # GBK to it only without the English around them.
    sample = _sample(lines, kinds, (_LEGACY,) if mixed else (_LEGACY, _WEAK_UTF8))
    if mixed and len(sample.translate(None, _ASCII_BYTES)) < MIN_LEGACY_BYTES:
        return _decode(data, "utf-8")  # too little to detect: broken UTF-8
    encoding, warnings = _legacy_encoding(sample)
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        return _decode(data, "utf-8", warnings)
    if not mixed:
        return _decode(data, encoding, warnings)
    return _mixed(lines, kinds, encoding, warnings)


def _sample(lines: Sequence[bytes], kinds: Sequence[str], wanted: tuple[str, ...]) -> bytes:
    """The lines of the ``wanted`` kinds, up to DETECT_BYTES: what chardet sees."""
    sample: list[bytes] = []
    size = 0
    for line, kind in zip(lines, kinds, strict=True):
        if kind in wanted:
            sample.append(line)
            size += len(line)
            if size >= DETECT_BYTES:
                break
    return b"".join(sample)[:DETECT_BYTES]


def _mixed(lines: Sequence[bytes], kinds: Sequence[str], encoding: str,
           warnings: list[str]) -> Decoded:
    """Each line in its own encoding: UTF-8 lines as UTF-8, legacy lines in ``encoding``, weak
    UTF-8 lines in the page's majority encoding when they decode cleanly in it."""
    legacy = sum(len(line) for line, kind in zip(lines, kinds, strict=True) if kind == _LEGACY)
    utf8 = sum(len(line) for line, kind in zip(lines, kinds, strict=True) if kind == _UTF8)
    weak = encoding if legacy > utf8 else "utf-8"
    parts: list[str] = []
    bad = {"utf-8": 0, encoding: 0}
    counts = {"utf-8": 0, encoding: 0}
    for line, kind in zip(lines, kinds, strict=True):
        chosen = {_ASCII: "utf-8", _UTF8: "utf-8", _LEGACY: encoding}.get(kind, weak)
        text, broken = _replace(line, chosen)
        if broken and kind == _WEAK_UTF8:
            chosen = "utf-8"
            text, broken = _replace(line, chosen)
        parts.append(text)
        bad[chosen] += broken
        counts[chosen] += kind != _ASCII
    warnings = [*warnings, f"mixed encodings: {counts['utf-8']} line(s) decoded as UTF-8, "
                           f"{counts[encoding]} as {encoding}"]
    warnings += [_broken(n, name) for name, n in bad.items() if n]
    return Decoded("".join(parts), "utf-8" if utf8 >= legacy else encoding, tuple(warnings))


def _detect(sample: bytes) -> tuple[str | None, float]:
    """chardet's guess as a codec Python has (``None`` when it has none), and its confidence."""
    try:
        guess = chardet.detect(sample.translate(None, _CONTROL_BYTES))
    except Exception:  # a detector bug must not crash the caller: treat it as no guess
        return None, 0.0
    name = str(guess.get("encoding") or "").lower()
    name = _SUPERSETS.get(name, name)
    try:  # a text encoding Python has: "" (chardet 7 says None for an image, at 1.0) is
        codecs.lookup(name)  # no name, though b"".decode("") does not fail
        b"".decode(name)
    except LookupError:
        return None, 0.0
    return name, float(guess.get("confidence") or 0.0)


def _single_byte(encoding: str) -> bool:
    """Every byte is one character (Latin, Cyrillic, Greek ... code pages)."""
    if codecs.lookup(encoding).name.startswith("utf"):
        return False
    return len(_HIGH_BYTES.decode(encoding, errors="replace")) == len(_HIGH_BYTES)


def _legacy_encoding(sample: bytes) -> tuple[str | None, list[str]]:
    """The encoding of bytes that are not UTF-8 (see the module docstring), and warnings."""
    guess, confidence = _detect(sample)
    if guess is not None and confidence >= MIN_CONFIDENCE and not _single_byte(guess):
        return guess, []
    rescued = _cjk_rescue(sample)
    if rescued is not None:
        return rescued, []
    if guess is None:
        return None, ["encoding not detected; decoded as UTF-8"]
    if not _single_byte(guess):
        return guess, []
    return min((guess, "cp1252"), key=lambda c: _implausible(sample, c)), []


def _implausible(sample: bytes, encoding: str) -> int:
    text, bad = _replace(sample, encoding)
    return bad + len(_IMPLAUSIBLE.findall(text))


def _cjk_rescue(sample: bytes) -> str | None:
    """A CJK encoding that decodes the sample but for a few stray bytes, and that chardet names
    once they are removed."""
    high = len(sample.translate(None, _ASCII_BYTES))
    if high < 4:
        return None
    for encoding in _CJK:
        text, bad = _replace(sample, encoding)
        if bad > max(1, MAX_BROKEN_SHARE * high):
            continue
        cleaned = text.replace(_REPLACEMENT, "").encode(encoding, errors="ignore")
        if _detect(cleaned)[0] == encoding:
            return encoding
    return None
