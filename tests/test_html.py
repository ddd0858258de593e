"""HTML in: .html files, JSON fields holding markup and WARC responses are turned into lines
(Resiliparse) before scrubbing; clean/explain refuse containers instead of printing garbage."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from scrubber.batch import Fields, RunConfig, scrub_records
from scrubber.batch.config import SiteConfig, UsageError
from scrubber.batch.runner import run
from scrubber.cli import main
from scrubber.extras import available
from scrubber.html import html_to_text, looks_like_html

from .conftest import fixture_pages
from .test_batch import accounted, jsonl, shards

HTML = Path(__file__).parent / "data" / "html" / "zh_news.html"
ARTICLE = ["多地推进老旧小区改造 惠及居民超百万户",
           "今年以来，多个省份加快推进城镇老旧小区改造，全国已新开工改造老旧小区1.2万个，"
           "惠及居民超过120万户。",
           "业内人士认为，老旧小区改造既是民生工程，也是发展工程，能够有效拉动投资和消费。"]
TITLE = "多地推进老旧小区改造 惠及居民超百万户"

needs_resiliparse = pytest.mark.skipif(
    not available("resiliparse"),
    reason="resiliparse is not installed (pip install 'scrubber-text[html]')")


def no_resiliparse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "resiliparse", None)  # import fails as if not installed


@pytest.mark.parametrize("path", fixture_pages(), ids=lambda p: p.name)
def test_plain_pages_are_not_html(path: Path) -> None:
    assert not looks_like_html(path.read_bytes())


@pytest.mark.parametrize("text", ["<p>One.</p><p>Two.</p>", "  <html><body>x</body></html>",
                                  "<!-- c --><!DOCTYPE html><title>t</title>"])
def test_markup_is_html(text: str) -> None:
    assert looks_like_html(text) and looks_like_html(text.encode())


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_markup_is_html(encoding: str) -> None:
    """UTF-16 markup, with or without its byte order mark, is HTML: it was read as UTF-8,
    taken for text, and its tags scrubbed as lines of a page. Its plain-text twin is not."""
    assert looks_like_html(HTML.read_text(encoding="utf-8").encode(encoding))
    assert not looks_like_html("首页 | 新闻\n一篇普通的文章，没有标签。".encode(encoding))


@needs_resiliparse
def test_utf16_html_gives_its_text() -> None:
    page = html_to_text(HTML.read_text(encoding="utf-8").encode("utf-16"))
    assert page.title is not None and page.title.startswith(TITLE)
    assert all(line in page.text for line in ARTICLE[1:])


@needs_resiliparse
def test_html_to_text_puts_the_title_first() -> None:
    page = html_to_text(HTML.read_bytes())
    lines = [line for line in page.text.split("\n") if line.strip()]
    assert lines[0] == TITLE + "_财经_示例新闻网" and page.encoding == "utf-8"
    assert "不要 这个" not in page.text  # scripts are not text
    assert lines[1] == "示例新闻网首页 | 新闻 | 财经 | 体育"  # all of the page's text stays


@needs_resiliparse
def test_clean_and_explain_an_html_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(HTML)]) == 0
    assert capsys.readouterr().out.splitlines() == ARTICLE
    assert main(["explain", "--json", str(HTML)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (rows[0]["label"], rows[0]["reason"]) == ("meta", "page_title")  # the <title> copy
    assert any(r["label"] == "title" and r["text"] == TITLE for r in rows)


def test_clean_html_without_the_extra(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    no_resiliparse(monkeypatch)
    assert main(["clean", str(HTML)]) == 1
    err = capsys.readouterr().err
    assert "pip install 'scrubber-text[html]'" in err and "is HTML" in err


@pytest.mark.parametrize(("data", "what"), [
    (gzip.compress(b"some text\n"), "gzip-compressed data"),
    (b'{"id": 1, "text": "a page"}\n{"id": 2, "text": "b"}\n', "JSON Lines"),
    (bytes(range(256)) * 4, "binary data"),
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "a WARC file"),
])
def test_clean_refuses_containers(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  data: bytes, what: str) -> None:
    (tmp_path / "input").write_bytes(data)
    for command in ("clean", "explain"):
        assert main([command, str(tmp_path / "input")]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert f"this is {what}" in captured.err and "scrubber run" in captured.err


@needs_resiliparse
def test_run_reads_html_files_and_markup_fields(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.html").write_bytes(HTML.read_bytes())
    markup = HTML.read_text(encoding="utf-8")
    (inputs / "b.jsonl").write_bytes(jsonl([
        {"id": "m", "url": "http://example.com/m", "html": markup},
        {"id": "f", "html": "<div><p>" + ARTICLE[1] + "</p><p>" + ARTICLE[2] + "</p></div>"},
    ]))
    run([str(inputs)], str(tmp_path / "out"))
    run([str(inputs / "b.jsonl")], str(tmp_path / "out2"), RunConfig(fields=Fields(text="html")))
    page = shards(tmp_path / "out")[0]
    assert page["text"].split("\n") == ARTICLE
    assert page["metadata"]["title"] == TITLE and page["metadata"]["encoding"] == "utf-8"
    assert page["scrubber"]["input"] == "html"
    field, fragment = shards(tmp_path / "out2")
    assert field["html"].split("\n") == ARTICLE and field["metadata"]["author"] == "陈明"
    assert fragment["html"].split("\n") == ARTICLE[1:]
    assert fragment["scrubber"]["input"] == "html"


@needs_resiliparse
def test_scrub_records_reads_markup() -> None:
    out = next(scrub_records([{"text": HTML.read_text(encoding="utf-8")}]))
    assert out["text"].split("\n") == ARTICLE and out["scrubber"]["input"] == "html"


def warc(records: list[tuple[str, str, bytes]]) -> bytes:
    """WARC records: (type, content type, block)."""
    out = io.BytesIO()
    for number, (kind, content_type, block) in enumerate(records):
        out.write((f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{number}>\r\n"
                   f"WARC-Target-URI: http://example.com/{number}\r\n"
                   f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
                   ).encode() + block + b"\r\n\r\n")
    return out.getvalue()


def http(content_type: str, body: bytes) -> bytes:
    return (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


@needs_resiliparse
def test_run_reads_warc_html_responses(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    data = warc([
        ("warcinfo", "application/warc-fields", b"software: test\r\n"),
        ("request", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
        ("response", "application/http; msgtype=response",
         http("text/html; charset=utf-8", HTML.read_bytes())),
        ("response", "application/http; msgtype=response", http("image/png", b"\x89PNG")),
    ])
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(data))
    run([str(tmp_path / "crawl.warc.gz")], str(tmp_path / "out"))
    stats = accounted(tmp_path / "out")
    assert stats["documents_out"] == 1
    assert stats["records_skipped"] == {"request": 1, "response": 1, "warcinfo": 1}
    (page,) = shards(tmp_path / "out")
    assert page["text"].split("\n") == ARTICLE and page["metadata"]["title"] == TITLE
    assert page["url"] == "http://example.com/2" and page["scrubber"]["input"] == "html"


@needs_resiliparse
def test_run_decodes_http_content_encoding(tmp_path: Path) -> None:
    """A WARC response keeps the body as the server sent it: gzip or deflate by its
    Content-Encoding header (wget, Heritrix and browsertrix write them so). The body is
    decoded before its HTML is read; it was scrubbed as compressed bytes and dropped as
    no_content. An encoding that cannot be decoded fails that document (undecodable)."""
    pytest.importorskip("fastwarc")
    import zlib

    body = HTML.read_bytes()
    deflated = zlib.compressobj(wbits=-15)
    raw_deflate = deflated.compress(body) + deflated.flush()

    def encoded(encoding: str, data: bytes) -> bytes:
        return (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Encoding: {encoding}\r\nContent-Length: {len(data)}\r\n\r\n"
                ).encode() + data

    kind = "application/http; msgtype=response"
    data = warc([("response", kind, encoded("gzip", gzip.compress(body))),
                 ("response", kind, encoded("deflate", zlib.compress(body))),
                 ("response", kind, encoded("deflate", raw_deflate)),
                 ("response", kind, encoded("x-gzip", body)),  # decoded by the writer already
                 ("response", kind, encoded("gzip", gzip.compress(body)[:200])),
                 ("response", kind, encoded("compress", b"\x1f\x9d..."))])
    (tmp_path / "crawl.warc").write_bytes(data)
    run([str(tmp_path / "crawl.warc")], str(tmp_path / "out"))
    stats = accounted(tmp_path / "out")
    assert stats["documents_out"] == 4 and stats["failed_by_error"] == {"undecodable": 2}
    assert all(page["text"].split("\n") == ARTICLE for page in shards(tmp_path / "out"))
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").open()]
    assert [e["url"] for e in errors] == ["http://example.com/4", "http://example.com/5"]
    assert "Content-Encoding" in errors[0]["message"]


@needs_resiliparse
def test_run_removes_http_chunk_sizes(tmp_path: Path) -> None:
    """A body sent in chunks (Transfer-Encoding: chunked) is stored with its chunk sizes by
    some WARC writers: they were read as text ("bu 28 dget"), and broke a gzip body. They are
    removed first; a body under that header that is not in chunks (the writer removed them
    and kept the header) is read as it is."""
    pytest.importorskip("fastwarc")
    body = HTML.read_bytes()

    def chunks(data: bytes, size: int = 500) -> bytes:
        return b"".join(b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size])
                        for i in range(0, len(data), size)) + b"0\r\n\r\n"

    def sent(data: bytes, gzipped: bool = False) -> bytes:
        encoding = "Content-Encoding: gzip\r\n" if gzipped else ""
        return (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{encoding}"
                "Transfer-Encoding: chunked\r\n\r\n").encode() + data

    kind = "application/http; msgtype=response"
    data = warc([("response", kind, sent(chunks(body))),
                 ("response", kind, sent(chunks(gzip.compress(body)), gzipped=True)),
                 ("response", kind, sent(body))])
    (tmp_path / "crawl.warc").write_bytes(data)
    run([str(tmp_path / "crawl.warc")], str(tmp_path / "out"))
    assert accounted(tmp_path / "out")["documents_out"] == 3
    assert all(page["text"].split("\n") == ARTICLE for page in shards(tmp_path / "out"))


def test_run_without_the_html_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_resiliparse(monkeypatch)
    (tmp_path / "a.html").write_bytes(HTML.read_bytes())
    with pytest.raises(UsageError, match=r"pip install 'scrubber-text\[html\]'"):
        run([str(tmp_path / "a.html")], str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()
    (tmp_path / "b.jsonl").write_bytes(jsonl([{"text": HTML.read_text(encoding="utf-8")},
                                              {"text": "plain text is still scrubbed"}]))
    run([str(tmp_path / "b.jsonl")], str(tmp_path / "out"))
    stats = accounted(tmp_path / "out")
    assert stats["failed_by_error"] == {"html_needs_extra": 1}
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text())
    assert "pip install 'scrubber-text[html]'" in error["message"]


def _surrogate_pages() -> bytes:
    """Two JSON records of the HTML page, one with a lone surrogate (a ``\\ud800`` escape)
    in its title and its article."""
    markup = HTML.read_text(encoding="utf-8")
    broken = markup.replace("<title>", "<title>\ud800", 1).replace(
        ARTICLE[2], ARTICLE[2].replace("，", "\ud800，", 1), 1)
    return b"".join(json.dumps({"id": name, "url": f"http://example.com/{name}",
                                "text": text}).encode() + b"\n"
                    for name, text in (("bad", broken), ("good", markup)))


@needs_resiliparse
def test_html_to_text_replaces_lone_surrogates() -> None:
    page = html_to_text("<html><head><title>T\ud800</title></head>"
                        "<body><p>One \udc80 two.</p></body></html>")
    assert page.text.split("\n") == ["T\ufffd", "One \ufffd two."]
    assert page.title == "T\ufffd"
    assert page.warnings == ("2 lone surrogate(s) replaced with U+FFFD",)


@needs_resiliparse
@pytest.mark.parametrize("sites", [None, SiteConfig(learn=True)], ids=["plain", "learn_sites"])
def test_run_scrubs_markup_with_lone_surrogates(tmp_path: Path, sites: SiteConfig | None,
                                               ) -> None:
    # The HTML parser refused the page (UnicodeEncodeError): the page failed, and the site
    # statistics pass (--learn-sites, scrubber stats) stopped the whole run.
    (tmp_path / "a.jsonl").write_bytes(_surrogate_pages())
    run([str(tmp_path / "a.jsonl")], str(tmp_path / "out"), RunConfig(sites=sites))
    stats = accounted(tmp_path / "out")
    assert stats["failed_by_error"] == {} and stats["documents_out"] == 2
    bad, good = shards(tmp_path / "out")
    assert bad["text"].split("\n") == [*ARTICLE[:2], ARTICLE[2].replace("，", "\ufffd，", 1)]
    assert bad["scrubber"]["warnings"] == ["2 lone surrogate(s) replaced with U+FFFD"]
    assert good["text"].split("\n") == ARTICLE and good["scrubber"]["warnings"] == []


@needs_resiliparse
def test_a_failing_html_extraction_costs_one_page_of_a_site_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        ) -> None:
    # An error of the HTML extraction other than a bad record stopped the counting pass.
    def extract(markup: str | bytes) -> object:
        raise RuntimeError("a bug of the parser")

    monkeypatch.setattr("scrubber.batch.records.html_to_text", extract)
    (tmp_path / "a.jsonl").write_bytes(jsonl([
        {"id": "html", "url": "http://example.com/a", "text": HTML.read_text(encoding="utf-8")},
        {"id": "text", "url": "http://example.com/b", "text": "\n".join(ARTICLE)}]))
    assert main(["stats", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "s.json")]) == 0
    assert "1 counted, 0 without a site (not counted), 1 unreadable" in capsys.readouterr().out
    run([str(tmp_path / "a.jsonl")], str(tmp_path / "out"),
        RunConfig(sites=SiteConfig(learn=True)))
    stats = accounted(tmp_path / "out")
    assert stats["failed_by_error"] == {"scrub_failed": 1} and stats["documents_out"] == 1
