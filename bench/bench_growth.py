"""Growth benchmark (issue 6, "never hang"): scrub time at two sizes, 4x apart, per family of
hostile input. Linear code grows ~4x; a family growing more than 8x has a super-linear
(catastrophic) regex or loop somewhere.

Families: one 10 MB line of article text; a million one-character lines; lines of 100k repeated
punctuation, digits, separators, white space, brackets and URL fragments; one line of repeated
boilerplate markers; one line of Han characters without punctuation; one line of dates; lines
of digits behind a date; and lines of digits and white space just under the length above which
the keyword rules skip a line (``scrubber.rules.MAX_RULE_CHARS``), their worst case.

Two tables:

- documents of 2.5 MB and 10 MB (``--quick``: 250 kB and 1 MB): the families above; line
  families keep their line length, so the document grows in lines;
- single lines of 25k and 100k characters (``--quick``: 5k and 20k) of every unit of the line
  families: where a super-linear pattern shows directly.

Every measurement runs in a fresh (spawned) child process, killed after ``--timeout`` seconds
("> N s"). With ``--profile`` every flagged line unit is run through
``bench_growth_patterns.py``, which times each regex of scrubber on it and names the guilty
ones. Exit status 1 when a family is flagged.

    python bench/bench_growth.py --quick
    python bench/bench_growth.py --profile
    python bench/bench_growth.py --family digits --family separators
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from scrubber import rules, scrub

MB = 1_000_000
SIZES, QUICK_SIZES = (2_500_000, 10_000_000), (250_000, 1_000_000)
LINE_CHARS, QUICK_LINE_CHARS = 100_000, 20_000
#: Growth allowed for 4x the input, and the time at the smaller size that is absurd anyway.
MAX_GROWTH = 8.0
ABSURD_SECONDS = 60.0
#: Below this, a growth factor is timer noise (a few milliseconds either way).
NOISE_SECONDS = 0.05

ARTICLE = ("今年本市春季植树活动于三月中旬正式启动，各区共组织志愿者两万余人参加义务植树。"
           "园林部门表示，新栽树木以本地乡土树种为主，兼顾景观效果和生态功能。"
           "The council voted on Tuesday to approve a network of protected cycle lanes. ")
#: Line length just under scrubber.rules.MAX_RULE_CHARS, the longest line keyword rules read.
NEAR_LIMIT = getattr(rules, "MAX_RULE_CHARS", 2_000) - 20
HAN = "今年本市春季植树活动于三月中旬正式启动各区共组织志愿者两万余人参加义务植树园林部门表示"


@dataclass(frozen=True)
class Family:
    name: str
    shape: str  # "line": one line; "lines": long lines of each unit in turn; "short": unit lines
    units: tuple[str, ...]
    wrap: tuple[str, str] = ("", "")  # around each long line, so that stripping keeps the run
    line_chars: int | None = None  # a fixed line length instead of --quick's or the default


FAMILIES = (
    Family("single_line", "line", (ARTICLE,)),
    Family("one_char_lines", "short", ("字", "a", "1", "。", "|", "中", "B", "·")),
    Family("punctuation", "lines", ("。", "！", "…", ".", ",", "!", "?", "-", "_", "=", "、")),
    Family("digits", "lines", ("1", "20", "19", "2021", "0.5")),
    Family("separators", "lines", ("|", "·", ">", "/", "\t", " | ", "»", "→", "--"),
           ("首页", "尾页")),
    Family("whitespace", "lines", (" ", "\u00a0", "\u3000", "\u2028", "\t"), ("标题", "站点")),
    Family("brackets", "lines", ("(", "（", "【", "[", "《", "(1)", "【】", "<>")),
    Family("url_fragments", "lines", ("http://example.com/", "www.example.com/a/b",
                                      "?id=1&page=2", "%E4%B8%AD", "#section-1")),
    Family("markers", "line", ("相关阅读 友情链接 版权所有 Copyright 分享到 ",)),
    Family("han_run", "line", (HAN,)),
    Family("dates", "line", ("2021-01-01 ",)),
    Family("dated_digits", "lines", ("1", "20"), ("2021-01-01 ", "")),
    # Just under the length above which keyword rules skip a line: the worst case of the rules.
    Family("digits_near_limit", "lines", ("1", "20"), line_chars=NEAR_LIMIT),
    Family("dated_digits_near_limit", "lines", ("1", "20"), ("2021-01-01 ", ""),
           line_chars=NEAR_LIMIT),
    Family("whitespace_near_limit", "lines", (" ", "\t", "\u3000"), ("标题", "站点"),
           line_chars=NEAR_LIMIT),
)
BY_NAME = {f.name: f for f in FAMILIES}


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // max(len(unit), 1) + 1))[:chars]


def build(family: Family, size: int, line_chars: int) -> str:
    """About ``size`` bytes (UTF-8) of the family's text."""
    if family.shape == "line":
        unit = "".join(family.units)
        return _repeat(unit, size * len(unit) // len(unit.encode()))
    if family.shape == "short":
        block = "\n".join(family.units) + "\n"
        return _repeat(block, size * len(block) // len(block.encode())).rstrip("\n")
    lines: list[str] = []
    total = 0
    line_chars = family.line_chars or line_chars
    while total < size:
        unit = family.units[len(lines) % len(family.units)]
        line = family.wrap[0] + _repeat(unit, line_chars) + family.wrap[1]
        lines.append(line)
        total += len(line.encode()) + 1
    return "\n".join(lines)


#: What a child process builds: ("doc", family, size in bytes, line length) or
#: ("line", family, unit, characters). Plain data, so that it crosses to a spawned child too.
Spec = tuple[str, str, int | str, int]


def make(spec: Spec) -> str:
    kind, name, what, chars = spec
    family = BY_NAME[name]
    if kind == "doc":
        return build(family, int(what), chars)
    return family.wrap[0] + _repeat(str(what), chars) + family.wrap[1]


def _child(conn: Connection, spec: Spec) -> None:
    text = make(spec)
    scrub("首页 | 新闻\n正文第一段，写得足够长，让规则表在计时之前编译好。")  # warm up
    start = time.perf_counter()
    scrub(text)
    conn.send(time.perf_counter() - start)


def timed(spec: Spec, timeout: float) -> float | None:
    """Seconds ``scrub(make(spec))`` takes in a child process, or ``None`` after ``timeout``."""
    ctx = mp.get_context("spawn")  # a fresh interpreter: no state shared with this one
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, spec), daemon=True)
    child.start()
    result: float | None = receive.recv() if receive.poll(timeout) else None
    if child.is_alive():
        child.terminate()  # our own child, by its handle
    child.join()
    return result


