"""The Ray engine and ``scrubber.ray.scrub_dataset`` on a local Ray (``num_cpus=2``): the same
shards, entries and counts as the local engine."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scrubber import Options
from scrubber.batch import Fields, RunConfig, SiteConfig
from scrubber.batch.runner import run
from scrubber.sites import SiteStats

from .conftest import PAGES
from .test_batch import cli, jsonl, records, shards
from .test_formats import parquet_records, write_parquet

ray = pytest.importorskip("ray", reason="ray is not installed (pip install 'scrubber-text[ray]')")

#: stats.json entries that differ between any two runs (timings, sessions).
TIMINGS = ("seconds", "docs_per_s", "mb_per_s", "sessions")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    from ray.data import DataContext

    DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def corpus(folder: Path) -> Path:
    """JSON Lines (a bad line, a page with nothing left, several sites), page files, Parquet."""
    folder.mkdir()
    items = records(300)
    for item in items[::40]:
        item["text"] = "© 2024 示例网"
    for item in items:
        item["url"] = f"http://site{item['id'] % 3}.example.com/{item['id']}"
    (folder / "a.jsonl").write_bytes(jsonl(items) + b"{not json\n")
    for page in sorted(PAGES.glob("*.txt"))[:6]:
        (folder / page.name).write_bytes(page.read_bytes())
    write_parquet(folder / "b.parquet", records(50, start=1000), row_group_size=16)
    return folder


def outputs(outdir: Path) -> dict[str, Any]:
    """Every file of a run but its manifest, fingerprint and lock; stats without timings."""
    found: dict[str, Any] = {p.name: p.read_bytes() for p in sorted(outdir.iterdir())
                             if p.name not in ("manifest.jsonl", "command.json", ".lock",
                                               "stats.json", "site-stats.json.gz")}
    if (outdir / "site-stats.json.gz").exists():  # the statistics, not the gzip header's time
        found["site-stats"] = gzip.decompress((outdir / "site-stats.json.gz").read_bytes())
    stats = json.loads((outdir / "stats.json").read_text())
    found["stats.json"] = {k: v for k, v in stats.items() if k not in TIMINGS}
    return found


@pytest.mark.usefixtures("local_ray")
def test_ray_engine_writes_what_the_local_engine_writes(tmp_path: Path) -> None:
    from scrubber.ray.engine import run_ray

    inputs = corpus(tmp_path / "in")
    config = RunConfig(chunk_docs=64)
    run([str(inputs)], str(tmp_path / "local"), config, jobs=2)
    report = run_ray([str(inputs)], str(tmp_path / "ray"), config)
    pages = len(list(inputs.glob("*.txt")))
    assert pages >= 2 and report.stats["documents_in"] == 300 + 1 + pages + 50
    assert report.stats["documents_dropped"] == 8 and report.stats["documents_failed"] == 1
    local, on_ray = outputs(tmp_path / "local"), outputs(tmp_path / "ray")
    assert sorted(on_ray) == sorted(local)
    assert on_ray == local  # shards, errors.jsonl, dropped.jsonl byte for byte; the counts
    # the same fingerprint: a Ray run and a local run of one command finish each other's run
    assert run([str(inputs)], str(tmp_path / "ray"), config).already_complete


@pytest.mark.usefixtures("local_ray")
def test_ray_engine_parquet_and_site_stats(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    inputs = corpus(tmp_path / "in")
    from scrubber.sites import SiteCounter

    counter = SiteCounter()
    for _ in range(300):  # the site's pages all open with its menu
        counter.add("example.com", "示例网 | 首页\n首页 | 新闻 | 体育")
    counter.freeze().save(tmp_path / "sites.json.gz")
    assert SiteStats.load(tmp_path / "sites.json.gz").pages
    argv = [str(inputs), "--format", "parquet", "--site-stats", str(tmp_path / "sites.json.gz"),
            "--chunk-docs", "100", "-q"]
    assert cli(capsys, *argv, "-o", str(tmp_path / "local"), "-j", "1")[0] == 0
    code, _, err = cli(capsys, *argv, "-o", str(tmp_path / "ray"), "--engine", "ray")
    assert code == 0, err
    assert parquet_records(tmp_path / "ray") == parquet_records(tmp_path / "local")
    stats = outputs(tmp_path / "ray")["stats.json"]
    assert stats == outputs(tmp_path / "local")["stats.json"]
    # the statistics reached the workers: every page of the site was scrubbed with them
    assert stats["site_templates"]["template"] == 350


@pytest.mark.usefixtures("local_ray")
def test_scrub_dataset_gives_the_records_of_a_run(tmp_path: Path) -> None:
    from scrubber.batch.parquet import read_records
    from scrubber.ray import scrub_dataset

    items = records(120)
    items[7]["text"] = "© 2024 示例网"  # nothing left: an empty text (the run drops it)
    items[9]["text"] = None  # cannot be scrubbed: an error record
    (tmp_path / "a.jsonl").write_bytes(jsonl(items))
    run([str(tmp_path / "a.jsonl")], str(tmp_path / "out"), RunConfig())
    expected = shards(tmp_path / "out")
    for record in expected:
        del record["scrubber"]["origin"]
    for keep_empty in (True, False):  # True: the default
        out = tmp_path / f"ds-{keep_empty}"
        asked = {} if keep_empty else {"keep_empty": False}
        scrub_dataset(ray.data.from_items(items), batch_size=32, **asked).write_parquet(str(out))
        rows = [r for p in sorted(out.glob("*.parquet")) for r in read_records(str(p))]
        rows.sort(key=lambda r: r["id"])
        # every input row has its output row, unless the caller asks to leave empty ones out
        assert [r["id"] for r in rows] == [i for i in range(120) if keep_empty or i != 7]
        errors = [r for r in rows if r["scrubber"]["error"] is not None]
        assert [(r["id"], r["scrubber"]["error"]["kind"]) for r in errors] == \
            [(9, "text_not_string")]
        empty = [r for r in rows if r["scrubber"]["error"] is None and not r["text"]]
        assert [(r["id"], r["scrubber"]["labels"]) for r in empty] == \
            ([(7, {"footer": 1})] if keep_empty else [])
        good = [r for r in rows if r["scrubber"]["error"] is None and r["text"]]
        for record in good:
            del record["scrubber"]["error"]
        assert good == expected


@pytest.mark.usefixtures("local_ray")
def test_ray_learns_the_sites_as_the_local_engine(tmp_path: Path) -> None:
    """--learn-sites on Ray: the counting pass is a Ray aggregation; the same statistics
    (below the one-process counter's cap) and so the same shards."""
    from scrubber.ray.engine import run_ray

    inputs = corpus(tmp_path / "in")
    with (inputs / "c.jsonl").open("wb") as handle:  # a site with a template
        handle.write(jsonl([{"id": f"t{i}", "url": f"http://news.test/{i}",
                             "text": f"测试新闻网 记录城市每一天\n{records(1, i)[0]['text']}"}
                            for i in range(12)]))
    config = RunConfig(chunk_docs=50, sites=SiteConfig(learn=True))
    run([str(inputs)], str(tmp_path / "local"), config, jobs=1)
    report = run_ray([str(inputs)], str(tmp_path / "ray"), config)
    assert report.stats["site_stats"]["sites_with_template"] == 2
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")


@pytest.mark.usefixtures("local_ray")
def test_ray_engine_warns_of_fields_and_takes_the_options(tmp_path: Path) -> None:
    """The Ray engine warns of a field no record has as the local engine does, and scrub's
    options (``--set``, ``--no-keep-title``) reach its workers: the same records."""
    from scrubber.ray.engine import run_ray

    inputs = tmp_path / "in"
    inputs.mkdir()
    pages = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    (inputs / "a.jsonl").write_bytes(jsonl([{"id": i, "text": text}
                                            for i, text in enumerate(pages * 4)]))
    config = RunConfig(fields=Fields(url="link"), chunk_docs=16,
                       options=Options(keep_title=False, good_units=30))
    told: list[str] = []
    local = run([str(inputs)], str(tmp_path / "local"), config, warn=told.append)
    on_ray: list[str] = []
    report = run_ray([str(inputs)], str(tmp_path / "ray"), config, warn=on_ray.append)
    assert told == on_ray == list(report.warnings) == list(local.warnings)
    assert len(told) == 1 and "'link' field (--url-field)" in told[0], told
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    assert shards(tmp_path / "ray") != shards_with_defaults(inputs, tmp_path / "defaults")


def shards_with_defaults(inputs: Path, outdir: Path) -> list[dict[str, Any]]:
    run([str(inputs)], str(outdir), RunConfig(fields=Fields(url="link"), chunk_docs=16))
    return shards(outdir)
