"""Regression gate: line F1 (title-neutral) on the labelled dev pages, and the share of pages
whose publication date and authors are right (on the files with gold dates and authors), must
stay above the floors pinned in ``tests/eval_floors.json``.

The pages live outside the repo, in ``../shared/eval`` (they must never be committed); without
them the gate is skipped. Floors are the figures at pinning time rounded down to two decimals,
minus 0.01. To see the current figures against the floors, or to raise the floors after an
improvement (it never lowers one)::

    python tests/test_eval_gate.py          # print figures vs floors
    python tests/test_eval_gate.py --raise  # rewrite eval_floors.json with higher floors
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from scrubber.evaluate import FileReport, evaluate_files

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
FLOORS_PATH = Path(__file__).with_name("eval_floors.json")
FLOORS: dict[str, dict[str, float]] = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
METRICS = ("line_f1_micro", "line_f1_macro")
#: Files the gate covers: those with floors, and any dev file present (it then needs floors):
#: the first dev files, the dev2 files of every language and genre, and the sibling pages.
DEV_PATTERNS = ("dev-*.jsonl", "dev2-*.jsonl", "sites-dev-*.jsonl")
DEV_FILES = sorted(set(FLOORS) | {p.name for pattern in DEV_PATTERNS
                                  for p in EVAL_DIR.glob(pattern)})


def figures(report: FileReport) -> dict[str, float]:
    """The gated figures of one file: line F1, and the date, author, title and headline
    accuracy where the file has gold values."""
    out = {"line_f1_micro": report.summary.lines.f1,
           "line_f1_macro": report.summary.line_f1_macro}
    for metric, tally in (("date_accuracy", report.summary.date),
                          ("author_accuracy", report.summary.author),
                          ("title_accuracy", report.summary.title),
                          ("headline_accuracy", report.summary.headline)):
        if tally.accuracy is not None:
            out[metric] = tally.accuracy
    return out


def floor_of(value: float) -> float:
    """A floor for a current figure: rounded down to two decimals, minus 0.01."""
    return round(math.floor(value * 100 + 1e-9) / 100 - 0.01, 2)


@pytest.fixture(scope="module")
def reports() -> dict[str, FileReport]:
    if not EVAL_DIR.is_dir():
        pytest.skip(f"no labelled dev pages at {EVAL_DIR} (they are kept outside the repo)")
    present = [EVAL_DIR / name for name in DEV_FILES if (EVAL_DIR / name).is_file()]
    return {r.name: r for r in evaluate_files(present, jobs=None)}


@pytest.mark.parametrize("name", DEV_FILES)
def test_line_f1_above_floor(reports: dict[str, FileReport], name: str) -> None:
    if name not in reports:
        pytest.skip(f"{name} is not in {EVAL_DIR}")
    assert name in FLOORS, (f"{name} has no floors: pin them in {FLOORS_PATH.name} "
                            "(python tests/test_eval_gate.py --raise)")
    assert set(METRICS) <= set(FLOORS[name]), f"{name} lacks line F1 floors"
    current = figures(reports[name])
    below = {m: f"{current.get(m, 0.0):.4f} < floor {floor:.2f}"
             for m, floor in FLOORS[name].items() if current.get(m, 0.0) < floor}
    assert not below, f"{name}: fell below its floor: {below}"


def _print_and_raise(raise_floors: bool) -> int:
    """Print current figures against the floors; with ``raise_floors``, pin higher floors."""
    present = [EVAL_DIR / n for n in DEV_FILES if (EVAL_DIR / n).is_file()]
    if not present:
        print(f"no labelled dev pages at {EVAL_DIR}", file=sys.stderr)
        return 2
    floors = {name: dict(values) for name, values in FLOORS.items()}
    for report in evaluate_files(present, jobs=None):
        for metric, value in figures(report).items():
            floor = floors.get(report.name, {}).get(metric)
            shown = "none" if floor is None else f"{floor:.2f}"
            status = "BELOW" if floor is not None and value < floor else "ok"
            print(f"{report.name:<20} {metric:<14} {value:.4f}  floor {shown:<5} {status}")
            if raise_floors and (floor is None or floor_of(value) > floor):
                floors.setdefault(report.name, {})[metric] = floor_of(value)
    if raise_floors:
        FLOORS_PATH.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n",
                               encoding="utf-8")
        print(f"wrote {FLOORS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(_print_and_raise("--raise" in sys.argv[1:]))
