"""Chunks of plain JSON Lines files are spans of the file that the workers read themselves: the
same cuts, documents, errors and progress as chunks that carry their documents."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from scrubber.batch import plan as plan_module
from scrubber.batch.config import RunConfig
from scrubber.batch.plan import Chunk, plan, span_docs
from scrubber.batch.readers import RawDoc, ReadError, expand_inputs
from scrubber.batch.runner import run


def materialized(chunk: Chunk) -> tuple[object, ...]:
    docs, errors = chunk.docs, chunk.errors
    if chunk.span is not None:
        docs, unread = span_docs(chunk.source, chunk.span)
        errors = unread + errors
    return (chunk.key, chunk.shard, chunk.source, docs, errors, chunk.skipped, chunk.file_bytes,
            chunk.done)


def both_plans(paths: list[Path], config: RunConfig, done: frozenset[str] = frozenset()
               ) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    sources, _ = expand_inputs([str(p) for p in paths], "/nonexistent-outdir")
    spans = [materialized(c) for c in plan(sources, config, done, spans=True)]
    shipped = [materialized(c) for c in plan(sources, config, done)]
    assert all(not c.span for c in plan(sources, config, done))
    return spans, shipped


LINES = [b'\xef\xbb\xbf{"id": 0, "text": "a"}\n', b"\n", b'{"id": 1, "text": "bb"}\r\n',
         b"   \n", b"{not json\n", b'{"id": 3, "text": "' + "长".encode() * 900 + b'"}\n',
         b'{"id": 4, "text": "d"}\n', b"\n", b"\n", b'{"id": 5, "text": "e"}']


@pytest.mark.parametrize("chunk_docs", [1, 2, 3, 100])
@pytest.mark.parametrize("chunk_bytes", [1, 60, 10_000])
def test_spans_cut_and_read_as_shipped_chunks(tmp_path: Path, chunk_docs: int,
                                              chunk_bytes: int) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"".join(LINES))
    (tmp_path / "b.jsonl").write_bytes(b"")
    (tmp_path / "c.jsonl").write_bytes(b"\n\n")
    (tmp_path / "d.jsonl").write_bytes(b"".join(LINES[:4]) + b"\n")
    config = RunConfig(chunk_docs=chunk_docs, chunk_bytes=chunk_bytes)
    files = [tmp_path / n for n in ("a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl")]
    spans, shipped = both_plans(files, config)
    assert spans == shipped
    assert any(doc for chunk in spans for doc in chunk[3])  # type: ignore[attr-defined]
    done = frozenset({spans[0][0]})  # type: ignore[arg-type]
    assert both_plans(files, config, done)[0] == both_plans(files, config, done)[1]


def test_a_span_chunk_ships_no_document(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"".join(LINES) * 50)
    sources, _ = expand_inputs([str(tmp_path / "a.jsonl")], str(tmp_path / "out"))
    chunks = list(plan(sources, RunConfig(chunk_docs=100), frozenset(), spans=True))
    assert len(chunks) == 3 and all(c.span is not None and not c.docs for c in chunks)
    assert max(len(pickle.dumps(c)) for c in chunks) < 1000


def test_an_unreadable_file_is_one_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.jsonl")
    sources, _ = expand_inputs([str(tmp_path)], str(tmp_path / "out"))
    (tmp_path / "gone.jsonl").write_bytes(b'{"text": "x"}\n')
    sources, _ = expand_inputs([str(tmp_path)], str(tmp_path / "out"))
    os.remove(missing)
    chunks = list(plan(sources, RunConfig(), frozenset(), spans=True))
    assert len(chunks) == 1 and chunks[0].span is None
    assert [e.error for e in chunks[0].errors] == ["unreadable_file"]


def test_a_file_changed_after_the_plan_fails_each_of_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"".join(LINES))
    sources, _ = expand_inputs([str(path)], str(tmp_path / "out"))
    chunk = next(plan(sources, RunConfig(), frozenset(), spans=True))
    assert chunk.span is not None and chunk.span.docs == 6
    path.write_bytes(b'{"id": 9, "text": "other"}\n' * 3)
    docs, errors = span_docs(chunk.source, chunk.span)
    assert docs == () and len(errors) == 6
    assert {(e.error, e.message) for e in errors} == {("unreadable_file",
                                                       "the file changed during the run")}
    path.unlink()
    docs, errors = span_docs(chunk.source, chunk.span)
    assert docs == () and len(errors) == 6 and isinstance(errors[0], ReadError)


def test_span_documents_keep_line_offset_and_end(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"".join(LINES))
    sources, _ = expand_inputs([str(path)], str(tmp_path / "out"))
    chunks = list(plan(sources, RunConfig(chunk_docs=2), frozenset(), spans=True))
    docs = [d for c in chunks for d in span_docs(c.source, c.span)[0]]  # type: ignore[arg-type]
    assert [(d.line, d.offset) for d in docs][:3] == [(1, 0), (3, len(LINES[0]) + 1),
                                                       (5, sum(map(len, LINES[:4])))]
    assert all(isinstance(d, RawDoc) and d.end == d.offset + len(d.data) for d in docs)
    assert sum(c.file_bytes for c in chunks) == len(b"".join(LINES))


def test_runs_with_spans_and_shipped_chunks_write_the_same_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = "首页 | 新闻\n第{}篇：这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身。"
    lines = [json.dumps({"id": i, "text": page.format(i)}, ensure_ascii=False) + "\n"
             for i in range(30)]
    lines[4] = "{not json\n"
    (tmp_path / "in.jsonl").write_text("".join(lines), encoding="utf-8")
    folders = []
    for spans in (True, False):
        if not spans:
            monkeypatch.setattr(plan_module, "plain_jsonl", lambda source: False)
        else:
            assert plan_module.plain_jsonl(expand_inputs([str(tmp_path / "in.jsonl")], "-")[0][0])
        out = tmp_path / f"out-{spans}"
        run([str(tmp_path / "in.jsonl")], str(out), RunConfig(chunk_docs=7), jobs=2)
        folders.append({p.name: p.read_bytes() for p in sorted(out.iterdir())
                        if p.name not in ("stats.json", "manifest.jsonl")})
    assert folders[0] == folders[1] and len(folders[0]) > 5
