"""Traditional Chinese pages (Taiwan, Hong Kong): the simplified keyword tables read their
lines through ``lang.hant_fold``, and the author forms their bylines."""

from __future__ import annotations

from scrubber import DEFAULT_OPTIONS, scrub
from scrubber.lang import _hant_tables, hant_fold
from scrubber.rules import ruleset

_BODY = ["市政府昨日發布新一輪老舊社區改造計畫，預計在未來三年內完成全市二百個老舊社區的改造工作，"
         "惠及居民超過十萬戶。",
         "據介紹，改造內容包括外牆保溫、管線更新、加裝電梯和停車設施建設等，資金由市區兩級財政"
         "共同承擔。",
         "市住宅局負責人表示，將廣泛聽取居民意見，確保改造工程品質，並定期公布進度。"]


def test_fold_keeps_the_length_and_reads_mainland_words() -> None:
    for line in ("相關閱讀 | 版權所有 | 本文連結", "免責宣告：本網站內容僅供參考", "會員登入 搜尋"):
        assert len(hant_fold(line)) == len(line)
    assert hant_fold("相關閱讀 | 本文連結") == "相关阅读 | 本文链接"
    assert hant_fold("免責宣告") == "免责声明" and hant_fold("會員登入") == "会员登录"
    assert hant_fold("simplified 相关阅读 stays") == "simplified 相关阅读 stays"


def test_tables_are_well_formed() -> None:
    chars, phrases, _ = _hant_tables()
    assert len(chars) > 400 and all(chr(k) != chr(v) for k, v in chars.items())
    assert all(len(k) == len(v) for k, v in phrases.items())


def test_traditional_page_loses_the_furniture_the_simplified_tables_name() -> None:
    """Rows written only in simplified Chinese (相关阅读 is in both, 责编 and 本报记者 only in
    simplified, 免责声明 written 免責宣告 in Taiwan) name the lines of a traditional page."""
    page = ["首頁 | 新聞 | 財經 | 會員登入", "老舊社區改造計畫出爐", "2024年3月5日 來源：本報",
            *_BODY, "（責編：李大華）", "免責宣告：本網站轉載之內容僅供參考，"
            "不代表本網站立場。", "相關閱讀", "老舊社區改造進度一覽", "市府公布明年預算案",
            "本文連結：https://news.example.tw/a/123", "版權所有 © 2024 本報"]
    doc = scrub("\n".join(page))
    assert doc.lang == "zh-Hant"
    assert doc.text.splitlines() == [page[1], *_BODY]
    assert doc.metadata.title == "老舊社區改造計畫出爐"
    assert doc.metadata.author == "李大華" and doc.metadata.date == "2024-03-05"
    reasons = {v.text: v.reason for v in doc.lines}
    assert reasons["（責編：李大華）"].startswith("byline")
    assert reasons[page[-2]] != "article_block" and reasons[page[-7]] != "article_block"


def test_simplified_pages_do_not_get_the_folded_rows() -> None:
    """The traditional rows' keywords, folded, are rules only for zh-Hant pages: "联络我们"
    (聯絡我們, Taiwan's "contact us") is no keyword of a simplified page's rules."""
    plain = set(ruleset(DEFAULT_OPTIONS).table)
    folded = set(ruleset(DEFAULT_OPTIONS, hant=True).table)
    assert "聯絡我們" in plain and "联络我们" not in plain and "联络我们" in folded


def test_traditional_phrases_of_the_tables_read_folded() -> None:
    """The phrase tables meet a zh-Hant page's folded lines: each traditional phrase, folded,
    is a phrase of its table (a simplified twin), or it would never match there."""
    from scrubber.phrase_tables import phrase_rows

    for name in ("disclaimer.tsv", "article_end.tsv"):
        rows = phrase_rows(name, 3)
        phrases = {p.casefold() for _, row in rows for p in row}
        hant = {p.casefold() for fields, row in rows if fields[0].startswith("zh") for p in row
                if hant_fold(p.casefold()) != p.casefold()}
        assert hant, name
        assert sorted(p for p in hant if hant_fold(p) not in phrases) == [], name
