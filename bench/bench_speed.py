"""Speed of scrubber against the project's one floor, per page-size band, and of ``scrubber run``.

The floor is ``floor_pass`` of ``../shared/perf/floor.py`` (beside the project): split a page
into lines and run one precompiled alternation of ~30 keywords over every line. Every figure
here is a ratio to it or to ``scrub`` measured in the same process, so that figures taken on a
busy machine stay comparable. The pages are the Chinese pages of ``../shared/eval``
(``*zh*.jsonl`` and ``dev-*.jsonl`` without the English, Japanese and Korean files), read at run
time, never copied into the repository. Without ``../shared`` the bench says so and stops.

Prints, for all pages and per band of UTF-8 size (< 4 KB, 4-32 KB, > 32 KB):

- MB/s of the floor and of ``scrub`` (CPU time, ``time.process_time``, the two alternating band
  by band, best of ``--rounds``) and the ratio floor time / scrub time (1.0: as fast as the
  floor; targets: >= 0.40 overall, >= 0.30 under 4 KB);
- ``scrubber run --jobs 1`` on the same pages written as JSON Lines (repeated to about ``--mb``
  MB): its speed as a ratio to ``scrub``'s on the same documents in a fresh process (timed
  around the scrubbing only), by wall time (the target, >= 0.85; also less the start-up, the
  wall time of a run of one document: what a corpus large enough to hide it gets) and by CPU
  time; the speed-up of ``--jobs 2`` over ``--jobs 1`` (wall time; target >= 1.8 on 2 cores)
  and the peak RSS of the runs, workers included (target < 300 MB). ``--runs`` rounds of scrub
  alone, ``--jobs 1``, ``--jobs 2`` and a run of one document; every ratio is taken within a
  round, and the best and the median of the rounds are printed (the machine's load changes
  between rounds, not within one). For scale, each round also times two scrub processes at
  once, half of the documents each: what the machine gives two processes at that time, the
  ceiling of the speed-up.

    python bench/bench_speed.py                # all of it: a few minutes
    python bench/bench_speed.py --skip-run     # the floor ratios only
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOOR = SHARED / "perf" / "floor.py"
EVAL = SHARED / "eval"
MB = 1_000_000
#: Page-size bands, by UTF-8 bytes: (name, lower bound included, upper bound excluded).
BANDS = (("< 4 KB", 0, 4096), ("4-32 KB", 4096, 32768), ("> 32 KB", 32768, 1 << 62))
TARGET_RATIO, TARGET_SMALL, TARGET_RUN, TARGET_SPEEDUP, TARGET_RSS_MB = 0.40, 0.30, 0.85, 1.8, 300
#: The corpus of the runs is written as this many JSON Lines files.
FILES = 4


def load_floor() -> Callable[[list[str]], None] | None:
    if not FLOOR.is_file():
        return None
    spec = importlib.util.spec_from_file_location("scrubber_floor", FLOOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    floor: Callable[[list[str]], None] = module.floor_pass
    return floor


def chinese_files() -> list[Path]:
    names = {*EVAL.glob("*zh*.jsonl"), *EVAL.glob("dev-*.jsonl")}
    return sorted(p for p in names if not any(f"-{lang}-" in p.name for lang in ("en", "ja", "ko")))


def read_texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def size(text: str) -> int:
    return len(text.encode("utf-8"))


def best_times(groups: list[list[str]], passes: dict[str, Callable[[list[str]], None]],
               rounds: int) -> list[dict[str, float]]:
    """CPU seconds of each pass over each group of pages, the passes alternating group by
    group; the best of ``rounds`` per pass and group."""
    best = [dict.fromkeys(passes, float("inf")) for _ in groups]
    for _ in range(rounds):
        for group, times in zip(groups, best, strict=True):
            for name, run in passes.items():
                start = time.process_time()
                run(group)
                times[name] = min(times[name], time.process_time() - start)
    return best


def print_bands(texts: list[str], floor: Callable[[list[str]], None], rounds: int) -> float:
    """The floor and scrub per band; returns scrub's CPU seconds over all of ``texts``."""
    from scrubber import scrub

    def scrub_pass(docs: list[str]) -> None:
        for text in docs:
            scrub(text)

    scrub("")  # the rule tables are built before anything is timed
    groups = [[t for t in texts if low <= size(t) < high] for _, low, high in BANDS]
    best = best_times(groups, {"floor": floor, "scrub": scrub_pass}, rounds)
    print(f"{'band':<9} {'pages':>6} {'MB':>7} {'floor MB/s':>11} {'scrub MB/s':>11} {'ratio':>7}")
    rows = [(name, group, times) for (name, _, _), group, times in zip(BANDS, groups, best,
                                                                        strict=True)]
    total = {"floor": sum(t["floor"] for t in best), "scrub": sum(t["scrub"] for t in best)}
    rows.append(("all", texts, total))
    for name, group, times in rows:
        if not group:
            print(f"{name:<9} {0:>6}")
            continue
        mb = sum(map(size, group)) / MB
        print(f"{name:<9} {len(group):>6} {mb:>7.2f} {mb / times['floor']:>11.2f} "
              f"{mb / times['scrub']:>11.2f} {times['floor'] / times['scrub']:>7.3f}")
    small = best[0]["floor"] / best[0]["scrub"] if groups[0] else 0.0
    overall = total["floor"] / total["scrub"]
    print(f"ratio floor/scrub: overall {overall:.3f} (target >= {TARGET_RATIO}: "
          f"{'ok' if overall >= TARGET_RATIO else 'BELOW'}), < 4 KB {small:.3f} "
          f"(target >= {TARGET_SMALL}: {'ok' if small >= TARGET_SMALL else 'BELOW'})")
    return total["scrub"]


