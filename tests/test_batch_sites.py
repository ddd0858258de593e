"""``scrubber stats`` and ``scrubber run --site-stats / --learn-sites`` on a synthetic corpus.

Three sites of twelve pages: each page has its site's header and footer lines (which no rule
names: only the statistics can tell they are boilerplate), a headline and three paragraphs of
its own.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scrubber.batch import RunConfig
from scrubber.batch.config import SiteConfig
from scrubber.cli import build_parser
from scrubber.sites import SiteStats
from tests.test_batch import jsonl, shards, wet
from tests.test_batch_resume import kill_9_after_three_chunks

HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主"
       "发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里"
       "如水化高自二理起小物现实加量都两体")
WORDS = ["river", "mountain", "council", "budget", "school", "harvest", "bridge", "festival",
         "museum", "railway", "teacher", "doctor", "farmer", "market", "village", "station",
         "library", "garden", "factory", "harbour"]
#: (language, host, header, footer) per site; hosts vary by subdomain within a site.
SITES = (
    ("zh", "news.hongshan.com.cn", "红山晚报 记录城市每一天",
     "红山晚报新媒体中心出品 转载请联系编辑部获得授权"),
    ("en", "www.riverside-courier.co.uk", "The Riverside Courier – independent local journalism",
     "The Riverside Courier is published by Riverside Media Group Limited, Harbour Street"),
    ("zh", "www.lanting.org", "兰亭文化 传承与创新", "兰亭文化网 主办单位 兰亭文化研究会"),
)
TEMPLATE_LINES = [line for site in SITES for line in site[2:]]
#: A quotation two articles of the first site both carry in their content.
QUOTE = "“我们要把每一件小事做好，”他说，“这才是对读者最大的尊重，也是我们坚持下去的理由。”"
PAGES = 12


def paragraph(rng: random.Random, lang: str) -> str:
    if lang == "zh":
        return "，".join("".join(rng.choice(HAN) for _ in range(rng.randint(6, 12)))
                        for _ in range(5)) + "。"
    return "The " + " ".join(rng.choice(WORDS) for _ in range(30)) + " said on Monday."


def page(site: int, i: int) -> dict[str, Any]:
    lang, host, header, footer = SITES[site]
    rng = random.Random(site * 100 + i)
    headline = paragraph(rng, lang)[:14]
    body = [paragraph(rng, lang) for _ in range(3)]
    if site == 0 and i in (3, 7):
        body.insert(1, QUOTE)
    host = host.replace("news.", "sport.") if i % 2 else host
    return {"id": f"{site}-{i}", "url": f"https://{host}/a/{i}.html",
            "text": "\n".join([header, headline, *body, footer])}


def corpus(path: Path, pages: range = range(PAGES)) -> Path:
    """The pages, interleaved across sites as a crawl would give them."""
    path.write_bytes(jsonl([page(s, i) for i in pages for s in range(len(SITES))]))
    return path


def main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``scrubber ARGV`` in-process: exit code, stdout, stderr."""
    args = build_parser().parse_args(list(argv))
    out = io.StringIO()
    code = args.func(args, out)
    return code, out.getvalue(), capsys.readouterr().err


def shard_bytes(outdir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(outdir.glob("*.jsonl.gz"))}


