"""Regenerate ``scrubber/data/hant_chars.tsv``: the traditional forms of the Han characters that
scrubber's keyword tables and patterns write in simplified Chinese.

A page in traditional Chinese (zh-Hant) is matched against the simplified tables with its
case-folded lines folded character for character into simplified (``scrubber.lang.hant_fold``);
the table says which traditional character stands for which simplified one. Only characters
whose simplified form occurs in scrubber's own sources are listed: no other character can
change whether a keyword matches. Needs OpenCC's converter (``pip install
opencc-python-reimplemented``) as a dictionary; run it after adding keywords:

    python bench/hant_chars.py
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "scrubber" / "data" / "hant_chars.tsv"
HAN = re.compile(r"[\u4e00-\u9fff]")


def main() -> None:
    import opencc

    to_simplified = opencc.OpenCC("t2s")
    sources = [*ROOT.joinpath("scrubber").rglob("*.py"), *ROOT.joinpath("scrubber", "data")
               .glob("*.tsv")]
    used = {to_simplified.convert(c) for path in sources if path != OUT
            for c in HAN.findall(path.read_text(encoding="utf-8"))}
    rows = []
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        simple = to_simplified.convert(char)
        if simple != char and len(simple) == 1 and simple in used:
            rows.append(f"{char}\t{simple}")
    OUT.write_text("# A traditional Han character, tab, the simplified character it folds to "
                   "(bench/hant_chars.py).\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