def write_corpus(folder: Path, texts: list[str], megabytes: float) -> tuple[list[str], int]:
    """The pages repeated to about ``megabytes`` MB, as FILES JSON Lines files: the texts in
    the order written, and their UTF-8 bytes."""
    written: list[str] = []
    total = 0
    handles = [(folder / f"part{i}.jsonl").open("w", encoding="utf-8") for i in range(FILES)]
    try:
        while total < megabytes * MB:
            for text in texts:
                number = len(written)
                record = {"id": number, "url": f"http://example.com/{number}", "text": text}
                handles[number % FILES].write(json.dumps(record, ensure_ascii=False) + "\n")
                written.append(text)
                total += size(text)
    finally:
        for handle in handles:
            handle.close()
    return written, total


def scrubber_run(folder: Path, outdir: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of ``scrubber run --jobs JOBS`` (workers
    included: ``os.wait4`` reports the process and the children it waited for)."""
    command = [sys.executable, "-m", "scrubber", "run", str(folder), "-o", str(outdir),
               "-j", str(jobs), "-q", "--overwrite"]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"scrubber run --jobs {jobs} failed")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def scrub_alone(files: list[Path]) -> tuple[float, float]:
    """CPU and wall seconds of ``scrub`` over the texts of ``files``, in a fresh process
    (timed around the scrubbing only: not the start-up, not the reading)."""
    command = [sys.executable, __file__, "--scrub-child", *map(str, files)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def scrub_pair(files: list[Path]) -> float:
    """Wall seconds from the first start to the last end of two fresh processes scrubbing
    half of ``files`` each at the same time: what the machine gives two processes now (the
    ceiling of any --jobs 2 speed-up)."""
    halves = [files[: len(files) // 2], files[len(files) // 2:]]
    children = [subprocess.Popen([sys.executable, __file__, "--scrub-child", *map(str, half)],
                                 stdout=subprocess.PIPE, text=True) for half in halves]
    spans = [child.communicate()[0].split() for child in children]
    return max(float(s[3]) for s in spans) - min(float(s[2]) for s in spans)


def scrub_child(files: list[Path]) -> None:
    from scrubber import scrub

    texts = read_texts(files)
    scrub("")
    begun = time.time()
    cpu, wall = time.process_time(), time.perf_counter()
    for text in texts:
        scrub(text)
    print(f"{time.process_time() - cpu:.4f} {time.perf_counter() - wall:.4f} {begun:.4f} "
          f"{time.time():.4f}")


def print_runs(texts: list[str], megabytes: float, runs: int) -> None:
    """Rounds of: scrub alone, run --jobs 1, run --jobs 2, on the same corpus; each ratio is
    taken within a round (the load of the machine changes between rounds)."""
    rounds: list[dict[str, tuple[float, ...]]] = []
    with tempfile.TemporaryDirectory(prefix="bench_speed_") as temp:
        corpus = Path(temp) / "corpus"
        corpus.mkdir()
        docs, total = write_corpus(corpus, texts, megabytes)
        tiny = Path(temp) / "tiny"
        tiny.mkdir()
        write_corpus(tiny, texts[:1], 1e-9)  # one document
        for _ in range(runs):
            files = sorted(corpus.glob("*.jsonl"))
            rounds.append({"scrub": scrub_alone(files), "pair": (scrub_pair(files),),
                           "one": scrubber_run(corpus, Path(temp) / "out1", 1),
                           "two": scrubber_run(corpus, Path(temp) / "out2", 2),
                           "start": scrubber_run(tiny, Path(temp) / "out0", 1)})
    mb = total / MB
    print(f"runs on {len(docs):,} documents, {mb:.1f} MB in {FILES} JSON Lines files, "
          f"{runs} rounds (scrub alone, run --jobs 1, run --jobs 2); best / median of rounds")

    def line(name: str, values: list[float], unit: str = "", digits: int = 2) -> None:
        print(f"{name:<34} {max(values):8.{digits}f}{unit} / {statistics.median(values):.{digits}f}"
              f"{unit}  ({', '.join(f'{v:.{digits}f}' for v in values)})")

    line("scrub alone, MB/s (CPU)", [mb / r["scrub"][0] for r in rounds])
    line("scrub alone, MB/s (wall)", [mb / r["scrub"][1] for r in rounds])
    line("run --jobs 1, MB/s (wall)", [mb / r["one"][0] for r in rounds])
    line("run --jobs 2, MB/s (wall)", [mb / r["two"][0] for r in rounds])
    line("start-up: a run of one document, s", [r["start"][0] for r in rounds])
    wall_ratio = [r["scrub"][1] / r["one"][0] for r in rounds]
    steady = [r["scrub"][1] / (r["one"][0] - r["start"][0]) for r in rounds]
    cpu_ratio = [r["scrub"][0] / r["one"][1] for r in rounds]
    speedup = [r["one"][0] / r["two"][0] for r in rounds]
    line(f"run --jobs 1 / scrub, wall (>= {TARGET_RUN})", wall_ratio, digits=3)
    line("  the same less the start-up", steady, digits=3)
    line("run --jobs 1 / scrub, CPU", cpu_ratio, digits=3)
    line(f"--jobs 2 speed-up, wall (>= {TARGET_SPEEDUP})", speedup)
    line("  the same less the start-up", [(r["one"][0] - r["start"][0]) /
                                         (r["two"][0] - r["start"][0]) for r in rounds])
    line("  two scrub processes / one, wall", [r["scrub"][1] / r["pair"][0] for r in rounds])
    line("--jobs 2 / --jobs 1, CPU", [r["two"][1] / r["one"][1] for r in rounds])
    peak = max(r[k][2] for r in rounds for k in ("one", "two"))
    print(f"peak RSS of the runs, workers included: {peak:.0f} MB (target < {TARGET_RSS_MB}: "
          f"{'ok' if peak < TARGET_RSS_MB else 'ABOVE'}); --jobs 1 "
          f"{max(r['one'][2] for r in rounds):.0f} MB")
    print(f"targets (best round): run/scrub {'ok' if max(wall_ratio) >= TARGET_RUN else 'BELOW'}"
          f", speed-up {'ok' if max(speedup) >= TARGET_SPEEDUP else 'BELOW'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="in-process rounds (best counts)")
    parser.add_argument("--runs", type=int, default=3,
                        help="rounds of scrub alone, run --jobs 1 and --jobs 2")
    parser.add_argument("--mb", type=float, default=20, help="MB of text the runs read")
    parser.add_argument("--skip-run", action="store_true", help="in-process figures only")
    parser.add_argument("--skip-bands", action="store_true", help="scrubber run figures only")
    parser.add_argument("--scrub-child", type=Path, nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scrub_child:
        scrub_child(args.scrub_child)
        return 0
    floor = load_floor()
    if floor is None:
        print(f"bench_speed: {FLOOR} not found: no floor to compare with; skipped")
        return 0
    files = chinese_files() if EVAL.is_dir() else []
    if not files:
        print(f"bench_speed: no Chinese eval pages in {EVAL}; skipped")
        return 0
    texts = read_texts(files)
    print(f"{len(texts)} Chinese pages, {sum(map(size, texts)) / MB:.2f} MB, from "
          f"{', '.join(p.name for p in files)}; {os.cpu_count()} cores")
    if not args.skip_bands:
        print_bands(texts, floor, args.rounds)
    if not args.skip_run:
        print_runs(texts, args.mb, args.runs)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other processes skew the wall times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
