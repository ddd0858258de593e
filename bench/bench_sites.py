"""Site templates, measured: line F1 with and without site statistics, and counting memory.

Two corpora, both read at run time from ``../shared/eval`` (never stored):

- **Real siblings**: ``sites-dev-zh.jsonl`` holds every page of a few news sites (field
  ``site``). The statistics are learned from all pages of each site, and every page is scored
  with and without them, per site and overall. Real sibling pages share their chrome, but their
  dynamic boxes (hot lists, related headlines, tickers) change from page to page. The table's
  last column is a ceiling: the F1 without statistics if every error on a line that another
  page of the same site shows too were fixed (statistics see only such lines; an error on a
  line no sibling shows is out of their direct reach), with how many of those errors are
  boilerplate kept (FP) and content removed (FN).
- **Synthetic siblings**: for every page of ``dev-*.jsonl``, ``--siblings`` sibling pages keep
  its boilerplate lines (label 0) in place and take their content lines from other pages, so
  each "site" has ``siblings + 1`` pages whose boilerplate repeats exactly and whose content
  does not.

    python bench/bench_sites.py [--siblings 9] [--lines 1000000] [--only real|synthetic|memory]

Prints line P/R/F1 (micro, title-neutral, as ``scrubber eval``) without and with the statistics
learned on each corpus, then the peak RSS of counting ``--lines`` distinct lines on one site.
Without ``../shared/eval`` the synthetic siblings are made from the labelled sample of
``tests/data/eval`` instead (not comparable with the figures in ``docs/sites.md``), and there
is no real-siblings corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from collections import Counter
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


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def measure_real(path: Path, jobs: int | None = None) -> dict[str, tuple[float, float]]:
    """Line F1 (micro, title-neutral) without and with the statistics learned from every page
    of each site of ``path``, per site and overall (``"all"``); prints the table."""
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    counter = SiteCounter()
    for record in records:
        counter.add(record["site"], record["text"])
    stats = counter.freeze()
    f1: dict[str, list[float]] = {}
    ceiling: dict[str, tuple[float, int, int]] = {}
    for site_stats in (None, stats):
        report = evaluate_records(records, name=path.name, jobs=jobs, site_stats=site_stats,
                                  errors=site_stats is None)
        if site_stats is None:
            ceiling = _ceiling(records, report)
        tally: dict[str, list[int]] = {}
        for record, page in zip(records, report.pages, strict=True):
            counts = tally.setdefault(record["site"], [0, 0, 0])
            for k, value in enumerate((page.lines.tp, page.lines.fp, page.lines.fn)):
                counts[k] += value
        for site, (tp, fp, fn) in tally.items():
            f1.setdefault(site, []).append(_f1(tp, fp, fn))
        f1.setdefault("all", []).append(report.summary.lines.f1)
    pages = Counter(record["site"] for record in records)
    pages["all"] = len(records)
    print(f"{path.name}: real siblings, statistics learned from every page of each site")
    print(f"  {'site':16s} {'pages':>5s} {'F1 without':>10s} {'F1 with':>8s} {'change':>7s}"
          f"  {'ceiling (recurring FP / FN)':>28s}")
    for site in [*sorted(s for s in f1 if s != "all"), "all"]:
        without, with_ = f1[site]
        top, fp, fn = ceiling[site]
        print(f"  {site:16s} {pages[site]:5d} {without:10.4f} {with_:8.4f} "
              f"{with_ - without:+7.4f}  {top:.4f} ({fp:4d} / {fn:4d})", flush=True)
    return {site: (values[0], values[1]) for site, values in f1.items()}


def _ceiling(records: list[dict[str, Any]], report: Any) -> dict[str, tuple[float, int, int]]:
    """Per site and overall: (the F1 if every error on a line another page of the site shows
    too were fixed, how many such errors kept boilerplate, how many removed content)."""
    shown: dict[str, Counter[str]] = {}
    for record in records:
        shown.setdefault(record["site"], Counter()).update(
            {line.strip() for line in record["text"].split("\n") if line.strip()})
    tally: dict[str, list[int]] = {}
    for record, page in zip(records, report.pages, strict=True):
        counts = tally.setdefault(record["site"], [0, 0, 0, 0, 0])
        counts[0] += page.lines.tp
        counts[1] += page.lines.fp
        counts[2] += page.lines.fn
        for error in page.errors:
            if shown[record["site"]][error.view.text.strip()] >= 2:
                counts[3 if error.view.gold == 0 else 4] += 1
    tally["all"] = [sum(column) for column in zip(*tally.values(), strict=True)]
    return {site: (_f1(tp + fn_r, fp - fp_r, fn - fn_r), fp_r, fn_r)
            for site, (tp, fp, fn, fp_r, fn_r) in tally.items()}


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
    parser.add_argument("--only", choices=("real", "synthetic", "memory"),
                        help="run one of the three measurements")
    parser.add_argument("--count-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count_only:
        count_distinct(args.lines)
        return
    if not EVAL.is_dir():
        if args.only in (None, "synthetic"):
            print(f"{EVAL} not found: measuring on the bundled sample, 8 pages of 8 sites; "
                  "these figures are not comparable with docs/sites.md")
            measure(SAMPLE, args.siblings)
    else:
        if args.only in (None, "real"):
            for path in sorted(EVAL.glob("sites-*.jsonl")):
                measure_real(path)
        if args.only in (None, "synthetic"):
            for path in sorted(EVAL.glob("dev-*.jsonl")):
                measure(path, args.siblings)
    if args.only not in (None, "memory"):
        return
    subprocess.run([sys.executable, __file__, "--count-only", "--lines", str(args.lines)],
                   check=True)


if __name__ == "__main__":
    main()
