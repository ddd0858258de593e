"""Every shell and Python example of README.md and docs/*.md runs as written.

The README's ``>>>`` examples are doctests (pytest's ``--doctest-glob``); this test runs the
other fenced blocks: ```` ```sh ```` blocks with bash (``set -e``: every command must succeed)
and ```` ```python ```` blocks with Python, in a sandbox folder: a fresh one per Markdown file,
shared by the blocks of that file in order, so a block may use what an earlier one wrote.

The sandbox holds the project's bundled files (``seeds/``, ``tests/``, ``bench/``, ``docs/``)
and the example inputs the docs name, made from the bundled pages (``SANDBOX_INPUTS``):
``pages/`` (page files), ``crawl/`` (gzip JSON Lines with ``id``, ``url``, ``text``),
``dump.jsonl`` (JSON Lines with ``doc_id``, ``url``, ``body``) and
``CC-MAIN-20240101000000-00000.warc.wet.gz`` (a WET file whose record ids are numbered, see
``_wet``). ``../shared`` is never there.

Conventions, so that the docs stay honest about what is not run here:

- A ``pip install ... &&`` step is not run (the tests run in the installed checkout); the rest
  of its line is.
- A block that must not run here is marked by an HTML comment on the line right above its
  fence, ``<!-- doc-test: skip (REASON) -->``, with a REASON of ``SKIP_REASONS`` only: it needs
  ``../shared``, it is a long run, it runs the test suite itself, or it needs a Ray cluster (a
  command given the ``--address`` of a real cluster, or ``ray start``: the tests start only a
  local Ray). Any other REASON fails.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from scrubber.cli import build_parser
from scrubber.rules import SCOPES

from .conftest import ROOT
from .test_batch import wet

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SKIP_REASONS = ("needs ../shared", "long run", "runs the test suite", "needs a Ray cluster")
SKIP = re.compile(r"^<!-- doc-test: skip \((?P<reason>[^)]*)\) -->$")
FENCE = re.compile(r"^```(?P<lang>[a-z]*)\s*$")
PIP_STEP = re.compile(r"pip install [^&\n]*&&\s*")
#: What the sandbox provides beside the project's own folders (see the module's docstring).
SANDBOX_INPUTS = ("pages/", "crawl/", "dump.jsonl", "CC-MAIN-20240101000000-00000.warc.wet.gz")
SAMPLE = ROOT / "tests" / "data" / "eval" / "sample.jsonl"


@dataclass(frozen=True)
class Block:
    doc: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    skip: str | None  # the reason of a doc-test: skip marker

    @property
    def name(self) -> str:
        return f"{self.doc.name}:{self.line}"


def blocks(doc: Path) -> list[Block]:
    """The ``sh`` and ``python`` blocks of ``doc`` (``>>>`` blocks are doctests)."""
    found = []
    lines = doc.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
        code = "\n".join(lines[i + 1:end]) + "\n"
        above = SKIP.match(lines[i - 1]) if i else None
        if fence["lang"] in ("sh", "python") and not code.lstrip().startswith(">>>"):
            found.append(Block(doc, i + 1, fence["lang"], code,
                               above["reason"] if above else None))
        i = end + 1
    return found


ALL = [block for doc in DOCS for block in blocks(doc)]


def _records() -> list[dict[str, object]]:
    with SAMPLE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def make_sandbox(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("seeds", "tests", "bench", "docs"):
        os.symlink(ROOT / name, folder / name)
    (folder / "pages").mkdir()
    pages = [p for p in (ROOT / "seeds").glob("*.txt") if ".expected" not in p.name]
    for path in [*pages, *(ROOT / "tests" / "data" / "pages").glob("*.txt")]:
        shutil.copy(path, folder / "pages" / path.name)
    records = [{"id": r["id"], "url": r["url"], "text": r["text"]} for r in _records()]
    (folder / "crawl").mkdir()
    for part in range(2):
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[part::2])
        (folder / "crawl" / f"part-{part}.jsonl.gz").write_bytes(gzip.compress(data.encode()))
    (folder / "dump.jsonl").write_text("".join(
        json.dumps({"doc_id": r["id"], "url": r["url"], "body": r["text"]},
                   ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    (folder / SANDBOX_INPUTS[3]).write_bytes(gzip.compress(_wet(records)))
    return folder


def _wet(records: list[dict[str, object]]) -> bytes:
    """A WET file of ``records``: a warcinfo record, then one conversion record each, whose
    WARC-Record-ID is ``<urn:uuid:00000000-0000-4000-8000-00000000000N>`` (N from 1)."""
    numbered = wet([(str(r["url"]), str(r["text"])) for r in records])
    ids = iter(range(len(records) + 1))
    return re.sub(rb"<urn:uuid:[0-9a-f-]+>",
                  lambda _: b"<urn:uuid:00000000-0000-4000-8000-%012d>" % next(ids), numbered)


_SANDBOXES: dict[Path, Path] = {}


@pytest.fixture
def sandbox(block: Block, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if block.doc not in _SANDBOXES:
        _SANDBOXES[block.doc] = make_sandbox(tmp_path_factory.mktemp("docs") / block.doc.stem)
    return _SANDBOXES[block.doc]


def test_blocks_are_found() -> None:
    names = {block.name for block in ALL}
    assert any(name.startswith("README.md:") for name in names)
    assert {block.doc.name for block in ALL} >= {"README.md", "batch.md", "eval.md", "sites.md"}


@pytest.mark.parametrize("block", ALL, ids=lambda b: b.name)
def test_doc_example_runs(block: Block, sandbox: Path) -> None:
    if block.skip is not None:
        assert block.skip in SKIP_REASONS, f"{block.name}: unknown skip reason {block.skip!r}"
        pytest.skip(f"{block.name}: {block.skip}")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "NO_COLOR": "1"}
    if block.lang == "sh":
        command = ["bash", "-e", "-o", "pipefail", "-c", PIP_STEP.sub("", block.code)]
    else:
        command = [sys.executable, "-c", block.code]
    done = subprocess.run(command, cwd=sandbox, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, (f"{block.name} failed ({done.returncode}):\n{block.code}\n"
                                  f"stdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}")


def test_add_a_rule_lists_every_scope() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Add a rule", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `(\w+)`(?: \+ `(\w+)`)? \|", section, re.MULTILINE))
    assert {name for pair in listed for name in pair if name} == set(SCOPES)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions for name in action.option_strings}


def test_inline_commands_name_options_that_exist() -> None:
    """The `scrubber ...` spans in the prose (syntax summaries, flags) name real options."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    spans = [span for doc in DOCS
             for span in re.findall(r"`(scrubber [^`]*)`", doc.read_text(encoding="utf-8"))]
    assert len(spans) > 20
    for span in spans:
        words = span.split()
        sub = commands.choices.get(words[1])
        known = _options(parser) | (_options(sub) if sub is not None else set())
        for word in words[1:]:
            flag = word.split("=")[0].strip("[]")
            if flag.startswith("--"):
                assert flag in known, f"{span!r}: no option {flag}"
