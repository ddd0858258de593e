"""Which regex makes a line slow: time every pattern scrubber runs on a line at two lengths.

Used by ``bench_growth.py --profile``; runs on its own too::

    python bench/bench_growth_patterns.py "1"            # lines of "1" repeated
    python bench/bench_growth_patterns.py " " --wrap 标题 站点

Patterns are the module-level compiled patterns of scrubber's modules and the matchers built
from ``data/rules.tsv`` (each alternation, and every ``re:`` entry on its own). Each is run
with ``finditer`` over the whole line (a ``search`` that fails costs the same), under the
``regex`` module's own timeout, so a catastrophic pattern reports "timeout" instead of hanging.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO, TypeAlias

import regex

from scrubber import DEFAULT_OPTIONS
from scrubber.rules import ruleset

#: Modules whose module-level patterns run on lines.
MODULES = ("features", "classify", "dates", "rules", "metadata", "splice", "core")
#: Line lengths compared (4x apart), and the time one pattern may take on one line (stdlib
#: ``re`` patterns have no timeout: the long line is skipped when the short one is this slow).
SHORT, LONG = 2_000, 8_000
TIMEOUT = 5.0
#: A pattern growing more than this for 4x the line is reported.
MAX_GROWTH = 8.0

Pattern: TypeAlias = regex.Pattern[str] | re.Pattern[str]


@dataclass(frozen=True)
class Timing:
    name: str
    pattern: str
    short: float | None  # seconds, None on timeout
    long: float | None  # None on timeout, or skipped after a slow short line

    @property
    def growth(self) -> float | None:
        if self.short is None or self.long is None:
            return None
        return self.long / max(self.short, 1e-5)

    @property
    def bad(self) -> bool:
        growth = self.growth
        return growth is None or (growth > MAX_GROWTH and (self.long or 0.0) > 0.05)


def patterns() -> Iterator[tuple[str, Pattern]]:
    """(where it is defined, pattern) for every pattern scrubber runs on a line: the
    module-level ones, and those of every matcher of the default RuleSet (whatever their
    attribute names: alternations, pre-filters, and each ``re:`` entry with its rule)."""
    for name in MODULES:
        module = importlib.import_module(f"scrubber.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, regex.Pattern | re.Pattern):
                yield f"scrubber/{name}.py {attr}", value
    for matcher_name, matcher in vars(ruleset(DEFAULT_OPTIONS)).items():
        for attr, value in vars(matcher).items() if hasattr(matcher, "__dict__") else ():
            if isinstance(value, regex.Pattern | re.Pattern):
                yield f"rules {matcher_name}.{attr}", value
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, tuple) and isinstance(item[0], regex.Pattern | re.Pattern):
                        rule = item[1]
                        yield (f"rules.tsv {rule.label}/{rule.scope}/{rule.name}", item[0])


def _seconds(pattern: Pattern, line: str) -> float | None:
    start = time.perf_counter()
    try:
        if isinstance(pattern, re.Pattern):
            for _ in pattern.finditer(line):
                pass
        else:
            for _ in pattern.finditer(line, timeout=TIMEOUT):
                pass
    except TimeoutError:
        return None
    return time.perf_counter() - start


def make_line(unit: str, chars: int, wrap: tuple[str, str] = ("", "")) -> str:
    """``unit`` repeated to ``chars`` characters, between the two ``wrap`` strings."""
    return wrap[0] + (unit * (chars // max(len(unit), 1) + 1))[:chars] + wrap[1]


def time_patterns(unit: str, wrap: tuple[str, str] = ("", "")) -> list[Timing]:
    """Every pattern on the line at SHORT and LONG characters (casefolded, as rules see it)."""
    short = make_line(unit, SHORT, wrap).strip().casefold()
    long = make_line(unit, LONG, wrap).strip().casefold()
    timings = []
    for name, pattern in patterns():
        first = _seconds(pattern, short)
        second = _seconds(pattern, long) if first is not None and first < TIMEOUT else None
        timings.append(Timing(name, pattern.pattern, first, second))
    return timings


def report(unit: str, wrap: tuple[str, str], out: TextIO = sys.stdout) -> list[Timing]:
    """Print the patterns that grow super-linearly on lines of ``unit``; return them."""
    bad = [t for t in time_patterns(unit, wrap) if t.bad]
    shown = f"{wrap[0]!r} + {unit!r} * n + {wrap[1]!r}" if any(wrap) else f"{unit!r} * n"
    print(f"  line {shown}: {len(bad)} super-linear pattern(s)", file=out)
    for t in bad:
        times = " -> ".join("timeout/skipped" if s is None else f"{s:.3f} s"
                            for s in (t.short, t.long))
        growth = "" if t.growth is None else f" ({t.growth:.0f}x)"
        pattern = t.pattern if len(t.pattern) <= 90 else t.pattern[:87] + "..."
        print(f"    {t.name}: {times}{growth} for {SHORT:,} -> {LONG:,} chars\n"
              f"      {pattern}", file=out)
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("unit", help="what the line repeats")
    parser.add_argument("--wrap", nargs=2, default=("", ""), metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    return 1 if report(args.unit, tuple(args.wrap)) else 0


if __name__ == "__main__":
    sys.exit(main())
