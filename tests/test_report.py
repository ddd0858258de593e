"""``scrubber report`` and what ``scrubber explain`` gained with it (the HTML view, one record
of a corpus file, the cut clause of a spliced line). The report in a real browser:
``tests/test_report_browser.py``."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from scrubber.batch import RunConfig
from scrubber.batch.config import SiteConfig
from scrubber.batch.runner import run
from scrubber.cli import main
from scrubber.report import build_report
from scrubber.report.lines import REPORT_LIMITS
from scrubber.report.locate import Where
from scrubber.report.scan import MAX_DOCS, PER_BUCKET, Pick, Scan, priority, sample
from tests.conftest import PAGES, SEED
from tests.test_batch import jsonl, records, wet
from tests.test_batch_resume import kill_9_after_three_chunks
from tests.test_batch_sites import TEMPLATE_LINES
from tests.test_batch_sites import corpus as sites_corpus

#: A bound on the report's size whatever the run (the issue: "at most a few MB").
MAX_REPORT_BYTES = 4_000_000


def seeds_run(tmp_path: Path, sites: bool = False) -> Path:
    """The bundled seed page and the synthetic pages, plus a JSON Lines file with a record
    that fails and one that is dropped: a run with every section of the report. ``sites``
    adds the three synthetic sites of ``test_batch_sites`` and learns their templates."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for page in (SEED, *sorted(PAGES.glob("*.txt"))):
        shutil.copy(page, inputs / page.name)
    bad = [*records(5), {"id": "no-text"}, {"id": "empty", "text": "\n \n"}]
    (inputs / "corpus.jsonl").write_bytes(jsonl(bad))
    if sites:
        sites_corpus(inputs / "sites.jsonl")
    out = tmp_path / "out"
    run([str(inputs)], str(out), RunConfig(sites=SiteConfig(learn=True) if sites else None))
    return out


@pytest.fixture
def seeds_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # origins are relative to where the run was made
    return seeds_run(Path("."))


def shown_stats(html: str) -> dict[str, set[int]]:
    """Every ``data-stat`` number of the page, by name."""
    found: dict[str, set[int]] = {}
    for name, value in re.findall(r'data-stat="(\w+)">([\d,]+)<', html):
        found.setdefault(name, set()).add(int(value.replace(",", "")))
    return found


def docs_of(html: str) -> list[str]:
    return re.findall(r'<article class="doc".*?</article>', html, flags=re.S)


def test_report_numbers_are_stats_json(seeds_out: Path) -> None:
    stats = json.loads((seeds_out / "stats.json").read_text())
    html = build_report(str(seeds_out))
    shown = shown_stats(html)
    for name in ("documents_in", "documents_out", "documents_dropped", "documents_failed"):
        assert shown[name] == {stats[name]}, name
    assert stats["documents_failed"] == 1 and stats["documents_dropped"] == 1
    assert 'data-check="conservation">✓' in html
    for label, count in stats["lines_by_label"].items():
        if label not in ("title", "content", "blank"):
            assert f"<title>{label}: {count:,}</title>" in html  # the bar of each label
    assert "missing_text" in html and "corpus.jsonl:6" in html  # the failed record, where


def test_report_is_self_contained_and_deterministic(seeds_out: Path) -> None:
    html = build_report(str(seeds_out))
    assert html == build_report(str(seeds_out))
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing fetched from a network
    assert "<script>" in html and "<style>" in html and "<svg" in html


def test_samples_are_rescrubbed_from_inputs_and_match_the_run(seeds_out: Path) -> None:
    html = build_report(str(seeds_out))
    docs = docs_of(html)
    assert docs and all('data-status="same"' in d for d in docs)
    same = int(re.search(r'data-check="same">(\d+)<', html)[1])  # type: ignore[index]
    assert same == len(docs)
    seed_doc = next(d for d in docs if SEED.name in d)
    # removed lines struck through, with label and reason on hover
    assert re.search(r'<li class="ln rm l-ad" data-label="ad" data-reason="[a-z_]+" '
                     r'title="ad · [a-z_]+">.*?<s>', seed_doc)
    # the spliced clause of line 5 is shown, marked as cut
    line5 = re.search(r'<li[^>]*>\s*<span class="n">5</span>.*?</li>', seed_doc)[0]  # type: ignore[index]
    assert 'data-reason="spliced_clause_cut"' in line5
    cut = '<del class="cut" title="cut: spliced_clause_cut">而中美欧近期相继发布的经济数据表现疲弱'
    assert cut in line5
    # each document links to its input: file and line (JSON Lines)
    assert re.search(r'<a class="src" href="file:///[^"]+corpus\.jsonl">[^<]+corpus\.jsonl:\d+'
                     r"</a>", html)
    assert "scrubber explain " in html and "--line " in html
    # the dropped document is sampled too, with its reason
    assert any("dropped: empty_input" in d for d in docs)


