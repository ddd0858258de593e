"""The datatrove step, run by datatrove's local executor."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from scrubber.batch import scrub_records

from .test_batch import jsonl, records

pytest.importorskip("datatrove", reason="datatrove is not installed "
                    "(pip install 'scrubber-text[datatrove]')")


def read_folder(folder: Path) -> list[dict[str, Any]]:
    found = []
    for path in sorted(folder.rglob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            found += [json.loads(line) for line in handle]
    return found


def test_step_in_a_local_pipeline(tmp_path: Path) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from scrubber.datatrove import ScrubberStep

    items = records(30)
    for item in items[::10]:
        item["text"] = "© 2024 示例网"  # nothing left
    items[4]["text"] = "   "  # nothing visible came in
    items[5]["text"] = "<html><body><p>" + items[5]["text"].replace("\n", "</p><p>") + \
        "</p></body></html>"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(jsonl(items))
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "in")),
                  ScrubberStep(exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))),
                  JsonlWriter(str(tmp_path / "out"))],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"))
    executor.run()
    out = read_folder(tmp_path / "out")
    expected = [r for r in scrub_records(items) if r["text"]]
    assert [d["text"] for d in out] == [r["text"] for r in expected]
    assert [str(d["id"]) for d in out] == [str(r["id"]) for r in expected]
    first = out[0]["metadata"]
    assert first["scrubber_metadata"] == expected[0]["metadata"]
    assert first["scrubber_removed"] == {"copyright": 1, "nav_keyword": 1}
    dropped = read_folder(tmp_path / "dropped")
    assert sorted(d["metadata"]["filter_reason"] for d in dropped) == \
        ["empty_input"] + ["no_content"] * 3
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "scrubber" in s["name"])["stats"]
    assert step["total"] == 30 and step["forwarded"] == 26 and step["dropped"] == 4
    assert step["dropped_no_content"] == 3 and step["dropped_empty_input"] == 1
