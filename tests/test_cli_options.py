"""Scrub options on the command line (``--set``, ``--keep-title``, ``--keywords``), ``--version``,
unknown options, and ``Document.removed`` / ``label_counts`` read as properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scrubber
from scrubber import Options, scrub
from scrubber.cli import main

from .conftest import SEED
from .test_batch import cli, jsonl, records

SPLICED = "而中美欧近期相继发布的经济数据表现疲弱"


def out_err(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", ["clean", "explain"])
def test_set_changes_the_output_like_the_python_option(command: str,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    code, default, _ = out_err(capsys, command, "--color", "never", str(SEED)) \
        if command == "explain" else out_err(capsys, command, str(SEED))
    extra = ["--color", "never"] if command == "explain" else []
    code, changed, _ = out_err(capsys, command, *extra, "--set", "splice_max_overlap=none",
                               "--no-keep-title", str(SEED))
    assert code == 0 and changed != default
    doc = scrub(SEED.read_bytes(), splice_max_overlap=None, keep_title=False)
    if command == "clean":
        assert changed == doc.text + "\n"
        assert SPLICED in changed and SPLICED not in default
    else:
        assert "meta     headline" in changed


def test_every_numeric_option_can_be_set(capsys: pytest.CaptureFixture[str]) -> None:
    values = {"good_units": "30", "short_units": "5", "heading_units": "20",
              "boilerplate_max_units": "60", "splice_max_overlap": "0.5",
              "secondary_block_share": "0.4"}
    argv = [x for name, value in values.items() for x in ("--set", f"{name}={value}")]
    code, out, _ = out_err(capsys, "clean", *argv, str(SEED))
    options = Options(good_units=30, short_units=5, heading_units=20, boilerplate_max_units=60,
                      splice_max_overlap=0.5, secondary_block_share=0.4)
    assert code == 0 and out == scrub(SEED.read_bytes(), options).text + "\n"


def test_keywords_file_adds_and_removes_keywords(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    page = ("今日要闻 | 体育 | 财经\n赞助商\n"
            "本市新建的体育公园今天向市民开放，园内有跑道、球场和儿童游乐区，周末将举办开园活动。\n"
            "园方表示，公园全天免费开放，晚上十点以后关闭球场照明，请市民合理安排锻炼时间。\n"
            "相关阅读\n市区新增三处口袋公园\n")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (tmp_path / "kw.txt").write_text("# mine\nad: 赞助商\nremove: 相关阅读\n",
                                     encoding="utf-8")
    code, out, _ = out_err(capsys, "explain", "--json", "--keywords", str(tmp_path / "kw.txt"),
                           str(tmp_path / "page.txt"))
    reasons = [json.loads(line)["reason"] for line in out.splitlines()]
    expected = scrub(page, keywords={"ad": ["赞助商"]}, remove_keywords=["相关阅读"])
    assert code == 0 and reasons == [v.reason for v in expected.lines]
    default = [v.reason for v in scrub(page).lines]
    assert (default[1], default[4]) == ("ad_marker", "related_header")
    assert (reasons[1], reasons[4]) == ("user_ad", "after_article")


@pytest.mark.parametrize(("argv", "message"), [
    (["--set", "good_units=abc"], "--set good_units=abc: must be a whole number"),
    (["--set", "good_units=2.5"], "must be a whole number"),
    (["--set", "splice_max_overlap=lots"], "must be a number (or none)"),
    (["--set", "keep_title=maybe"], "must be true or false"),
    (["--set", "nosuch=1"], "no such option; options: good_units"),
    (["--set", "good_units"], "expected NAME=VALUE"),
    (["--set", "good_units=-1"], "good_units must not be negative"),
    (["--set", "keywords=x"], "give keywords with --keywords FILE"),
    (["--set", "keep_title=yes", "--no-keep-title"], "disagree"),
    (["--keywords", "/no/such/file"], "--keywords /no/such/file: no such file"),
])
def test_bad_options_are_clear_messages_not_tracebacks(argv: list[str], message: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("clean", "explain"):
        code, out, err = out_err(capsys, command, *argv, str(SEED))
        assert code == 2 and out == ""
        assert err.startswith(f"scrubber {command}: ") and message in err
        assert "Traceback" not in err


def test_bad_keywords_file_names_the_line(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kw.txt"
    path.write_text("ad: 赞助\nsport: 足球\n", encoding="utf-8")
    code, _, err = out_err(capsys, "clean", "--keywords", str(path), str(SEED))
    assert code == 2 and f"{path}:2: unknown label 'sport'" in err
    path.write_text("ad 赞助\n", encoding="utf-8")
    assert out_err(capsys, "clean", "--keywords", str(path), str(SEED))[0] == 2


def test_run_options_are_used_and_fingerprinted(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl([{"id": 1, "text": SEED.read_text(encoding="utf-8")}]))
    out = tmp_path / "out"
    code, _, _ = cli(capsys, str(src), "-o", str(out), "-j", "1", "--no-keep-title",
                     "--set", "good_units=30")
    assert code == 0
    command = json.loads((out / "command.json").read_text())
    assert command["config"]["options"]["good_units"] == 30
    assert command["config"]["options"]["keep_title"] is False
    # The same options again: complete, nothing to do; other options: refused, named.
    code, summary, _ = cli(capsys, str(src), "-o", str(out), "--no-keep-title", "--set",
                           "good_units=30")
    assert code == 0 and "already complete" in summary
    code, _, err = cli(capsys, str(src), "-o", str(out), "--set", "good_units=31")
    assert code == 2 and "options differ: options (good_units, keep_title)" in err


def test_run_and_stats_refuse_bad_options(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl(records(2)))
    for argv in (["run", str(src), "-o", str(tmp_path / "out")],
                 ["stats", str(src), "-o", str(tmp_path / "s.json.gz")]):
        code, _, err = out_err(capsys, *argv, "--set", "good_units=abc")
        assert code == 2 and "--set good_units=abc: must be a whole number" in err
    assert not (tmp_path / "out").exists() and not (tmp_path / "s.json.gz").exists()
    assert out_err(capsys, "stats", str(src), "-o", str(tmp_path / "s.json.gz"), "-q",
                   "--set", "good_units=30", "--no-keep-title")[0] == 0


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"scrubber {scrubber.__version__}\n"


@pytest.mark.parametrize("command", ["clean", "explain", "run", "stats", "eval"])
def test_unknown_option_shows_the_subcommands_usage(command: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    argv = [command, "--no-such-flag", "x.jsonl", *(["-o", "out"] if command in
                                                     ("run", "stats") else [])]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.startswith(f"usage: scrubber {command} ")
    assert f"scrubber {command}: error: unrecognized arguments: --no-such-flag" in err


def test_removed_and_label_counts_are_properties() -> None:
    doc = scrub(SEED.read_text(encoding="utf-8"))
    assert doc.removed == [v for v in doc.lines if not v.keep and v.label != "blank"]
    assert sum(doc.label_counts.values()) == len(doc.lines)
    assert doc.label_counts["content"] == sum(v.label == "content" for v in doc.lines)
