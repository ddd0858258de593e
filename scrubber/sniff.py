"""What a file given to ``clean`` or ``explain`` holds, when it is not a page's text.

``clean`` and ``explain`` read one page per file. A compressed file, a JSON Lines dump, a WARC
file, Parquet or other binary data would be scrubbed as if it were text and come out as
plausible-looking garbage; they are told apart here by their first bytes, so that the command
refuses them and points to ``scrubber run``, which reads them.

>>> container(b"\\x1f\\x8b\\x08\\x00rest"), container(b'{"id": 1, "text": "a"}\\n{"id": 2}\\n')
('gzip-compressed data', 'JSON Lines')
>>> container("标题\\n正文".encode()) is None
True
"""

from __future__ import annotations

import json

from .decode import decode

#: Leading bytes of the containers ``scrubber run`` reads, and of other binary formats.
MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"PAR1", "Parquet"),
    (b"WARC/", "a WARC file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
#: How much of the start is looked at.
HEAD = 8192
#: Control bytes of binary data (C0 but tab, LF, VT, FF, CR and ESC, which text holds: ESC
#: in ISO-2022), and the share of the start they must reach, with a NUL among them, for data
#: to be binary: a page with a stray NUL is a page (NUL is kept in its line); random or
#: compressed bytes hold about 10% of them.
CONTROLS = bytes(set(range(32)) - set(b"\t\n\x0b\x0c\r\x1b"))
BINARY_SHARE = 0.01


def _json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _controls(head: bytes) -> int:
    return len(head) - len(head.translate(None, CONTROLS))


def container(data: bytes) -> str | None:
    """What ``data`` is when it is not one page's text (``None``: it is text)."""
    head = data[:HEAD]
    for magic, what in MAGIC:
        if head.startswith(magic) and not (magic == b"BZh" and not head[3:4].isdigit()):
            return what
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if first.startswith(b"{") and _json_object(data.lstrip(b"\xef\xbb\xbf \t\r\n")
                                               .split(b"\n", 1)[0]):
        return "JSON Lines"
    if b"\x00" in head and _controls(head) >= BINARY_SHARE * len(head) \
            and not decode(head).encoding.startswith(("utf-16", "utf-32")):
        return "binary data"
    return None