def test_changed_or_missing_input_is_marked(seeds_out: Path) -> None:
    page = next(Path("in").glob("zh_portal.txt"))
    page.write_text("首页 | 新闻\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    os.remove(Path("in") / "en_news.txt")
    docs = docs_of(build_report(str(seeds_out)))
    changed = next(d for d in docs if "zh_portal.txt" in d)
    assert 'data-status="differs"' in changed and "changed since the run" in changed
    gone = next(d for d in docs if "en_news.txt" in d)
    assert 'data-status="missing"' in gone and "input not found" in gone


def test_report_of_a_running_run_sums_the_manifest(seeds_out: Path) -> None:
    stats = json.loads((seeds_out / "stats.json").read_text())
    os.remove(seeds_out / "stats.json")  # as during the run: only the manifest is there
    html = build_report(str(seeds_out))
    assert "not complete" in html
    assert shown_stats(html)["documents_in"] == {stats["documents_in"]}
    assert shown_stats(html)["documents_out"] == {stats["documents_out"]}


def test_report_size_is_bounded(tmp_path: Path) -> None:
    """Large pages (long lines full of characters HTML escapes, many labels): each document
    adds at most REPORT_LIMITS of it, so MAX_DOCS of the largest stay under a few MB."""
    long_line = "<这是一段足够长的正文内容，&用来说明清洗之后保留下来的是文章本身的段落。>" * 40
    blocks = ["首页 | 新闻 | 体育 | 财经", long_line, "相关阅读", "版权所有 © 2024 示例网",
              "分享到：微信 微博", "发表评论", "友情链接"]
    big = [{"id": i, "text": "\n".join(f"{blocks[(i + j) % len(blocks)]} {j}"
                                        for j in range(600))} for i in range(80)]
    (tmp_path / "big.jsonl").write_bytes(jsonl(big))
    run([str(tmp_path / "big.jsonl")], str(tmp_path / "out"), jobs=2)
    html = build_report(str(tmp_path / "out"))
    docs = docs_of(html)
    assert 1 < len(docs) <= MAX_DOCS
    assert max(d.count('<li class="ln ') for d in docs) <= REPORT_LIMITS.lines + 1  # + "more"
    assert "more lines not shown" in html
    largest = max(len(d.encode()) for d in docs)
    rest = len(html.encode()) - sum(len(d.encode()) for d in docs)
    assert rest + MAX_DOCS * largest < MAX_REPORT_BYTES, (rest, largest)


def test_sample_takes_each_bucket_in_turn_up_to_the_cap() -> None:
    scan = Scan()
    for b in range(100):
        for i in range(PER_BUCKET):
            where = Where(f"f{b}.jsonl", i + 1, 0)
            scan.buckets.setdefault(f"reason:r{b:03d}", []).append(
                (-priority(0, where), Pick(where)))
    picked = sample(scan)
    assert len(picked) == MAX_DOCS
    assert [p.where.file for p in picked] == [f"f{b}.jsonl" for b in range(MAX_DOCS)]


def test_learned_site_templates_in_the_report(tmp_path: Path) -> None:
    data = sites_corpus(tmp_path / "sites.jsonl")
    out = tmp_path / "out"
    run([str(data)], str(out), RunConfig(sites=SiteConfig(learn=True)))
    html = build_report(str(out))
    assert "with the run's site statistics" in html
    table = re.search(r'<table class="sites">.*?</table>', html, flags=re.S)[0]  # type: ignore[index]
    assert sum(line in table for line in TEMPLATE_LINES) >= 4
    docs = docs_of(html)
    assert docs and all('data-status="same"' in d for d in docs)  # scrubbed with templates
    assert any('data-label="template"' in d for d in docs)


def test_report_command(seeds_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(seeds_out), "-o", "r.html"]) == 0
    assert Path("r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "wrote r.html" in capsys.readouterr().err
    assert main(["report", "in", "-o", "x.html"]) == 2  # not a run
    assert "not a scrubber run" in capsys.readouterr().err
    assert not Path("x.html").exists()


def test_report_of_documents_with_lone_surrogates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        ) -> None:
    # A sampled document with a lone surrogate (a \\ud800 escape in its JSON line) stopped
    # the report with UnicodeEncodeError, whether written to a file or to stdout.
    monkeypatch.chdir(tmp_path)
    items = records(3)
    for item in items:
        item["text"] = item["text"].replace("报道", "报\ud800道")
    Path("c.jsonl").write_bytes(b"".join(json.dumps(r).encode() + b"\n" for r in items))
    run(["c.jsonl"], "out")
    assert main(["report", "out", "-o", "r.html"]) == 0
    html = Path("r.html").read_text(encoding="utf-8")
    assert "报\\ud800道" in html
    assert main(["report", "out", "-o", "-"]) == 0
    assert capsys.readouterr().out == html