@dataclass(frozen=True)
class Row:
    name: str
    small: float | None
    large: float | None

    @property
    def growth(self) -> float | None:
        if self.small is None or self.large is None:
            return None
        return self.large / max(self.small, 1e-4)

    @property
    def flagged(self) -> bool:
        growth = self.growth
        if growth is None or (self.small or 0.0) > ABSURD_SECONDS:
            return True
        return growth > MAX_GROWTH and (self.large or 0.0) > NOISE_SECONDS


def measure(name: str, specs: tuple[Spec, Spec], timeout: float) -> Row:
    small = timed(specs[0], timeout)
    large = timed(specs[1], timeout) if small is not None else None
    return Row(name, small, large)


def _seconds(value: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if value is None else f"{value:.2f} s"


def print_row(row: Row, timeout: float) -> None:
    growth = "-" if row.growth is None else f"{row.growth:.1f}x"
    verdict = "FLAGGED" if row.flagged else "ok"
    # The larger size is not run when the smaller one timed out.
    large = "skipped" if row.small is None else _seconds(row.large, timeout)
    print(f"  {row.name:<34} {_seconds(row.small, timeout):>10} {large:>10}"
          f" {growth:>8}  {verdict}", flush=True)


def document_table(families: Sequence[Family], sizes: tuple[int, int], line_chars: int,
                   timeout: float) -> list[Row]:
    print(f"documents: {sizes[0] / MB:g} MB -> {sizes[1] / MB:g} MB "
          f"(long lines of {line_chars:,} characters)")
    print(f"  {'family':<34} {'small':>10} {'large':>10} {'growth':>8}")
    rows = []
    for family in families:
        specs = (("doc", family.name, sizes[0], line_chars),
                 ("doc", family.name, sizes[1], line_chars))
        row = measure(family.name, specs, timeout)
        print_row(row, timeout)
        rows.append(row)
    return rows


def line_table(families: Sequence[Family], line_chars: int,
               timeout: float) -> list[tuple[Family, str, Row]]:
    print(f"\nsingle lines: {line_chars // 4:,} -> {line_chars:,} characters "
          f"({NEAR_LIMIT // 4:,} -> {NEAR_LIMIT:,} near the limit)")
    print(f"  {'family: line':<34} {'short':>10} {'long':>10} {'growth':>8}")
    rows = []
    for family in (f for f in families if f.shape == "lines"):
        chars = family.line_chars or line_chars
        lengths = (chars // 4, chars)
        for unit in family.units:
            specs = (("line", family.name, unit, lengths[0]),
                     ("line", family.name, unit, lengths[1]))
            row = measure(f"{family.name}: {unit!r}", specs, timeout)
            print_row(row, timeout)
            rows.append((family, unit, row))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="250 kB -> 1 MB, 5k -> 20k lines")
    parser.add_argument("--family", action="append", choices=sorted(BY_NAME),
                        help="only this family (repeatable)")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds one measurement may take (default 300)")
    parser.add_argument("--no-lines", action="store_true", help="skip the single-line table")
    parser.add_argument("--profile", action="store_true",
                        help="time every regex on each flagged line unit")
    args = parser.parse_args(argv)
    families = [BY_NAME[n] for n in args.family] if args.family else list(FAMILIES)
    sizes = QUICK_SIZES if args.quick else SIZES
    line_chars = QUICK_LINE_CHARS if args.quick else LINE_CHARS
    flagged = [r.name for r in document_table(families, sizes, line_chars, args.timeout)
               if r.flagged]
    lines = [] if args.no_lines else line_table(families, line_chars, args.timeout)
    flagged += [row.name for _, _, row in lines if row.flagged]
    print(f"\nflagged (growth > {MAX_GROWTH:g}x, timeout, or > {ABSURD_SECONDS:g} s): "
          f"{', '.join(flagged) or 'none'}")
    flagged_lines = [(family, unit) for family, unit, row in lines if row.flagged]
    if args.profile and flagged_lines:
        from bench_growth_patterns import report

        print("\nregex profile of the flagged line units:")
        for family, unit in flagged_lines:
            report(unit, family.wrap)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
