"""Build ``sample.jsonl``, the labelled sample ``scrubber eval`` runs on from a fresh clone.

The pages in ``pages/`` were written for this project (synthetic, not taken from any site or
dataset) and labelled by hand. Each file is a header of ``key: value`` lines (the record's
fields: id, source, lang, url, site, style, genre, gold_date, gold_author), a ``---`` line,
then the page, one line each, behind its label:

- ``+ text``: content (gold 1);
- ``T text``: the headline: content (gold 1), listed in ``title_lines`` and given as
  ``gold_title``; the gold text leaves it out (``gold_includes_title`` false), as in the main
  Chinese eval set;
- ``- text``: boilerplate (gold 0);
- an empty line: an empty line of the page (label null; ``dump`` style pages have them).

``gold`` is the content lines without the headline, joined by newlines. The format of the
records is that of the project's eval files (``docs/eval.md``).

    python tests/data/eval/build_sample.py          # rewrite sample.jsonl
    python tests/data/eval/build_sample.py --check  # exit 1 when sample.jsonl is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
SAMPLE = HERE / "sample.jsonl"
LABELS = {"+": 1, "T": 1, "-": 0}


def page_record(path: Path) -> dict[str, Any]:
    """The eval record of one labelled page file."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    texts: list[str] = []
    labels: list[int | None] = []
    titles: list[int] = []
    for number, line in enumerate(body.rstrip("\n").split("\n"), 1):
        if not line:
            texts.append("")
            labels.append(None)
            continue
        mark, text = line[:2], line[2:]
        if mark[0] not in LABELS or mark[1:] != " " or not text.strip():
            raise ValueError(f"{path.name}: page line {number}: expected '+ ', 'T ' or '- '")
        if mark[0] == "T":
            titles.append(len(texts))
        texts.append(text)
        labels.append(LABELS[mark[0]])
    gold = "\n".join(t for i, (t, label) in enumerate(zip(texts, labels, strict=True))
                     if label == 1 and i not in titles)
    return {**fields, "text": "\n".join(texts), "labels": labels, "gold": gold,
            "gold_title": texts[titles[0]] if titles else None,
            "gold_date": fields.get("gold_date"), "gold_author": fields.get("gold_author"),
            "gold_includes_title": False, "title_lines": titles}


def sample_bytes() -> bytes:
    records = [page_record(path) for path in sorted(PAGES.glob("*.txt"))]
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def main(argv: list[str]) -> int:
    data = sample_bytes()
    if "--check" in argv:
        current = SAMPLE.read_bytes() if SAMPLE.exists() else b""
        if current != data:
            print(f"{SAMPLE} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    SAMPLE.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
