"""The sites package: line keys, bounded counting, statistics files, thresholds, sites of URLs.

The commands that use it (``scrubber stats``, ``scrubber run --site-stats/--learn-sites``) are
tested in ``test_batch_sites.py``.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scrubber import scrub, site_context
from scrubber.sites import (
    SiteCounter,
    SiteStats,
    line_key,
    normalize_line,
    registrable_domain,
    site_of,
)
from scrubber.sites.counting import MIN_PAGES, MIN_SHARE, REASON, count_pages

HEADER = "Example News | Home | World"


def pages_with(line: str, on: int, total: int) -> list[str]:
    """``total`` pages with unique text; ``line`` on the first ``on`` of them."""
    return [(line + "\n" if i < on else "") + f"A story about topic {chr(0x4E00 + i)} here."
            for i in range(total)]


def key(line: str) -> int:
    found = line_key(line)
    assert found is not None
    return found


def counted(site_pages: dict[str, list[str]], cap: int = 50_000) -> SiteCounter:
    counter = SiteCounter(cap)
    for site, pages in site_pages.items():
        for text in pages:
            counter.add(site, text)
    return counter


# --- normalisation and keys ------------------------------------------------------------------

@pytest.mark.parametrize(("line", "normal"), [
    ("Example  News | Home", "examplenewshome"),  # case, white space, punctuation
    ("版权所有 © 2024 示例网", "版权所有0示例网"),  # digit runs fold to one 0
    ("第12期：2023年04月18日", "第0期0年0月0日"),
    ("ＡＢＣ　新闻", "ａｂｃ新闻"),  # full-width letters are letters; the ideographic space goes
    ("  ——  ", ""),
])
def test_normalize_line(line: str, normal: str) -> None:
    assert normalize_line(line) == normal


def test_line_key_same_for_lines_that_differ_only_in_form() -> None:
    assert line_key("Page 1 of 20") == line_key("page 7 of 31!") is not None
    assert line_key("Home | News") != line_key("Home | Sport")
    assert line_key("a") is None and line_key("| 1 |") is None  # too short to recognise


def test_line_keys_stable_across_processes() -> None:
    """Keys are blake2b of the normalised line, not ``hash()``: another process with another
    hash seed gives the same key, so statistics saved by one run apply in another."""
    lines = ["Example News | Home", "版权所有 © 2024 示例网", "Ünïcödé façade"]
    code = ("import json, sys; from scrubber.sites import line_key; "
            "print(json.dumps([line_key(x) for x in json.loads(sys.argv[1])]))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, json.dumps(lines)], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [line_key(x) for x in lines]


# --- counting, the cap and its pruning -------------------------------------------------------

def test_counts_pages_not_occurrences() -> None:
    counter = counted({"a.com": [f"{HEADER}\n{HEADER}\nStory {c}." for c in "xyz"]})
    assert counter.pages == {"a.com": 3}
    assert counter.sites["a.com"][key(HEADER)] == 3  # twice on a page counts once


def test_cap_prunes_single_page_keys_and_keeps_template_lines() -> None:
    """Template lines are admitted on the first pages and never pruned, even with a cap that
    prunes on every page (a page's known keys are counted before its new keys make room);
    lines seen on one page are dropped when the table is full; the table stays within the
    cap."""
    pages = [f"{HEADER}\nFooter of the site\nUnique {chr(0x4E00 + i)}{chr(0x4F00 + i)} text"
             for i in range(40)]
    counter = counted({"a.com": pages}, cap=3)
    table = counter.sites["a.com"]
    assert len(table) <= 3
    assert table[key(HEADER)] == 40 and table[key("Footer of the site")] == 40
    assert counter.dropped == 39  # each page's unique line, pruned by the next page's


def test_pruning_spares_the_page_being_counted() -> None:
    """A page with more new lines than the table has room for keeps the first ones it admits:
    its own keys are not pruned to make room for its later keys."""
    counter = counted({"a.com": ["alpha line\nbeta line\ngamma line"]}, cap=2)
    assert len(counter.sites["a.com"]) == 2 and counter.dropped == 1


def test_full_table_of_repeated_keys_refuses_new_ones() -> None:
    counter = counted({"a.com": ["one line\ntwo line", "one line\ntwo line", "three line"]},
                      cap=2)
    assert set(counter.sites["a.com"]) == {line_key("one line"), line_key("two line")}
    assert counter.dropped == 1  # no single-page key to prune: the new key is not admitted


def test_counting_is_deterministic_and_per_site() -> None:
    site_pages = {"a.com": pages_with(HEADER, 8, 10), "b.org": pages_with("Other", 2, 10)}
    first, again = counted(site_pages, cap=5), counted(site_pages, cap=5)
    assert first.sites == again.sites and first.dropped == again.dropped
    assert line_key(HEADER) not in first.sites["b.org"]
    assert count_pages([(s, t) for s, ts in site_pages.items() for t in ts], 5).sites \
        == first.sites


def test_cap_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        SiteCounter(0)


def test_freeze_keeps_lines_on_enough_pages() -> None:
    counter = counted({"a.com": pages_with(HEADER, 6, 10) + pages_with("Rare line", 2, 2)})
    stats = counter.freeze(min_pages=5)
    assert stats.lines["a.com"] == {line_key(HEADER): 6}
    assert stats.pages == {"a.com": 12}


# --- template_for thresholds -----------------------------------------------------------------

def test_template_for_share_threshold() -> None:
    stats = counted({"a.com": pages_with(HEADER, 6, 10) + pages_with("Minor", 4, 0)}).freeze()
    template = stats.template_for("a.com")
    assert template is not None and template(HEADER) == REASON  # on 60% of the pages
    assert template("example news home world") == REASON  # normalised the same
    assert SiteStats(stats.pages, stats.lines, min_share=0.7).template_for("a.com") is None
    assert stats.share("a.com", HEADER) == 0.6 and stats.share("b.org", HEADER) == 0.0


def test_template_for_min_pages_is_absolute() -> None:
    """On a small site the share alone is not enough: a line must be on ``min_pages`` pages."""
    small = counted({"a.com": pages_with(HEADER, 4, 4)}).freeze(min_pages=1)
    assert small.template_for("a.com") is None  # 4 pages < MIN_PAGES
    assert SiteStats(small.pages, small.lines, min_pages=4).template_for("a.com") is not None
    big = counted({"a.com": pages_with(HEADER, 4, 10)}).freeze(min_pages=1)
    low = SiteStats(big.pages, big.lines, min_share=0.3)  # 4 pages >= 30%, but < 5 pages
    assert low.template_for("a.com") is None


def test_template_for_unknown_or_missing_site() -> None:
    stats = counted({"a.com": pages_with(HEADER, 10, 10)}).freeze()
    assert stats.template_for(None) is None and stats.template_for("b.org") is None


def test_template_removes_repeated_line_in_scrub() -> None:
    slogan = "红山晚报 记录城市每一天"  # no rule names it: only the statistics can
    stats = counted({"a.com": pages_with(slogan, 10, 10)}).freeze()
    assert scrub(f"{slogan}\n这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身的段落。"
                 ).lines[0].reason != REASON
    doc = scrub(f"{slogan}\n这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身的段落。",
                template=stats.template_for("a.com"))
    assert (doc.lines[0].label, doc.lines[0].reason) == ("template", REASON)
    assert doc.lines[1].keep


# --- files -----------------------------------------------------------------------------------

def test_save_load_round_trip(tmp_path: Path) -> None:
    stats = counted({"a.com": pages_with(HEADER, 7, 10), "例子.中国": pages_with("页眉", 5, 5)}
                    ).freeze()
    path = tmp_path / "site-stats.json.gz"
    stats.save(path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    loaded = SiteStats.load(path, min_share=0.4, min_pages=3)
    assert (loaded.pages, loaded.lines) == (stats.pages, stats.lines)
    assert (loaded.min_share, loaded.min_pages) == (0.4, 3)
    assert (stats.min_share, stats.min_pages) == (MIN_SHARE, MIN_PAGES)
    payload = json.loads(gzip.decompress(path.read_bytes()))
    assert payload["format"] == "scrubber-site-stats" and payload["version"] == 1


def _gz(payload: object) -> bytes:
    return gzip.compress(json.dumps(payload).encode())


GOOD = {"format": "scrubber-site-stats", "version": 1,
        "sites": {"a.com": {"pages": 3, "lines": {"00000000000000ff": 3}}}}


@pytest.mark.parametrize(("content", "message"), [
    (None, "not a scrubber site statistics file"),  # missing
    (b"plain text, not gzip", "not a scrubber site statistics file"),
    (_gz(GOOD)[:-12], "not a scrubber site statistics file"),  # truncated
    (gzip.compress(b"\xff\xfe not utf-8"), "not a scrubber site statistics file"),
    (gzip.compress(b"{not json"), "not a scrubber site statistics file"),
    (_gz([1, 2]), "not a scrubber site statistics file"),
    (_gz({**GOOD, "format": "other"}), "not a scrubber site statistics file"),
    (_gz({**GOOD, "version": 99}), "unsupported site statistics version 99"),
    (_gz({k: v for k, v in GOOD.items() if k != "sites"}), "malformed site statistics"),
    (_gz({**GOOD, "sites": {"a.com": {"pages": "x", "lines": {}}}}), "malformed"),
    (_gz({**GOOD, "sites": {"a.com": {"pages": 3, "lines": {"zz": 3}}}}), "malformed"),
    (_gz({**GOOD, "sites": []}), "malformed site statistics"),
])
def test_load_bad_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "stats.json.gz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValueError, match=message) as error:
        SiteStats.load(path)
    assert str(path) in str(error.value)


# --- sites of URLs and records ---------------------------------------------------------------

@pytest.mark.parametrize(("url", "site"), [
    ("http://business.sohu.com/20050311/n224671.shtml", "sohu.com"),
    ("https://www.people.com.cn/n1/2024/0424/c1.html", "people.com.cn"),
    ("https://www.bbc.co.uk/news", "bbc.co.uk"),
    ("https://a.b.c.example.co.jp/x", "example.co.jp"),
    ("HTTP://WWW.Example.COM./a", "example.com"),  # case and the root's trailing dot
    ("http://user:pw@news.sina.com.cn:8080/", "sina.com.cn"),  # user info and port
    ("example.com/path", "example.com"),  # no scheme
    ("http://192.168.0.1:8080/x", "192.168.0.1"),  # an IP address is its own site
    ("http://[2001:db8::1]/a", "2001:db8::1"),
    ("http://xn--fiqs8s.cn/", "xn--fiqs8s.cn"),
    ("https://www.gov.uk/x", "www.gov.uk"),  # gov.uk is itself a public suffix
    ("http://localhost/x", None),  # no dot: not a site
    ("not a url", None),
    ("", None),
    ("http://[broken/", None),
])
def test_registrable_domain(url: str, site: str | None) -> None:
    assert registrable_domain(url) == site


@pytest.mark.parametrize(("record", "group", "site"), [
    ({"url": "https://news.example.com/1"}, None, "example.com"),
    ({"url": 17}, None, None),  # not a string
    ({"id": 1}, None, None),
    ({"url": "https://a.example.com/", "site": "forum-7"}, "site", "forum-7"),
    ({"url": "https://a.example.com/", "site": 7}, "site", "7"),
    ({"url": "https://a.example.com/", "site": ""}, "site", None),  # the field decides alone
    ({"url": "https://a.example.com/", "site": True}, "site", None),
    ({"url": "https://a.example.com/"}, "site", None),
])
def test_site_of(record: dict[str, object], group: str | None, site: str | None) -> None:
    assert site_of(record, "url", group) == site


# --- a template on real sibling pages: dynamic boxes, recurring lines (scrubber.site_context) --
CHROME_TOP = ["Riverside Courier", "Home | News | Sport | Business", "Sign in", "Subscribe"]
CHROME_BOX = ["Around the valley", "Browse the archive"]
CHROME_END = ["About us", "Contact", "© 2024 Riverside Media Group"]
TOPICS = ["bridge", "library", "harbour", "orchard", "stadium", "tramway", "market", "museum",
          "airport", "school", "hospital", "theatre"]


def headline(i: int) -> str:
    return f"Council approves new {TOPICS[i]} plan for the east bank"


def article(i: int) -> list[str]:
    return [f"The council approved the new {TOPICS[i]} plan on Tuesday after a debate that "
            f"lasted {n + 2} hours, and work on the {TOPICS[i]} will start in spring."
            for n in range(4)]


def portal_page(i: int, box: list[str] | None = None) -> str:
    """A page of a portal: chrome, the article, then a hot list whose frame is template and
    whose entries are the headlines of the next four pages (each on five pages of twelve)."""
    entries = box if box is not None else [headline((i + k) % 12) for k in range(1, 5)]
    return "\n".join([*CHROME_TOP, headline(i), *article(i), CHROME_BOX[0], *entries,
                      CHROME_BOX[1], *CHROME_END])


def portal() -> SiteStats:
    return counted({"courier.example": [portal_page(i) for i in range(12)]}).freeze()


def test_lookup_tells_template_recurring_own_and_uncounted_lines() -> None:
    template = portal().template_for("courier.example")
    assert template is not None
    lookup = template.lookup  # type: ignore[attr-defined]
    assert lookup("Around the valley") == (True, REASON)
    assert lookup(headline(3)) == (True, "recurring_on_site")  # on 5 of 12 pages
    assert lookup(article(3)[0]) == (True, None)
    assert lookup("0") == (False, None)  # too short to be counted
    assert template("Around the valley") == REASON and template(headline(3)) is None


def test_hot_list_of_other_pages_headlines_is_boilerplate() -> None:
    doc = scrub(portal_page(0), template=portal().template_for("courier.example"))
    kept = [v.text for v in doc.lines if v.keep]
    assert kept[-4:] == article(0)
    entries = [v for v in doc.lines if v.text in {headline(k) for k in range(1, 5)}]
    assert len(entries) == 4
    assert all(not v.keep and v.reason == "recurring_on_site" for v in entries)


def test_box_of_page_specific_entries_is_not_pushed_towards_content(
        monkeypatch: pytest.MonkeyPatch) -> None:
    box = [f"Weather alert number {n} for the {TOPICS[n]} district" for n in range(3)]
    page = portal_page(0, box)
    template = portal().template_for("courier.example")
    doc = scrub(page, template=template)
    assert [v.text for v in doc.lines if v.keep][-4:] == article(0)
    assert all(not v.keep for v in doc.lines if v.text in box)
    # Pushed towards content as the article's own lines are, and with the chrome around them
    # transparent, the entries would be kept.
    push = site_context._push_own_lines
    monkeypatch.setattr(site_context, "_push_own_lines",
                        lambda feats, classified, chrome, first, last:
                        push(feats, classified, chrome, 0, len(feats)))
    monkeypatch.setattr(site_context, "article_span", lambda *args: (0, page.count("\n") + 1))
    everywhere = scrub(page, template=template)
    assert all(v.keep for v in everywhere.lines if v.text in box)


def test_a_page_repeating_an_article_seen_on_other_pages_keeps_it() -> None:
    # Page 0's article is reprinted on five pages of twelve: its lines are recurring, and
    # they carry the article span, so they are the page's own text.
    pages = [portal_page(i).replace("\n".join(article(i)), "\n".join(article(0)))
             if i < 5 else portal_page(i) for i in range(12)]
    stats = counted({"courier.example": pages}).freeze()
    template = stats.template_for("courier.example")
    assert template is not None and template.lookup(article(0)[0])[1] == "recurring_on_site"  # type: ignore[attr-defined]
    doc = scrub(pages[2], template=template)
    assert [v.text for v in doc.lines if v.keep][-4:] == article(0)


@pytest.mark.parametrize(("chrome", "mass", "span"), [
    # the heaviest run of own lines, alone: its neighbours are light
    ("TT..T.T", [0, 0, 9, 9, 0, 1, 0], (2, 4)),
    # joined across a gap of at most JOIN_GAP named lines when heavy enough
    ("..TT..", [9, 9, 0, 0, 5, 5], (0, 6)),
    ("..TTTT..", [9, 9, 0, 0, 0, 0, 5, 5], (0, 2)),
    # no mass, no article
    ("T..T", [0, 0, 0, 0], None),
])
def test_article_span(chrome: str, mass: list[float], span: tuple[int, int] | None) -> None:
    from scrubber.site_context import article_span
    assert article_span([c == "T" for c in chrome], [False] * len(chrome), mass) == span


@pytest.mark.parametrize(("tail", "end"), [
    (12, 2),  # a box of a dozen own entries run on from the last paragraph: left out
    (3, 5),  # a caption, a source line and an editor's name: kept in the span
])
def test_article_span_leaves_out_a_long_tail_without_text(tail: int, end: int) -> None:
    from scrubber.site_context import LINE_COST, article_span
    n = 2 + tail
    span = article_span([False] * n, [False] * n, [60.0, 60.0] + [0.0] * tail,
                        cost=[0.0, 0.0] + [LINE_COST] * tail)
    assert span == (0, end)


def test_region_of_dynamic_entries_runs_on_past_template_tags() -> None:
    """A related box whose entries are the page's own, each followed by a channel tag the
    template names, is one region; a box whose first entry is a template line (a fixed link
    box) ends where the page's own lines resume."""
    from scrubber.classify import Classified, Kind
    from scrubber.regions import regions
    header = Classified(Kind.HEADER, "related", "related_header")
    own, tag = Classified(Kind.NEAR), Classified(Kind.BAD, "template", "repeated_on_site")
    lines = [header, own, tag, own, tag, own]
    assert all(r is not None for r in regions(lines, named={2, 4})[1:])
    fixed = [header, tag, tag, own]
    assert regions(fixed, named={1, 2})[3] is None


CITIES = ["杭州", "成都", "武汉", "西安", "南京", "青岛", "厦门", "昆明", "长沙", "郑州",
          "合肥", "福州"]
REPORTERS = ["陈明", "王立新 孙晓东", "李建国", "吴平", "郝宁", "高远", "庞丽娟", "张卫东", "刘洋",
             "赵敏", "周杰", "徐明"]


def zh_headline(i: int) -> str:
    return f"{CITIES[i]}推出新的公交线路规划方案"


def zh_page(i: int) -> str:
    """A Chinese portal's page: a fixed header, the headline (in other pages' hot lists), the
    reporter's name alone on its line, the date and source, the article, a hot list."""
    body = [f"{CITIES[i]}市交通部门日前公布了新的公交线路规划方案，计划在今后三年内新增线路"
            f"{n + 12}条，重点覆盖城市新区和大型居住区，方便市民日常出行。" for n in range(4)]
    return "\n".join(["人民财经网", "首页 新闻 财经 科技 体育 汽车 房产 旅游", "登录 注册",
                      "首页>>财经", zh_headline(i), REPORTERS[i],
                      f"2018年06月{i + 10:02d}日08:{i + 10:02d}  来源：城市日报", *body,
                      "热点新闻", *[zh_headline((i + k) % 12) for k in range(1, 5)],
                      "关于我们 联系我们 网站地图", "版权所有 人民财经网"])


def test_portal_headline_and_bare_reporter_names_with_statistics() -> None:
    """The headline of a page, seen in other pages' hot lists, is still its headline with the
    site's statistics; the reporter's names printed alone under it are its byline, not
    content."""
    stats = counted({"caijing.example": [zh_page(i) for i in range(12)]}).freeze()
    template = stats.template_for("caijing.example")
    for i in (0, 1):
        without, with_ = scrub(zh_page(i)), scrub(zh_page(i), template=template)
        for doc in (without, with_):
            assert doc.metadata.title == zh_headline(i)
            names = next(v for v in doc.lines if v.text == REPORTERS[i])
            assert not names.keep
            assert [v.text for v in doc.lines if v.keep][-4:] == zh_page(i).split("\n")[7:11]
        names = next(v for v in with_.lines if v.text == REPORTERS[i])
        assert names.reason == "byline"


@pytest.mark.parametrize(("line", "names"), [
    ("陈明", True), ("王立新 孙晓东", True), ("張衛東", True),
    ("核心阅读", False),  # a heading: no surname opens it
    ("导读", False), ("陈明说", True),  # three characters: read as a name
    ("李明的故事写在这里", False), ("Li Ming", False), ("陈明：", False),
])
def test_han_names_line(line: str, names: bool) -> None:
    from scrubber.names import han_names_line
    assert han_names_line(line) is names
