"""Benchmark: ``scrubber run --engine ray`` on a local Ray against ``scrubber run --jobs 2``.

Builds the corpus of ``bench_batch.py`` (JSON Lines, ``--mb`` MB, 200 by default, from the seed
page and, when ``../shared/eval`` exists, its pages' text read at run time), then times on
this machine:

- ``run --jobs 2``: the local engine, two worker processes;
- ``run --engine ray --jobs 2``: a local Ray started by the command with 2 CPUs (its start-up
  included), and the same on a Ray started beforehand (``--address``), which is how a cluster
  is used: the time of the run itself;

and checks that the three runs wrote byte-identical shards, ``errors.jsonl`` and
``dropped.jsonl``. Ray runs its workers at nice 15 by default, so on a machine that other work
keeps busy they get less of the CPU than the local engine's workers; ``--worker-niceness 0``
(``RAY_worker_niceness``) runs them at the local engine's priority.

    python bench/bench_ray.py            # 200 MB
    python bench/bench_ray.py --mb 10    # a quick one
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import MB, build_corpus

#: The ``ray`` command of this Python's environment.
RAY = str(Path(sys.executable).with_name("ray"))
#: What each run writes that must be the same whatever the engine.
COMPARED = ("errors.jsonl", "dropped.jsonl")


def children_cpu() -> float:
    """CPU seconds of this process's waited-for children (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time, and CPU seconds of the command and the processes it waited for."""
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run([sys.executable, "-m", "scrubber", "run", *argv], check=True, env=env)
    return time.perf_counter() - start, children_cpu() - cpu


def _stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process and its reaped children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), sum(int(f) for f in fields[11:15]) / ticks


def cluster_cpu(marker: str) -> float:
    """CPU seconds of the local Ray cluster's processes: those whose command line names
    ``marker`` (its temp dir: GCS, raylet, agents) and all their descendants (workers)."""
    procs = {pid: _stat(pid) for pid in os.listdir("/proc") if pid.isdigit()}
    roots = set()
    for pid in procs:
        try:
            if marker in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                roots.add(int(pid))
        except OSError:
            continue
    parents = {int(pid): stat[0] for pid, stat in procs.items() if stat is not None}
    total = 0.0
    for pid, stat in procs.items():
        node = int(pid)
        while node not in roots and node in parents and node > 1:
            node = parents[node]
        if node in roots and stat is not None:
            total += stat[1]
    return total


def same_output(first: Path, second: Path) -> bool:
    shards = sorted(p.name for p in first.glob("*.jsonl.gz"))
    if shards != sorted(p.name for p in second.glob("*.jsonl.gz")):
        return False
    names = [*shards, *COMPARED]
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    return not mismatch and not errors


def ray_started(temp: Path, env: dict[str, str]) -> str:
    """Start a local Ray head with 2 CPUs (``ray start``); its address."""
    subprocess.run([RAY, "start", "--head", "--num-cpus", "2", "--include-dashboard=false",
                    f"--temp-dir={temp}"], check=True, capture_output=True, env=env)
    return "auto"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=200.0, help="corpus size (%(default)s MB)")
    parser.add_argument("--worker-niceness", type=int,
                        help="nice value of Ray's workers (Ray's default: 15)")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if args.worker_niceness is not None:
        env["RAY_worker_niceness"] = str(args.worker_niceness)
    with tempfile.TemporaryDirectory(prefix="scrubber-bench-ray-") as name:
        temp = Path(name)
        corpus = temp / "corpus"
        corpus.mkdir()
        documents, size = build_corpus(corpus, args.mb)
        print(f"corpus: {documents:,} documents, {size / MB:.1f} MB of text, 8 JSON Lines "
              f"files; load average {os.getloadavg()[0]:.1f}")
        local, local_cpu = timed([str(corpus), "-o", str(temp / "local"), "--jobs", "2", "-q"])
        print(f"run --jobs 2 (local engine)           {local:6.1f} s  "
              f"{size / MB / local:5.2f} MB/s  {local_cpu:6.1f} CPU s")
        with_start, _ = timed([str(corpus), "-o", str(temp / "ray"), "--engine", "ray",
                               "--jobs", "2", "-q"], env)
        print(f"run --engine ray (starts a local Ray) {with_start:6.1f} s  "
              f"{size / MB / with_start:5.2f} MB/s")
        address = ray_started(temp / "ray-tmp", env)
        try:
            before = cluster_cpu(str(temp / "ray-tmp"))
            running, driver_cpu = timed([str(corpus), "-o", str(temp / "ray2"), "--engine",
                                         "ray", "--address", address, "-q"], env)
            ray_cpu = driver_cpu + cluster_cpu(str(temp / "ray-tmp")) - before
        finally:
            subprocess.run([RAY, "stop"], check=False, capture_output=True)
        print(f"run --engine ray (Ray already up)     {running:6.1f} s  "
              f"{size / MB / running:5.2f} MB/s  >= {ray_cpu:.1f} CPU s (driver "
              f"{driver_cpu:.1f}; a lower bound: a Ray process that ended during the run is "
              "counted only when a cluster process reaped it)")
        print(f"ray / local: {with_start / local:.2f} with start-up, "
              f"{running / local:.2f} without")
        same = same_output(temp / "local", temp / "ray") and \
            same_output(temp / "local", temp / "ray2")
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        print(f"identical shards, errors and dropped entries: {'yes' if same else 'NO'}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