# --- explain ---------------------------------------------------------------------------------


def explain(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["explain", "--color", "never", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_explain_text_view_shows_the_cut_clause(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = explain(capsys, str(SEED))
    assert code == 0
    line5 = next(x for x in out.splitlines() if x.lstrip().startswith("5 "))
    assert "spliced_clause_cut" in line5
    assert "[-而中美欧近期相继发布的经济数据表现疲弱 -]2017年" in line5


def test_explain_html(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = explain(capsys, "--html", str(SEED))
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert out.count('<li class="ln ') == sum(1 for x in SEED.read_text().split("\n") if x.strip())
    assert '<del class="cut"' in out and 'data-label="related"' in out


def test_explain_html_lists_the_authors(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Harbor ferry returns\nBy Dana Whitfield and Sam Lee | April 22, 2024\n"
                    "The harbor ferry returned to service on Monday, two years after corrosion "
                    "in its hull forced the city to pull it from the route.\n", encoding="utf-8")
    code, out, _ = explain(capsys, "--html", str(page))
    assert code == 0 and "authors: Dana Whitfield, Sam Lee" in out


def test_explain_one_record_of_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(jsonl([*records(3), {"id": "x7", "text": SEED.read_text()}]))
    for argv in (["--id", "x7"], ["--line", "4"]):
        code, out, _ = explain(capsys, str(path), *argv)
        assert code == 0 and out.startswith(f"# {path}:4 ")
        assert "spliced_clause_cut" in out
    code, out, _ = explain(capsys, str(path), "--id", "1", "--json")
    assert code == 0 and "第1篇报道" in out and "第2篇报道" not in out
    code, _, err = explain(capsys, str(path), "--line", "9")
    assert code == 1 and "no record at line 9" in err
    code, _, err = explain(capsys, str(SEED), "--line", "1")
    assert code == 1 and "a page file is one document" in err


@pytest.mark.parametrize("markup", [False, True], ids=["text", "html"])
def test_explain_one_record_with_a_lone_surrogate(tmp_path: Path, markup: bool,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # The record's text was encoded with its surrogate, which no UTF-8 decoder reads: the whole
    # page was decoded as cp1252 ("Â© 2024"), or the surrogate became three U+FFFD.
    text = "Home | News\nThe council approved the new budget\ud800 on Tuesday after a long " \
           "debate about schools and roads.\n© 2024 Example"
    if markup:
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n")) + \
               "</body></html>"
    (tmp_path / "c.jsonl").write_bytes(json.dumps({"id": "s", "text": text}).encode() + b"\n")
    code, out, _ = explain(capsys, str(tmp_path / "c.jsonl"), "--line", "1")
    assert code == 0 and "encoding=cp1252" not in out
    assert "© 2024 Example" in out and "Â" not in out
    assert ("budget\ufffd on" if markup else "budget\\ud800 on") in out


def test_explain_one_record_of_warc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.warc.wet.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(wet([("http://a.example/1", "第一篇"), ("http://a.example/2",
                                                              SEED.read_text())]))
    out_dir = tmp_path / "out"
    run([str(path)], str(out_dir))
    with gzip.open(next(out_dir.glob("*.jsonl.gz")), "rt", encoding="utf-8") as handle:
        second: dict[str, Any] = [json.loads(x) for x in handle][-1]
    offset = second["scrubber"]["origin"]["offset"]
    record_id = second["id"]
    for argv in (["--offset", str(offset)], ["--id", record_id], ["--id", record_id.strip("<>")]):
        code, out, _ = explain(capsys, str(path), *argv)
        assert code == 0 and out.startswith(f"# {path}@{offset} "), argv
        assert "spliced_clause_cut" in out
    # and the report reads the WARC record back from the same offset
    docs = docs_of(build_report(str(out_dir)))
    assert any(f"@{offset}" in d and 'data-status="same"' in d for d in docs)


def test_explain_selectors_need_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = explain(capsys, "--line", "1", str(SEED), str(SEED))
    assert code == 1 and "exactly one FILE" in err
    code, out, err = explain(capsys, "--html", str(SEED), str(SEED))
    assert code == 1 and "--html writes one page" in err and not out
    with pytest.raises(SystemExit):
        main(["explain", "--line", "1", "--id", "x", str(SEED)])
    capsys.readouterr()


def test_max_shards_reads_fewer_shards_same_totals(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(jsonl(records(40)))
    out = tmp_path / "out"
    run([str(tmp_path / "c.jsonl")], str(out), RunConfig(chunk_docs=5))
    full, part = build_report(str(out)), build_report(str(out), max_shards=2)
    assert "From all 8 shards (40 documents)" in full
    assert "From <b>2 of 8 shards</b> (10 documents)" in part
    assert shown_stats(part) == shown_stats(full)  # the totals are the whole run's


def test_sample_is_the_same_whatever_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("c.jsonl").write_bytes(jsonl(records(60)))
    samples = []
    for jobs in (1, 2):
        run(["c.jsonl"], f"out{jobs}", RunConfig(chunk_docs=7), jobs=jobs)
        html = build_report(f"out{jobs}", seed=3)
        samples.append(html[html.index('<section id="samples">'):])
    assert samples[0] == samples[1] and docs_of(samples[0])
    other = build_report("out1", seed=4)
    assert other[other.index('<section id="samples">'):] != samples[0]  # the seed chooses


def test_report_of_a_killed_run(tmp_path: Path) -> None:
    """``kill -9`` during a run: the report counts the committed chunks only (shards written
    but not committed are left out), and says the run is not complete."""
    src = tmp_path / "big.jsonl"
    src.write_bytes(jsonl(records(1200)))
    out = tmp_path / "out"
    kill_9_after_three_chunks([sys.executable, "-m", "scrubber", "run", str(src), "-o",
                               str(out), "-j", "2", "--chunk-docs", "10", "-q"], out)
    committed = [json.loads(x)["shard"] for x in (out / "manifest.jsonl").read_text().split("\n")
                 if x.endswith("}")]
    written = 0
    for name in committed:
        with gzip.open(out / name, "rt", encoding="utf-8") as handle:
            written += sum(1 for _ in handle)
    html = build_report(str(out))
    assert "not complete" in html
    assert shown_stats(html)["documents_out"] == {written}
    assert 'data-check="conservation">✓' in html
    assert all('data-status="same"' in d for d in docs_of(html))


def test_site_stats_file_of_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A ``--site-stats`` run: without the file the samples cannot be scrubbed as the run did
    (the report says so and marks them), with it they can; another file is refused."""
    data = sites_corpus(tmp_path / "sites.jsonl")
    stats = tmp_path / "st.json.gz"
    assert main(["stats", str(data), "-o", str(stats)]) == 0
    out = tmp_path / "out"
    run([str(data)], str(out), RunConfig(sites=SiteConfig(stats_file=str(stats))))
    without = build_report(str(out))
    assert "give it to &#x27;scrubber report --site-stats FILE&#x27;" in without
    assert 'data-status="differs"' in without
    docs = docs_of(build_report(str(out), site_stats=str(stats)))
    assert docs and all('data-status="same"' in d for d in docs)
    other = tmp_path / "other.json.gz"
    assert main(["stats", str(SEED), "-o", str(other)]) == 0
    assert "is not the site statistics file the run used" in build_report(
        str(out), site_stats=str(other))
    capsys.readouterr()
