"""Site templates, measured: line F1 with and without site statistics, and counting memory.

The corpus has many pages per site, built from real pages: for every page of
``../shared/eval/*.jsonl`` (read at run time, never stored), ``--siblings`` sibling pages keep its
boilerplate lines (label 0) in place and take their content lines from other pages, so each
"site" has ``siblings + 1`` pages whose boilerplate repeats and whose content does not.

    python bench/bench_sites.py [--siblings 9] [--lines 1000000]

Without ``../shared/eval`` it measures the labelled sample of ``tests/data/eval`` instead (not
comparable with the figures in ``docs/sites.md``). Prints, per eval file, line P/R/F1 (micro,
title-neutral) without and with the statistics learned on the corpus itself, then the peak RSS
of counting ``--lines`` distinct lines on one site.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from scrubber.evaluate import evaluate_records
from scrubber.sites import SiteCounter

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
#: Without ``../shared/eval``: the labelled sample bundled with the project (8 pages).
SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "eval" / "sample.jsonl"


def siblings(records: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """The original pages and their siblings, each page's record ``site`` set to its group."""
    content = [[line for line, label in zip(r["text"].split("\n"), r["labels"], strict=True)
                if label == 1] for r in records]
    out = []
    for i, record in enumerate(records):
        group = f"site-{i}"
        out.append({**record, "site": group})
        for j in range(1, count + 1):
            donor = content[(i + j) % len(records)] or ["(no content)"]
            lines, labels, k = [], [], 0
            for line, label in zip(record["text"].split("\n"), record["labels"], strict=True):
                if label == 1:
                    line, k = donor[k % len(donor)], k + 1
                lines.append(line)
                labels.append(label)
            out.append({**record, "id": f"{record['id']}#{j}", "site": group,
                        "text": "\n".join(lines), "labels": labels,
                        "gold": "\n".join(donor)})
    return out


def measure(path: Path, count: int) -> None:
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    corpus = siblings(records, count)
    counter = SiteCounter()
    for record in corpus:
        counter.add(record["site"], record["text"])
    stats = counter.freeze()
    for name, site_stats in (("without", None), ("with", stats)):
        report = evaluate_records(corpus, name=path.name, jobs=None, site_stats=site_stats)
        s = report.summary.lines
        print(f"{path.name:20s} {name:8s} pages {len(corpus):5d}  line P {s.precision:.3f}  "
              f"R {s.recall:.3f}  F1 {s.f1:.4f}  macro {report.summary.line_f1_macro:.3f}",
              flush=True)


def distinct_line(n: int) -> str:
    """A line that stays distinct from every other ``n`` after normalisation, which folds digits
    to 0: ``n`` is spelled in Latin letters (base 26) and in two Han characters (base 20,000)."""
    word = ""
    rest = n
    while True:
        rest, letter = divmod(rest, 26)
        word += chr(ord("a") + letter)
        if not rest:
            break
    han = chr(0x4E00 + n % 20000) + chr(0x4E00 + n // 20000 % 20000)
    return f"distinct line {word} of the corpus, {han}"


def peak_rss_mb() -> float:
    """This process's peak RSS in MB: ``VmHWM`` where ``/proc`` has it. ``ru_maxrss`` is kept
    across ``execve`` on Linux, so in a child started by a large parent (this bench, after the
    F1 runs) it reports the parent's size at the fork, not the child's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def count_distinct(lines: int) -> None:
    """Child process: count ``lines`` distinct lines on one site, in pages of 100 lines."""
    before = peak_rss_mb()
    counter = SiteCounter()
    for start in range(0, lines, 100):
        page = [distinct_line(n) for n in range(start, min(start + 100, lines))]
        counter.add("one.example", "\n".join(page))
    peak = peak_rss_mb()
    print(f"counting {lines:,} distinct lines on one site: peak RSS {peak:.0f} MB "
          f"({before:.0f} MB after imports), {len(counter.sites['one.example']):,} keys kept "
          f"(cap {counter.cap:,}), {counter.dropped:,} dropped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--siblings", type=int, default=9)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--count-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count_only:
        count_distinct(args.lines)
        return
    if EVAL.is_dir():
        for path in sorted(EVAL.glob("dev-*.jsonl")):
            measure(path, args.siblings)
    else:
        print(f"{EVAL} not found: measuring on the bundled sample, 8 pages of 8 sites; "
              "these figures are not comparable with docs/sites.md")
        measure(SAMPLE, args.siblings)
    subprocess.run([sys.executable, __file__, "--count-only", "--lines", str(args.lines)],
                   check=True)


if __name__ == "__main__":
    main()