def stats_json(outdir: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((outdir / "stats.json").read_text())
    return result


@pytest.fixture
def learned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The corpus and its statistics, counted by ``scrubber stats``."""
    src = corpus(tmp_path / "crawl.jsonl")
    code, summary, _ = main(capsys, "stats", str(src), "-o", str(tmp_path / "sites.json.gz"))
    assert code == 0
    assert "36 read from 1 file(s): 36 counted, 0 without a site" in summary
    assert "3: 3 with at least 5 pages" in summary
    return src, tmp_path / "sites.json.gz"


def test_template_lines_removed_with_reason(tmp_path: Path, learned: tuple[Path, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    src, stats = learned
    assert main(capsys, "run", str(src), "-o", str(tmp_path / "plain"), "-j", "1")[0] == 0
    code, summary, _ = main(capsys, "run", str(src), "-o", str(tmp_path / "out"), "-j", "1",
                            "--site-stats", str(stats))
    assert code == 0 and "3 with a template" in summary
    plain, cleaned = shards(tmp_path / "plain"), shards(tmp_path / "out")
    assert any(SITES[1][3] in r["text"] for r in plain)  # kept without the statistics
    for record in cleaned:
        assert not any(line in record["text"] for line in TEMPLATE_LINES)
        removed = {(r["label"], r["reason"]) for r in record["scrubber"]["removed"]}
        assert ("template", "repeated_on_site") in removed
        assert record["text"].count("\n") >= 2  # the article stays
    totals = stats_json(tmp_path / "out")
    assert totals["site_templates"] == {"template": 36}
    assert totals["site_stats"]["learned"] is False and totals["site_stats"]["sites"] == 3


def test_quotation_in_two_articles_stays(tmp_path: Path, learned: tuple[Path, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src, stats = learned
    main(capsys, "run", str(src), "-o", str(tmp_path / "out"), "--site-stats", str(stats))
    quoted = [r["id"] for r in shards(tmp_path / "out") if QUOTE in r["text"].split("\n")]
    assert quoted == ["0-3", "0-7"]


def test_learn_sites_equals_stats_then_run_whatever_jobs(
        tmp_path: Path, learned: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    src, stats = learned
    runs = {"given-1": ["--site-stats", str(stats), "-j", "1"],
            "given-2": ["--site-stats", str(stats), "-j", "2"],
            "learn-1": ["--learn-sites", "-j", "1"],
            "learn-2": ["--learn-sites", "-j", "2"]}
    for name, options in runs.items():
        code, _, err = main(capsys, "run", str(src), "-o", str(tmp_path / name),
                            "--chunk-docs", "5", *options)
        assert code == 0, err
    outputs = [shard_bytes(tmp_path / name) for name in runs]
    assert len(outputs[0]) == 8 and all(output == outputs[0] for output in outputs)
    learned_file = tmp_path / "learn-1" / "site-stats.json.gz"
    assert gzip.decompress(learned_file.read_bytes()) == gzip.decompress(stats.read_bytes())
    sha = {stats_json(tmp_path / name)["site_stats"]["sha256"] for name in runs}
    assert len(sha) == 1


def test_stats_on_a_sample_apply_to_the_whole_corpus(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    sample = corpus(tmp_path / "sample.jsonl", range(6))
    whole = corpus(tmp_path / "whole.jsonl")
    assert main(capsys, "stats", str(sample), "-o", str(tmp_path / "s.json.gz"))[0] == 0
    code, _, _ = main(capsys, "run", str(whole), "-o", str(tmp_path / "out"),
                      "--site-stats", str(tmp_path / "s.json.gz"))
    assert code == 0
    cleaned = shards(tmp_path / "out")
    assert len(cleaned) == 36 and not any(line in r["text"] for r in cleaned
                                          for line in TEMPLATE_LINES)


def test_resume_with_other_stats_is_refused(tmp_path: Path, learned: tuple[Path, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    src, stats = learned
    out = str(tmp_path / "out")
    assert main(capsys, "run", str(src), "-o", out, "--site-stats", str(stats))[0] == 0
    # The same statistics saved again (another gzip header) are the same statistics.
    again = tmp_path / "copy.json.gz"
    SiteStats.load(stats).save(again)
    code, summary, _ = main(capsys, "run", str(src), "-o", out, "--site-stats", str(again))
    assert code == 0 and "already complete" in summary
    other = tmp_path / "other.json.gz"
    assert main(capsys, "stats", str(corpus(tmp_path / "few.jsonl", range(6))),
                "-o", str(other))[0] == 0
    code, _, err = main(capsys, "run", str(src), "-o", out, "--site-stats", str(other))
    assert code == 2 and "other site statistics" in err
    code, _, err = main(capsys, "run", str(src), "-o", out, "--site-stats", str(stats),
                        "--min-share", "0.8")
    assert code == 2 and "options differ: sites" in err
    code, _, err = main(capsys, "run", str(src), "-o", out)
    assert code == 2 and "options differ: sites" in err


@pytest.mark.parametrize("content", [None, b"not gzip", gzip.compress(b'{"format": "x"}')])
def test_unreadable_site_stats_refused_before_outdir(tmp_path: Path, content: bytes | None,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "crawl.jsonl")
    bad = tmp_path / "bad.json.gz"
    if content is not None:
        bad.write_bytes(content)
    code, _, err = main(capsys, "run", str(src), "-o", str(tmp_path / "out"),
                        "--site-stats", str(bad))
    assert code == 2 and f"--site-stats {bad}" in err and err.endswith("\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("options", "message"), [
    (["--min-share", "0.3"], "--min-share need --site-stats or --learn-sites"),
    (["--group-field", "g", "--min-pages", "3"], "--group-field, --min-pages need"),
    (["--site-stats", "x.gz", "--max-lines-per-site", "9"], "applies to --learn-sites only"),
])
def test_site_options_without_statistics_refused(tmp_path: Path, options: list[str],
                                                 message: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "crawl.jsonl")
    code, _, err = main(capsys, "run", str(src), "-o", str(tmp_path / "out"), *options)
    assert code == 2 and message in err


def test_site_stats_and_learn_sites_exclude_each_other(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["run", "x.jsonl", "-o", "o", "--site-stats", "s.gz",
                                   "--learn-sites"])
    assert exit_.value.code == 2
    with pytest.raises(ValueError, match="exactly one"):
        SiteConfig()


def test_learn_sites_resume_reuses_the_counted_file(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "crawl.jsonl")
    out = tmp_path / "out"
    args = ["run", str(src), "-o", str(out), "--learn-sites", "--chunk-docs", "5", "-j", "1"]
    assert main(capsys, *args)[0] == 0
    expected, counted = shard_bytes(out), out / "site-stats.json.gz"
    before = (counted.stat().st_mtime_ns, counted.read_bytes())
    manifest = (out / "manifest.jsonl").read_bytes().splitlines(keepends=True)
    (out / "manifest.jsonl").write_bytes(b"".join(manifest[:3]))  # a crash after 3 commits
    os.remove(out / "stats.json")
    assert main(capsys, *args)[0] == 0
    assert (counted.stat().st_mtime_ns, counted.read_bytes()) == before  # reused, not recounted
    assert shard_bytes(out) == expected and stats_json(out)["sessions"] == 2
    counted.write_bytes(counted.read_bytes()[:40])  # a torn file is counted again
    os.remove(out / "stats.json")
    assert main(capsys, *args)[0] == 0
    assert gzip.decompress(counted.read_bytes()) == gzip.decompress(before[1])
    assert shard_bytes(out) == expected
    # Killed during the count: no statistics yet, a temporary file, nothing committed.
    for name in ("site-stats.json.gz", "manifest.jsonl", "stats.json"):
        os.remove(out / name)
    (out / "site-stats.json.gz.99.tmp").write_bytes(b"half")
    assert main(capsys, *args)[0] == 0
    assert shard_bytes(out) == expected and not list(out.glob("*.tmp"))
    assert gzip.decompress(counted.read_bytes()) == gzip.decompress(before[1])


def test_overwrite_counts_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "crawl.jsonl", range(6))
    out = tmp_path / "out"
    assert main(capsys, "run", str(src), "-o", str(out), "--learn-sites")[0] == 0
    small = SiteStats.load(out / "site-stats.json.gz").pages
    corpus(src)  # the inputs change: refused, then started over with --overwrite
    assert main(capsys, "run", str(src), "-o", str(out), "--learn-sites")[0] == 2
    assert main(capsys, "run", str(src), "-o", str(out), "--learn-sites", "--overwrite")[0] == 0
    assert small == dict.fromkeys(SiteStats.load(out / "site-stats.json.gz").pages, 6)
    assert set(SiteStats.load(out / "site-stats.json.gz").pages.values()) == {12}


def test_learn_sites_kill_9_then_same_command_completes(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    items = [{**page(i % 3, i // 3 % PAGES), "id": i} for i in range(900)]
    src.write_bytes(jsonl(items))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "scrubber", "run", str(src), "-o", str(out), "-j", "2",
               "--chunk-docs", "10", "-q", "--learn-sites"]
    kill_9_after_three_chunks(command, out)
    assert subprocess.run(command, timeout=60).returncode == 0
    records = shards(out)
    assert [r["id"] for r in records] == list(range(900))  # none missing, none twice
    assert all(("template", "repeated_on_site") in {(r["label"], r["reason"])
                                                    for r in rec["scrubber"]["removed"]}
               for rec in records)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_statistics_never_pickled_with_a_chunk(tmp_path: Path, learned: tuple[Path, Path],
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The statistics reach the workers through the pool's initializer (forked: inherited), not
    with each chunk's task, which is pickled."""
    def refuse(self: SiteStats, protocol: int) -> Any:
        raise AssertionError("site statistics pickled")

    monkeypatch.setattr(SiteStats, "__reduce_ex__", refuse)
    src, stats = learned
    code, _, err = main(capsys, "run", str(src), "-o", str(tmp_path / "out"), "-j", "2",
                        "--chunk-docs", "4", "--site-stats", str(stats))
    assert code == 0 and stats_json(tmp_path / "out")["documents_failed"] == 0, err
    assert stats_json(tmp_path / "out")["site_templates"] == {"template": 36}


def test_documents_without_a_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Records without a URL, with a URL that has no host, page files and unreadable lines
    are counted under no site (or not at all), and scrubbed without a template."""
    src = tmp_path / "in"
    src.mkdir()
    items = [page(0, i) for i in range(6)]
    items += [{"id": "no-url", "text": page(0, 6)["text"]},
              {"id": "bad-url", "url": "not a url", "text": page(0, 7)["text"]}]
    (src / "a.jsonl").write_bytes(jsonl(items) + b"{broken\n")
    (src / "p.txt").write_text(page(0, 8)["text"], encoding="utf-8")
    code, summary, _ = main(capsys, "stats", str(src), "-o", str(tmp_path / "s.json.gz"))
    assert code == 0
    assert "10 read from 2 file(s): 6 counted, 3 without a site (not counted), 1 unreadable" \
        in summary
    code, _, _ = main(capsys, "run", str(src), "-o", str(tmp_path / "out"),
                      "--site-stats", str(tmp_path / "s.json.gz"))
    assert code == 0
    assert stats_json(tmp_path / "out")["site_templates"] == {"template": 6, "no_site": 3}


def test_lines_json_cannot_hold_are_unreadable_not_a_crash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON line with an integer of more digits than Python reads (ValueError) or nested
    deeper than the recursion limit (RecursionError) stopped --learn-sites and 'scrubber
    stats' with a traceback; it is one unreadable line of the count, and failed in the run."""
    head = json.dumps(page(0, 0))[:-1]
    lines = [head + ', "n": ' + "9" * 5000 + "}", head + ', "d": ' + "[" * 5000 + "]" * 5000
             + "}"]
    (tmp_path / "a.jsonl").write_bytes(jsonl([page(0, i) for i in range(3)])
                                       + "\n".join(lines).encode() + b"\n")
    code, summary, err = main(capsys, "stats", str(tmp_path / "a.jsonl"),
                              "-o", str(tmp_path / "s.json.gz"))
    assert code == 0, err
    assert "2 unreadable" in summary
    code, _, err = main(capsys, "run", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"),
                        "--learn-sites")
    assert code == 0, err
    assert stats_json(tmp_path / "out")["failed_by_error"] == {"malformed_json": 2}


def test_group_field_names_the_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --group-field, pages of unrelated URLs form one site; without it, none has enough
    pages."""
    items = [{**page(1, i), "url": f"https://host{i}.example{i}.net/", "forum": 42}
             for i in range(PAGES)]
    src = tmp_path / "forum.jsonl"
    src.write_bytes(jsonl(items))
    code, summary, _ = main(capsys, "stats", str(src), "-o", str(tmp_path / "g.json.gz"),
                            "--group-field", "forum")
    assert code == 0 and "1: 1 with at least 5 pages" in summary
    assert SiteStats.load(tmp_path / "g.json.gz").pages == {"42": PAGES}
    code, _, _ = main(capsys, "run", str(src), "-o", str(tmp_path / "out"), "--learn-sites",
                      "--group-field", "forum", "--min-pages", "3")
    assert code == 0 and stats_json(tmp_path / "out")["site_templates"] == {"template": PAGES}
    code, summary, _ = main(capsys, "stats", str(src), "-o", str(tmp_path / "u.json.gz"))
    assert "12: 0 with at least 5 pages" in summary


def test_stats_reads_wet_sites_from_target_uri(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc")
    path = tmp_path / "crawl.warc.wet.gz"
    path.write_bytes(gzip.compress(wet([(page(2, i)["url"], page(2, i)["text"])
                                        for i in range(PAGES)])))
    code, summary, _ = main(capsys, "stats", str(path), "-o", str(tmp_path / "s.json.gz"))
    assert code == 0 and "12 counted" in summary
    assert SiteStats.load(tmp_path / "s.json.gz").pages == {"lanting.org": PAGES}


def test_stats_never_overwrites_an_input(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src = corpus(tmp_path / "crawl.jsonl")
    code, _, err = main(capsys, "stats", str(src), "-o", str(src))
    assert code == 2 and err.startswith("scrubber stats: ") and "is an input" in err
    code, _, err = main(capsys, "stats", str(tmp_path / "missing"), "-o", str(tmp_path / "s"))
    assert code == 2 and err.startswith("scrubber stats: ")
    code, _, err = main(capsys, "stats", str(src), "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_runs_without_statistics_keep_their_fingerprint() -> None:
    """A run started before site statistics existed resumes: its configuration has no
    ``sites`` entry, and neither has a run without them now."""
    assert "sites" not in RunConfig().to_dict()
    config = RunConfig(sites=SiteConfig(stats_file="/a/b.json.gz"))
    assert "stats_file" not in config.to_dict()["sites"]  # its content hash is used instead
