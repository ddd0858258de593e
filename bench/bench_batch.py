"""Benchmark of batch cleaning: scrub against a regex floor, and ``scrubber run`` on 1 and 2 cores.

Builds a corpus of scraped-page text (JSON Lines, ``--mb`` MB, 200 by default) in a temporary
folder, from the seed page and, when ``../shared/eval`` exists beside the project, from the
``text`` fields of its ``*.jsonl`` files (read at run time, never copied into the repository).
Without ``../shared`` the corpus is made of the pages bundled with the project (the seed, the
test pages and the labelled sample of ``tests/data/eval``): a handful of pages repeated, so the
figures are printed but not comparable with the targets, which are set on the eval pages.
Then prints:

- one process: MB/s of ``scrub``; MB/s of a floor that splits lines and runs one precompiled
  alternation of ~30 boilerplate keywords over every line; their ratio (target >= 0.33);
- the C speed-up: MB per CPU second of ``scrub`` on about ``--c-mb`` MB of the distinct pages
  (every n-th), with the compiled module and without it (as installed without a C compiler),
  each in a fresh process;
- ``scrubber run``: wall time and MB/s with ``--jobs 1`` and ``--jobs 2``, the speed-up
  (target >= 1.8 on 2 cores) and each run's peak RSS, the largest process of the run, workers
  included (``ru_maxrss`` of ``os.wait4``; target < 300 MB).

    python bench/bench_batch.py            # the full 200 MB run
    python bench/bench_batch.py --mb 10    # a quick one
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

if "--pure-python" in sys.argv:  # before scrubber is imported: as if built without C
    sys.modules["scrubber._speedups"] = None  # type: ignore[assignment]

from scrubber import scrub
from scrubber.compiled import speedups

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c241330450b5e125.txt"
EVAL = ROOT.parent / "shared" / "eval"
#: The pages bundled with the project: the corpus when ``../shared/eval`` is absent.
BUNDLED = (*sorted((ROOT / "tests" / "data" / "pages").glob("*.txt")),)
SAMPLE = ROOT / "tests" / "data" / "eval" / "sample.jsonl"
MB = 1_000_000
#: The corpus is written as this many JSON Lines files (several inputs, as in a real crawl).
FILES = 8
TARGET_RATIO, TARGET_SPEEDUP, TARGET_RSS_MB = 0.33, 1.8, 300

#: The floor: the cheapest thing a line cleaner can do, one keyword alternation per line.
FLOOR_KEYWORDS = (
    "首页", "版权所有", "责任编辑", "相关阅读", "相关文章", "热门推荐", "友情链接", "上一篇",
    "下一篇", "分享到", "扫一扫", "关注我们", "联系我们", "免责声明", "广告", "登录", "注册",
    "评论", "来源", "点击", "copyright", "all rights reserved", "privacy policy",
    "terms of use", "related articles", "share this", "sign in", "subscribe",
    "advertisement", "cookies",
)
# Case is folded once per text, not by the pattern: with re.IGNORECASE, ``re`` loses its literal
# scan and the floor runs ~6x slower (FLOOR_IGNORECASE, printed for reference).
FLOOR = re.compile("|".join(re.escape(k) for k in FLOOR_KEYWORDS))
FLOOR_IGNORECASE = re.compile(FLOOR.pattern, re.IGNORECASE)


def comparable() -> bool:
    """Whether the corpus is the one the targets are set on (the eval pages)."""
    return EVAL.is_dir()


def jsonl_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def page_texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    if not comparable():
        return [*texts, *(p.read_text(encoding="utf-8") for p in BUNDLED),
                *jsonl_texts(SAMPLE)]
    for path in sorted(EVAL.glob("*.jsonl")):
        texts += jsonl_texts(path)
    return texts


def build_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Write about ``megabytes`` MB of pages as FILES JSON Lines files: (documents, text bytes)."""
    texts = page_texts()
    target = int(megabytes * MB)
    documents = size = 0
    handles = [(folder / f"part{i}.jsonl").open("w", encoding="utf-8") for i in range(FILES)]
    try:
        while size < target:
            text = texts[documents % len(texts)]
            record = {"id": documents, "url": f"http://example.com/{documents}", "text": text}
            handles[documents % FILES].write(json.dumps(record, ensure_ascii=False) + "\n")
            documents += 1
            size += len(text.encode("utf-8"))
    finally:
        for handle in handles:
            handle.close()
    return documents, size


def corpus_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"]


def shared_floor() -> Callable[[list[str]], None] | None:
    """``floor_pass`` of ``../shared/perf/floor.py``, the floor the project is judged against
    (``bench/bench_speed.py`` gives its ratios per page-size band), or None without it."""
    from bench_speed import load_floor  # this script's folder is on sys.path

    return load_floor()


def one_process(folder: Path) -> tuple[float, float, float, float | None]:
    """MB/s of scrub, of the floor, of the IGNORECASE floor and of the shared floor (None
    without ``../shared``), timed text by text."""
    shared = shared_floor()
    size = 0
    times = [0.0, 0.0, 0.0, 0.0]
    for text in corpus_texts(folder):
        if shared is not None:
            start = time.perf_counter()
            shared([text])
            times[3] += time.perf_counter() - start
        size += len(text.encode("utf-8"))
        start = time.perf_counter()
        scrub(text)
        times[0] += time.perf_counter() - start
        start = time.perf_counter()
        for line in text.lower().split("\n"):
            FLOOR.search(line)
        times[1] += time.perf_counter() - start
        start = time.perf_counter()
        for line in text.split("\n"):
            FLOOR_IGNORECASE.search(line)
        times[2] += time.perf_counter() - start
    scrub_rate, floor_rate, ignorecase_rate = (size / MB / t for t in times[:3])
    return scrub_rate, floor_rate, ignorecase_rate, (size / MB / times[3] if shared else None)


def scrubber_run(folder: Path, outdir: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of ``scrubber run --jobs JOBS``, workers
    included: ``os.wait4`` reports the run's process and the children it waited for."""
    command = [sys.executable, "-m", "scrubber", "run", str(folder), "-o", str(outdir),
               "-j", str(jobs), "-q"]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"scrubber run --jobs {jobs} failed with exit code {process.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KiB on Linux


def verdict(ok: bool) -> str:
    if not comparable():
        return "not comparable (bundled pages only)"
    return "ok" if ok else "BELOW TARGET"


def c_sample(megabytes: float) -> tuple[list[str], int]:
    """About ``megabytes`` MB of the distinct pages, spread over all of them (every n-th page,
    so that every eval file is in it), and n."""
    texts = page_texts()
    total = sum(len(text.encode("utf-8")) for text in texts)
    step = max(1, round(total / (megabytes * MB)))
    return texts[::step], step


def scrub_rate(megabytes: float) -> float:
    """MB per CPU second of ``scrub`` over :func:`c_sample`, in this process, after the rule
    tables are built. CPU time, not wall time: the figure is a ratio of two runs, which other
    processes on the machine would skew apart."""
    scrub("")
    size, seconds = 0, 0.0
    for text in c_sample(megabytes)[0]:
        size += len(text.encode("utf-8"))
        start = time.process_time()
        scrub(text)
        seconds += time.process_time() - start
    return size / MB / seconds


def rate_in_child(megabytes: float, pure_python: bool) -> float:
    command = [sys.executable, __file__, "--rate", "--c-mb", str(megabytes)]
    result = subprocess.run(command + (["--pure-python"] if pure_python else []),
                            capture_output=True, text=True, check=True)
    return float(result.stdout)


def print_c_speedup(megabytes: float) -> None:
    if speedups is None:
        print("C speed-up       -          (scrubber._speedups is not built here)")
        return
    python = rate_in_child(megabytes, pure_python=True)
    compiled = rate_in_child(megabytes, pure_python=False)
    pages, step = c_sample(megabytes)
    print(f"scrub, no C      {python:8.2f} MB/s  (CPU time, pure Python; 1 in {step} of the "
          f"distinct pages: {len(pages):,} pages)")
    print(f"scrub, with C    {compiled:8.2f} MB/s  (CPU time; the same pages)")
    print(f"C speed-up       {compiled / python:8.2f}")


def print_one_process(corpus: Path) -> None:
    scrub_rate, floor_rate, ignorecase_rate, shared_rate = one_process(corpus)
    ratio = scrub_rate / floor_rate
    print(f"scrub            {scrub_rate:8.2f} MB/s")
    print(f"floor            {floor_rate:8.2f} MB/s  (lower(), split lines, "
          f"{len(FLOOR_KEYWORDS)}-keyword re alternation per line)")
    print(f"floor IGNORECASE {ignorecase_rate:8.2f} MB/s  (for reference: "
          f"ratio {scrub_rate / ignorecase_rate:.3f})")
    print(f"ratio            {ratio:8.3f}       target >= {TARGET_RATIO}: "
          f"{verdict(ratio >= TARGET_RATIO)}")
    if shared_rate is not None:
        print(f"shared floor     {shared_rate:8.2f} MB/s  (../shared/perf/floor.py, the project's "
              f"floor: ratio {scrub_rate / shared_rate:.3f}; per band: bench/bench_speed.py)")


def print_runs(corpus: Path, temp: Path, size: int) -> None:
    one = scrubber_run(corpus, temp / "out1", 1)
    two = scrubber_run(corpus, temp / "out2", 2)
    speedup = one[0] / two[0]
    for jobs, (seconds, cpu, rss) in ((1, one), (2, two)):
        print(f"run --jobs {jobs}     {seconds:8.1f} s  {size / MB / seconds:6.2f} MB/s  "
              f"cpu {cpu:6.1f} s  peak RSS {rss:6.1f} MB")
    print(f"speed-up         {speedup:8.2f}       target >= {TARGET_SPEEDUP}: "
          f"{verdict(speedup >= TARGET_SPEEDUP)}")
    peak = max(one[2], two[2])
    print(f"peak RSS         {peak:8.1f} MB    target < {TARGET_RSS_MB}: "
          f"{verdict(peak < TARGET_RSS_MB)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=200, help="corpus size (default 200)")
    parser.add_argument("--skip-run", action="store_true", help="one-process figures only")
    parser.add_argument("--skip-scrub", action="store_true", help="scrubber run figures only")
    parser.add_argument("--c-mb", type=float, default=10,
                        help="MB of pages the C speed-up is measured on (default 10)")
    parser.add_argument("--rate", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pure-python", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rate:  # a child of print_c_speedup
        print(f"{scrub_rate(args.c_mb):.4f}")
        return 0
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as temp:
        corpus = Path(temp) / "corpus"
        corpus.mkdir()
        documents, size = build_corpus(corpus, args.mb)
        print(f"corpus: {documents:,} documents, {size / MB:,.1f} MB of text, {FILES} files, "
              f"eval pages {'used' if EVAL.is_dir() else 'absent'}; {os.cpu_count()} cores")
        if not comparable():
            print(f"{EVAL} not found: the corpus repeats the {len(page_texts())} pages bundled "
                  "with the project, so these figures are not comparable with the targets")
        if not args.skip_scrub:
            print_one_process(corpus)
            print_c_speedup(args.c_mb)
        if not args.skip_run:
            print_runs(corpus, Path(temp), size)
    print(f"load average     {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other processes on the machine skew the figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
